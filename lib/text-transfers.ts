/**
 * The background's side of page texts sent in pieces (TEXT_PART_CHARS in lib/messages.ts): the
 * pieces so far of each sending frame's one open transfer, until the analyse request that ends it.
 * A frame holds one transfer at a time, so what a page can make the background keep is bounded by
 * one text of MAX_MESSAGE_TEXT per frame; a tab's transfers go when the tab closes.
 */
import { isPackedBlocks, MAX_MESSAGE_TEXT, type AnalyseRequest, type TextPartRequest } from './messages';

interface Transfer {
  name: string;
  parts: string[];
  chars: number;
}

/** `tabId:frameId`: one content script's messages. */
export type SenderKey = `${number}:${number}`;

export class TextTransfers {
  readonly #open = new Map<SenderKey, Transfer>();

  /** Keeps a piece. A first piece opens a transfer (ending any other of the frame); a piece out of order ends it. */
  add(sender: SenderKey, part: TextPartRequest): void {
    let transfer = this.#open.get(sender);
    if (part.index === 0) {
      transfer = { name: part.transfer, parts: [], chars: 0 };
      this.#open.set(sender, transfer);
    }
    if (!transfer || transfer.name !== part.transfer || transfer.parts.length !== part.index || transfer.chars + part.text.length > MAX_MESSAGE_TEXT) {
      this.#open.delete(sender);
      return;
    }
    transfer.parts.push(part.text);
    transfer.chars += part.text.length;
  }

  /**
   * The whole text of `request`: its own, or its transfer's pieces followed by its last piece,
   * which ends the transfer. Throws where pieces are missing or the text breaks a limit.
   */
  take(sender: SenderKey | undefined, request: AnalyseRequest): string {
    if (request.transfer === undefined) return request.text;
    const transfer = sender && this.#open.get(sender);
    if (sender) this.#open.delete(sender);
    if (!transfer || transfer.name !== request.transfer) throw new Error('the page text arrived incomplete');
    const text = transfer.parts.join('') + request.text;
    if (text.length > MAX_MESSAGE_TEXT || !isPackedBlocks(request.blocks, text.length)) throw new Error('the page text arrived malformed');
    return text;
  }

  /** Forgets the transfers of a closed tab. */
  dropTab(tabId: number): void {
    for (const key of this.#open.keys()) if (key.startsWith(`${tabId}:`)) this.#open.delete(key);
  }
}
