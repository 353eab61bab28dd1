import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { toCsv, toJson, toMarkdown, type ExportPage } from '../lib/export';
import { kindLabel, t } from '../lib/i18n';
import type { ClaimView } from '../lib/messages';
import { sourceProfile } from '../lib/profile';
import { profileLines } from './SourceProfile';

async function pageOf(tabId: number, url: string): Promise<ExportPage> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  return { title: tab?.title ?? '', url, date: new Date().toISOString() };
}

/** A file name from the page's host and the date: `who-said-zeit.de-2026-11-26.csv`. */
function fileName(page: ExportPage, ext: string): string {
  const host = new URL(page.url).hostname.replace(/[^a-z0-9.-]/gi, '_') || 'page';
  return `who-said-${host}-${page.date.slice(0, 10)}.${ext}`;
}

function download(text: string, type: string, name: string) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/** A file the reader downloads: its text and its name. */
export interface ExportFile {
  text: string;
  name: string;
}

type FileFormat = 'json' | 'csv';

const MEDIA_TYPES: Record<FileFormat, string> = { json: 'application/json', csv: 'text/csv;charset=utf-8' };

/**
 * The export buttons of the popup and the claims log: Markdown to the clipboard, JSON or CSV as a
 * download, and a line saying whether the copy worked.
 */
export function ExportButtons({ markdown, file }: { markdown: () => Promise<string> | string; file: (format: FileFormat) => Promise<ExportFile> | ExportFile }) {
  const [note, setNote] = useState('');
  const copy = async () => {
    const copied = await navigator.clipboard.writeText(await markdown()).then(
      () => true,
      () => false,
    );
    setNote(copied ? t('copied') : t('copyFailed'));
  };
  const save = async (format: FileFormat) => {
    const { text, name } = await file(format);
    download(text, MEDIA_TYPES[format], name);
  };
  return (
    <div class="export" role="group" aria-label={t('export')}>
      <span class="export-label">{t('export')}</span>
      <button type="button" class="chip" data-format="markdown" onClick={() => void copy()}>
        {t('copyMarkdown')}
      </button>
      <button type="button" class="chip" data-format="json" onClick={() => void save('json')}>
        {t('downloadJson')}
      </button>
      <button type="button" class="chip" data-format="csv" onClick={() => void save('csv')}>
        {t('downloadCsv')}
      </button>
      <span class="export-note" role="status">
        {note}
      </span>
    </div>
  );
}

/** Copy the page's claims as Markdown, or download them as JSON or CSV. */
export function ExportBar({ claims, tabId, url }: { claims: ClaimView[]; tabId: number; url: string }) {
  const markdown = async () => {
    const labels = { unnamed: t('unnamedSource'), kind: kindLabel, profileTitle: t('profileLabel'), profile: profileLines(sourceProfile(claims)) };
    return toMarkdown(claims, await pageOf(tabId, url), labels);
  };
  const file = async (format: FileFormat): Promise<ExportFile> => {
    const page = await pageOf(tabId, url);
    const text = format === 'json' ? toJson(claims, page) : toCsv(claims, page, profileLines(sourceProfile(claims)));
    return { text, name: fileName(page, format) };
  };
  return <ExportButtons markdown={markdown} file={file} />;
}
