import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { extract } from '../lib/engine';
import type { ClaimView } from '../lib/messages';
import { buildClaims } from '../lib/page/claims';
import { rowsToCsv, rowsToJson, rowsToMarkdown } from '../lib/export';
import { dayOf, dayRange, exportRow, fold, matches, pageRecords, pageUrl, speakerTimelines, type LogClaim } from '../lib/log/records';
import { isBackgroundRequest, MAX_LOGGED_CLAIMS } from '../lib/messages';
import { applyCap, deleteAll, deleteSite, LOG_DB_VERSION, logStats, openLog, recordPage, searchLog, type LogDb } from '../lib/log/store';

let dbs = 0;
/** A fresh database per test: fake-indexeddb keeps them in memory for the process. */
const fresh = (): Promise<LogDb> => openLog(`test-log-${++dbs}`);

const claimsOf = (text: string, lang: 'de' | 'en'): ClaimView[] => buildClaims(text, extract(text, { lang }).attributions);

const XI_DE = '„Wir werden die Zusammenarbeit vertiefen“, sagte Xi Jinping am Dienstag in Peking. Die Regierung in Berlin reagierte zurückhaltend.';
const XI_EN = '"We will not be bullied," Xi Jinping said on Monday. Officials said the talks had stalled, according to people familiar with the matter.';
const OTHER = 'Scholz sagte, die Lage sei ernst. "Wir bleiben dabei", sagte Baerbock.';

const DAY = 86_400_000;
const T0 = new Date(2026, 10, 2, 12).getTime();

describe('claims log records', () => {
  it('keeps http(s) addresses without their fragment and refuses anything else', () => {
    expect(pageUrl('https://www.zeit.de/politik/a?x=1#comments')).toBe('https://www.zeit.de/politik/a?x=1');
    for (const bad of ['file:///etc/passwd', 'chrome-extension://abc/log.html', 'not a url', '']) expect(pageUrl(bad)).toBeNull();
  });

  it('turns a page read into records: site without www, resolved speaker folded for merging, unnamed with no speaker', () => {
    const claims = claimsOf(XI_EN, 'en');
    const { page, claims: records } = pageRecords('https://www.example.org/a', '  Xi   speaks ', claims, T0, 100);
    expect(page).toMatchObject({ url: 'https://www.example.org/a', site: 'example.org', title: 'Xi speaks', date: T0, claims: claims.length });
    expect(page.size).toBeGreaterThan(0);
    const xi = records.find((r) => r.speaker === 'Xi Jinping')!;
    expect(xi).toMatchObject({ speakerKey: 'xi jinping', entityType: 'person', kind: 'direct', cue: 'said', claim: '"We will not be bullied,"' });
    const unnamed = records.filter((r) => r.entityType === 'unnamed');
    expect(unnamed.length).toBeGreaterThan(0);
    expect(unnamed.every((r) => r.speaker === '' && r.speakerKey === '')).toBe(true);
    expect(records.map((r) => r.n)).toEqual(records.map((_, i) => i));
    expect(pageRecords('https://example.org/a', '', claims, T0, 1).claims).toHaveLength(1);
  });

  it('folds case and accents, so spellings of one name meet', () => {
    expect(fold('  Pedro   SÁNCHEZ ')).toBe('pedro sanchez');
    expect(fold('Müller')).toBe(fold('MULLER'));
  });

  const row = (over: Partial<LogClaim>): LogClaim => ({
    url: 'https://a.de/1', n: 0, site: 'a.de', title: 'A', date: T0, speaker: 'Xi Jinping', speakerKey: 'xi jinping',
    entityType: 'person', kind: 'direct', cue: 'sagte', source: 'Xi', claim: 'Wir werden die Zusammenarbeit vertiefen', ...over,
  });

  it('matches a filter by speaker word starts, words in the claim, site, kind and date range', () => {
    const c = row({});
    expect(matches(c, {})).toBe(true);
    expect(matches(c, { speaker: 'xi' })).toBe(true);
    expect(matches(c, { speaker: 'Jin Xi' })).toBe(true);
    expect(matches(c, { speaker: 'jinping xu' })).toBe(false);
    expect(matches(c, { speaker: 'ping' })).toBe(false);
    expect(matches(row({ speaker: '', speakerKey: '' }), { speaker: 'xi' })).toBe(false);
    expect(matches(c, { words: 'ZUSAMMENARBEIT vertief' })).toBe(true);
    expect(matches(c, { words: 'zusammenarbeit handel' })).toBe(false);
    expect(matches(c, { words: 'sagte' })).toBe(true);
    expect(matches(c, { site: 'a.de' })).toBe(true);
    expect(matches(c, { site: 'b.de' })).toBe(false);
    expect(matches(c, { kind: 'direct' })).toBe(true);
    expect(matches(c, { kind: 'unnamed' })).toBe(false);
    expect(matches(c, { from: T0, to: T0 + 1 })).toBe(true);
    expect(matches(c, { from: T0 + 1 })).toBe(false);
    expect(matches(c, { to: T0 })).toBe(false);
  });

  it('reads a date field as the local day, and refuses dates that do not exist', () => {
    const [start, end] = dayRange('2026-11-02')!;
    expect(dayOf(start)).toBe('2026-11-02');
    expect(dayOf(end)).toBe('2026-11-03');
    expect(start <= T0 && T0 < end).toBe(true);
    for (const bad of ['2026-02-30', '2026-13-01', '02.11.2026', '']) expect(dayRange(bad)).toBeNull();
  });

  it('groups claims into per-speaker timelines: merged by name across pages, oldest first, by day, unnamed last', () => {
    const claims = [
      row({ url: 'https://b.de/2', date: T0 + 2 * DAY, speaker: 'Xi jinping', speakerKey: 'xi jinping' }),
      row({ url: 'https://a.de/1', n: 1, date: T0 }),
      row({ url: 'https://a.de/1', n: 0, date: T0 }),
      row({ url: 'https://a.de/1', n: 2, date: T0, speaker: '', speakerKey: '', entityType: 'unnamed', kind: 'unnamed' }),
      row({ url: 'https://a.de/1', n: 3, date: T0, speaker: 'Scholz', speakerKey: 'scholz' }),
    ];
    const lines = speakerTimelines(claims);
    expect(lines.map((l) => l.key)).toEqual(['xi jinping', 'scholz', '']);
    expect(lines[0].claims.map((c) => [c.url, c.n])).toEqual([['https://a.de/1', 0], ['https://a.de/1', 1], ['https://b.de/2', 0]]);
    expect(lines[0].days.map((d) => [d.day, d.claims.length])).toEqual([[dayOf(T0), 2], [dayOf(T0 + 2 * DAY), 1]]);
  });
});

