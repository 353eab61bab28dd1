/**
 * Collects the readable text of a page, in pieces, plus a map from text offsets back to DOM text
 * nodes. Works in browsers and in jsdom (the CLI reads .html files through it).
 */
import { LABEL_TRIM, RELATED_HEADINGS, UI_LABELS } from '../lexicon/page-boxes';
import { cardTag } from '../paint/names';
import { TEXT_PART_CHARS } from '../messages';
import { appendParts, partsLength, type TextParts } from './text-parts';

/** A run of `length` characters of the collected text that maps 1:1 onto `node.data`. */
export interface TextSegment {
  node: Text;
  /** Offset into `node.data`. */
  nodeStart: number;
  /** Offset into the collected text. */
  textStart: number;
  length: number;
}

export interface PageText {
  /** Visible text in pieces (see text-parts.ts): whitespace collapsed, one `\n` between blocks. */
  parts: TextParts;
  /** Sorted by `textStart`, non-overlapping. Characters not covered are inserted breaks. */
  segments: TextSegment[];
  /**
   * Primary language subtag declared by the page (`de`, `en`, …), lower case: a hint only, as
   * pages often declare the wrong one; the engine reads the text in the language its words show.
   */
  lang?: string;
  /** The element the text was collected from. */
  root: Element;
  /** Open shadow roots and same-origin frame documents whose text was read: their changes count too. */
  scopes?: Node[];
}

/**
 * Elements whose content is never reader-visible text (code, media, form fields, templates).
 * Frames are read through their document when it is of the page's origin (see renderedChildren).
 */
const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'OBJECT', 'EMBED', 'SVG', 'CANVAS', 'VIDEO',
  'AUDIO', 'MAP', 'INPUT', 'TEXTAREA', 'SELECT', 'OPTION', 'BUTTON', 'HEAD', 'TITLE', 'DIALOG',
]);

/**
 * Page chrome that is never article prose: sectioning elements, forms (polls, search). Image
 * captions are read (they are part of the article), as blocks of kind 'caption' in which the
 * engine starts no claim: photo descriptions read as claims ("Traders work on the floor …").
 */
const CHROME_TAGS = new Set(['NAV', 'FOOTER', 'ASIDE', 'FORM']);
const CHROME_ROLES = /^(navigation|contentinfo|complementary|banner|search|menu|menubar|dialog|alertdialog)$/i;

/** Tags laid out as blocks by default: a sentence never runs across their boundary. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HGROUP', 'HR', 'HTML', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE',
  'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL',
]);

/**
 * Class/id words of boilerplate blocks: consent banners, teaser and "related" lists, sharing bars,
 * comments, ads (after mozilla/readability's REGEXPS.unlikelyCandidates, without `header`).
 */
const BOILERPLATE =
  /cookie|consent|gdpr|privacy-?banner|newsletter|teaser|related|recommend|more-?stories|read-?more|promo|share|sharing|social|comment|disqus|breadcrumb|paywall|advert|\bads?\b|-ad-|ad-unit|sponsor|outbrain|taboola|footer|sidebar|menu|masthead|skip-?link|pagination|pager|popup|modal|banner|subscribe|author-?bio|most-?read|meistgelesen|popular|trending|\btags?\b|tags?-?list|byline|print|dossier|read-?time|timestamp|dateline|credit|copyright/i;

/** Class/id words that mark a block as (part of) the article even when BOILERPLATE matches too. */
const ARTICLE_HINT = /\b(article|story|body|content|main|text|entry)\b/i;

/** Elements that name the article region outright, widest first (the article includes its intro). */
const ARTICLE_SELECTORS = ['article', '[itemprop="articleBody"]', 'main, [role="main"]'];

/** Containers mostly made of link text are teaser lists and menus, not prose. */
const LIST_TAGS = new Set(['UL', 'OL', 'DIV', 'SECTION', 'TABLE', 'DL']);
const MAX_LINK_DENSITY = 0.5;

/** Paragraph text shorter than this does not count toward the article guess (captions, bylines). */
const MIN_PARAGRAPH_CHARS = 40;

