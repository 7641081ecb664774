// Accessibility audit: axe-core (npm) inside the guide's shadow root reports no violation of
// WCAG 2.2 AA, in English and Spanish, light and dark, at 320 px and 1280 px, collapsed and with
// every step, disclosure and choice open.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serve } from '../support/serve.mjs';
import { launch, settled } from '../support/browser.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
let browser;
let server;

before(async () => {
  browser = await launch();
  server = await serve({ roots: { '/': join(ROOT, 'dist') } });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

function pageFor(locale, theme) {
  const path = `/a11y-${locale}-${theme}.html`;
  server.pages[path] = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>a11y</title></head>
<body><main><h1>Partner page</h1><recovery-guide locale="${locale}" theme="${theme}" helpline-name="Acme EAP" helpline-phone="+18005550100"></recovery-guide></main>
<script src="/recovery-guide.js" async data-mount="elements"></script></body></html>`;
  return `${server.url}${path}`;
}

async function audit(page) {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async (tags) => {
    const result = await window.axe.run({ include: [['recovery-guide']] }, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  }, TAGS);
}

async function expandEverything(page) {
  const guide = page.locator('recovery-guide');
  await guide.locator('.rg-journey .rg-show-all, .rg-journey button:has-text("Show all"), .rg-journey button:has-text("Mostrar todos")').first().click();
  for (const d of await guide.locator('details').all()) await d.locator('summary').click();
}

describe('axe-core, WCAG 2.2 AA, inside the shadow root', () => {
  for (const locale of ['en', 'es']) {
    for (const theme of ['light', 'dark']) {
      for (const width of [320, 1280]) {
        it(`${locale}, ${theme}, ${width} px: collapsed and expanded`, async () => {
          const page = await browser.newPage({ viewport: { width, height: 900 } });
          await page.goto(pageFor(locale, theme));
          assert.equal(await settled(page), 'ready');
          assert.deepEqual(await audit(page), [], 'collapsed');
          await expandEverything(page);
          assert.deepEqual(await audit(page), [], 'expanded');
          await page.close();
        });
      }
    }
  }
});
