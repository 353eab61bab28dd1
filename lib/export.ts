/**
 * The popup's exports of a page's claims: Markdown for the clipboard, JSON and CSV files. Every
 * row carries the page it came from.
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
  const rows = exportRows(claims, page).map((row) => COLUMNS.map((col) => csvCell(row[col])).join(','));
  return `${[COLUMNS.join(','), ...rows].join('\r\n')}\r\n`;
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
