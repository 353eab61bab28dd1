/** Table-driven attribution checks shared by the German and English engine tests. */
import { expect, it } from 'vitest';
import { extract, type Attribution, type Lang, type Span } from '../lib/engine';

export interface Case {
  /** what the case shows */
  name: string;
  text: string;
  cue: string;
  /** the source as written; empty when none is named */
  source: string;
  /** the claim, or a part of it that must be inside */
  content: string;
  kind?: Attribution['kind'];
  /** the claim must be exactly `content`, not merely contain it */
  exact?: boolean;
  /** a word the resolved entity's name must contain */
  entity?: string;
  /** the resolved entity's type */
  type?: Attribution['entity']['type'];
}

export const show = (text: string, spans: Span[]) => spans.map(([s, e]) => text.slice(s, e)).join(' ');

export const describeAll = (text: string, list: Attribution[]) =>
  JSON.stringify(list.map((a) => ({ cue: show(text, a.cue), source: show(text, a.source), content: show(text, a.content), kind: a.kind })));

/** One test per case: an attribution with the case's cue whose claim holds the case's content. */
export function checkCases(cases: Case[], lang: Lang, detect: boolean): void {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    const result = extract(c.text, detect ? {} : { lang });
    expect(result.lang).toBe(lang);
    const found = result.attributions.find((a) => show(c.text, a.cue) === c.cue && show(c.text, a.content).includes(c.content));
    expect(found, describeAll(c.text, result.attributions)).toBeDefined();
    expect(show(c.text, found!.source)).toBe(c.source);
    if (c.kind) expect(found!.kind).toBe(c.kind);
    if (c.exact) expect(show(c.text, found!.content)).toBe(c.content);
    if (c.entity) expect(found!.entity.name).toContain(c.entity);
    if (c.type) expect(found!.entity.type).toBe(c.type);
  });
}
