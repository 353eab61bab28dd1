/**
 * The claims log in IndexedDB (through `idb`): pages and their claims, one entry per address, a
 * cap in claims with the oldest pages evicted first, and deletion by site or of everything. The
 * background writes it, the log page reads and prunes it; both share the extension's origin.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction } from 'idb';
import type { ClaimView } from '../messages';
import { byDate, matches, pageRecords, type LogClaim, type LogFilter, type LogPage } from './records';

export const LOG_DB_NAME = 'who-said-log';
/** Extension pages showing the log hear of every write on this channel (same origin only). */
const LOG_CHANNEL = 'who-said-log';

interface LogSchema extends DBSchema {
  pages: { key: string; value: LogPage; indexes: { date: number; site: string } };
  claims: { key: [string, number]; value: LogClaim; indexes: { date: number; site: string; speaker: string } };
}

export type LogDb = IDBPDatabase<LogSchema>;
type Stores = ('pages' | 'claims')[];
type WriteTx = IDBPTransaction<LogSchema, Stores, 'readwrite'>;

/**
 * Schema steps: index n builds version n + 1 from version n. A new version appends a step that
 * changes stores or rewrites records; the steps of older versions stay as they are.
 */
const UPGRADES: ((db: IDBPDatabase<LogSchema>, tx: IDBPTransaction<LogSchema, Stores, 'versionchange'>) => void)[] = [
  (db) => {
    const pages = db.createObjectStore('pages', { keyPath: 'url' });
    pages.createIndex('date', 'date');
    pages.createIndex('site', 'site');
    const claims = db.createObjectStore('claims', { keyPath: ['url', 'n'] });
    claims.createIndex('date', 'date');
    claims.createIndex('site', 'site');
    claims.createIndex('speaker', 'speakerKey');
  },
];

export const LOG_DB_VERSION = UPGRADES.length;

export function openLog(name = LOG_DB_NAME): Promise<LogDb> {
  return openDB<LogSchema>(name, LOG_DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      for (let version = oldVersion; version < LOG_DB_VERSION; version++) UPGRADES[version](db, tx as IDBPTransaction<LogSchema, Stores, 'versionchange'>);
    },
    // Another page or the background wants a newer schema (an update): this connection gives way.
    blocking(_current, _blocked, event) {
      (event.target as IDBDatabase).close();
    },
  });
}

/** Every claim of one page, from its first to its last position. */
const ofPage = (url: string) => IDBKeyRange.bound([url, 0], [url, Infinity]);

async function removePage(tx: WriteTx, url: string): Promise<void> {
  await Promise.all([tx.objectStore('pages').delete(url), tx.objectStore('claims').delete(ofPage(url))]);
}

/** Evicts the oldest pages until at most `cap` claims are left; returns how many pages went. */
async function evict(tx: WriteTx, cap: number): Promise<number> {
  let total = await tx.objectStore('claims').count();
  let evicted = 0;
  let cursor = await tx.objectStore('pages').index('date').openCursor();
  while (cursor && total > cap) {
    total -= cursor.value.claims;
    await tx.objectStore('claims').delete(ofPage(cursor.value.url));
    await cursor.delete();
    evicted++;
    cursor = await cursor.continue();
  }
  return evicted;
}

/**
 * Stores one read of a page: its claims replace whatever the log held for the address (a page
 * with no claims leaves none), then the oldest pages go until the log is within `cap`.
 */
export async function recordPage(log: LogDb, entry: { url: string; title: string; claims: ClaimView[]; date: number }, cap: number): Promise<void> {
  const { page, claims } = pageRecords(entry.url, entry.title, entry.claims, entry.date, cap);
  const tx = log.transaction(['pages', 'claims'], 'readwrite');
  await removePage(tx, page.url);
  if (claims.length) {
    await tx.objectStore('pages').put(page);
    await Promise.all(claims.map((c) => tx.objectStore('claims').put(c)));
  }
  await evict(tx, cap);
  await tx.done;
}

/** Applies a (lowered) cap at once; returns how many pages were evicted. */
export async function applyCap(log: LogDb, cap: number): Promise<number> {
  const tx = log.transaction(['pages', 'claims'], 'readwrite');
  const evicted = await evict(tx, cap);
  await tx.done;
  return evicted;
}

/** Claims matching the filter, newest first. */
export async function searchLog(log: LogDb, filter: LogFilter): Promise<LogClaim[]> {
  const range =
    filter.from !== undefined || filter.to !== undefined
      ? IDBKeyRange.bound(filter.from ?? -Infinity, filter.to ?? Infinity, false, filter.to !== undefined)
      : undefined;
  const found = filter.site ? await log.getAllFromIndex('claims', 'site', filter.site) : await log.getAllFromIndex('claims', 'date', range);
  return found.filter((c) => matches(c, filter)).sort(byDate);
}

export interface LogStats {
  pages: number;
  claims: number;
  /** Approximate stored size in UTF-16 code units. */
  size: number;
  /** Sites with pages in the log, alphabetical. */
  sites: string[];
  /** Named speakers (one spelling each), alphabetical. */
  speakers: string[];
}

export async function logStats(log: LogDb): Promise<LogStats> {
  const tx = log.transaction(['pages', 'claims']);
  const pages = await tx.objectStore('pages').getAll();
  const speakers: string[] = [];
  let cursor = await tx.objectStore('claims').index('speaker').openCursor(IDBKeyRange.lowerBound('', true), 'nextunique');
  while (cursor) {
    speakers.push(cursor.value.speaker);
    cursor = await cursor.continue();
  }
  await tx.done;
  return {
    pages: pages.length,
    claims: pages.reduce((sum, p) => sum + p.claims, 0),
    size: pages.reduce((sum, p) => sum + p.size, 0),
    sites: [...new Set(pages.map((p) => p.site))].sort(),
    speakers: speakers.sort((a, b) => a.localeCompare(b)),
  };
}

/** Deletes every page of one site; returns how many went. */
export async function deleteSite(log: LogDb, site: string): Promise<number> {
  const tx = log.transaction(['pages', 'claims'], 'readwrite');
  const urls = await tx.objectStore('pages').index('site').getAllKeys(site);
  for (const url of urls) await removePage(tx, url);
  await tx.done;
  return urls.length;
}

export async function deleteAll(log: LogDb): Promise<void> {
  const tx = log.transaction(['pages', 'claims'], 'readwrite');
  await Promise.all([tx.objectStore('pages').clear(), tx.objectStore('claims').clear()]);
  await tx.done;
}

/** Tells open log pages that the log changed. */
export function announceChange(): void {
  const channel = new BroadcastChannel(LOG_CHANNEL);
  channel.postMessage('changed');
  channel.close();
}

/** Calls `listener` whenever another part of the extension changed the log, until `signal` aborts. */
export function watchLog(listener: () => void, signal: AbortSignal): void {
  const channel = new BroadcastChannel(LOG_CHANNEL);
  channel.onmessage = () => listener();
  signal.addEventListener('abort', () => channel.close(), { once: true });
}
