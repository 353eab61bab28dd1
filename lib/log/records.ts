/**
 * The claims log's records and its search, as plain functions: what one page read becomes, how a
 * search matches a claim, and how claims group into per-speaker timelines. No storage here.
 */
import type { EntityType, Kind } from '../engine/types';
import type { ExportRow } from '../export';
import type { ClaimView } from '../messages';
import { siteKey } from '../settings';

/** One claim as the log keeps it: the claim with the page it was read on. */
export interface LogClaim {
  /** The page's address without its fragment; with `n`, the record's key. */
  url: string;
  /** Position of the claim in the page's list. */
  n: number;
  /** The page's site key (host without `www.`). */
  site: string;
  title: string;
  /** When the page was read, ms since 1970. */
  date: number;
  /** The resolved speaker's name; empty for unnamed sources. */
  speaker: string;
  /** The name folded for search and merging: one speaker across articles, however a page spells its case or accents. */
  speakerKey: string;
  entityType: EntityType;
  kind: Kind;
  cue: string;
  source: string;
  claim: string;
}

/** One page in the log: the newest read replaces every earlier one. */
export interface LogPage {
  url: string;
  site: string;
  title: string;
  date: number;
  /** Number of its claims in the log. */
  claims: number;
  /** Approximate stored size (UTF-16 code units of its claims' text). */
  size: number;
}

export interface LogFilter {
  /** Words of a speaker's name, each the start of one of the name's words ("xi jin" finds Xi Jinping). */
  speaker?: string;
  /** Words that must all occur in the claim, its source or cue. */
  words?: string;
  /** A site key, exactly. */
  site?: string;
  kind?: Kind;
  /** Read at or after this time (ms). */
  from?: number;
  /** Read before this time (ms). */
  to?: number;
}

/** Longest page title kept. */
const MAX_TITLE = 500;

/** Lower case without accents, so "Müller" and "muller", "Sánchez" and "Sanchez" meet. */
export function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

function words(text: string): string[] {
  return fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** The log's address of a page: http(s) only, without its fragment; null for anything else. */
export function pageUrl(address: string): string | null {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  return url.href;
}

/** What one read of a page becomes in the log; the claims beyond `cap` are left out. */
export function pageRecords(url: string, title: string, claims: ClaimView[], date: number, cap: number): { page: LogPage; claims: LogClaim[] } {
  const site = siteKey(new URL(url).hostname);
  const pageTitle = title.replace(/\s+/g, ' ').trim().slice(0, MAX_TITLE);
  const records = claims.slice(0, cap).map(
    (c, n): LogClaim => ({
      url,
      n,
      site,
      title: pageTitle,
      date,
      speaker: c.entity.type === 'unnamed' ? '' : c.entity.name.replace(/\s+/g, ' ').trim(),
      speakerKey: c.entity.type === 'unnamed' ? '' : fold(c.entity.name),
      entityType: c.entity.type,
      kind: c.kind,
      cue: c.cue,
      source: c.source,
      claim: c.claim,
    }),
  );
  const size = records.reduce((sum, r) => sum + r.claim.length + r.source.length + r.cue.length + r.speaker.length + r.title.length + r.url.length, 0);
  return { page: { url, site, title: pageTitle, date, claims: records.length, size }, claims: records };
}

/** Whether a claim matches every part of the filter that is set. */
export function matches(claim: LogClaim, filter: LogFilter): boolean {
  if (filter.site && claim.site !== filter.site) return false;
  if (filter.kind && claim.kind !== filter.kind) return false;
  if (filter.from !== undefined && claim.date < filter.from) return false;
  if (filter.to !== undefined && claim.date >= filter.to) return false;
  if (filter.speaker?.trim()) {
    const name = words(claim.speaker);
    if (!words(filter.speaker).every((w) => name.some((n) => n.startsWith(w)))) return false;
  }
  if (filter.words?.trim()) {
    const text = fold(`${claim.claim} ${claim.source} ${claim.cue}`);
    if (!words(filter.words).every((w) => text.includes(w))) return false;
  }
  return true;
}

/** Newest first; within a page, in reading order. */
export function byDate(a: LogClaim, b: LogClaim): number {
  return b.date - a.date || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0) || a.n - b.n;
}

/** A local calendar day, `YYYY-MM-DD`. */
export function dayOf(time: number): string {
  const d = new Date(time);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The local day `YYYY-MM-DD` as [start, end) in ms, or null if it is no date. */
export function dayRange(day: string): [number, number] | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return null;
  const start = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (Number.isNaN(start.getTime()) || dayOf(start.getTime()) !== day) return null;
  return [start.getTime(), new Date(start.getFullYear(), start.getMonth(), start.getDate() + 1).getTime()];
}

export interface SpeakerTimeline {
  /** The folded name; '' for claims without a named source. */
  key: string;
  speaker: string;
  entityType: EntityType;
  /** Oldest first. */
  claims: LogClaim[];
  /** Claims per day, oldest first. */
  days: { day: string; claims: LogClaim[] }[];
}

/**
 * Claims grouped by speaker, merged across articles by their resolved name, each oldest first and
 * by day: the biggest group first, unnamed sources last.
 */
export function speakerTimelines(claims: LogClaim[]): SpeakerTimeline[] {
  const groups = new Map<string, SpeakerTimeline>();
  for (const claim of claims) {
    let group = groups.get(claim.speakerKey);
    if (!group) {
      group = { key: claim.speakerKey, speaker: claim.speaker, entityType: claim.entityType, claims: [], days: [] };
      groups.set(claim.speakerKey, group);
    }
    group.claims.push(claim);
  }
  for (const group of groups.values()) {
    group.claims.sort((a, b) => a.date - b.date || byDate(a, b));
    for (const claim of group.claims) {
      const day = dayOf(claim.date);
      const last = group.days[group.days.length - 1];
      if (last?.day === day) last.claims.push(claim);
      else group.days.push({ day, claims: [claim] });
    }
  }
  const unnamedLast = (g: SpeakerTimeline) => (g.key === '' ? 1 : 0);
  return [...groups.values()].sort((a, b) => unnamedLast(a) - unnamedLast(b) || b.claims.length - a.claims.length || (a.key < b.key ? -1 : 1));
}

/** A logged claim as the exports write it: the page and the date it was read. */
export function exportRow(c: LogClaim): ExportRow {
  return {
    source: c.source,
    entity: c.speaker,
    entityType: c.entityType,
    kind: c.kind,
    cue: c.cue,
    claim: c.claim,
    title: c.title,
    url: c.url,
    date: new Date(c.date).toISOString(),
  };
}
