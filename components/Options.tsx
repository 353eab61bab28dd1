import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Kind } from '../lib/engine/types';
import { kindLabel, modeLabel, paletteLabel, t } from '../lib/i18n';
import { PALETTE_COLOURS, PALETTES, textOn } from '../lib/paint/palette';
import { ALL_SITES, hasAccess, releaseAllSites, requestAllSites } from '../lib/access';
import { KINDS, loadSettings, MODES, parseSiteInput, update, watchSettings, type Run, type Settings } from '../lib/settings';

/** Site keys from a textarea, one per line; lines that are no site are returned apart. */
function parseSiteList(text: string): { sites: string[]; invalid: string[] } {
  const sites: string[] = [];
  const invalid: string[] = [];
  for (const line of text.split('\n').map((l) => l.trim()).filter(Boolean)) {
    const key = parseSiteInput(line);
    if (key) sites.push(key);
    else invalid.push(line);
  }
  return { sites: [...new Set(sites)], invalid };
}

const blocked = (s: Settings) => Object.keys(s.sites).filter((host) => s.sites[host].disabled);

/** Saves a change to the settings and shows that it is saved. */
type Save = (change: (s: Settings) => Settings) => Promise<void>;
/** What each section of the options page gets: the settings as they are, and how to change them. */
interface SectionProps {
  settings: Settings;
  save: Save;
}
type Shortcut = { name?: string; description?: string; shortcut?: string };

/** The options page: every setting, saved as soon as it changes. */
export function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState(false);
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);

  useEffect(() => {
    void loadSettings().then(setSettings);
    void browser.commands.getAll().then(setShortcuts).catch(() => undefined);
    const stop = new AbortController();
    watchSettings(setSettings, stop.signal);
    return () => stop.abort();
  }, []);
  if (!settings) return null;

  const save: Save = async (change) => {
    setSettings(await update(change));
    setSaved(true);
  };

  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <ModeChoice settings={settings} save={save} />
      <RunChoice run={settings.run} onChange={(run) => save((s) => ({ ...s, run }))} />
      <ScopeChoice settings={settings} save={save} />
      <KindChoice settings={settings} save={save} />
      <PaletteChoice settings={settings} save={save} />
      <ShortcutList shortcuts={shortcuts} />
      <LogChoice settings={settings} save={save} />
      <p class="privacy">{t('optPrivacy')}</p>
      <p class="saved" role="status">
        {saved ? t('optSaved') : ''}
      </p>
    </main>
  );
}

/** The highlight mode pages open in. */
function ModeChoice({ settings, save }: SectionProps) {
  return (
    <section>
      <h2 id="mode-heading">{t('optDefaultMode')}</h2>
      <p class="help" id="mode-help">{t('optDefaultModeHelp')}</p>
      <select
        aria-labelledby="mode-heading"
        aria-describedby="mode-help"
        name="mode"
        value={settings.mode}
        onChange={(e) => {
          const mode = e.currentTarget.value as Settings['mode'];
          void save((s) => ({ ...s, mode }));
        }}
      >
        {MODES.map((mode) => (
          <option value={mode}>{modeLabel(mode)}</option>
        ))}
      </select>
    </section>
  );
}

/** Where Who Said runs: on every site or on the allowed ones, never on the blocked ones. */
function ScopeChoice({ settings, save }: SectionProps) {
  const setBlocked = (hosts: string[]) =>
    save((s) => {
      const sites = { ...s.sites };
      for (const host of blocked(s)) if (!hosts.includes(host)) sites[host] = { ...sites[host], disabled: undefined };
      for (const host of hosts) sites[host] = { ...sites[host], disabled: true };
      for (const host of Object.keys(sites)) if (!sites[host].mode && !sites[host].disabled) delete sites[host];
      return { ...s, sites };
    });
  return (
    <section>
      <h2>{t('optWhere')}</h2>
      <fieldset>
        <legend class="visually-hidden">{t('optWhere')}</legend>
        <label>
          <input type="radio" name="scope" value="all" checked={settings.scope === 'all'} onChange={() => void save((s) => ({ ...s, scope: 'all' }))} />
          {t('optScopeAll')}
        </label>
        <label>
          <input
            type="radio"
            name="scope"
            value="allow-list"
            checked={settings.scope === 'allow-list'}
            onChange={() => void save((s) => ({ ...s, scope: 'allow-list' }))}
          />
          {t('optScopeAllow')}
        </label>
      </fieldset>
      <div class="lists">
        <SiteList id="allow" label={t('optAllow')} sites={settings.allow} onChange={(allow) => void save((s) => ({ ...s, allow }))} />
        <SiteList id="block" label={t('optBlock')} sites={blocked(settings)} onChange={(hosts) => void setBlocked(hosts)} />
      </div>
    </section>
  );
}

/** Which kinds of claim are highlighted, each on its colour. */
function KindChoice({ settings, save }: SectionProps) {
  const toggleKind = (kind: Kind, on: boolean) =>
    save((s) => ({ ...s, kinds: KINDS.filter((k) => (k === kind ? on : s.kinds.includes(k))) }));
  return (
    <section>
      <h2>{t('optKinds')}</h2>
      <fieldset class="kinds">
        <legend class="visually-hidden">{t('optKinds')}</legend>
        {KINDS.map((kind) => (
          <label>
            <input type="checkbox" name="kind" value={kind} checked={settings.kinds.includes(kind)} onChange={(e) => void toggleKind(kind, e.currentTarget.checked)} />
            <Badge colour={PALETTE_COLOURS[settings.palette].kinds[kind]}>{kindLabel(kind)}</Badge>
          </label>
        ))}
      </fieldset>
    </section>
  );
}

