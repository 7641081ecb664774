// Screenshots of the demo page for people to look at: 320 px and 1280 px, light and dark, in each
// locale. `node tests/support/screenshots.mjs [out-dir] [page-path]` with the release build in dist/.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from './serve.mjs';
import { launch, settled } from './browser.mjs';

const out = process.argv[2] || 'target/screenshots';
const pagePath = process.argv[3] || '/';
mkdirSync(out, { recursive: true });
const server = await serve({ roots: { '/': 'dist' } });
const browser = await launch();
try {
  for (const locale of ['en', 'es']) {
    for (const scheme of ['light', 'dark']) {
      for (const width of [320, 1280]) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
        await page.goto(`${server.url}${pagePath}`);
        await page.evaluate((l) => {
          for (const el of document.querySelectorAll('recovery-guide')) el.setAttribute('locale', l);
        }, locale);
        const state = await settled(page);
        if (locale !== 'en') {
          // Options are read at mount: remount with the new locale.
          await page.evaluate((l) => {
            for (const el of document.querySelectorAll('recovery-guide')) {
              const clone = el.cloneNode(false);
              clone.setAttribute('locale', l);
              el.replaceWith(clone);
            }
          }, locale);
          await settled(page);
        }
        const file = join(out, `${locale}-${scheme}-${width}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(`${file} (${state})`);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}
