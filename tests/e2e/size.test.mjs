// Size budgets (PRODUCT.md), held on the release build in dist/: bytes are deterministic, so a
// test may hold them. Everything the full guide needs in one locale: at most 90 KB brotli; the
// loader alone: at most 4 KB brotli. The benchmark command prints the figures; this only guards.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const DIST = join(import.meta.dirname, '..', '..', 'dist');
const brotli = (file) =>
  brotliCompressSync(readFileSync(join(DIST, file)), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
// The loader carries the help-bar data and styles; the wasm carries the content and every style.
const GUIDE_FILES = ['recovery-guide.js', 'recovery-guide-core.js', 'recovery-guide-core.wasm'];

it('the loader is at most 4 KB brotli', () => {
  const size = brotli('recovery-guide.js');
  assert.ok(size <= 4 * 1024, `loader: ${size} bytes brotli`);
});

it('the full guide is at most 90 KB brotli', () => {
  const total = GUIDE_FILES.map(brotli).reduce((a, b) => a + b, 0);
  assert.ok(total <= 90 * 1024, `guide: ${total} bytes brotli`);
});