describe('claims log store (IndexedDB)', () => {
  it('creates its schema at the current version', async () => {
    const name = `test-log-schema-${++dbs}`;
    (await openLog(name)).close();
    const raw = await openDB(name);
    expect(raw.version).toBe(LOG_DB_VERSION);
    expect([...raw.objectStoreNames].sort()).toEqual(['claims', 'pages']);
    expect([...raw.transaction('claims').store.indexNames].sort()).toEqual(['date', 'site', 'speaker']);
    raw.close();
    // Opening again at the same version keeps what is stored.
    const log = await openLog(name);
    await recordPage(log, { url: 'https://a.de/1', title: 'A', claims: claimsOf(OTHER, 'de'), date: T0 }, 100);
    log.close();
    expect((await logStats(await openLog(name))).pages).toBe(1);
  });

  it('stores a page, and a page read again replaces its earlier claims', async () => {
    const log = await fresh();
    const first = claimsOf(XI_DE, 'de');
    await recordPage(log, { url: 'https://www.zeit.de/a', title: 'Erste Fassung', claims: first, date: T0 }, 100);
    expect(await logStats(log)).toMatchObject({ pages: 1, claims: first.length, sites: ['zeit.de'], speakers: ['Xi Jinping'] });
    const longer = claimsOf(`${XI_DE} ${OTHER}`, 'de');
    expect(longer.length).toBeGreaterThan(first.length);
    await recordPage(log, { url: 'https://www.zeit.de/a', title: 'Zweite Fassung', claims: longer, date: T0 + 1000 }, 100);
    const all = await searchLog(log, {});
    expect(all).toHaveLength(longer.length);
    expect(new Set(all.map((c) => c.title))).toEqual(new Set(['Zweite Fassung']));
    expect((await logStats(log)).speakers).toEqual(['Baerbock', 'Scholz', 'Xi Jinping']);
    // A read with no claims leaves none of the page's.
    await recordPage(log, { url: 'https://www.zeit.de/a', title: 'Leer', claims: [], date: T0 + 2000 }, 100);
    expect(await logStats(log)).toMatchObject({ pages: 0, claims: 0, sites: [] });
  });

  it('searches by speaker across articles, by word, site, kind and date range, newest first', async () => {
    const log = await fresh();
    await recordPage(log, { url: 'https://www.zeit.de/a', title: 'DE', claims: claimsOf(XI_DE, 'de'), date: T0 }, 100);
    await recordPage(log, { url: 'https://example.org/b', title: 'EN', claims: claimsOf(XI_EN, 'en'), date: T0 + 3 * DAY }, 100);
    const xi = await searchLog(log, { speaker: 'xi jinping' });
    expect(xi.map((c) => [c.site, c.speaker])).toEqual([['example.org', 'Xi Jinping'], ['zeit.de', 'Xi Jinping']]);
    expect(speakerTimelines(xi)).toHaveLength(1);
    expect((await searchLog(log, { words: 'bullied' })).map((c) => c.site)).toEqual(['example.org']);
    expect((await searchLog(log, { site: 'zeit.de' })).every((c) => c.url === 'https://www.zeit.de/a')).toBe(true);
    const unnamed = await searchLog(log, { kind: 'unnamed' });
    expect(unnamed.length).toBeGreaterThan(0);
    expect(unnamed.every((c) => c.kind === 'unnamed' && c.site === 'example.org')).toBe(true);
    const [start, end] = dayRange(dayOf(T0))!;
    expect(new Set((await searchLog(log, { from: start, to: end })).map((c) => c.site))).toEqual(new Set(['zeit.de']));
    expect(new Set((await searchLog(log, { from: end })).map((c) => c.site))).toEqual(new Set(['example.org']));
    expect(await searchLog(log, { from: T0 + 10 * DAY })).toEqual([]);
    expect(await searchLog(log, { site: 'zeit.de', from: end })).toEqual([]);
  });

  it('keeps within its cap by evicting the oldest pages first, on writing and when the cap is lowered', async () => {
    const log = await fresh();
    const page = claimsOf(OTHER, 'de');
    const n = page.length;
    expect(n).toBeGreaterThan(1);
    for (let i = 0; i < 4; i++) await recordPage(log, { url: `https://a.de/${i}`, title: String(i), claims: page, date: T0 + i }, 3 * n);
    // The fourth page pushed out the first.
    const urls = async () => [...new Set((await searchLog(log, {})).map((c) => c.url))].sort();
    expect(await urls()).toEqual(['https://a.de/1', 'https://a.de/2', 'https://a.de/3']);
    expect(await applyCap(log, 2 * n)).toBe(1);
    expect(await urls()).toEqual(['https://a.de/2', 'https://a.de/3']);
    expect(await applyCap(log, 2 * n)).toBe(0);
    // Reading an old page again makes it the newest.
    await recordPage(log, { url: 'https://a.de/2', title: '2', claims: page, date: T0 + 10 }, 2 * n);
    await recordPage(log, { url: 'https://a.de/9', title: '9', claims: page, date: T0 + 11 }, 2 * n);
    expect(await urls()).toEqual(['https://a.de/2', 'https://a.de/9']);
    // A page bigger than the whole cap keeps its first claims.
    await recordPage(log, { url: 'https://a.de/big', title: 'big', claims: page, date: T0 + 12 }, 1);
    expect(await logStats(log)).toMatchObject({ pages: 1, claims: 1 });
  });

  it('deletes one site, then everything', async () => {
    const log = await fresh();
    await recordPage(log, { url: 'https://www.zeit.de/a', title: 'A', claims: claimsOf(XI_DE, 'de'), date: T0 }, 100);
    await recordPage(log, { url: 'https://www.zeit.de/b', title: 'B', claims: claimsOf(OTHER, 'de'), date: T0 + 1 }, 100);
    await recordPage(log, { url: 'https://example.org/b', title: 'EN', claims: claimsOf(XI_EN, 'en'), date: T0 + 2 }, 100);
    expect(await deleteSite(log, 'zeit.de')).toBe(2);
    expect(await logStats(log)).toMatchObject({ pages: 1, sites: ['example.org'] });
    expect((await searchLog(log, {})).every((c) => c.site === 'example.org')).toBe(true);
    expect(await deleteSite(log, 'zeit.de')).toBe(0);
    await deleteAll(log);
    expect(await logStats(log)).toEqual({ pages: 0, claims: 0, size: 0, sites: [], speakers: [] });
    expect(await searchLog(log, {})).toEqual([]);
  });
});

