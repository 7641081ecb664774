// The element in partners' frameworks, with real packages from npm (issue 17): a React 19 app under
// StrictMode, bundled with esbuild, and a Vue 3 app from its browser build, no bundler. Route
// changes mount and unmount the element twenty times; two guides render at once; nothing is left
// behind (no element, no key listener on the page) and nothing is logged as an error. No element
// is keyed: the frameworks reuse the UK element for the US guide of the "both" route, and a prop
// change (region and locale) updates the mounted element in place (live attributes).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { serve } from '../support/serve.mjs';
import { eventListeners, html, launch, open as openPage } from '../support/browser.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const DIST = join(ROOT, 'dist');
let browser;
let server;

before(async () => {
  browser = await launch();
  // The apps are test pages served as scripts.
  const script = { 'Content-Type': 'text/javascript; charset=utf-8' };
  server = await serve({ roots: { '/': DIST }, headersFor: (path) => (/^\/(react-app|vue-app|vue)\.js$/.test(path) ? script : {}) });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const ROUTES = 20;

// The same app in both frameworks: a "guide" route with one element, a "both" route with two (UK
// in Spanish beside US in English), and a "home" route with none; `window.go(route)` navigates.
const REACT_APP = `
import { StrictMode, useState } from "react";
import { createRoot } from "react-dom/client";
import { flushSync } from "react-dom";
function App() {
  const [route, setRoute] = useState("home");
  const [where, setWhere] = useState({ region: "uk", locale: "en" });
  window.go = (next) => flushSync(() => setRoute(next));
  window.move = (region, locale) => flushSync(() => setWhere({ region, locale }));
  if (route === "guide") return <main><h1>Help</h1><recovery-guide region={where.region} locale={where.locale}></recovery-guide></main>;
  if (route === "both") return <main><recovery-guide region="uk" locale="es"></recovery-guide><recovery-guide region="us"></recovery-guide></main>;
  return <main><h1>Home</h1></main>;
}
createRoot(document.getElementById("app")).render(<StrictMode><App /></StrictMode>);
`;

const VUE_APP = `
import { createApp, h, ref } from "/vue.js";
const route = ref("home");
const where = ref({ region: "uk", locale: "en" });
window.go = (next) => { route.value = next; };
window.move = (region, locale) => { where.value = { region, locale }; };
createApp({
  render: () => route.value === "guide"
    ? h("main", [h("h1", "Help"), h("recovery-guide", { region: where.value.region, locale: where.value.locale })])
    : route.value === "both"
      ? h("main", [h("recovery-guide", { region: "uk", locale: "es" }), h("recovery-guide", { region: "us" })])
      : h("main", [h("h1", "Home")]),
}).mount("#app");
`;

async function reactPage() {
  const { outputFiles } = await build({
    stdin: { contents: REACT_APP, loader: 'jsx', resolveDir: ROOT },
    bundle: true, write: false, format: 'esm', jsx: 'automatic', minify: true,
    define: { 'process.env.NODE_ENV': '"development"' },
  });
  server.pages['/react-app.js'] = outputFiles[0].text;
  return '/react-app.js';
}

function vuePage() {
  server.pages['/vue.js'] = readFileSync(join(ROOT, 'node_modules', 'vue', 'dist', 'vue.esm-browser.js'), 'utf8');
  server.pages['/vue-app.js'] = VUE_APP;
  return '/vue-app.js';
}

/** Each guide on the page: its state, help bar's first number and language. */
const guides = (page) => page.$$eval('recovery-guide', (hosts) => hosts.map((h) => ({
  state: h.dataset.rgState,
  call: h.shadowRoot?.querySelector('.rg-helpbar a')?.getAttribute('href'),
  lang: h.shadowRoot?.querySelector('.rg-root')?.getAttribute('lang'),
})));

const allReady = (page, n) => page.waitForFunction((count) => {
  const hosts = [...document.querySelectorAll('recovery-guide')];
  return hosts.length === count && hosts.every((h) => h.dataset.rgState === 'ready');
}, n);

for (const [name, script] of [['React 19, StrictMode', reactPage], ['Vue 3', vuePage]]) {
  describe(name, () => {
    it(`mounts and unmounts cleanly over ${ROUTES} route changes, and shows two guides at once`, async () => {
      const app = await script();
      const path = `/${name.split(' ')[0].toLowerCase()}.html`;
      server.pages[path] = html({
        title: name,
        body: `<div id="app"></div><script type="module" src="${app}"></script><script src="/recovery-guide.js" async data-mount="elements"></script>`,
      });
      const { page, log } = await openPage(browser, `${server.url}${path}`);
      await page.waitForFunction(() => typeof window.go === 'function');
      const keyListeners = async () => (await eventListeners(page, ['document'])).filter((l) => l.type === 'keydown' || l.type === 'keyup').length;
      const before = await keyListeners();

      await page.evaluate(() => window.go('guide'));
      await allReady(page, 1);
      assert.deepEqual(await guides(page), [{ state: 'ready', call: 'tel:+443001236600', lang: 'en' }]);

      for (let i = 0; i < ROUTES; i++) {
        await page.evaluate((r) => window.go(r), i % 2 ? 'guide' : 'home');
        if (i % 2) await allReady(page, 1);
      }
      // A prop change on the mounted element: the same element shows Canada's guide in French.
      await page.evaluate(() => { window.__guide = document.querySelector('recovery-guide'); window.move('ca', 'fr'); });
      await page.waitForFunction(() => {
        const root = document.querySelector('recovery-guide').shadowRoot;
        return root.querySelector('.rg-helpbar a').getAttribute('href') === 'tel:+18886886677' && root.querySelector('.rg-body')
          && document.querySelector('recovery-guide').dataset.rgState === 'ready';
      }, null, { timeout: 15000 });
      assert.deepEqual(await guides(page), [{ state: 'ready', call: 'tel:+18886886677', lang: 'fr' }]);
      assert.ok(await page.evaluate(() => document.querySelector('recovery-guide') === window.__guide), 'the same element');
      assert.equal(await page.$eval('recovery-guide', (h) => h.shadowRoot.querySelectorAll('.rg-guide').length), 1);
      await page.evaluate(() => window.move('uk', 'en'));

      await page.evaluate(() => window.go('both'));
      await allReady(page, 2);
      // An element reused by the framework is drawn again with its new attributes.
      await page.waitForFunction(() => [...document.querySelectorAll('recovery-guide')]
        .map((h) => `${h.shadowRoot.querySelector('.rg-helpbar a').getAttribute('href')} ${h.shadowRoot.querySelector('.rg-root').lang}`)
        .join() === 'tel:+443001236600 es,tel:+18006624357 en', null, { timeout: 15000 });
      await allReady(page, 2);
      assert.deepEqual(await guides(page), [
        { state: 'ready', call: 'tel:+443001236600', lang: 'es' },
        { state: 'ready', call: 'tel:+18006624357', lang: 'en' },
      ]);

      await page.evaluate(() => window.go('home'));
      await page.waitForFunction(() => !document.querySelector('recovery-guide'));
      // Unmounts finish in a microtask after the element leaves; give them a frame.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))));
      assert.equal(await keyListeners(), before, 'no key listener left on the page');
      assert.deepEqual(log.errors, []);
      await page.close();
    });
  });
}
