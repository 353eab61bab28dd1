import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { toCsv, toJson, toMarkdown, type ExportPage } from '../lib/export';
import { kindLabel, t } from '../lib/i18n';
import type { ClaimView } from '../lib/messages';

async function pageOf(tabId: number, url: string): Promise<ExportPage> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  return { title: tab?.title ?? '', url, date: new Date().toISOString() };
}

/** A file name from the page's host and the date: `who-said-zeit.de-2026-11-26.csv`. */
function fileName(page: ExportPage, ext: string): string {
  const host = new URL(page.url).hostname.replace(/[^a-z0-9.-]/gi, '_') || 'page';
  return `who-said-${host}-${page.date.slice(0, 10)}.${ext}`;
}

export function download(text: string, type: string, name: string) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type }));
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/** Copy the claims as Markdown, or download them as JSON or CSV. */
export function ExportBar({ claims, tabId, url }: { claims: ClaimView[]; tabId: number; url: string }) {
  const [note, setNote] = useState('');
  const copy = async () => {
    const text = toMarkdown(claims, await pageOf(tabId, url), { unnamed: t('unnamedSource'), kind: kindLabel });
    const copied = await navigator.clipboard.writeText(text).then(
      () => true,
      () => false,
    );
    setNote(copied ? t('copied') : t('copyFailed'));
  };
  const save = async (format: 'json' | 'csv') => {
    const page = await pageOf(tabId, url);
    if (format === 'json') download(toJson(claims, page), 'application/json', fileName(page, 'json'));
    else download(toCsv(claims, page), 'text/csv;charset=utf-8', fileName(page, 'csv'));
  };
  return (
    <div class="export" role="group" aria-label={t('export')}>
      <span class="export-label">{t('export')}</span>
      <button type="button" class="chip" onClick={() => void copy()}>
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
