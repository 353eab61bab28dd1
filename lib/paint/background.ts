/**
 * The colour behind the article's text: the first background that is not transparent, from its
 * first paragraph up; empty when there is none (the browser's white).
 */
export function pageBackground(doc: Document): string {
  const win = doc.defaultView!;
  for (let el: Element | null = doc.querySelector('article p,main p,p') ?? doc.body; el; el = el.parentElement) {
    const colour = win.getComputedStyle(el).backgroundColor;
    if (colour && colour !== 'transparent' && !/,\s*0\)$/.test(colour)) return colour;
  }
  return '';
}
