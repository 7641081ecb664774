// Screenshots in Firefox, WebKit and Chromium (`make screenshots`): the demo guide at 320 px and
// 1280 px, in every locale, light and dark (the `theme` option: WebDriver cannot set the reader's
// colour scheme in every engine), at the top and scrolled to the middle of the guide, where the
// slim exit bar should be in reach.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from './serve.mjs';
import { until } from './webdriver.mjs';
import { chromium, firefox, webkit } from '../cross/engines.mjs';

const out = process.argv[2] || 'target/screenshots';
mkdirSync(out, { recursive: true });
const server = await serve({ roots: { '/': 'dist' } });
try {
  for (const start of [firefox, webkit, chromium]) {
    const engine = await start();
    try {
      // The page as wide as asked at most: WebKitGTK's window is no narrower than about 450 px, so
      // at 320 its guide is laid out at 320 all the same (it follows its own width: container
      // queries only).
      for (const [width, height] of [[320, 740], [1280, 900]]) {
        for (const [locale, theme] of ['en', 'es', 'fr'].flatMap((l) => [[l, 'light'], [l, 'dark']])) {
          server.pages[`/cross-${locale}-${theme}.html`] = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>shot</title></head>
<body style="margin:0;padding:8px;background:${theme === 'dark' ? '#1b1d21' : '#f6f4ef'};box-sizing:border-box;max-width:${width}px"><recovery-guide locale="${locale}" theme="${theme}"></recovery-guide>
<script src="/recovery-guide.js" data-mount="elements"></script></body></html>`;
          await engine.goto(`${server.url}/cross-${locale}-${theme}.html`);
          await until(() => engine.run(() => document.querySelector('recovery-guide').dataset.rgState === 'ready'), { what: 'ready' });
          await engine.screenshot(join(out, `cross-${engine.name}-${locale}-${theme}-${width}-top.png`), width, height);
          await engine.run(() => window.scrollTo(0, document.documentElement.scrollHeight / 2));
          await until(() => engine.run(() => !!document.querySelector('recovery-guide').shadowRoot.querySelector('.rg-sticky--shown')), { what: 'the slim bar' });
          const file = join(out, `cross-${engine.name}-${locale}-${theme}-${width}-middle.png`);
          await engine.screenshot(file, width, height);
          console.log(`${file} (${engine.version})`);
        }
      }
    } finally {
      await engine.close();
    }
  }
} finally {
  await server.close();
}