const WHITESPACE = /[ \t\n\r\f]/;
/** Any whitespace as `\s` and `String.prototype.trim` read it (no-break spaces too): how prose is measured. */
const ANY_SPACE = /\s/;
/** Whitespace other than a space, read as one: a single such character between words becomes a space. */
const LONE_SPACE = /[\t\n\r\f]/g;

function classAndId(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.id}`;
}

type HiddenTest = (el: Element) => boolean;

/** A selector naming one class or one id, e.g. `.visually-hidden` or `#paywall`. */
const SIMPLE_SELECTOR = /^([.#])([\w-]+)$/;

/**
 * Builds the test for elements that are not rendered (`display: none`, `hidden`, `aria-hidden`).
 * Browsers answer `checkVisibility()` from their computed styles. jsdom has no layout, and its
 * `getComputedStyle` re-runs the cascade per call (seconds on big pages), so there inline styles
 * and the single-class/single-id style rules that set `display: none` are checked.
 * `visibility: hidden` does not count: pages put it on wrappers their scripts reveal later.
 */
function hiddenTest(doc: Document): HiddenTest {
  const attributes = (el: Element) => el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
  if (typeof doc.documentElement.checkVisibility === 'function') {
    return (el) => attributes(el) || !el.checkVisibility();
  }
  const classes = new Set<string>();
  const ids = new Set<string>();
  for (const sheet of Array.from(doc.styleSheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue;
    }
    for (const rule of Array.from(rules)) {
      const style = (rule as CSSStyleRule).style;
      if (!style || style.display !== 'none') continue;
      for (const selector of (rule as CSSStyleRule).selectorText.split(',')) {
        const simple = SIMPLE_SELECTOR.exec(selector.trim());
        if (simple) (simple[1] === '.' ? classes : ids).add(simple[2]);
      }
    }
  }
  return (el) =>
    attributes(el) ||
    (el as HTMLElement).style?.display === 'none' ||
    (el.id !== '' && ids.has(el.id)) ||
    (classes.size > 0 && Array.from(el.classList).some((c) => classes.has(c)));
}

function isBoilerplate(el: Element, links: LinkText, region?: Region): boolean {
  if (CHROME_TAGS.has(el.tagName)) return true;
  if (el.tagName === 'TIME' && !el.closest('p')) return true;
  const role = el.getAttribute('role');
  if (role && CHROME_ROLES.test(role)) return true;
  const names = classAndId(el);
  if (BOILERPLATE.test(names) && !ARTICLE_HINT.test(names)) return true;
  if (region?.repeated.has(el) || isLabel(el, UI_LABELS) || isLabel(el, RELATED_HEADINGS)) return true;
  if (!LIST_TAGS.has(el.tagName)) return false;
  if (isRelatedBox(el)) return true;
  const counts = links.get(el);
  return !!counts && counts.total > 0 && counts.linked / counts.total > MAX_LINK_DENSITY;
}

/** Longest text a label can have: labels are words, not sentences. */
const MAX_LABEL_CHARS = 40;

/** An element with no element inside whose whole text matches `words`. */
function isLabel(el: Element | null, words: RegExp): boolean {
  if (!el || el.childElementCount > 0) return false;
  const text = el.textContent ?? '';
  return text.length <= MAX_LABEL_CHARS && words.test(text.trim().replace(LABEL_TRIM, ''));
}

/** A box opening with a "more on this" heading, or a list right after such a heading. */
function isRelatedBox(el: Element): boolean {
  const first = el.firstElementChild;
  const heading = first && first.childElementCount === 1 && !first.firstChild?.nextSibling ? first.firstElementChild : first;
  return isLabel(heading, RELATED_HEADINGS) || isLabel(el.previousElementSibling, RELATED_HEADINGS);
}

type LinkText = Map<Element, { total: number; linked: number }>;

/** Characters of one text node read between two pauses: one text node can hold megabytes. */
const TEXT_STEP = 4096;

/** Calls `each` on pieces of `data` of about TEXT_STEP characters (no run of whitespace cut), pausing between them. */
function* inPieces(data: string, each: (piece: string) => void): Steps<void> {
  for (let from = 0, to = 0; from < data.length; from = to) {
    to = from + TEXT_STEP;
    while (to < data.length && /\s/.test(data[to])) to++;
    each(data.slice(from, to));
    if (to < data.length) yield;
  }
}

/**
 * Non-space characters, and those inside links, under each element: one pass over the tree in
 * reading order, children before their parent's total (no recursion: pages nest elements
 * thousands deep).
 */
function* measureLinkText(root: Element): Steps<LinkText> {
  const out: LinkText = new Map();
  const open: { el: Element; total: number; linked: number; inLink: boolean }[] = [];
  const close = () => {
    const done = open.pop()!;
    if (LIST_TAGS.has(done.el.tagName)) out.set(done.el, { total: done.total, linked: done.linked });
    const parent = open[open.length - 1];
    if (parent) {
      parent.total += done.total;
      parent.linked += done.linked;
    }
  };
  open.push({ el: root, total: 0, linked: 0, inLink: root.tagName === 'A' });
  const order = new ReadingOrder(root);
  let descend = true;
  for (let node = order.next(descend); node; node = order.next(descend)) {
    while (open.length > order.depth) close();
    const top = open[open.length - 1];
    descend = false;
    if (node.nodeType === 3) {
      let n = 0;
      yield* inPieces((node as Text).data, (piece) => (n += piece.replace(/\s+/g, '').length));
      top.total += n;
      if (top.inLink) top.linked += n;
    } else if (node.nodeType === 1 && !SKIP_TAGS.has((node as Element).tagName.toUpperCase())) {
      yield;
      const el = node as Element;
      open.push({ el, total: 0, linked: 0, inLink: top.inLink || el.tagName === 'A' });
      descend = true;
    }
  }
  while (open.length > 0) close();
  return out;
}

/**
 * The children of `node` as the reader sees them, where they differ from its child nodes: an open
 * shadow root's content instead of the host's own children, the nodes assigned to a slot (its
 * fallback content otherwise), and a same-origin frame's body. Null: the child nodes.
 */
function renderedChildren(node: Node): ArrayLike<Node> | null {
  if (node.nodeType !== 1) return null;
  const el = node as Element;
  const shadow = el.shadowRoot;
  if (shadow) return shadow.childNodes;
  if (el.tagName === 'SLOT') {
    const assigned = (el as HTMLSlotElement).assignedNodes?.() ?? [];
    return assigned.length > 0 ? assigned : null;
  }
  if (el.tagName === 'IFRAME') {
    let body: HTMLElement | null = null;
    try {
      body = (el as HTMLIFrameElement).contentDocument?.body ?? null;
    } catch {
      body = null;
    }
    return body ? [body] : [];
  }
  return null;
}

/**
 * A cursor over the nodes under `start` in reading order (the rendered tree: shadow roots, slots
 * and same-origin frames included), with an explicit stack rather than recursion, so no depth of
 * nesting overflows the call stack. `next(true)` enters the node returned before, `next(false)`
 * skips its content. `depth` is how many nodes enclose the current one up to `start`, and `scopes`
 * every shadow root and frame document entered, whose changes the page's observer must follow.
 */
class ReadingOrder {
  private readonly frames: { list: ArrayLike<Node> | null; parent: Node; index: number; at: Node | null }[] = [];
  private current: Node | null = null;
  readonly scopes: Node[] = [];

  constructor(start: Node) {
    this.enter(start);
  }

  get depth(): number {
    return this.frames.length;
  }

  private enter(node: Node): void {
    const list = renderedChildren(node);
    if (list && node.nodeType === 1) {
      const el = node as Element;
      if (el.shadowRoot) this.scopes.push(el.shadowRoot);
      else if (el.tagName === 'IFRAME' && list.length > 0) this.scopes.push((list[0] as Element).ownerDocument);
    }
    this.frames.push({ list, parent: node, index: -1, at: null });
  }

  next(descend: boolean): Node | null {
    if (descend && this.current) this.enter(this.current);
    while (this.frames.length > 0) {
      const frame = this.frames[this.frames.length - 1];
      const node = frame.list ? (frame.list[++frame.index] ?? null) : (frame.at = frame.at ? frame.at.nextSibling : frame.parent.firstChild);
      if (node) return (this.current = node);
      this.frames.pop();
    }
    return (this.current = null);
  }
}

/** Our own in-page UI (the claim card, components/CardLayer.tsx) is never page text. */
function isOwnUi(el: Element): boolean {
  return el.localName === cardTag();
}

/**
 * Where prose is never the article's: figures, navigation, sidebars and footers hold captions,
 * teasers and widgets. (Forms do not count: some sites wrap the whole page in one.)
 */
const NOT_PROSE_REGION = 'nav, footer, aside, figure, figcaption, [role="navigation"], [role="complementary"], [role="contentinfo"]';
/** Blocks whose own text is never prose, however long: headings and table headers. */
const NOT_PROSE_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TH', 'CAPTION', 'SUMMARY', 'LEGEND']);
/**
 * A box next to the chosen article (same tag and class) with at least this share of its prose is
 * another article of the same list page: the page is read whole. Teaser cards stay far below it.
 */
const LISTING_SHARE = 0.3;

/** How much prose each block holds as its own text (outside nested blocks), by readability-style weighting. */
export interface Prose {
  /** Prose blocks and their weight: own characters, less those in links. */
  blocks: Map<Element, number>;
  /**
   * Own text of each prose block other than a paragraph, for finding boxes repeated within the
   * article (a paragraph is prose even when repeated; keeping every paragraph's text would hold a
   * copy of the whole page).
   */
  texts: Map<Element, string>;
  /** Own characters of every text-bearing block, prose or not. */
  chars: Map<Element, number>;
}

/**
 * Measures every text-bearing block under `scope` as Mozilla Readability scores paragraphs, but
 * for any block whose own text is prose (a `<div>` of text counts as a `<p>`): one pass over the
 * text nodes, a native TreeWalker without a filter.
 */
export function* measureProse(scope: Element): Steps<Prose> {
  const own = new Map<Element, { chars: number; linked: number; text: string }>();
  const walker = scope.ownerDocument.createTreeWalker(scope, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    yield;
    const parent = node.parentElement;
    if (!parent || SKIP_TAGS.has(parent.tagName.toUpperCase()) || !/[^ \t\n\r\f]/.test(node.data)) continue;
    let inLink = false;
    let block: Element = parent;
    while (block !== scope && !BLOCK_TAGS.has(block.tagName)) {
      if (block.tagName === 'A') inLink = true;
      block = block.parentElement ?? scope;
    }
    // Only boxes other than paragraphs keep their text; a paragraph's is counted, never built: a
    // text of megabytes built piece by piece stays alive through the page's minor garbage
    // collections, each of which copied it (pauses of 30–60 ms on a 2 MB paragraph).
    const keep = block.tagName !== 'P';
    let text = '';
    let collapsed = 0;
    yield* inPieces(node.data, (piece) => {
      const read = piece.replace(/\s+/g, ' ');
      collapsed += read.length;
      if (keep) text += read;
    });
    const entry = own.get(block) ?? { chars: 0, linked: 0, text: '' };
    const data = node.data;
    // As `text.trim().length`: a space that leads or ends the collapsed text does not count.
    const chars = Math.max(0, collapsed - (ANY_SPACE.test(data[0]) ? 1 : 0) - (ANY_SPACE.test(data[data.length - 1]) ? 1 : 0));
    entry.chars += chars;
    if (inLink) entry.linked += chars;
    if (keep) entry.text += text;
    own.set(block, entry);
  }
  const blocks = new Map<Element, number>();
  const texts = new Map<Element, string>();
  const all = new Map<Element, number>();
  for (const [block, { chars, linked, text }] of own) {
    yield;
    all.set(block, chars);
    if (chars < MIN_PARAGRAPH_CHARS || NOT_PROSE_TAGS.has(block.tagName) || linked / chars > MAX_LINK_DENSITY) continue;
    if (block.closest(NOT_PROSE_REGION)) continue;
    blocks.set(block, chars - linked);
    if (block.tagName !== 'P') texts.set(block, text.trim());
  }
  return { blocks, texts, chars: all };
}

/** Adds each prose block's weight to its parent, and half of it to its grandparent (as Readability does). */
function containerScores(prose: Prose): Map<Element, number> {
  const scores = new Map<Element, number>();
  for (const [block, weight] of prose.blocks) {
    const parent = block.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + weight);
    const grand = parent.parentElement;
    if (grand) scores.set(grand, (scores.get(grand) ?? 0) + weight / 2);
  }
  return scores;
}

function bestOf(scores: Map<Element, number>): Element | null {
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}

/** Own characters of the blocks under `el` and outside `except`. */
function textUnder(el: Element, prose: Prose, except?: Element): number {
  let sum = 0;
  for (const [block, chars] of prose.chars) if (el.contains(block) && !except?.contains(block)) sum += chars;
  return sum;
}

/**
 * An article element's parent holding at most this share of text beside it holds the article's
 * own parts set outside the element (title, standfirst, an editor's note), not a page column.
 */
const MAX_SURROUNDING_SHARE = 0.5;

/** `root` widened to its parent when the parent holds little text besides it. */
function widenToSurroundings(root: Element, prose: Prose): Element {
  const parent = root.parentElement;
  if (!parent || parent === root.ownerDocument.body || parent === root.ownerDocument.documentElement) return root;
  return textUnder(parent, prose, root) <= MAX_SURROUNDING_SHARE * textUnder(root, prose) ? parent : root;
}

/** Prose weight under `el`. */
function proseUnder(el: Element, prose: Prose): number {
  let sum = 0;
  for (const [block, weight] of prose.blocks) if (el.contains(block)) sum += weight;
  return sum;
}

/**
 * `root` or, when it is one of several articles listed on the page (siblings of the same tag and
 * class, each with a good share of its prose), their common parent.
 */
function widenToListing(root: Element, prose: Prose): Element {
  const parent = root.parentElement;
  if (!parent || parent === root.ownerDocument.documentElement) return root;
  const className = root.getAttribute('class') ?? '';
  const siblings = Array.from(parent.children).filter((el) => el !== root && el.tagName === root.tagName && (el.getAttribute('class') ?? '') === className);
  if (siblings.length === 0) return root;
  const own = proseUnder(root, prose);
  return siblings.some((el) => proseUnder(el, prose) >= LISTING_SHARE * own) ? parent : root;
}

/**
 * Guesses the element holding the article body: the container with the most prose (text-bearing
 * blocks scored readability-style), widened to its enclosing article/main element and, on a page
 * listing several articles, to all of them.
 */
function* findArticleRoot(doc: Document): Steps<{ root: Element; prose: Prose }> {
  const body = doc.body ?? doc.documentElement;
  const prose = yield* measureProse(body);
  return { root: articleRoot(doc, body, prose), prose };
}

function articleRoot(doc: Document, body: Element, prose: Prose): Element {
  const best = bestOf(containerScores(prose));
  if (!best) return body;
  for (const selector of ARTICLE_SELECTORS) {
    const semantic = best.closest(selector);
    if (semantic) return widenToSurroundings(widenToListing(semantic, prose), prose);
  }
  const root = best.parentElement && best.parentElement !== doc.documentElement ? best.parentElement : best;
  return widenToListing(root, prose);
}

/** Primary subtag of the page's declared language (`de-CH` → `de`). */
function declaredLang(doc: Document): string | undefined {
  const raw =
    doc.documentElement.getAttribute('lang') ||
    doc.documentElement.getAttribute('xml:lang') ||
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') ||
    doc.querySelector('meta[property="og:locale"]')?.getAttribute('content') ||
    '';
  const primary = raw.trim().split(/[-_,;\s]/)[0].toLowerCase();
  return /^[a-z]{2,3}$/.test(primary) ? primary : undefined;
}

class TextBuilder {
  readonly chunks: string[] = [];
  readonly segments: TextSegment[] = [];
  length = 0;
  private last = '';

  breakLine(): void {
    if (this.length === 0) return;
    if (this.last === ' ') this.dropLastSpace();
    if (this.last === '\n') return;
    this.chunks.push('\n');
    this.length++;
    this.last = '\n';
  }

  /** Appends the text of `node`, pausing every TEXT_STEP characters: one text node can hold megabytes. */
  *longText(node: Text): Steps<void> {
    for (let from = 0; from < node.data.length; from += TEXT_STEP) {
      if (from > 0) yield;
      this.text(node, from, Math.min(node.data.length, from + TEXT_STEP));
    }
  }

  /**
   * Appends characters [from, to) of `node` (a run of non-space may continue past `to`). Each run
   * of the node's characters read unbroken becomes one chunk, not one a word: chunks live until the
   * text is joined, and millions of them make the page's garbage collector pause.
   */
  text(node: Text, from = 0, to = node.data.length): void {
    const data = node.data;
    const n = data.length;
    let i = from;
    if (i > 0 && !WHITESPACE.test(data[i]) && !WHITESPACE.test(data[i - 1])) {
      // The previous piece ended inside a word and read it to its end.
      while (i < n && !WHITESPACE.test(data[i])) i++;
    }
    /** Where the run of characters read unbroken from `node` started. */
    let run = i;
    while (i < to) {
      let j = i + 1;
      if (WHITESPACE.test(data[i])) {
        while (j < n && WHITESPACE.test(data[j])) j++;
        let end = i;
        // A space after a word only: none leads the text, follows a space or a break.
        if (this.last && !WHITESPACE.test(this.last)) {
          this.emit(node, i, 1, ' ');
          end++;
        }
        if (end < j) {
          this.cut(data, run, end);
          run = j;
        }
      } else {
        while (j < n && !WHITESPACE.test(data[j])) j++;
        this.emit(node, i, j - i, data[j - 1]);
      }
      i = j;
    }
    this.cut(data, run, i);
  }

  /** Adds characters [from, to) of a node's `data`, read unbroken, as one chunk (lone whitespace read as a space). */
  private cut(data: string, from: number, to: number): void {
    if (to > from) this.chunks.push(data.slice(from, to).replace(LONE_SPACE, ' '));
  }

  /** Counts `length` characters read from `node` at `nodeStart`, ending in `last`, into the segments. */
  private emit(node: Text, nodeStart: number, length: number, last: string): void {
    const seg = this.segments.at(-1);
    if (seg && seg.node === node && seg.nodeStart + seg.length === nodeStart && seg.textStart + seg.length === this.length) {
      seg.length += length;
    } else {
      this.segments.push({ node, nodeStart, textStart: this.length, length });
    }
    this.length += length;
    this.last = last;
  }

  /**
   * Takes back the space that ends the text (the last chunk's last character). Only a break comes
   * after it, which sets `last`.
   */
  private dropLastSpace(): void {
    this.chunks.push(this.chunks.pop()!.slice(0, -1));
    this.length--;
    if (--this.segments.at(-1)!.length === 0) this.segments.pop();
  }
}

function nearestBlock(node: Node, root: Element): Element {
  let el = node.parentElement;
  while (el && el !== root && !BLOCK_TAGS.has(el.tagName)) el = el.parentElement;
  return el ?? root;
}

/**
 * Work that pauses at every `yield`: the same steps run at once for the CLI and tests, or in
 * slices between which the page's own tasks run (see `collectPageTextInSlices`).
 */
export type Steps<T> = Generator<void, T, void>;

export function runAtOnce<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Longest slice of reading between two yields to the page: well under the 50 ms of a long task. */
const SLICE_MS = 8;
/** Steps between two looks at the clock: a step can take a millisecond on big pages. */
const STEPS_PER_CLOCK_CHECK = 8;

/**
 * Gives the event loop back to the page. The one capability probe: `scheduler.yield()` resumes
 * ahead of other queued tasks, so reading does not queue behind the page's timers; where it is
 * missing, a timeout.
 */
function yielder(win: Window): () => Promise<void> {
  const scheduler = (win as unknown as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return () => scheduler.yield!();
  return () => new Promise((resolve) => win.setTimeout(resolve, 0));
}

/**
 * Runs `steps` in slices of about SLICE_MS; null when `signal` aborts (nothing runs after that).
 * The first slice runs in a task of its own: the task that asks (the script's start, the answer to
 * a message) has spent part of its time already, and the two together made long tasks on news pages.
 */
export async function runInSlices<T>(steps: Steps<T>, win: Window, signal: AbortSignal): Promise<T | null> {
  const pause = yielder(win);
  await pause();
  let sliceEnd = performance.now() + SLICE_MS;
  for (let n = 1; ; n++) {
    if (signal.aborted) return null;
    const step = steps.next();
    if (step.done) return step.value;
    if (n % STEPS_PER_CLOCK_CHECK === 0 && performance.now() > sliceEnd) {
      await pause();
      sliceEnd = performance.now() + SLICE_MS;
    }
  }
}

/**
 * Collects the visible article text of `doc`: prefers the article region, skips navigation,
 * footers, consent banners and teaser lists (never an element containing the article body),
 * scripts, styles, templates, hidden elements, form fields and our own UI.
 */
export function collectPageText(doc: Document): PageText {
  return runAtOnce(collectPageSteps(doc));
}

/**
 * `collectPageText` in slices that yield to the page between them, so reading a large page makes
 * no long task; the same text and offsets. Null when `signal` aborts first. Changes the page makes
 * meanwhile reach the reader's MutationObserver like any other.
 */
export function collectPageTextInSlices(doc: Document, signal: AbortSignal): Promise<PageText | null> {
  return runInSlices(collectPageSteps(doc), doc.defaultView!, signal);
}

function* collectPageSteps(doc: Document): Steps<PageText> {
  const { root, prose } = yield* findArticleRoot(doc);
  return yield* collectUnder(doc, root, [root], yield* proseWithin(root, prose));
}

/**
 * Collects the text of `nodes` added to the article region of `page` after it was collected, by
 * the same rules, as if each were a block of its own; null when a node lies outside the region or
 * inside something the rules leave out.
 */
export function collectAddedText(doc: Document, page: PageText, nodes: Node[]): PageText | null {
  const { root } = page;
  const isHidden = hiddenTest(doc);
  const region = runAtOnce(readRegion(root));
  const noLinks: LinkText = new Map();
  for (const node of nodes) {
    if (!root.contains(node) || node === root) return null;
    for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
      if (SKIP_TAGS.has(el.tagName.toUpperCase()) || isOwnUi(el) || isHidden(el)) return null;
      if (!el.contains(region.core) && isBoilerplate(el, noLinks, region)) return null;
    }
  }
  return { ...runAtOnce(collectUnder(doc, root, nodes)), root };
}

/**
 * Collects the text under each of `starts` (all inside `root`), in order, with a break between
 * them. Walks the tree in document order by hand rather than with a filtered TreeWalker: a
 * filter is a call from the browser into script per element, which costs most in a content
 * script's isolated world.
 */
function* collectUnder(doc: Document, root: Element, starts: Node[], measured?: Prose): Steps<PageText> {
  const region = yield* readRegion(root, measured);
  const isHidden = hiddenTest(doc);
  const builder = new TextBuilder();
  const scopes: Node[] = [];
  for (const start of starts) {
    if (start.nodeType === 3) {
      if (/[^ \t\n\r\f]/.test((start as Text).data)) {
        builder.breakLine();
        yield* builder.longText(start as Text);
      }
      continue;
    }
    if (start.nodeType !== 1) continue;
    const links: LinkText = yield* measureLinkText(start as Element);
    const accepts = (el: Element): boolean =>
      !SKIP_TAGS.has(el.tagName.toUpperCase()) &&
      !isOwnUi(el) &&
      !isHidden(el) &&
      (el === root || el.contains(region.core) || !isBoilerplate(el, links, region));
    // An added element must pass like its content.
    if (start !== root && !accepts(start as Element)) continue;
    builder.breakLine();
    let block: Element | null = null;
    /** The block each open level of the walk is in; text belongs to the innermost one's. */
    const blocks: Element[] = [start === root || BLOCK_TAGS.has((start as Element).tagName) ? (start as Element) : nearestBlock(start, root)];
    const order = new ReadingOrder(start);
    let descend = true;
    for (let node = order.next(descend); node; node = order.next(descend)) {
      if (blocks.length > order.depth) blocks.length = order.depth;
      descend = false;
      if (node.nodeType === 1) {
        yield;
        const el = node as Element;
        if (accepts(el)) {
          descend = true;
          blocks.push(BLOCK_TAGS.has(el.tagName) ? el : blocks[blocks.length - 1]);
          if (el.tagName === 'BR' || el.tagName === 'HR') builder.breakLine();
        }
      } else if (node.nodeType === 3) {
        const text = node as Text;
        if (!/[^ \t\n\r\f]/.test(text.data)) {
          if (block) builder.text(text);
        } else {
          const nodeBlock = blocks[blocks.length - 1];
          if (block && nodeBlock !== block) builder.breakLine();
          block = nodeBlock;
          if (text.data.length > TEXT_STEP) yield* builder.longText(text);
          else builder.text(text);
        }
      }
    }
    scopes.push(...order.scopes);
  }
  builder.breakLine();
  if (builder.chunks[builder.chunks.length - 1] === '\n') {
    builder.chunks.pop();
    builder.length--;
  }
  return { parts: yield* partsInSteps(builder.chunks), segments: builder.segments, lang: declaredLang(doc), root, scopes };
}

/** Chunks joined between two pauses: a big page's text is hundreds of thousands of chunks. */
const CHUNKS_PER_STEP = 4096;

/** The chunks joined into pieces of TEXT_PART_CHARS, in steps that pause. */
function* partsInSteps(chunks: string[]): Steps<string[]> {
  const parts: string[] = [];
  let piece: string[] = [];
  let pieceLength = 0;
  for (let i = 0; i < chunks.length; i++) {
    if (i % CHUNKS_PER_STEP === CHUNKS_PER_STEP - 1) yield;
    let chunk = chunks[i];
    while (pieceLength + chunk.length >= TEXT_PART_CHARS) {
      const head = TEXT_PART_CHARS - pieceLength;
      piece.push(chunk.slice(0, head));
      parts.push(piece.join(''));
      chunk = chunk.slice(head);
      piece = [];
      pieceLength = 0;
    }
    piece.push(chunk);
    pieceLength += chunk.length;
  }
  if (pieceLength > 0 || parts.length === 0) parts.push(piece.join(''));
  return parts;
}

/** `page` followed by `added` (collected later, further down the page), one break between them. */
export function appendPageText(page: PageText, added: PageText): PageText {
  if (partsLength(added.parts) === 0) return page;
  if (partsLength(page.parts) === 0) return { ...added, lang: page.lang, root: page.root };
  const shift = partsLength(page.parts) + 1;
  return {
    parts: appendParts(page.parts, ['\n', ...added.parts]),
    segments: page.segments.concat(added.segments.map((seg) => ({ ...seg, textStart: seg.textStart + shift }))),
    lang: page.lang,
    root: page.root,
    scopes: [...(page.scopes ?? []), ...(added.scopes ?? [])],
  };
}

/**
 * The prose measured over the whole page, narrowed to the blocks inside `root`: the same figures
 * as measuring under `root` again, as no block's own text crosses a block element's edge. Undefined
 * when `root` is no block element (its text belongs to a block around it): then it is measured again.
 */
export function* proseWithin(root: Element, prose: Prose): Steps<Prose | undefined> {
  if (root === root.ownerDocument.body || root === root.ownerDocument.documentElement) return prose;
  if (!BLOCK_TAGS.has(root.tagName)) return undefined;
  const narrowed: Prose = { blocks: new Map(), texts: new Map(), chars: new Map() };
  for (const [block, chars] of prose.chars) {
    yield;
    if (!root.contains(block)) continue;
    narrowed.chars.set(block, chars);
    const weight = prose.blocks.get(block);
    if (weight !== undefined) narrowed.blocks.set(block, weight);
    const text = prose.texts.get(block);
    if (text !== undefined) narrowed.texts.set(block, text);
  }
  return narrowed;
}

/** What the boilerplate rules need to know about the article region. */
interface Region {
  /** The prose container inside the region with the most prose: boilerplate rules never remove it. */
  core: Element;
  /** Blocks other than paragraphs whose text appears more than once in the region: info boxes repeated in the article. */
  repeated: Set<Element>;
}

function* readRegion(root: Element, measured?: Prose): Steps<Region> {
  const prose = measured ?? (yield* measureProse(root));
  const direct = new Map<Element, number>();
  for (const [block, weight] of prose.blocks) {
    const parent = block.parentElement;
    if (parent && root.contains(parent)) direct.set(parent, (direct.get(parent) ?? 0) + weight);
  }
  const seen = new Map<string, Element>();
  const repeated = new Set<Element>();
  for (const [block, text] of prose.texts) {
    // A paragraph is prose even when repeated; a box of another kind repeated is an info box.
    if (block.tagName === 'P') continue;
    const first = seen.get(text);
    if (first) repeated.add(first).add(block);
    else seen.set(text, block);
  }
  return { core: bestOf(direct) ?? root, repeated };
}
