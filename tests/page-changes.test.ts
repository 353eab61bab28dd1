// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { appendedNodes } from '../lib/page/changes';
import { appendPageText, collectAddedText, collectPageText } from '../lib/page/collect';
import { wholeText } from '../lib/page/text-parts';
import { rangeFor } from '../lib/page/ranges';

const ARTICLE = `
  <nav><a href="/">Start</a></nav>
  <article id="story">
    <h1>Neue Brücke für die Altstadt</h1>
    <p>„Wir bauen die Brücke bis 2027 fertig“, sagte Bürgermeisterin Anna Schulz am Dienstag im Rathaus.</p>
    <p>Der Verkehrsclub kritisierte die Pläne. Die Brücke sei zu schmal für Radfahrer, teilte der Verband mit.</p>
  </article>
  <footer>Impressum</footer>`;

/** Runs `change` and returns the mutation records it caused. */
async function recordsOf(change: () => void): Promise<MutationRecord[]> {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((batch) => records.push(...batch));
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  change();
  await new Promise((r) => setTimeout(r, 0));
  records.push(...observer.takeRecords());
  observer.disconnect();
  return records;
}

function paragraph(text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.textContent = text;
  return p;
}

describe('reading appended blocks on their own', () => {
  it('finds paragraphs appended to the article and reads only them, offsets continuing the page text', async () => {
    document.body.innerHTML = ARTICLE;
    const page = collectPageText(document);
    const added = paragraph('„Das ist ein guter Tag“, sagte der Landrat.');
    const records = await recordsOf(() => document.getElementById('story')!.append(added));
    const nodes = appendedNodes(records, page);
    expect(nodes).toEqual([added]);
    const more = collectAddedText(document, page, nodes!)!;
    expect(wholeText(more.parts)).toBe('„Das ist ein guter Tag“, sagte der Landrat.');
    const whole = appendPageText(page, more);
    expect(wholeText(whole.parts)).toBe(wholeText(collectPageText(document).parts));
    const at = wholeText(whole.parts).indexOf('der Landrat');
    expect(rangeFor(whole, at, at + 'der Landrat'.length)?.toString()).toBe('der Landrat');
    expect(rangeFor(whole, 0, 4)?.toString()).toBe('Neue');
  });

  it('takes a container with several posts as one addition, and leaves out its boilerplate', async () => {
    document.body.innerHTML = ARTICLE;
    const page = collectPageText(document);
    const posts = document.createElement('div');
    posts.innerHTML = '<p>Erster Eintrag mit Text.</p><div class="share-bar">Teilen</div><p>Zweiter Eintrag mit Text.</p>';
    const records = await recordsOf(() => document.getElementById('story')!.append(posts));
    const nodes = appendedNodes(records, page)!;
    expect(nodes).toEqual([posts]);
    expect(wholeText(collectAddedText(document, page, nodes)!.parts)).toBe('Erster Eintrag mit Text.\nZweiter Eintrag mit Text.');
  });

  it('reads nothing appended inside a left-out element, such as a comment list', async () => {
    document.body.innerHTML = ARTICLE.replace('</article>', '<section class="comments"></section></article>');
    const page = collectPageText(document);
    const records = await recordsOf(() => document.querySelector('.comments')!.append(paragraph('„Unfug“, schrieb ein Leser.')));
    const nodes = appendedNodes(records, page)!;
    expect(nodes).toHaveLength(1);
    expect(collectAddedText(document, page, nodes)).toBeNull();
  });

  it('needs the whole page read again when text is edited, removed, inserted before, or added outside the article', async () => {
    const cases: [string, () => void][] = [
      ['edited', () => ((document.querySelector('article p')!.firstChild as Text).data = 'Neu.')],
      ['removed', () => document.querySelector('article p')!.remove()],
      ['inserted before', () => document.querySelector('article h1')!.after(paragraph('Eilmeldung: neuer Stand.'))],
      ['outside the article', () => document.body.append(paragraph('Werbung hier.'))],
      ['article replaced', () => (document.getElementById('story')!.innerHTML = '<p>Ein anderer Artikel.</p>')],
    ];
    for (const [what, change] of cases) {
      document.body.innerHTML = ARTICLE;
      const page = collectPageText(document);
      const records = await recordsOf(change);
      expect(appendedNodes(records, page), what).toBeNull();
    }
  });
});
