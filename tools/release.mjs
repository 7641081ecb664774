// The release folder (`make release`): everything a partner or a CDN needs, ready to upload.
//
//   release/<version>/recovery-guide.js            the loader, under its stable name
//   release/<version>/recovery-guide-core-<l>.wasm the wasm for each locale, its bindings
//   release/<version>/recovery-guide-core-<l>.js   (wasm-bindgen's glue), and
//   release/<version>/recovery-guide-core-<l>-<r>.js its glue for each region (with the region's parts)
//   release/<version>/recovery-guide-core-<l>-<r>-more.js  and the bodies of its parts, beside it
//   release/<version>/recovery-guide-frame.*       the guide in a frame, for pages whose CSP forbids wasm
//   release/<version>/recovery-guide.d.ts, recovery-guide.react.d.ts, custom-elements.json
//                                                  types and a manifest for partners' tools
//   release/<version>/…​.br and …​.gz               precompressed copies of every file
//   release/<version>/manifest.json                sizes, SRI hashes, the snippet and headers
//
// Asset names are cache-safe because the folder is the version: a URL never changes content, so
// every file may be cached for a year ("immutable"). A second release of the same version with
// different bytes is refused: bump `version` in Cargo.toml instead.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const root = join(import.meta.dirname, '..');

export const integrity = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

const TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.html': 'text/html; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** Writes the release for the build in `dist` under `outRoot/<version>/`; returns the manifest. */
export function release(dist = join(root, 'dist'), outRoot = join(root, 'release')) {
  const version = /^version\s*=\s*"([^"]+)"/m.exec(readFileSync(join(root, 'Cargo.toml'), 'utf8'))[1];
  const names = readdirSync(dist).filter((f) => /^(recovery-guide(-core-\w+(-\w+)?(-more)?|-frame|-framer)?\.(js|wasm|html)|recovery-guide(\.react)?\.d\.ts|custom-elements\.json)$/.test(f)).sort();
  if (!names.includes('recovery-guide.js') || !names.some((f) => f.endsWith('.wasm'))) {
    throw new Error(`no build in ${dist}: run \`make build\` first`);
  }
  const out = join(outRoot, version);
  const files = {};
  const write = {};
  for (const name of names) {
    const bytes = readFileSync(join(dist, name));
    const br = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } });
    const gz = gzipSync(bytes, { level: 9 });
    files[name] = { bytes: bytes.length, gzip: gz.length, brotli: br.length, integrity: integrity(bytes), type: TYPES[name.slice(name.lastIndexOf('.'))] };
    Object.assign(write, { [name]: bytes, [`${name}.br`]: br, [`${name}.gz`]: gz });
  }
  if (existsSync(join(out, 'manifest.json'))) {
    const before = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    const same = JSON.stringify(before.files) === JSON.stringify(files);
    if (!same) throw new Error(`release ${version} already exists with other bytes: bump the version in Cargo.toml`);
  }
  const base = `https://cdn.example.org/recovery-guide/${version}/`;
  const locales = names.map((f) => /core-(\w+)\.wasm$/.exec(f)?.[1]).filter(Boolean);
  const manifest = {
    version,
    files,
    // What a reader downloads in each locale: the loader, the wasm, its bindings and the largest
    // region's glue with its bodies.
    locales: Object.fromEntries(locales.map((l) => [l, {
      brotli: files['recovery-guide.js'].brotli + files[`recovery-guide-core-${l}.wasm`].brotli + files[`recovery-guide-core-${l}.js`].brotli
        + Math.max(...names.filter((f) => f.startsWith(`recovery-guide-core-${l}-`) && !f.endsWith('-more.js'))
          .map((f) => files[f].brotli + (files[f.replace(/\.js$/, '-more.js')]?.brotli || 0))),
    }])),
    snippet: `<script src="${base}recovery-guide.js" integrity="${files['recovery-guide.js'].integrity}" crossorigin="anonymous"></script>`,
    csp: "script-src 'self' https://cdn.example.org 'wasm-unsafe-eval'; connect-src 'self' https://cdn.example.org",
    headers: {
      '*.wasm': 'Content-Type: application/wasm',
      '*': 'Access-Control-Allow-Origin: *; Cache-Control: public, max-age=31536000, immutable',
      '*.br': 'Content-Encoding: br (serve when the request accepts br, with the original Content-Type)',
      '*.gz': 'Content-Encoding: gzip (serve when the request accepts gzip, with the original Content-Type)',
    },
  };
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const [name, bytes] of Object.entries(write)) writeFileSync(join(out, name), bytes);
  writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return { out, manifest };
}

if (process.argv[1] === import.meta.filename) {
  const { out, manifest } = release();
  console.log(`release ${manifest.version} in ${out}`);
  for (const [name, f] of Object.entries(manifest.files)) {
    console.log(`  ${name.padEnd(30)} ${String(f.bytes).padStart(7)} raw ${String(f.brotli).padStart(6)} br  ${f.integrity}`);
  }
  for (const [l, { brotli }] of Object.entries(manifest.locales)) console.log(`  full guide, ${l}: ${brotli} bytes brotli`);
  console.log(`\nSnippet:\n  ${manifest.snippet}`);
}
