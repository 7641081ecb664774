// Size budgets (PRODUCT.md), held on the release build in dist/: bytes are deterministic, so a
// test may hold them. Everything the full guide needs in one locale: at most 60 KB brotli (the
// goal; 75 KB was the budget after "One source for every word"); the loader alone: at most 4 KB
// brotli. The benchmark command prints the figures; this only guards.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { LOCALES as CONTENT_LOCALES, REGIONS } from '../support/content.mjs';

const DIST = join(import.meta.dirname, '..', '..', 'dist');
const brotli = (file) =>
  brotliCompressSync(readFileSync(join(DIST, file)), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
// The loader carries the help-bar data and styles; each locale's wasm carries the words of the
// guide's frame, with its bindings (wasm-bindgen's glue) beside it; each locale's glue comes once
// per region, with every style and that region's parts (every section and the
// footer, built at build time), and beside it the parts' bodies (the journey's step bodies and the
// questions' answers). A reader downloads the loader, their region's glue and its bodies, their
// locale's wasm and its bindings.
const LOCALES = readdirSync(DIST)
  .map((f) => /^recovery-guide-core-(\w+)\.wasm$/.exec(f)?.[1])
  .filter(Boolean);
const gluesOf = (locale) => readdirSync(DIST).filter((f) => new RegExp(`^recovery-guide-core-${locale}-\\w+\\.js$`).test(f));

it('the loader is at most 4 KB brotli', () => {
  const size = brotli('recovery-guide.js');
  assert.ok(size <= 4 * 1024, `loader: ${size} bytes brotli`);
});

it('the build has a wasm and its bindings for each locale, and a glue and its bodies for each locale and region', () => {
  assert.deepEqual([...LOCALES].sort(), [...CONTENT_LOCALES].sort());
  for (const locale of LOCALES) {
    assert.ok(readdirSync(DIST).includes(`recovery-guide-core-${locale}.js`), `${locale}'s bindings`);
    assert.deepEqual(gluesOf(locale).sort(), REGIONS.map((r) => `recovery-guide-core-${locale}-${r}.js`).sort());
    for (const glue of gluesOf(locale)) assert.ok(readdirSync(DIST).includes(glue.replace(/\.js$/, '-more.js')), `${glue}'s bodies`);
  }
});

// Each locale's room left (in its largest region) is printed for a content editor: `make
// check-size` builds and runs this file alone.
const BUDGET = 60 * 1024;
for (const locale of LOCALES) {
  it(`the full guide in ${locale} is at most 60 KB brotli, in every region`, (t) => {
    const totals = gluesOf(locale).map((glue) => {
      const files = ['recovery-guide.js', glue, glue.replace(/\.js$/, '-more.js'), `recovery-guide-core-${locale}.wasm`, `recovery-guide-core-${locale}.js`];
      return [glue, files.map(brotli).reduce((a, b) => a + b, 0)];
    });
    const [largest, most] = totals.reduce((a, b) => (b[1] > a[1] ? b : a));
    const region = largest.replace(/^recovery-guide-core-\w+-(\w+)\.js$/, '$1');
    t.diagnostic(`${locale}: ${most} of ${BUDGET} bytes brotli in its largest region (${region}): ${BUDGET - most} left`);
    for (const [glue, total] of totals) {
      assert.ok(total <= BUDGET, `${glue}: ${total} bytes brotli, ${total - BUDGET} over the ${BUDGET}: make room before adding words (CONTENT.md, "Check your change", size)`);
    }
  });
}
