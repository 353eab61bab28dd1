import { render } from 'preact';
import { CARD_CSS, ClaimCard } from './ClaimCard';
import { activePalette } from '../lib/paint/painter';
import type { ClaimView } from '../lib/messages';
import { cardTag } from '../lib/paint/names';
import type { ClaimCards } from '../lib/page/run';

/** Shows claim cards in a closed shadow root; nothing reaches the page's styles or scripts. */
export class CardLayer implements ClaimCards {
  private host: HTMLElement | null = null;
  private mount: HTMLElement | null = null;

  constructor(private readonly doc: Document) {}

  show(claim: ClaimView, x: number, y: number, focus = false): void {
    if (!this.host) {
      this.host = this.doc.createElement(cardTag());
      const shadow = this.host.attachShadow({ mode: 'closed' });
      const style = this.doc.createElement('style');
      style.textContent = CARD_CSS;
      this.mount = this.doc.createElement('div');
      shadow.append(style, this.mount);
      this.doc.documentElement.appendChild(this.host);
    }
    const width = 320;
    const view = this.doc.defaultView!;
    const left = Math.max(8, Math.min(x - width / 2, view.innerWidth - width - 8));
    const top = y + 16 + 160 > view.innerHeight ? Math.max(8, y - 176) : y + 16;
    this.host.style.cssText = `display: block; position: fixed; z-index: 2147483647; left: ${left}px; top: ${top}px;`;
    render(<ClaimCard claim={claim} palette={activePalette()} onClose={() => this.hide()} />, this.mount!);
    if (focus) this.mount!.querySelector<HTMLElement>('.close')?.focus({ preventScroll: true });
  }

  get open(): boolean {
    return this.host !== null;
  }

  contains(event: Event): boolean {
    return this.host !== null && event.composedPath().includes(this.host);
  }

  hide(): void {
    if (!this.host) return;
    render(null, this.mount!);
    this.host.remove();
    this.host = null;
    this.mount = null;
  }
}
