// Headless Chromium for the end-to-end tests, screenshots and the benchmark: Debian's chromium,
// driven by playwright-core. The flags keep it from reaching the network on its own.
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM || ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);

export function launch() {
  if (!CHROMIUM) throw new Error('Chromium not found: run `make tools` (it installs Debian\'s chromium)');
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/** In the page: whether every guide `selector` finds has left `loading`. */
export function allSettled(selector) {
  const hosts = [...document.querySelectorAll(selector)];
  return hosts.length > 0 && hosts.every((h) => ['ready', 'fallback'].includes(h.dataset.rgState));
}

/** Resolves once the first <recovery-guide> on the page leaves `loading`; returns the state. */
export async function settled(page, selector = 'recovery-guide') {
  await page.waitForFunction(allSettled, selector, { timeout: 15000 });
  return page.$eval(selector, (h) => h.dataset.rgState);
}

/** A partner page's HTML around `body`, as every end-to-end page starts. */
export function html({ title, body, head = '', lang = 'en', bodyAttrs = '' }) {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>${title}</title>${head}</head>
<body${bodyAttrs ? ` ${bodyAttrs}` : ''}>${body}</body></html>`;
}

/**
 * A new page that records console warnings and errors, page errors and dialogs (dismissed);
 * `beforeLoad(page)` runs before it goes to `url` (none: it stays blank). `waitUntil` as
 * Playwright's goto.
 */
export async function open(browser, url, { viewport = { width: 1280, height: 900 }, waitUntil = 'load', beforeLoad } = {}) {
  const page = await browser.newPage({ viewport });
  const log = { warnings: [], errors: [], dialogs: 0 };
  page.on('console', (m) => {
    if (m.type() === 'warning') log.warnings.push(m.text());
    if (m.type() === 'error') log.errors.push(m.text());
  });
  page.on('pageerror', (e) => log.errors.push(e.message));
  page.on('dialog', (d) => {
    log.dialogs += 1;
    d.dismiss();
  });
  if (beforeLoad) await beforeLoad(page);
  if (url) await page.goto(url, { waitUntil });
  return { page, log };
}

/** The event listeners on the page's `window` and `document` (or the objects `expressions` name). */
export async function eventListeners(page, expressions = ['window', 'document']) {
  const cdp = await page.context().newCDPSession(page);
  const all = [];
  for (const expression of expressions) {
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    all.push(...(await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId })).listeners);
  }
  await cdp.detach();
  return all;
}

/**
 * Before the page loads: every navigation it starts is recorded in `window.__navigations` and
 * cancelled (the Navigation API's `navigate` event fires inside `location.replace`, before it
 * returns), and `window.__keyups` counts keyups once they have passed the document's own
 * listeners (the guide's), so a test knows its keys were handled before it asserts that nothing
 * happened.
 */
export function watchNavigations(page) {
  return page.addInitScript(() => {
    window.__navigations = [];
    navigation.addEventListener('navigate', (e) => {
      window.__navigations.push(e.destination.url);
      e.preventDefault();
    });
    window.__keyups = 0;
    window.addEventListener('keyup', () => { window.__keyups += 1; });
  });
}

/** The navigations the page started, once `keyups` keys have come up and been handled. */
export async function navigationsAfterKeys(page, keyups) {
  await page.waitForFunction((n) => window.__keyups >= n, keyups);
  return page.evaluate(() => window.__navigations);
}

/**
 * Resolves after the page has rendered a frame and run a task queued after it: everything the
 * page had queued before (tasks, microtasks, a frame's layout-shift entries) has happened.
 */
export function nextFrame(page) {
  return page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done)))));
}

/**
 * In the page (pass it to `page.evaluate` or WebDriver's `run`): the first guide's slim bar, as
 * the observer set it (its class: where the browser asks the CSS too, the class alone is not
 * enough), as the reader sees it, and where it sits.
 */
export function slimBarState() {
  const root = document.querySelector('recovery-guide').shadowRoot;
  const bar = root.querySelector('.rg-sticky__bar');
  return {
    shown: root.querySelector('.rg-sticky').classList.contains('rg-sticky--shown'),
    visible: getComputedStyle(bar).visibility === 'visible',
    top: Math.round(bar.getBoundingClientRect().top),
  };
}

/**
 * Waits until the first guide's slim bar is shown as the reader sees it: where the CSS asks
 * whether it is stuck too (Chrome), that answer can come a frame after the observer's class.
 */
export function slimBarVisible(page) {
  return page.waitForFunction(() => getComputedStyle(document.querySelector('recovery-guide').shadowRoot.querySelector('.rg-sticky__bar')).visibility === 'visible');
}

/** Serves the tests' exit page (`https://exit.example/…`, as in `exit-url`) without the network. */
export function fakeExit(page) {
  return page.route('https://exit.example/**', (route) => route.fulfill({ body: '<title>Weather</title>neutral', contentType: 'text/html' }));
}
