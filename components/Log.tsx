import { useEffect, useRef, useState } from 'preact/hooks';
import type { Kind } from '../lib/engine/types';
import { rowsToCsv, rowsToJson, rowsToMarkdown } from '../lib/export';
import { entityTypeLabel, kindLabel, t } from '../lib/i18n';
import { dayRange, exportRow, speakerTimelines, type LogClaim, type LogFilter, type SpeakerTimeline } from '../lib/log/records';
import { announceChange, applyCap, deleteAll, deleteSite, logStats, openLog, searchLog, watchLog, type LogDb, type LogStats } from '../lib/log/store';
import { PALETTE_COLOURS, textOn, type Palette } from '../lib/paint/palette';
import { DEFAULT_SETTINGS, KINDS, loadSettings, LOG_CAP_MAX, LOG_CAP_MIN, parseLogCap, update, watchSettings, type Settings } from '../lib/settings';
import { ExportButtons } from './ExportBar';

/** Claims shown at most; exports and counts hold every match. */
const SHOWN = 1000;
/** Quiet time after typing before the log is searched. */
const TYPING_MS = 150;

/** The search form's fields, as typed. */
interface Search {
  speaker: string;
  words: string;
  site: string;
  kind: '' | Kind;
  from: string;
  to: string;
}

const EMPTY: Search = { speaker: '', words: '', site: '', kind: '', from: '', to: '' };

function toFilter(search: Search): LogFilter {
  return {
    speaker: search.speaker,
    words: search.words,
    site: search.site || undefined,
    kind: search.kind || undefined,
    from: dayRange(search.from)?.[0],
    to: dayRange(search.to)?.[1],
  };
}

/** The claims log page: search, per-speaker timelines, exports, cap and deletion. */
export function Log() {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [db, setDb] = useState<LogDb | null>(null);
  const [failed, setFailed] = useState('');
  const [stats, setStats] = useState<LogStats | null>(null);
  const [search, setSearch] = useState<Search>(EMPTY);
  const [found, setFound] = useState<LogClaim[] | null>(null);
  const [note, setNote] = useState('');
  /** Bumped after every change to the log, so counts and results are read again. */
  const [version, setVersion] = useState(0);

  useEffect(() => {
    void loadSettings().then(setSettings);
    const stop = new AbortController();
    watchSettings(setSettings, stop.signal);
    void openLog().then(setDb, (error: unknown) => setFailed(String(error)));
    // Pages read meanwhile, and deletions on another log page, show at once.
    watchLog(() => setVersion((v) => v + 1), stop.signal);
    return () => stop.abort();
  }, []);

  useEffect(() => {
    if (db) void logStats(db).then(setStats);
  }, [db, version]);

  useEffect(() => {
    if (!db) return undefined;
    const timer = setTimeout(() => void searchLog(db, toFilter(search)).then(setFound), TYPING_MS);
    return () => clearTimeout(timer);
  }, [db, version, search]);

  if (failed) return <main><h1>{t('optLog')}</h1><p class="error">{t('logUnavailable', failed)}</p></main>;
  if (!db || !stats) return <main><h1>{t('optLog')}</h1></main>;

  const changed = (message: string) => {
    setNote(message);
    setVersion((v) => v + 1);
    announceChange();
  };
  const setCap = async (cap: number) => {
    await update((s) => ({ ...s, logCap: cap }));
    const evicted = await applyCap(db, cap);
    changed(evicted === 0 ? t('optSaved') : evicted === 1 ? t('logEvictedOne') : t('logEvicted', evicted));
  };

  return (
    <main>
      <h1>{t('optLog')}</h1>
      {settings.log ? null : (
        <p class="note off">
          {t('logOff')} <a href="options.html">{t('settings')}</a>
        </p>
      )}
      <Usage stats={stats} cap={settings.logCap} onCap={(cap) => void setCap(cap)} />
      <SearchForm search={search} stats={stats} onChange={setSearch} />
      <div class="results-bar">
        <p class="found" role="status">
          {found === null ? '' : found.length === 1 ? t('logFoundOne') : t('logFound', found.length)}
        </p>
        {found?.length ? <LogExport claims={found} search={search} /> : null}
      </div>
      {found && found.length > SHOWN ? <p class="help">{t('logShowing', SHOWN)}</p> : null}
      {found && found.length === 0 && stats.claims === 0 ? <p class="note">{t('logEmpty')}</p> : null}
      {found ? <Timelines lines={speakerTimelines(found.slice(0, SHOWN))} palette={settings.palette} /> : null}
      <Deletion
        site={search.site}
        onDeleteSite={async () => {
          const pages = await deleteSite(db, search.site);
          setSearch({ ...search, site: '' });
          changed(pages === 1 ? t('logDeletedOne') : t('logDeletedPages', pages));
        }}
        onDeleteAll={async () => {
          await deleteAll(db);
          changed(t('logDeletedAll'));
        }}
      />
      <p class="saved" role="status">
        {note}
      </p>
    </main>
  );
}

