// A small static server for the demo and the end-to-end tests. It serves the guide's files the
// way a CDN must: `application/wasm` exactly (for streaming compile) and CORS on every asset, so a
// partner page on another origin can load them. Tests may add per-path headers (such as a CSP).
import { createServer } from 'node:http';
import { createSecureServer } from 'node:http2';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/**
 * Serves `roots` (URL prefix → folder) and `pages` (path → HTML text, for tests) on
 * 127.0.0.1:`port` (0 picks a free port). `headersFor(path)` may return extra headers for a
 * request path; returning `null` answers 404. With `compress`, bodies go brotli or gzip as the
 * browser accepts, as a CDN serves the release's .br and .gz copies (the benchmark). Resolves to
 * { url, close, requests, pages } where `requests` lists every path asked for and `pages` may be
 * changed while serving. With `tls` ({ key, cert }, as `testCertificate()` in https.mjs makes), it
 * serves https with HTTP/2 (HTTP/1.1 for clients without it), as CDNs and partner sites serve.
 */
export function serve({ roots = {}, pages = {}, port = 0, headersFor = () => ({}), compress = false, tls = null }) {
  const requests = [];
  const packed = new Map();
  // The body as the request accepts it, and its Content-Encoding (none if it accepts neither).
  const encode = (req, body) => {
    const accepts = String(req.headers['accept-encoding'] || '');
    const coding = !compress ? null : /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : null;
    if (!coding) return { body, headers: {} };
    const key = `${coding}:${createHash('sha256').update(body).digest('hex')}`;
    if (!packed.has(key)) {
      packed.set(key, coding === 'br'
        ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
        : gzipSync(body, { level: 9 }));
    }
    return { body: packed.get(key), headers: { 'Content-Encoding': coding, Vary: 'Accept-Encoding' } };
  };
  const handle = async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(path);
    const extra = headersFor(path);
    if (extra !== null && typeof pages[path] === 'string') {
      const { body, headers } = encode(req, Buffer.from(pages[path]));
      res.writeHead(200, { 'Content-Type': TYPES['.html'], 'Cache-Control': 'no-store', ...headers, ...extra });
      res.end(body);
      return;
    }
    const file = extra === null ? null : await locate(roots, path);
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain', 'Access-Control-Allow-Origin': '*' });
      res.end('not found');
      return;
    }
    const { body, headers } = encode(req, await readFile(file));
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] || 'application/octet-stream',
      'Access-Control-Allow-Origin': '*',
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      ...headers,
      ...extra,
    });
    res.end(body);
  };
  const server = tls ? createSecureServer({ ...tls, allowHTTP1: true }, handle) : createServer(handle);
  // An HTTP/2 server cannot close its connections itself: keep them, to end them on close.
  const sockets = new Set();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return new Promise((done) => {
    server.listen(port, '127.0.0.1', () => {
      done({
        url: `${tls ? 'https' : 'http'}://127.0.0.1:${server.address().port}`,
        requests,
        pages,
        close: () => new Promise((closed) => {
          for (const socket of sockets) socket.destroy();
          server.close(closed);
        }),
      });
    });
  });
}

async function locate(roots, path) {
  for (const [prefix, folder] of Object.entries(roots)) {
    if (!path.startsWith(prefix)) continue;
    let rest = path.slice(prefix.length);
    if (rest === '' || rest.endsWith('/')) rest += 'index.html';
    const full = resolve(folder, normalize(rest).replace(/^(\.\.[/\\])+/, ''));
    if (!full.startsWith(resolve(folder))) return null;
    try {
      if ((await stat(full)).isFile()) return full;
    } catch {
      // not here: try the next root
    }
  }
  return null;
}

// `node tests/support/serve.mjs dist 8080`: the demo server.
if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [folder = 'dist', port = '8080'] = process.argv.slice(2);
  const { url } = await serve({ roots: { '/': join(process.cwd(), folder) }, port: Number(port) });
  console.log(`Recovery Guide demo: ${url}/  (Ctrl-C to stop)`);
}
