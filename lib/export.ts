/**
 * The popup's exports of a page's claims, and the claims log's of its search results: Markdown
 * for the clipboard, JSON and CSV files. Every row carries the page it came from.
 */
import type { ClaimView } from './messages';

export interface ExportPage {
  title: string;
  url: string;
  /** When the claims were exported, ISO 8601. */
  date: string;
}

export interface ExportRow {
  source: string;
  entity: string;
  entityType: string;
  kind: string;
  cue: string;
  claim: string;
  title: string;
  url: string;
  date: string;
}

const COLUMNS: (keyof ExportRow)[] = ['source', 'entity', 'entityType', 'kind', 'cue', 'claim', 'title', 'url', 'date'];

export function exportRows(claims: ClaimView[], page: ExportPage): ExportRow[] {
  return claims.map((c) => ({
    source: c.source,
    entity: c.entity.name,
    entityType: c.entity.type,
    kind: c.kind,
    cue: c.cue,
    claim: c.claim,
    title: page.title,
    url: page.url,
    date: page.date,
  }));
}

export function toJson(claims: ClaimView[], page: ExportPage): string {
  return `${JSON.stringify({ ...page, claims: exportRows(claims, page).map(({ title, url, date, ...rest }) => rest) }, null, 2)}\n`;
}

/**
 * A spreadsheet reads a cell starting with = + - @ (or tab / carriage return) as a formula; such
 * cells get a leading apostrophe (OWASP's CSV injection advice).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180: comma-separated, CRLF line ends, quotes doubled inside quoted cells. */
export function toCsv(claims: ClaimView[], page: ExportPage): string {
  return rowsToCsv(exportRows(claims, page));
}

/** Rows from any number of pages (the claims log) as CSV, one page and date per row. */
export function rowsToCsv(rows: ExportRow[]): string {
  const lines = rows.map((row) => COLUMNS.map((col) => csvCell(row[col])).join(','));
  return `${[COLUMNS.join(','), ...lines].join('\r\n')}\r\n`;
}

/** Rows from any number of pages as JSON, with when they were exported and what was asked. */
export function rowsToJson(rows: ExportRow[], about: { date: string; search: Record<string, string> }): string {
  return `${JSON.stringify({ ...about, claims: rows }, null, 2)}\n`;
}

/** Rows from any number of pages as Markdown, under their speakers, each with its page and date. */
export function rowsToMarkdown(rows: ExportRow[], heading: string, labels: { unnamed: string; kind: (kind: ClaimView['kind']) => string }): string {
  const groups = new Map<string, ExportRow[]>();
  for (const row of rows) {
    const key = row.entityType === 'unnamed' ? '' : row.entity;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const lines = [`# ${mdText(heading)}`, ''];
  for (const [name, group] of groups) {
    lines.push(`## ${mdText(name || labels.unnamed)}`, '');
    for (const r of group) {
      const said = [r.source && r.source !== name ? mdText(r.source) : '', r.cue ? `_${mdText(r.cue)}_` : ''].filter(Boolean).join(' ');
      const page = `[${mdText(r.title || r.url)}](<${r.url.replace(/[<>\s]/g, encodeURIComponent)}>)`;
      lines.push(`- ${r.date.slice(0, 10)} · ${labels.kind(r.kind as ClaimView['kind'])}${said ? ` (${said})` : ''}: ${mdText(r.claim)} — ${page}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** Markdown text: characters that would start markup are escaped. */
function mdText(value: string): string {
  return value.replace(/([\\`*_{}[\]()#+\-.!|<>~])/g, '\\$1').replace(/\s+/g, ' ');
}

/** Claims grouped under their source, with the page as a link on top. */
export function toMarkdown(claims: ClaimView[], page: ExportPage, labels: { unnamed: string; kind: (kind: ClaimView['kind']) => string }): string {
  const groups = new Map<string, ClaimView[]>();
  for (const claim of claims) groups.set(claim.entityKey, [...(groups.get(claim.entityKey) ?? []), claim]);
  const lines = [`# [${mdText(page.title || page.url)}](<${page.url.replace(/[<>\s]/g, encodeURIComponent)}>)`, '', `${page.date}`, ''];
  for (const group of groups.values()) {
    const entity = group[0].entity;
    lines.push(`## ${mdText(entity.type === 'unnamed' ? labels.unnamed : entity.name)}`, '');
    for (const c of group) {
      const said = [c.source && c.source !== entity.name ? mdText(c.source) : '', c.cue ? `_${mdText(c.cue)}_` : ''].filter(Boolean).join(' ');
      lines.push(`- ${labels.kind(c.kind)}${said ? ` (${said})` : ''}: ${mdText(c.claim)}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
