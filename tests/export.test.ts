import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { toCsv, toJson, toMarkdown, type ExportPage } from '../lib/export';
import { buildClaims } from '../lib/page/claims';
import { extract } from '../lib/engine';
import type { ClaimView } from '../lib/messages';

const page: ExportPage = { title: 'Gipfel in Peking, "live"', url: 'https://example.org/a?b=1,2', date: '2026-11-26T12:00:00.000Z' };

/** RFC 4180 reader: the inverse the export must satisfy. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += c;
  }
  return rows;
}

const claim = (over: Partial<ClaimView>): ClaimView => ({
  id: 0,
  kind: 'direct',
  entity: { name: 'Ushakov', type: 'person' },
  entityKey: 'person:ushakov',
  colour: 0,
  cue: 'sagte',
  source: 'Ushakov',
  claim: 'Es war ein gutes Gespräch.',
  ...over,
});

describe('export', () => {
  const seed = readFileSync(new URL('../seeds/000_e810e4ad3495eada.txt', import.meta.url), 'utf8');
  const { attributions } = extract(seed, { lang: 'de' });
  const claims = buildClaims(seed, attributions);

  it('CSV round-trips every claim of the seed article with page, URL and date', () => {
    const rows = parseCsv(toCsv(claims, page));
    expect(rows[0]).toEqual(['source', 'entity', 'entityType', 'kind', 'cue', 'claim', 'title', 'url', 'date']);
    expect(rows).toHaveLength(claims.length + 1);
    rows.slice(1).forEach((row, i) => {
      expect(row.slice(1, 6)).toEqual([claims[i].entity.name, claims[i].entity.type, claims[i].kind, claims[i].cue, claims[i].claim].map((v) => (/^[=+\-@]/.test(v) ? `'${v}` : v)));
      expect(row.slice(6)).toEqual([page.title, page.url, page.date]);
    });
  });

  it('CSV quotes commas, quotes and line breaks, and defuses formulas', () => {
    const tricky = [
      claim({ claim: '=HYPERLINK("http://evil","click")', source: '+49 30', cue: '-2', entity: { name: '@team', type: 'group' } }),
      claim({ claim: 'line one\nline "two", three', cue: '\tsaid' }),
    ];
    const csv = toCsv(tricky, page);
    const rows = parseCsv(csv);
    expect(rows[1].slice(0, 6)).toEqual(["'+49 30", "'@team", 'group', 'direct', "'-2", `'=HYPERLINK("http://evil","click")`]);
    expect(rows[2][5]).toBe('line one\nline "two", three');
    expect(rows[2][4]).toBe("'\tsaid");
    expect(csv).toContain('"Gipfel in Peking, ""live"""');
  });

  it('JSON holds the page once and every claim', () => {
    const data = JSON.parse(toJson(claims, page));
    expect(data).toMatchObject(page);
    expect(data.claims).toHaveLength(claims.length);
    expect(data.claims[0]).toEqual({
      source: claims[0].source,
      entity: claims[0].entity.name,
      entityType: claims[0].entity.type,
      kind: claims[0].kind,
      cue: claims[0].cue,
      claim: claims[0].claim,
    });
  });

  it('Markdown groups claims under their source and escapes markup from the page', () => {
    const md = toMarkdown(
      [claim({}), claim({ id: 1, source: 'Er', claim: 'Ein *großer* [Link](http://x)' }), claim({ id: 2, kind: 'unnamed', entity: { name: '', type: 'unnamed' }, entityKey: 'unnamed', source: '', cue: 'hieß es' })],
      page,
      { unnamed: 'Unnamed source', kind: (k) => k, profileTitle: 'Source profile', profile: ['2 sources', '50 % quoted'] },
    );
    expect(md).toContain('# [Gipfel in Peking, "live"](<https://example.org/a?b=1,2>)');
    expect(md).toContain('## Ushakov\n\n- direct (_sagte_): Es war ein gutes Gespräch.\n- direct (Er _sagte_): Ein \\*großer\\* \\[Link\\](http://x)');
    expect(md).toContain('## Source profile\n\n- 2 sources\n- 50 % quoted\n\n## Ushakov');
    expect(md).toContain('## Unnamed source\n\n- unnamed (_hieß es_):');
  });

  it('Markdown escapes only what it would misread: names and words keep their dots and hyphens', () => {
    const said = (text: string) =>
      toMarkdown([claim({ claim: text })], page, { unnamed: '', kind: (k) => k, profileTitle: '', profile: [] }).split('\n').find((l) => l.startsWith('- '))!;
    expect(said('D.J. Bettencourt, US-Präsident (a.D.) + 3! #1 snake_case 50 %')).toBe('- direct (_sagte_): D.J. Bettencourt, US-Präsident (a.D.) + 3! #1 snake_case 50 %');
    expect(said('*fett* _kursiv_ `code` [x](y) <b> ~~weg~~ &amp; a\\b')).toBe(
      '- direct (_sagte_): \\*fett\\* \\_kursiv\\_ \\`code\\` \\[x\\](y) \\<b> \\~\\~weg\\~\\~ \\&amp; a\\\\b',
    );
    const heading = toMarkdown([claim({ entity: { name: 'Kanal #', type: 'media' } })], page, { unnamed: '', kind: (k) => k, profileTitle: '', profile: [] });
    expect(heading).toContain('## Kanal \\#\n');
  });

  it('every export carries the source profile', () => {
    const data = JSON.parse(toJson(claims, page));
    expect(data.profile).toMatchObject({ claims: claims.length, byType: expect.any(Object) });
    expect(data.profile.topSpeakers).toContain('Xi Jinping');
    const csv = toCsv(claims, page, ['11 claims · 6 sources · 1 unnamed', 'quoted 64 %, reported 36 %']);
    const rows = parseCsv(csv);
    expect(rows.slice(0, 3)).toEqual([['# 11 claims · 6 sources · 1 unnamed'], ['# quoted 64 %, reported 36 %'], ['source', 'entity', 'entityType', 'kind', 'cue', 'claim', 'title', 'url', 'date']]);
  });
});
