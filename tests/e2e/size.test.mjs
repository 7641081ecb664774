// Size budgets (PRODUCT.md), held on the release build in dist/: bytes are deterministic, so a
// test may hold them. Everything the full guide needs in one locale: at most 90 KB brotli; the
// loader alone: at most 4 KB brotli. The benchmark command prints the figures; this only guards.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { LOCALES as CONTENT_LOCALES } from '../support/content.mjs';

const DIST = join(import.meta.dirname, '..', '..', 'dist');
const brotli = (file) =>
  brotliCompressSync(readFileSync(join(DIST, file)), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
// The loader carries the help-bar data and styles; each locale's glue and wasm carry that locale's
// content and every style. A reader downloads the loader and one locale's pair.
const LOCALES = readdirSync(DIST)
  .map((f) => /^recovery-guide-core-(\w+)\.wasm$/.exec(f)?.[1])
  .filter(Boolean);

it('the loader is at most 4 KB brotli', () => {
  const size = brotli('recovery-guide.js');
  assert.ok(size <= 4 * 1024, `loader: ${size} bytes brotli`);
});

it('the build has a glue and wasm pair for each locale', () => {
  assert.deepEqual([...LOCALES].sort(), [...CONTENT_LOCALES].sort());
});

for (const locale of LOCALES) {
  it(`the full guide in ${locale} is at most 90 KB brotli`, () => {
    const files = ['recovery-guide.js', `recovery-guide-core-${locale}.js`, `recovery-guide-core-${locale}.wasm`];
    const total = files.map(brotli).reduce((a, b) => a + b, 0);
    assert.ok(total <= 90 * 1024, `${locale}: ${total} bytes brotli`);
  });
}
