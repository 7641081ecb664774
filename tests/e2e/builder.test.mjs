// The snippet builder (dist/builder/): a partner's choices, checked by the guide's own option
// parser, become a snippet that renders the same guide when pasted into a blank page.
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serve } from '../support/serve.mjs';
import { launch, settled } from '../support/browser.mjs';

const DIST = join(import.meta.dirname, '..', '..', 'dist');
let browser;
let guide; // the demo site: the guide's files and the builder
let site; // a partner's blank page, on another origin

before(async () => {
  browser = await launch();
  guide = await serve({ roots: { '/': DIST } });
  site = await serve({});
});

after(async () => {
  await browser?.close();
  await guide?.close();
  await site?.close();
});

/** What a reader gets from a guide instance: its words, language and help bar colour. */
const reading = (host) => ({
  text: host.shadowRoot.querySelector('.rg-root').textContent,
  lang: host.shadowRoot.querySelector('.rg-root').getAttribute('lang'),
  bar: getComputedStyle(host.shadowRoot.querySelector('.rg-helpbar')).backgroundColor,
  links: [...host.shadowRoot.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href')),
  partner: host.shadowRoot.querySelector('.rg-tier--partner a')?.getAttribute('href'),
});

it('writes a snippet that, pasted into a blank page, renders the same guide', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${guide.url}/builder/`);
  await page.getByLabel('Region').selectOption('uk');
  assert.equal(await page.$eval('.builder', (b) => getComputedStyle(b).display), 'grid', "the builder's own styles load");
  await page.getByLabel('Language').selectOption('es');
  await page.getByLabel('The treatment comparison').uncheck();
  await page.getByLabel('Name', { exact: true }).fill('Northside Support Line (fictional)');
  await page.getByLabel('Phone', { exact: true }).fill('+44 20 7946 0018');
  await page.getByLabel('Web address').fill('javascript:alert(1)');
  await page.locator('input[type="color"]').fill('#2f5d50');

  // The parser's warning names the refused option, and the snippet leaves it out.
  await page.waitForFunction(() => document.querySelector('.builder__warnings').textContent.includes('helpline-url'));
  const snippet = await page.locator('#snippet').textContent();
  const theme = await page.locator('#theme').textContent();
  assert.equal(
    snippet,
    `<script src="${guide.url}/recovery-guide.js" data-region="uk" data-locale="es" ` +
      'data-helpline-name="Northside Support Line (fictional)" data-helpline-phone="+44 20 7946 0018" ' +
      'data-sections="journey,questions,help"></script>',
  );
  assert.equal(theme, 'recovery-guide { --rg-accent: #2f5d50; }');
  assert.match(await page.locator('#csp').textContent(), new RegExp(`script-src 'self' ${guide.url} 'wasm-unsafe-eval'`));

  // The live preview is the real guide, through the loader.
  await page.waitForFunction(() => {
    const host = document.querySelector('.builder__preview');
    return host.dataset.rgState === 'ready' && host.shadowRoot.querySelector('.rg-root[lang="es"] .rg-tier--partner');
  });
  const preview = await page.$eval('.builder__preview', reading);

  site.pages['/pasted.html'] = `<!doctype html><html><head><meta charset="utf-8"><title>Blank</title>
<style>${theme}</style></head><body>${snippet}</body></html>`;
  const blank = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await blank.goto(`${site.url}/pasted.html`);
  assert.equal(await settled(blank), 'ready');
  const pasted = await blank.$eval('recovery-guide', reading);
  assert.deepEqual(pasted, preview);
  assert.equal(pasted.bar, 'rgb(47, 93, 80)');
  assert.equal(pasted.partner, 'tel:+442079460018', "the partner's line");
  assert.equal(pasted.links[0], 'tel:+443001236600', "the region's main line in the help bar");
  assert.equal(await blank.$eval('recovery-guide', (host) => host.shadowRoot.querySelector('.rg-compare')), null, 'no comparison');

  // The element form, pasted, is the same guide.
  const element = await page.locator('#element').textContent();
  assert.match(element, /^<recovery-guide region="uk" locale="es" [^>]*><\/recovery-guide>\n<script src="[^"]+" async data-mount="elements"><\/script>$/);
  site.pages['/element.html'] = `<!doctype html><html><head><meta charset="utf-8"><title>Blank</title>
<style>${theme}</style></head><body>${element}</body></html>`;
  await blank.goto(`${site.url}/element.html`);
  assert.equal(await settled(blank), 'ready');
  assert.deepEqual(await blank.$eval('recovery-guide', reading), preview);

  // The embed URL, framed as a site builder frames it, is the same guide too (without the
  // page's colour: a frame's page takes no styles from the page around it).
  const embed = await page.locator('#embed').textContent();
  assert.ok(embed.startsWith(`${guide.url}/recovery-guide-frame.html?region=uk&locale=es&`), embed);
  site.pages['/embedded.html'] = `<!doctype html><html><head><meta charset="utf-8"><title>Blank</title></head>
<body><iframe title="Recovery Guide" src="${embed}" style="width:100%;height:600px;border:0"></iframe></body></html>`;
  await blank.goto(`${site.url}/embedded.html`);
  const frame = blank.frames().find((f) => f.url().includes('/recovery-guide-frame.html'));
  await frame.waitForFunction(() => document.querySelector('div')?.dataset.rgState === 'ready');
  const framed = await frame.$eval('div', reading);
  assert.deepEqual({ ...framed, bar: preview.bar }, preview);
  assert.deepEqual(errors, []);
  await blank.close();
  await page.close();
});

it('copies the snippet with one button', async () => {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: guide.url });
  const page = await context.newPage();
  await page.goto(`${guide.url}/builder/`);
  await page.getByLabel('Region').selectOption('nz');
  await page.locator('.builder__out').first().getByRole('button', { name: 'Copy' }).click();
  await page.waitForFunction(() => document.querySelector('.builder__copied').textContent === 'Copied.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await page.locator('#snippet').textContent());
  assert.match(copied, /data-region="nz"/);
  await context.close();
});