describe('claims log messages and exports', () => {
  it('takes a page claim list from the content script only when every claim is well formed', () => {
    const claims = claimsOf(XI_EN, 'en');
    expect(isBackgroundRequest({ type: 'log', url: 'https://a.de/', title: 'T', claims })).toBe(true);
    expect(isBackgroundRequest({ type: 'log', url: '', title: '', claims: [] })).toBe(true);
    const bad = [
      { type: 'log', url: 'https://a.de/', claims },
      { type: 'log', title: 'T', claims },
      { type: 'log', url: 7, title: 'T', claims },
      { type: 'log', url: 'https://a.de/', title: 3, claims },
      { type: 'log', url: 'https://a.de/', title: 'T', claims: 'all' },
      { type: 'log', url: 'https://a.de/', title: 'T', claims: [{ ...claims[0], kind: 'rumour' }] },
      { type: 'log', url: 'https://a.de/', title: 'T', claims: [{ ...claims[0], entity: null }] },
      { type: 'log', url: 'https://a.de/', title: 'T', claims: [{ ...claims[0], entity: { name: 'X', type: 'alien' } }] },
      { type: 'log', url: 'https://a.de/', title: 'T', claims: [{ ...claims[0], claim: 7 }] },
      { type: 'log', url: 'https://a.de/', title: 'T', claims: [null] },
      { type: 'log', url: 'https://a.de/', title: 'x'.repeat(10_001), claims },
      { type: 'log', url: 'https://a.de/', title: 'T', claims: new Array(MAX_LOGGED_CLAIMS + 1).fill(claims[0]) },
    ];
    for (const message of bad) expect(isBackgroundRequest(message)).toBe(false);
  });

  it("exports claims from many pages with each one's page and read date, grouped by speaker in Markdown", () => {
    const de = pageRecords('https://www.zeit.de/a', 'Gipfel, "live"', claimsOf(XI_DE, 'de'), T0, 100).claims;
    const en = pageRecords('https://example.org/b', 'Summit', claimsOf(XI_EN, 'en'), T0 + DAY, 100).claims;
    const rows = [...en, ...de].map(exportRow);
    const csv = rowsToCsv(rows).split('\r\n');
    expect(csv[0]).toBe('source,entity,entityType,kind,cue,claim,title,url,date');
    expect(csv.filter(Boolean)).toHaveLength(rows.length + 1);
    expect(csv.some((line) => line.endsWith(`"Gipfel, ""live""",https://www.zeit.de/a,${new Date(T0).toISOString()}`))).toBe(true);
    const json = JSON.parse(rowsToJson(rows, { date: '2026-12-01T00:00:00.000Z', search: { speaker: 'xi' } }));
    expect(json.search).toEqual({ speaker: 'xi' });
    expect(json.claims.filter((c: { entity: string }) => c.entity === 'Xi Jinping').map((c: { url: string }) => c.url)).toEqual(['https://example.org/b', 'https://www.zeit.de/a']);
    const md = rowsToMarkdown(rows, 'Claims log', { unnamed: 'Unnamed source', kind: (k) => k });
    expect(md.startsWith('# Claims log\n')).toBe(true);
    expect(md.match(/^## Xi Jinping$/gm)).toHaveLength(1);
    expect(md).toContain('## Unnamed source');
    expect(md).toContain(`- ${new Date(T0).toISOString().slice(0, 10)} · direct`);
    expect(md).toContain('— [Gipfel, "live"](<https://www.zeit.de/a>)');
    expect(md.match(/^- /gm)).toHaveLength(rows.length);
  });
});