function Usage({ stats, cap, onCap }: { stats: LogStats; cap: number; onCap: (cap: number) => void }) {
  const [typed, setTyped] = useState(String(cap));
  useEffect(() => setTyped(String(cap)), [cap]);
  const valid = parseLogCap(Number(typed)) !== null;
  const commit = (value: string) => {
    const next = parseLogCap(Number(value));
    if (next !== null && next !== cap) onCap(next);
  };
  return (
    <section class="usage">
      <p class="stored">
        {t('logStored', stats.claims)} · {stats.pages === 1 ? t('logPagesOne') : t('logPages', stats.pages)} · {t('logSize', Math.ceil((stats.size * 2) / 1024))}
      </p>
      <label for="cap">{t('logCap')}</label>{' '}
      <input
        id="cap"
        name="cap"
        type="number"
        min={LOG_CAP_MIN}
        max={LOG_CAP_MAX}
        step={1}
        value={typed}
        aria-describedby="cap-help"
        aria-invalid={!valid}
        onInput={(e) => setTyped(e.currentTarget.value)}
        onChange={(e) => commit(e.currentTarget.value)}
        onKeyDown={(e) => e.key === 'Enter' && commit(e.currentTarget.value)}
      />
      <p class="help" id="cap-help">
        {valid ? t('logCapHelp') : <span class="error">{t('logCapInvalid', `${LOG_CAP_MIN}–${LOG_CAP_MAX}`)}</span>}
      </p>
    </section>
  );
}