/** The colour palette, each with its swatches. */
function PaletteChoice({ settings, save }: SectionProps) {
  return (
    <section>
      <h2 id="palette-heading">{t('optPalette')}</h2>
      <p class="help" id="palette-help">{t('optPaletteHelp')}</p>
      <fieldset class="palettes" aria-labelledby="palette-heading" aria-describedby="palette-help">
        {PALETTES.map((palette) => (
          <label>
            <input type="radio" name="palette" value={palette} checked={settings.palette === palette} onChange={() => void save((s) => ({ ...s, palette }))} />
            <span>{paletteLabel(palette)}</span>
            <span class="swatches" aria-hidden="true">
              {PALETTE_COLOURS[palette].entities.map((colour) => (
                <span class="swatch" style={{ background: colour }} />
              ))}
            </span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}

/** The keyboard shortcuts the browser has set for the extension. */
function ShortcutList({ shortcuts }: { shortcuts: Shortcut[] }) {
  return (
    <section>
      <h2>{t('optShortcuts')}</h2>
      <p class="help">{t('optShortcutsHelp')}</p>
      <dl class="shortcuts">
        {shortcuts.map((c) => (
          <>
            <dt>{c.shortcut ? <kbd>{c.shortcut}</kbd> : '—'}</dt>
            <dd>{c.name === '_execute_action' ? t('commandPopup') : c.description}</dd>
          </>
        ))}
      </dl>
    </section>
  );
}

/** Whether claims go into the log, and the way to it. */
function LogChoice({ settings, save }: SectionProps) {
  return (
    <section>
      <h2 id="log-heading">{t('optLog')}</h2>
      <p class="help" id="log-help">{t('optLogHelp')}</p>
      <label class="check">
        <input type="checkbox" name="log" checked={settings.log} aria-describedby="log-help" onChange={(e) => {
          const log = e.currentTarget.checked;
          void save((s) => ({ ...s, log }));
        }} />
        {t('optLogOn')}
      </label>
      <p>
        <a href="log.html" target="_blank">{t('openLog')}</a>
      </p>
    </section>
  );
}

/**
 * Automatic runs or runs on demand. Choosing automatic asks for access to all sites (this click is
 * the user gesture the browser wants); choosing on demand gives that access back.
 */
function RunChoice({ run, onChange }: { run: Run; onChange: (run: Run) => Promise<void> }) {
  const [granted, setGranted] = useState<boolean | null>(null);
  const [denied, setDenied] = useState(false);
  useEffect(() => {
    const check = () => void hasAccess(ALL_SITES).then(setGranted);
    check();
    // Access can change elsewhere too: the popup, or the browser's own extension settings.
    browser.permissions.onAdded.addListener(check);
    browser.permissions.onRemoved.addListener(check);
    return () => {
      browser.permissions.onAdded.removeListener(check);
      browser.permissions.onRemoved.removeListener(check);
    };
  }, []);
  const chooseAuto = async () => {
    const ok = await requestAllSites().catch(() => false);
    setGranted(ok);
    setDenied(!ok);
    if (ok) await onChange('auto');
  };
  const chooseOnClick = async () => {
    setDenied(false);
    await onChange('on-click');
    await releaseAllSites();
    setGranted(await hasAccess(ALL_SITES));
  };
  return (
    <section>
      <h2 id="run-heading">{t('optRun')}</h2>
      <p class="help" id="run-help">{t('optRunHelp')}</p>
      <fieldset aria-labelledby="run-heading" aria-describedby="run-help">
        <label>
          <input type="radio" name="run" value="auto" checked={run === 'auto'} onChange={() => void chooseAuto()} />
          {t('optRunAuto')}
        </label>
        <label>
          <input type="radio" name="run" value="on-click" checked={run === 'on-click'} onChange={() => void chooseOnClick()} />
          {t('optRunClick')}
        </label>
      </fieldset>
      {run === 'auto' && granted === false ? (
        <p class="help" id="run-access">
          {t('optRunNoAccess')}{' '}
          <button type="button" onClick={() => void chooseAuto()}>
            {t('allowAllSites')}
          </button>
        </p>
      ) : null}
      {denied ? <p class="error">{t('notGranted')}</p> : null}
    </section>
  );
}

/** A claim-kind label on its colour, with the text colour that contrasts with it. */
function Badge({ colour, children }: { colour: string; children: preact.ComponentChildren }) {
  return (
    <span class="badge" style={{ background: colour, color: textOn(colour) }}>
      {children}
    </span>
  );
}

/** A textarea of sites, one per line, saved when it loses focus. */
function SiteList({ id, label, sites, onChange }: { id: string; label: string; sites: string[]; onChange: (sites: string[]) => void }) {
  const [invalid, setInvalid] = useState<string[]>([]);
  return (
    <div class="list">
      <label for={id}>{label}</label>
      <textarea
        id={id}
        name={id}
        rows={6}
        spellcheck={false}
        aria-describedby={`${id}-help`}
        value={sites.join('\n')}
        onBlur={(e) => {
          const parsed = parseSiteList(e.currentTarget.value);
          setInvalid(parsed.invalid);
          onChange(parsed.sites);
        }}
      />
      <p class="help" id={`${id}-help`}>
        {invalid.length ? <span class="error">{t('optInvalidSites', invalid.join(', '))}</span> : t('optSitesHelp')}
      </p>
    </div>
  );
}
