// The release folder: every file with its precompressed copies, SRI hashes that match, and a
// snippet that loads the guide with its integrity checked.
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { integrity, release } from '../../tools/release.mjs';
import { serve } from '../support/serve.mjs';
import { html, launch, settled } from '../support/browser.mjs';

const DIST = join(import.meta.dirname, '..', '..', 'dist');
let tmp;
let built;

before(() => {
  tmp = mkdtempSync(join(tmpdir(), 'rg-release-'));
  built = release(DIST, join(tmp, 'out'));
});

after(() => rmSync(tmp, { recursive: true, force: true }));

it('holds every file, its .br and .gz, and SRI hashes that match the bytes', () => {
  const { out, manifest } = built;
  const names = Object.keys(manifest.files);
  assert.ok(names.includes('recovery-guide.js'));
  assert.ok(names.includes('recovery-guide-core-en.wasm') && names.includes('recovery-guide-core-es.wasm'));
  assert.ok(names.includes('recovery-guide-core-en-us.js') && names.includes('recovery-guide-core-es-uk.js'), 'a glue per region');
  assert.ok(names.includes('recovery-guide-core-en-us-more.js') && names.includes('recovery-guide-core-es-uk-more.js'), 'its bodies beside it');
  for (const tool of ['recovery-guide.d.ts', 'recovery-guide.react.d.ts', 'custom-elements.json']) assert.ok(names.includes(tool), tool);
  for (const name of names) {
    const bytes = readFileSync(join(out, name));
    assert.deepEqual(bytes, readFileSync(join(DIST, name)), name);
    assert.equal(manifest.files[name].integrity, integrity(bytes), `${name} SRI`);
    assert.deepEqual(brotliDecompressSync(readFileSync(join(out, `${name}.br`))), bytes, `${name}.br`);
    assert.deepEqual(gunzipSync(readFileSync(join(out, `${name}.gz`))), bytes, `${name}.gz`);
    assert.equal(manifest.files[name].brotli, readFileSync(join(out, `${name}.br`)).length);
  }
  assert.match(manifest.snippet, new RegExp(`${manifest.version}/recovery-guide\\.js" integrity="sha384-`));
});

it('refuses to overwrite a release of the same version with other bytes', () => {
  assert.doesNotThrow(() => release(DIST, join(tmp, 'out')), 'the same bytes again are fine');
  const changed = join(tmp, 'changed');
  cpSync(DIST, changed, { recursive: true });
  writeFileSync(join(changed, 'recovery-guide.js'), `${readFileSync(join(changed, 'recovery-guide.js'), 'utf8')}\n`);
  assert.throws(() => release(changed, join(tmp, 'out')), /bump the version/);
});

it('the snippet loads the guide from the release folder with its integrity checked', async () => {
  const { out, manifest } = built;
  const cdn = await serve({ roots: { [`/${manifest.version}/`]: out } });
  const site = await serve({});
  const snippet = manifest.snippet.replace('https://cdn.example.org/recovery-guide/', `${cdn.url}/`);
  site.pages['/snippet.html'] = html({ title: 's', body: snippet });
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.goto(`${site.url}/snippet.html`);
    assert.equal(await settled(page), 'ready');
    // A tampered loader is refused by the browser: the integrity check works. The script's own
    // load or error event says the browser has decided.
    site.pages['/tampered.html'] = site.pages['/snippet.html'].replace(/sha384-[^"]+/, integrity(Buffer.from('other')));
    const errors = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.addInitScript(() => {
      for (const type of ['load', 'error']) {
        document.addEventListener(type, (e) => { if (e.target.localName === 'script') window.__loader = type; }, true);
      }
    });
    await page.goto(`${site.url}/tampered.html`);
    await page.waitForFunction(() => window.__loader);
    assert.equal(await page.evaluate(() => window.__loader), 'error', 'the loader is refused');
    assert.equal(await page.$('recovery-guide'), null);
    assert.ok(errors.some((e) => /integrity/i.test(e)), errors.join('\n'));
  } finally {
    await browser.close();
    await cdn.close();
    await site.close();
  }
});