function SearchForm({ search, stats, onChange }: { search: Search; stats: LogStats; onChange: (search: Search) => void }) {
  const field = (name: keyof Search) => ({
    id: `search-${name}`,
    name,
    value: search[name],
    onInput: (e: Event) => onChange({ ...search, [name]: (e.currentTarget as HTMLInputElement).value }),
  });
  return (
    <form role="search" class="search" aria-label={t('logSearch')} onSubmit={(e) => e.preventDefault()}>
      <div class="field">
        <label for="search-speaker">{t('logSpeaker')}</label>
        <input type="search" list="speakers" autocomplete="off" {...field('speaker')} />
        <datalist id="speakers">
          {stats.speakers.map((s) => (
            <option value={s} />
          ))}
        </datalist>
      </div>
      <div class="field">
        <label for="search-words">{t('logWords')}</label>
        <input type="search" autocomplete="off" {...field('words')} />
      </div>
      <div class="field">
        <label for="search-site">{t('logSite')}</label>
        <select {...field('site')} onChange={field('site').onInput}>
          <option value="">{t('logAnySite')}</option>
          {stats.sites.map((s) => (
            <option value={s}>{s}</option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="search-kind">{t('logKind')}</label>
        <select {...field('kind')} onChange={field('kind').onInput}>
          <option value="">{t('logAnyKind')}</option>
          {KINDS.map((k) => (
            <option value={k}>{kindLabel(k)}</option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="search-from">{t('logFrom')}</label>
        <input type="date" {...field('from')} onChange={field('from').onInput} />
      </div>
      <div class="field">
        <label for="search-to">{t('logTo')}</label>
        <input type="date" {...field('to')} onChange={field('to').onInput} />
      </div>
      <button type="button" class="chip clear" onClick={() => onChange(EMPTY)}>
        {t('logClear')}
      </button>
    </form>
  );
}

/** A file name with the date: `who-said-log-2026-12-01.csv`. */
const fileName = (ext: string) => `who-said-log-${new Date().toISOString().slice(0, 10)}.${ext}`;

function LogExport({ claims, search }: { claims: LogClaim[]; search: Search }) {
  const rows = () => claims.map(exportRow);
  const asked = () => Object.fromEntries(Object.entries(search).filter(([, v]) => v)) as Record<string, string>;
  const markdown = () => rowsToMarkdown(rows(), t('optLog'), { unnamed: t('unnamedSource'), kind: kindLabel });
  const file = (format: 'json' | 'csv') => ({
    text: format === 'json' ? rowsToJson(rows(), { date: new Date().toISOString(), search: asked() }) : rowsToCsv(rows()),
    name: fileName(format),
  });
  return <ExportButtons markdown={markdown} file={file} />;
}

/** Each speaker's claims by day, oldest first, with a bar per day. */
function Timelines({ lines, palette }: { lines: SpeakerTimeline[]; palette: Palette }) {
  return (
    <ol class="speakers">
      {lines.map((line) => {
        const name = line.key === '' ? t('unnamedSource') : line.speaker;
        const most = Math.max(...line.days.map((d) => d.claims.length));
        return (
          <li class="speaker" data-speaker={line.key} key={line.key}>
            <h2>
              <span class="entity">{name}</span>
              <span class="etype">{entityTypeLabel(line.entityType)}</span>
              <span class="count">{line.claims.length === 1 ? t('countClaim') : t('countClaims', line.claims.length)}</span>
            </h2>
            {line.days.length > 1 ? (
              <div class="bars" aria-hidden="true">
                {line.days.map((d) => (
                  <span class="bar" title={`${d.day}: ${d.claims.length}`} style={{ height: `${4 + (16 * d.claims.length) / most}px` }} />
                ))}
              </div>
            ) : null}
            <ol class="days" aria-label={t('claimsOf', name)}>
              {line.days.map((d) => (
                <li class="day">
                  <h3>
                    <time dateTime={d.day}>{new Date(d.claims[0].date).toLocaleDateString(t('locale'), { dateStyle: 'medium' })}</time>
                  </h3>
                  <ul class="claims">
                    {d.claims.map((c) => (
                      <LoggedClaim claim={c} palette={palette} key={`${c.url} ${c.n}`} />
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          </li>
        );
      })}
    </ol>
  );
}

function LoggedClaim({ claim, palette }: { claim: LogClaim; palette: Palette }) {
  const colour = PALETTE_COLOURS[palette].kinds[claim.kind];
  return (
    <li class="claim" data-kind={claim.kind}>
      <span class="meta">
        <span class="badge" style={{ background: colour, color: textOn(colour) }}>
          {kindLabel(claim.kind)}
        </span>
        {claim.source && claim.source !== claim.speaker ? <span class="source">{claim.source}</span> : null}
        <span class="cue">{claim.cue}</span>
      </span>
      <span class="text">{claim.claim}</span>
      <a class="page" href={claim.url} target="_blank" rel="noreferrer noopener">
        {claim.title || claim.url}
      </a>
      <span class="site"> · {claim.site}</span>
    </li>
  );
}

/** Deleting asks once more, in place: no dialog the browser might suppress. */
function Deletion({ site, onDeleteSite, onDeleteAll }: { site: string; onDeleteSite: () => Promise<void>; onDeleteAll: () => Promise<void> }) {
  const [asking, setAsking] = useState<'site' | 'all' | null>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => confirm.current?.focus(), [asking]);
  useEffect(() => setAsking(null), [site]);
  const run = async () => {
    const which = asking;
    setAsking(null);
    await (which === 'site' ? onDeleteSite() : onDeleteAll());
  };
  return (
    <section class="delete">
      <h2>{t('logDelete')}</h2>
      {asking ? (
        <p>
          {asking === 'site' ? t('logConfirmSite', site) : t('logConfirmAll')}{' '}
          <button type="button" class="danger confirm" ref={confirm} onClick={() => void run()}>
            {t('logDeleteYes')}
          </button>{' '}
          <button type="button" class="chip" onClick={() => setAsking(null)}>
            {t('logCancel')}
          </button>
        </p>
      ) : (
        <p>
          {site ? (
            <button type="button" class="chip delete-site" onClick={() => setAsking('site')}>
              {t('logDeleteSite', site)}
            </button>
          ) : null}{' '}
          <button type="button" class="chip delete-all" onClick={() => setAsking('all')}>
            {t('logDeleteAll')}
          </button>
        </p>
      )}
    </section>
  );
}
