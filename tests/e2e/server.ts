import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** Fixture pages written for the tests. */
export const FIXTURES_DIR = join(here, '../fixtures/pages');
/** Saved real pages, present only next to the repository (tests over them skip otherwise). */
export const SHARED_PAGES_DIR = join(here, '../../../shared/pages');
export const HAVE_SHARED = existsSync(SHARED_PAGES_DIR);

const TYPES: Record<string, string> = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript' };

/** Charsets recorded in ../shared/pages/MANIFEST.tsv: several pages declare theirs late or wrongly. */
function sharedCharsets(): Map<string, string> {
  if (!HAVE_SHARED) return new Map();
  const [head, ...rows] = readFileSync(join(SHARED_PAGES_DIR, 'MANIFEST.tsv'), 'utf8').trim().split('\n');
  const cols = head.split('\t');
  const file = cols.indexOf('file');
  const charset = cols.indexOf('charset');
  return new Map(rows.map((r) => r.split('\t')).map((c) => [c[file], c[charset]]));
}

export interface FixtureServer {
  origin: string;
  /** Another origin on the same server (`localhost`), for per-site settings. */
  otherOrigin: string;
  close(): Promise<void>;
}

/**
 * Serves /fixtures/<file> and /shared/<dir>/<file> on 127.0.0.1 at a random port; nothing else.
 * Saved pages are served as they are, with a Content-Security-Policy that blocks their scripts
 * and every request off this server, so they load as offline copies.
 */
export async function startServer(): Promise<FixtureServer> {
  const charsets = sharedCharsets();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file: string | undefined;
    let headers: Record<string, string> = {};
    if (path.startsWith('/fixtures/')) file = join(FIXTURES_DIR, path.slice('/fixtures/'.length));
    else if (path.startsWith('/shared/') && HAVE_SHARED) {
      const rel = path.slice('/shared/'.length);
      file = join(SHARED_PAGES_DIR, rel);
      headers = {
        'content-type': `text/html; charset=${charsets.get(rel) ?? 'utf-8'}`,
        'content-security-policy': "default-src 'self'; script-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:",
      };
    }
    const root = file && (file.startsWith(FIXTURES_DIR + sep) ? FIXTURES_DIR : SHARED_PAGES_DIR + sep);
    if (!file || !root || normalize(file) !== file || !file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
    res.end(readFileSync(file));
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
