import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readHtmlFile } from '../../lib/eval/html';

const here = dirname(fileURLToPath(import.meta.url));

/** Fixture pages written for the tests. */
export const FIXTURES_DIR = join(here, '../fixtures/pages');
/** Saved real pages, present only next to the repository (tests over them skip otherwise). */
export const SHARED_PAGES_DIR = join(here, '../../../shared/pages');
export const HAVE_SHARED = existsSync(SHARED_PAGES_DIR);

const TYPES: Record<string, string> = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript' };

export interface FixtureServer {
  origin: string;
  /** Another origin on the same server (`localhost`), for per-site settings. */
  otherOrigin: string;
  close(): Promise<void>;
}

/** Longest wait /slow/<ms> gives. */
const MAX_SLOW_MS = 10_000;

/**
 * Serves /fixtures/<file> and /shared/<dir>/<file> on 127.0.0.1 at a random port, and /slow/<ms>,
 * an empty image answered after that wait, which holds a page's load event; nothing else.
 * Saved pages are served decoded as lib/eval/html.ts reads them, with a Content-Security-Policy
 * that blocks their scripts and every request off this server, so they load as offline copies.
 */
export async function startServer(): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const slow = /^\/slow\/(\d+)$/.exec(path);
    if (slow) {
      setTimeout(() => res.writeHead(204).end(), Math.min(Number(slow[1]), MAX_SLOW_MS));
      return;
    }
    let file: string | undefined;
    let headers: Record<string, string> = {};
    if (path.startsWith('/fixtures/')) file = join(FIXTURES_DIR, path.slice('/fixtures/'.length));
    else if (path.startsWith('/shared/') && HAVE_SHARED) {
      const rel = path.slice('/shared/'.length);
      file = join(SHARED_PAGES_DIR, rel);
      headers = {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': "default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:",
      };
    }
    const root = file && (file.startsWith(FIXTURES_DIR + sep) ? FIXTURES_DIR : SHARED_PAGES_DIR + sep);
    if (!file || !root || normalize(file) !== file || !file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
    // Saved pages reach the browser decoded as the CLI and the evaluations read them (some declare
    // their charset late or wrongly), in UTF-8, which the header names over any <meta charset>.
    res.end(path.startsWith('/shared/') && extname(file) === '.html' ? Buffer.from(readHtmlFile(file), 'utf8') : readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('fixture server has no port');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    otherOrigin: `http://localhost:${address.port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
