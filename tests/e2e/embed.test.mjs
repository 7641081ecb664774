// The embed contract, end to end: partner pages in headless Chromium load the release build
// (dist/) through the real loader. Run with `node --test tests/e2e/` after `make build`.
// Over 400 lines: the embed contract is one suite; each describe block is one promise of it.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serve } from '../support/serve.mjs';
import { fakeExit, html, launch, nextFrame, open as openPage, settled } from '../support/browser.mjs';
import { LOCALES, REGIONS } from '../support/content.mjs';

const DIST = join(import.meta.dirname, '..', '..', 'dist');
// Pages served from the guide's origin with a Content-Security-Policy header.
const STRICT_POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";
// Every page named `csp-no-wasm…`: no 'wasm-unsafe-eval', and no frames either, so only the
// fallback is left.
const NO_WASM = { 'Content-Security-Policy': "script-src 'self'; frame-src 'none'" };
const CSP = { 'csp-strict.html': { 'Content-Security-Policy': STRICT_POLICY } };
const headersFor = (path) => CSP[path.slice(1)] ?? (path.startsWith('/csp-no-wasm') ? NO_WASM : {});
let browser;
let guide; // the guide's own origin: dist/, like a CDN
let site; // a partner's origin: test pages only

before(async () => {
  browser = await launch();
  guide = await serve({
    roots: { '/': DIST },
    headersFor,
  });
  site = await serve({});
});

after(async () => {
  await browser?.close();
  await guide?.close();
  await site?.close();
});

/** A partner page on the partner's origin; `body` gets `{{guide}}` replaced by the guide's URL. */
function partnerPage(name, body, { head = '', lang = 'en' } = {}) {
  const fill = (s) => s.replaceAll('{{guide}}', guide.url);
  site.pages[`/${name}.html`] = html({
    title: name,
    lang,
    head: fill(head),
    body: `<h1 id="host-title">Partner page</h1><p id="host-text">The partner's own words.</p>${fill(body)}`,
  });
  return `${site.url}/${name}.html`;
}

/** A new page that records console messages, page errors, dialogs and guide events. */
function open(url, { beforeLoad, ...options } = {}) {
  return openPage(browser, url, {
    ...options,
    beforeLoad: async (page) => {
      await page.addInitScript(() => {
        window.__events = [];
        for (const name of ['recovery-guide:ready', 'recovery-guide:error']) {
          document.addEventListener(name, (e) => window.__events.push({ name, composed: e.composed, target: e.target.tagName }));
        }
      });
      if (beforeLoad) await beforeLoad(page);
    },
  });
}

/** Before the page loads: every CSP violation is recorded in `window.__violations`. */
const recordViolations = (page) => page.addInitScript(() => {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
});

/** Facts about each guide instance, read through its open shadow root. */
function guides(page) {
  return page.$$eval('recovery-guide', (hosts) =>
    hosts.map((h) => ({
      state: h.dataset.rgState,
      open: h.shadowRoot !== null && h.shadowRoot.mode === 'open',
      helpbar: h.shadowRoot ? [...h.shadowRoot.querySelectorAll('.rg-helpbar a')].map((a) => a.getAttribute('href')) : [],
      lang: h.shadowRoot?.querySelector('.rg-root')?.getAttribute('lang'),
      steps: h.shadowRoot ? h.shadowRoot.querySelectorAll('.rg-step').length : 0,
      notice: h.shadowRoot?.querySelector('.rg-notice')?.textContent ?? null,
      next: h.nextElementSibling?.tagName,
    })),
  );
}

describe('the demo partner page (index.html)', () => {
  it('renders the guide in place, in an open shadow root, through the loader', async () => {
    const { page, log } = await open(`${guide.url}/`);
    const before = await page.evaluate(() => ({
      intro: document.getElementById('host-intro').textContent,
      note: document.getElementById('host-note').textContent,
      h1: document.querySelector('h1').textContent,
      font: getComputedStyle(document.body).fontFamily,
    }));
    assert.equal(await settled(page), 'ready');
    const [g] = await guides(page);
    assert.equal(g.open, true, 'open shadow root');
    assert.equal(g.helpbar[0], 'tel:+18006624357', 'help bar: SAMHSA first');
    assert.equal(g.helpbar[1], 'tel:911', 'help bar: emergency number');
    assert.equal(g.steps, 7);
    assert.equal(g.next, 'SCRIPT', 'rendered right where the script stands');
    const afterLoad = await page.evaluate(() => ({
      intro: document.getElementById('host-intro').textContent,
      note: document.getElementById('host-note').textContent,
      h1: document.querySelector('h1').textContent,
      font: getComputedStyle(document.body).fontFamily,
      guideTextInLightDom: document.body.innerText.includes('What to expect'),
    }));
    assert.deepEqual({ ...afterLoad, guideTextInLightDom: undefined }, { ...before, guideTextInLightDom: undefined });
    assert.equal(afterLoad.guideTextInLightDom, false, 'the guide lives only in its shadow root');
    const events = await page.evaluate(() => window.__events);
    assert.deepEqual(events, [{ name: 'recovery-guide:ready', composed: true, target: 'RECOVERY-GUIDE' }]);
    assert.deepEqual(log.errors, []);
    await page.close();
  });

  it('shows the help bar before the WebAssembly arrives', async () => {
    let release;
    const held = new Promise((r) => { release = r; });
    const { page } = await open(null, {
      beforeLoad: (p) => p.route('**/*.wasm', async (route) => { await held; await route.continue(); }),
    });
    await page.goto(`${guide.url}/`);
    await page.waitForFunction(() => document.querySelector('recovery-guide')?.shadowRoot?.querySelector('.rg-helpbar a'));
    const [early] = await guides(page);
    assert.equal(early.state, 'loading');
    assert.deepEqual(early.helpbar, ['tel:+18006624357', 'tel:911']);
    const visible = await page.evaluate(() => {
      const a = document.querySelector('recovery-guide').shadowRoot.querySelector('.rg-helpbar a');
      const r = a.getBoundingClientRect();
      return r.width > 0 && r.height >= 24 && getComputedStyle(a).visibility === 'visible';
    });
    assert.equal(visible, true, 'the bar is styled and visible while loading');
    release();
    assert.equal(await settled(page), 'ready');
    await page.close();
  });

  it('falls back to the help bar when the WebAssembly is not found (404)', async () => {
    const { page } = await open(null, {
      beforeLoad: (p) => p.route('**/*.wasm', (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' })),
    });
    await page.goto(`${guide.url}/`);
    assert.equal(await settled(page), 'fallback');
    const [g] = await guides(page);
    assert.deepEqual(g.helpbar, ['tel:+18006624357', 'tel:911']);
    // The whole guide's text came with the glue, and works without the wasm: nothing says it
    // "could not load".
    assert.equal(g.steps, 7);
    assert.equal(g.notice, null);
    // The first frame reads numbers as the guide does (src/content/spoken.rs): digit by digit.
    const said = await page.evaluate(() =>
      [...document.querySelector('recovery-guide').shadowRoot.querySelectorAll('.rg-helpbar a')].map((a) => a.textContent),
    );
    assert.match(said[0], /Call SAMHSA National Helpline 1-800-662-HELP \(4357\), 1, 8 0 0, 6 6 2, 4 3 5 7/);
    assert.match(said[1], /Overdose\? Call\s911, 9 1 1/);
    await page.close();
  });

  it('says the rest could not load when only the help bar came (the glue is not found)', async () => {
    const { page } = await open(null, {
      beforeLoad: (p) => p.route('**/recovery-guide-core-en-us.js', (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' })),
    });
    await page.goto(`${guide.url}/`);
    assert.equal(await settled(page), 'fallback');
    const [g] = await guides(page);
    assert.deepEqual(g.helpbar, ['tel:+18006624357', 'tel:911']);
    assert.equal(g.steps, 0);
    assert.match(g.notice, /could not load\. You can still call for help now/);
    await page.close();
  });

  it('loads only the glue of its own region (with its bodies), and one wasm (with its bindings) for the locale', async () => {
    const url = partnerPage('one-region', '<recovery-guide region="uk"></recovery-guide><script src="{{guide}}/recovery-guide.js" async data-mount="elements"></script>');
    const { page } = await open(url);
    assert.equal(await settled(page), 'ready');
    const core = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name.split('/').pop()).filter((n) => n.startsWith('recovery-guide-core-')));
    assert.deepEqual(core.sort(), ['recovery-guide-core-en-uk-more.js', 'recovery-guide-core-en-uk.js', 'recovery-guide-core-en.js', 'recovery-guide-core-en.wasm']);
    const text = await page.$eval('recovery-guide', (h) => h.shadowRoot.querySelector('.rg-help').textContent);
    assert.match(text, /FRANK/);
    // No US line (its name or number); "SAMHSA TIP 63" is a source every region's card cites.
    assert.doesNotMatch(text, /SAMHSA National Helpline|1-800-662|911/);
    await page.close();
  });

  // The parts were built ahead (the help last, far down), then the wasm never came: the fallback
  // puts the partner's card into the help already in the page, once.
  it("keeps the partner's own line when the WebAssembly cannot download after the text was built", async () => {
    const url = partnerPage('partner-no-wasm', '<recovery-guide helpline-name="Acme EAP" helpline-phone="+1 800 555 0100"></recovery-guide><script src="{{guide}}/recovery-guide.js" async data-mount="elements"></script>');
    const { page } = await open(url, { beforeLoad: (p) => p.route('**/*.wasm', (route) => route.abort()) });
    assert.equal(await settled(page), 'fallback');
    const cards = await page.$eval('recovery-guide', (h) => [...h.shadowRoot.querySelectorAll('.rg-tier--partner')].map((card) => ({
      first: card === card.parentElement.firstElementChild,
      heading: card.querySelector('h3').textContent,
      href: card.querySelector('a').getAttribute('href'),
    })));
    assert.deepEqual(cards, [{ first: true, heading: 'Contact Acme EAP', href: 'tel:+18005550100' }]);
    await page.close();
  });

  it('falls back to the help bar when the WebAssembly cannot download', async () => {
    const { page } = await open(null, { beforeLoad: (p) => p.route('**/*.wasm', (route) => route.abort()) });
    await page.goto(`${guide.url}/`);
    assert.equal(await settled(page), 'fallback');
    const [g] = await guides(page);
    assert.deepEqual(g.helpbar, ['tel:+18006624357', 'tel:911']);
    assert.equal(g.steps, 7);
    assert.equal(g.notice, null);
    const events = await page.evaluate(() => window.__events.map((e) => e.name));
    assert.deepEqual(events, ['recovery-guide:error']);
    await page.close();
  });
});

describe('the embed contract', () => {
  it('loads from another origin (CORS), as from a CDN', async () => {
    const url = partnerPage('cross-origin', '<script src="{{guide}}/recovery-guide.js" async data-region="uk"></script>');
    const { page, log } = await open(url);
    assert.equal(await settled(page), 'ready');
    const [g] = await guides(page);
    assert.deepEqual(g.helpbar, ['tel:+443001236600', 'tel:999']);
    assert.deepEqual(log.errors, []);
    await page.close();
  });

  it('upgrades every <recovery-guide> element, with its own options, and never renders a head script in place', async () => {
    const url = partnerPage(
      'elements',
      `<recovery-guide region="au" sections="help"><a href="tel:1800250015">fallback link</a></recovery-guide>
       <recovery-guide region="nz" locale="es"></recovery-guide>`,
      { head: '<script src="{{guide}}/recovery-guide.js" async data-region="uk"></script>' },
    );
    const { page } = await open(url);
    await settled(page);
    const all = await guides(page);
    assert.equal(all.length, 2, 'no extra instance from the head script');
    assert.deepEqual(all.map((g) => g.state), ['ready', 'ready']);
    assert.equal(all[0].helpbar[1], 'tel:000');
    assert.equal(all[0].steps, 0, 'sections="help" leaves the journey out');
    assert.equal(all[1].helpbar[1], 'tel:111');
    const lightLinkShown = await page.$eval('recovery-guide a', (a) => a.getBoundingClientRect().height > 0);
    assert.equal(lightLinkShown, false, 'the partner fallback link is replaced by the guide');
    await page.close();
  });

  it('upgrades elements added later, and unmounts elements removed', async () => {
    const url = partnerPage('dynamic', '<div id="slot"></div><script src="{{guide}}/recovery-guide.js" async data-mount="elements"></script>');
    const { page } = await open(url);
    await page.waitForFunction(() => window.RecoveryGuide);
    assert.equal((await guides(page)).length, 0, 'data-mount="elements" renders nothing in place');
    await page.evaluate(() => {
      const el = document.createElement('recovery-guide');
      el.setAttribute('region', 'ie');
      document.getElementById('slot').append(el);
    });
    assert.equal(await settled(page), 'ready');
    // Ireland's help bar: Samaritans (24/7; the HSE line's hours are unknown), then 112.
    assert.deepEqual((await guides(page))[0].helpbar, ['tel:116123', 'tel:112']);
    await page.evaluate(() => {
      window.__host = document.querySelector('recovery-guide');
      window.__host.remove();
    });
    // Unmounting ends by taking the host's state away; by then its shadow root is empty.
    await page.waitForFunction(() => !window.__host.hasAttribute('data-rg-state'));
    assert.equal(await page.evaluate(() => window.__host.shadowRoot.childNodes.length), 0);
    await page.close();
  });

  it('moving an element keeps one live instance', async () => {
    const url = partnerPage('move', '<div id="a"><recovery-guide></recovery-guide></div><div id="b"></div><script src="{{guide}}/recovery-guide.js" async data-mount="elements"></script>');
    const { page, log } = await open(url);
    await settled(page);
    await page.evaluate(() => document.getElementById('b').append(document.querySelector('recovery-guide')));
    // A removed element unmounts in a microtask after its disconnect: long past by the next frame.
    await nextFrame(page);
    const [g] = await guides(page);
    assert.equal(g.state, 'ready');
    assert.equal(g.helpbar.length, 2);
    assert.deepEqual(log.errors, []);
    await page.close();
  });

  it('RecoveryGuide.mount returns a handle that unmounts', async () => {
    const url = partnerPage('api', '<div id="target"></div><script src="{{guide}}/recovery-guide.js" async data-mount="elements"></script>');
    const { page, log } = await open(url);
    await page.waitForFunction(() => window.RecoveryGuide);
    const api = await page.evaluate(() => ({ version: window.RecoveryGuide.version, keys: Object.keys(window.RecoveryGuide) }));
    assert.match(api.version, /^\d+\.\d+\.\d+$/);
    await page.evaluate(() => {
      window.__handle = window.RecoveryGuide.mount(document.getElementById('target'), { region: 'ca', quickExit: false });
    });
    await settled(page, '#target');
    const links = await page.$eval('#target', (t) => [...t.shadowRoot.querySelectorAll('.rg-helpbar a')].map((a) => a.getAttribute('href')));
    // Canada's help bar: the National Overdose Response Service, then 911.
    assert.deepEqual(links, ['tel:+18886886677', 'tel:911']);
    const after = await page.evaluate(() => {
      window.__handle.unmount();
      const t = document.getElementById('target');
      return { children: t.shadowRoot.childNodes.length, state: t.dataset.rgState ?? null };
    });
    assert.deepEqual(after, { children: 0, state: null });
    assert.deepEqual(log.errors, []);
    await page.close();
  });

  it('the script included twice is harmless', async () => {
    const url = partnerPage(
      'twice',
      `<recovery-guide></recovery-guide>
       <script src="{{guide}}/recovery-guide.js" data-mount="elements"></script>
       <script src="{{guide}}/recovery-guide.js" data-mount="elements"></script>`,
    );
    const { page, log } = await open(url);
    await settled(page);
    const all = await guides(page);
    assert.equal(all.length, 1);
    assert.equal(all[0].state, 'ready');
    assert.deepEqual(log.errors, []);
    const blank = await browser.newPage();
    await blank.goto(partnerPage('blank', ''));
    const baseline = new Set(await blank.evaluate(() => Object.getOwnPropertyNames(window)));
    await blank.close();
    const added = await page.evaluate(() => Object.getOwnPropertyNames(window).filter((k) => !k.startsWith('__events')));
    assert.deepEqual(added.filter((k) => !baseline.has(k)), ['RecoveryGuide'], 'no global but RecoveryGuide');
    await page.close();
  });

  it('a bad option gives one warning naming it, and the guide still renders', async () => {
    const url = partnerPage(
      'bad-options',
      `<recovery-guide region="mars" helpline-name="<img src=x onerror=alert(1)>" helpline-phone="+18005550100"
         exit-url="javascript:alert(1)" sections="journey,bogus"></recovery-guide>
       <script src="{{guide}}/recovery-guide.js" async data-mount="elements"></script>`,
    );
    const { page, log } = await open(url);
    assert.equal(await settled(page), 'ready');
    for (const option of ['region', 'helpline-name', 'exit-url', 'sections']) {
      const hits = log.warnings.filter((w) => w.includes(`option "${option}"`));
      assert.equal(hits.length, 1, `one warning for ${option}: ${JSON.stringify(log.warnings)}`);
    }
    const injected = await page.$eval('recovery-guide', (h) => h.shadowRoot.querySelectorAll('img, script').length);
    assert.equal(injected, 0);
    assert.equal(log.dialogs, 0);
    assert.equal((await guides(page))[0].helpbar[0], 'tel:+18006624357', 'the default region is used');
    await page.close();
  });

  it('follows the page language when no locale is set', async () => {
    const url = partnerPage('lang', '<recovery-guide></recovery-guide><script src="{{guide}}/recovery-guide.js" async data-mount="elements"></script>', { lang: 'es-MX' });
    const { page } = await open(url);
    assert.equal(await settled(page), 'ready');
    const [g] = await guides(page);
    assert.equal(g.lang, 'es');
    const text = await page.$eval('recovery-guide', (h) => h.shadowRoot.textContent);
    assert.match(text, /Qué esperar, paso a paso/);
    assert.match(text, /¿Sobredosis\? Llama al/);
    // Only the Spanish wasm was fetched.
    const wasm = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.wasm')));
    assert.deepEqual(wasm.map((n) => n.split('/').pop()), ['recovery-guide-core-es.wasm']);
    const glue = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /core-\w+-\w+\.js$/.test(n)));
    assert.deepEqual(glue.map((n) => n.split('/').pop()), ['recovery-guide-core-es-us.js']);
    await page.close();
  });
});

describe('when WebAssembly cannot run', () => {
  it("a page whose CSP lacks 'wasm-unsafe-eval' ends in fallback with working tel links", async () => {
    guide.pages['/csp-no-wasm.html'] = cspPage();
    const { page } = await open(`${guide.url}/csp-no-wasm.html`, { beforeLoad: (p) => p.addInitScript(textWhenFallback) });
    assert.equal(await settled(page), 'fallback');
    // The state says `fallback` once the whole text is in (the glue builds it over a few tasks), so a
    // page that reads the guide then finds it; the error event comes with it.
    assert.deepEqual(await page.evaluate(() => window.__atFallback), { steps: 7, grids: 2, tiers: true, footer: true, error: false });
    assert.deepEqual(await page.evaluate(() => window.__errorWith), { steps: 7, grids: 2, tiers: true, footer: true, error: true });
    const [g] = await guides(page);
    assert.deepEqual(g.helpbar, ['tel:+18006624357', 'tel:911']);
    assert.equal(g.notice, null);
    // The whole guide's text is there without the WebAssembly, and every step and question opens
    // and closes (native disclosure).
    assert.equal(g.steps, 7);
    const host = page.locator('recovery-guide');
    for (const table of ['medications', 'settings']) assert.equal(await host.locator(`#rg-grid-${table}-title`).count(), 1);
    assert.ok((await host.locator('.rg-tier').count()) >= 3, 'the help tiers');
    const body = host.locator('#rg-step-detox-body');
    assert.equal(await body.isVisible(), false);
    await host.locator('#rg-step-detox > details > summary').click();
    assert.equal(await body.isVisible(), true, 'a step opens');
    // Its body comes after the text, without the WebAssembly too.
    await body.locator('p').first().waitFor({ state: 'visible' });
    assert.match(await body.innerText(), /withdrawal/i);
    await host.locator('#rg-step-detox > details > summary').click();
    assert.equal(await body.isVisible(), false, 'and closes');
    const question = host.locator('.rg-question').first();
    await question.locator(':scope > summary').click();
    assert.equal(await question.locator('.rg-question__answer').isVisible(), true, 'a question opens');
    await page.close();
  });

  it('on a phone, the fallback shows each grid whole and its journey controls still work', async () => {
    guide.pages['/csp-no-wasm.html'] = cspPage();
    const { page } = await open(`${guide.url}/csp-no-wasm.html`, { viewport: { width: 320, height: 640 } });
    assert.equal(await settled(page), 'fallback');
    const host = page.locator('recovery-guide');
    // No choice of two works without the WebAssembly: each grid is its whole table, which scrolls
    // sideways and so takes the keyboard's focus; naltrexone and ongoing support are there.
    const grids = await page.$eval('recovery-guide', (h) => [...h.shadowRoot.querySelectorAll('.rg-grid-block')].map((block) => {
      const wide = block.querySelector('.rg-grid-wide');
      return {
        picks: block.querySelector('.rg-pick').getClientRects().length,
        columns: [...wide.querySelectorAll('thead th')].filter((th) => th.getClientRects().length).map((th) => th.textContent),
        scrolls: wide.scrollWidth > wide.clientWidth,
        focusable: wide.tabIndex === 0,
      };
    }));
    assert.deepEqual(grids.map((g) => g.columns.length), [4, 6], JSON.stringify(grids));
    assert.ok(grids[0].columns.includes('Naltrexone') && grids[1].columns.at(-1) === 'Ongoing support', JSON.stringify(grids));
    assert.ok(grids.every((g) => g.picks === 0 && g.scrolls && g.focusable), JSON.stringify(grids));
    // Each table's caption is whole within its scroller, and stays in view as the table scrolls
    // (it was cut at the scroller's edge: "Medications for opioid use disc").
    const captions = await page.$eval('recovery-guide', async (h) => {
      const seen = [];
      for (const wide of h.shadowRoot.querySelectorAll('.rg-grid-wide')) {
        const inside = () => {
          const box = wide.getBoundingClientRect();
          const caption = wide.querySelector('caption').getBoundingClientRect();
          return caption.left >= box.left - 1 && caption.right <= box.right + 1;
        };
        const before = inside();
        wide.scrollLeft = wide.scrollWidth;
        await new Promise(requestAnimationFrame);
        seen.push([before, inside()]);
        wide.scrollLeft = 0;
      }
      return seen;
    });
    assert.deepEqual(captions, [[true, true], [true, true]]);
    // "Show all steps" opens every step, then closes them all; its name follows.
    await host.getByRole('button', { name: 'Show all steps' }).click();
    const opened = () => page.$eval('recovery-guide', (h) => [...h.shadowRoot.querySelectorAll('.rg-step__details')].filter((d) => d.open).length);
    await page.waitForFunction(() => document.querySelector('recovery-guide').shadowRoot.querySelector('.rg-show-all').getAttribute('aria-expanded') === 'true');
    assert.equal(await opened(), 7);
    await host.getByRole('button', { name: 'Hide all steps' }).click();
    await page.waitForFunction(() => document.querySelector('recovery-guide').shadowRoot.querySelector('.rg-show-all').getAttribute('aria-expanded') === 'false');
    assert.equal(await opened(), 0);
    // The audience toggle shows the supporter's words, their own questions first, and back.
    const shown = () => page.$eval('recovery-guide', (h) => ({
      audience: h.shadowRoot.querySelector('.rg-guide').dataset.audience,
      first: h.shadowRoot.querySelector('.rg-question').id,
      title: h.shadowRoot.querySelector('#rg-q-cost .rg-question__title').innerText.trim(),
    }));
    const before = await shown();
    assert.deepEqual([before.audience, before.first], ['self', 'rg-q-calling']);
    await host.getByLabel('For someone I care about').check();
    const supporter = await shown();
    assert.deepEqual([supporter.audience, supporter.first], ['loved-one', 'rg-q-helping-someone']);
    assert.notEqual(supporter.title, before.title);
    await host.getByLabel('For me').check();
    assert.deepEqual(await shown(), before);
    await page.close();
  });

  // A partner who shows only some sections, for supporters, with a question open, gets the same in
  // the fallback (it showed the whole guide, for the person themself, all closed).
  // The journey's link to the overdose steps works without the WebAssembly (the glue follows it):
  // the steps' heading focused, the page's address unchanged.
  it('the fallback takes the reader to the overdose steps from the journey', async () => {
    guide.pages['/csp-no-wasm-overdose.html'] = cspPage('data-region="ie"');
    const { page } = await open(`${guide.url}/csp-no-wasm-overdose.html`, { viewport: { width: 320, height: 640 } });
    assert.equal(await settled(page), 'fallback');
    const address = await page.evaluate(() => location.href);
    await page.locator('recovery-guide').getByRole('link', { name: 'Overdose? What to do, step by step' }).click();
    const focused = await page.evaluate(() => {
      const heading = document.querySelector('recovery-guide').shadowRoot.activeElement;
      const box = heading.getBoundingClientRect();
      return [heading.textContent, Boolean(heading.closest('#rg-overdose')), box.top >= 0 && box.bottom <= innerHeight, location.href];
    });
    assert.deepEqual(focused, ['What to do, step by step', true, true, address]);
    await page.close();
  });

  it("the fallback shows the partner's sections, in their order, for their audience, with their start open", async () => {
    guide.pages['/csp-no-wasm-sections.html'] = cspPage('data-sections="questions, help" data-audience="loved-one" data-start="cost"');
    const { page } = await open(`${guide.url}/csp-no-wasm-sections.html`);
    assert.equal(await settled(page), 'fallback');
    const shown = await page.$eval('recovery-guide', (h) => {
      const root = h.shadowRoot;
      const cost = root.querySelector('#rg-q-cost');
      return {
        sections: [...root.querySelectorAll('.rg-body > section')].map((s) => s.className.match(/rg-(journey|compare|questions|help)\b/)?.[1]),
        audience: root.querySelector('.rg-guide').dataset.audience,
        first: root.querySelector('.rg-question').id,
        open: cost?.open,
      };
    });
    assert.deepEqual(shown, { sections: ['questions', 'help'], audience: 'loved-one', first: 'rg-q-helping-someone', open: true });
    // Its answer comes with the bodies, in the supporter's words.
    const answer = page.locator('recovery-guide').locator('#rg-q-cost .rg-question__answer');
    await answer.locator('p:visible').first().waitFor();
    assert.match(await answer.innerText(), /care for them/);
    await page.close();
  });

  // A partner's own line (an employer's assistance line, a school's counselor) is why many put the
  // guide on their page: the fallback showed every line but theirs (the wasm filled their card).
  // Now the glue fills the same card, each value checked as the wasm's parser checks it: the card
  // is the one the guide shows with the WebAssembly, to the byte.
  it("the fallback shows the partner's own line first, checked and filled as the guide fills it", async () => {
    const lines = [
      // A number that is not one (no "Text" item), an address in capitals, hours.
      'data-helpline-name="Acme EAP" data-helpline-phone="+1 (800) 555-0100" data-helpline-sms="javascript:alert(1)" data-helpline-url="HTTPS://eap.example.com/help/" data-helpline-hours="Mon–Fri 9am–5pm"',
      // Markup for a name (the card's own name instead), a short code, hours with markup (none).
      'data-helpline-name="<img src=x onerror=alert(1)>" data-helpline-sms="741741" data-helpline-hours="<b>24/7</b>"',
      // No way to reach the line that passes: a number starting +0, an address with a user in it.
      'data-helpline-name="Acme EAP" data-helpline-phone="+0123456789" data-helpline-url="https://user@evil.example"',
      // Empty values: the card's own name, no hours.
      'data-helpline-name="" data-helpline-phone="988" data-helpline-hours=" "',
    ];
    const cards = [];
    for (const [i, line] of lines.entries()) {
      const card = {};
      for (const [state, path] of [['fallback', `/csp-no-wasm-partner-${i}.html`], ['ready', `/partner-wasm-${i}.html`]]) {
        guide.pages[path] = cspPage(`data-sections="help" ${line}`);
        const { page } = await open(`${guide.url}${path}`);
        assert.equal(await settled(page), state, path);
        card[state] = await page.$eval('recovery-guide', (h) => {
          const first = h.shadowRoot.querySelector('.rg-tiers > li');
          return first.classList.contains('rg-tier--partner') ? first.outerHTML : `not first: ${first.className}`;
        });
        await page.close();
      }
      assert.equal(card.fallback, card.ready, `the same card with and without the wasm: ${line}`);
      cards.push(card.fallback);
    }
    const [acme, unnamed, none, empty] = cards;
    assert.match(none, /^not first/, 'no card where nothing passes');
    assert.match(empty, /Contact this organization's helpline/);
    assert.match(empty, /href="tel:988"/);
    assert.doesNotMatch(empty, /Hours/);
    assert.match(acme, /<h3>Contact Acme EAP<\/h3>/);
    assert.match(acme, /href="tel:\+18005550100"/);
    assert.match(acme, /aria-label="[^"]*1, 8 0 0, 5 5 5, 0 1 0 0/);
    assert.match(acme, /href="https:\/\/eap\.example\.com\/help\/"/);
    assert.match(acme, /Mon–Fri 9am–5pm/);
    assert.doesNotMatch(acme, /sms:|javascript/);
    // A long number goes to the next line alone ("Appelez le / +1 (800)…"), a short code keeps
    // the word before it ("Text / 741741" never).
    assert.match(acme, />Call <span [^>]*>\+1 \(800\) 555-0100</);
    assert.match(unnamed, />Text&nbsp;<span [^>]*>741741</);
    assert.match(unnamed, /Contact this organization's helpline/);
    assert.match(unnamed, /href="sms:741741"/);
    assert.doesNotMatch(unnamed, /<img|onerror|24\/7|tel:|https:/);
  });

  it("the fallback keeps the region's numbers and quick exit by Shift pressed three times", async () => {
    const exit = 'https://exit.example/weather';
    guide.pages['/csp-no-wasm-nz.html'] = cspPage(`data-region="nz" data-exit-url="${exit}"`);
    const { page } = await open(null, {
      beforeLoad: fakeExit,
    });
    await page.goto(`${guide.url}/csp-no-wasm-nz.html`);
    assert.equal(await settled(page), 'fallback');
    const [g] = await guides(page);
    assert.deepEqual(g.helpbar, ['tel:0800787797', 'tel:111']);
    await page.keyboard.press('Shift+A');
    await page.keyboard.press('Shift');
    const status = await page.$eval('recovery-guide', (h) => h.shadowRoot.querySelector('.rg-exit [role=status]').textContent);
    assert.match(status, /2/);
    await page.keyboard.press('Shift');
    await Promise.all([page.waitForURL(exit), page.keyboard.press('Shift')]);
    await page.close();
  });
});

describe("when the page's CSP forbids WebAssembly but allows frames from the guide's origin", () => {
  // The partner's page on its own origin, the guide on another (a CDN), as partners run it.
  const policy = () => `script-src ${guide.url}; frame-src ${guide.url}`;
  const framedPage = (name, attrs = '') =>
    partnerPage(name, `<script src="{{guide}}/recovery-guide.js" async ${attrs}></script>`, {
      head: `<meta http-equiv="Content-Security-Policy" content="${policy()}">`,
    });
  const frameOf = (page) => page.frames().find((f) => f.url().includes('/recovery-guide-frame.html'));

  it('shows the full guide in a frame from the guide origin, sized to its content, with a title', async () => {
    const { page, log } = await open(framedPage('framed'));
    assert.equal(await settled(page), 'ready');
    const outer = await page.$eval('recovery-guide', (h) => {
      const iframe = h.shadowRoot.querySelector('iframe');
      return { title: iframe.title, src: iframe.src, height: iframe.getBoundingClientRect().height, helpbars: h.shadowRoot.querySelectorAll('.rg-helpbar').length };
    });
    assert.match(outer.title, /first steps/);
    assert.ok(outer.src.startsWith(`${guide.url}/recovery-guide-frame.html?`), outer.src);
    assert.equal(outer.helpbars, 0, "one help bar: the frame's own");
    const frame = frameOf(page);
    await frame.waitForFunction(() => document.querySelector('div')?.dataset.rgState === 'ready');
    const inner = await frame.evaluate(() => {
      const root = document.querySelector('div').shadowRoot;
      return {
        steps: root.querySelectorAll('.rg-step').length,
        call: root.querySelector('.rg-helpbar a').getAttribute('href'),
        height: document.querySelector('div').getBoundingClientRect().height,
        scrolls: document.documentElement.scrollHeight > document.documentElement.clientHeight + 1,
      };
    });
    assert.equal(inner.steps, 7);
    assert.equal(inner.call, 'tel:+18006624357');
    assert.equal(inner.scrolls, false, 'the frame never scrolls on its own');
    await page.waitForFunction((h) => {
      const f = document.querySelector('recovery-guide').shadowRoot.querySelector('iframe');
      return Math.abs(f.getBoundingClientRect().height - h) <= 1;
    }, inner.height);
    assert.ok(outer.height > 500, `frame height ${outer.height}`);
    assert.deepEqual(log.errors.filter((e) => !/wasm-unsafe-eval|WebAssembly/.test(e)), []);
    await page.close();
  });

  it('in the frame sized to its content, the slim bar never shows (it could not stick there)', async () => {
    const { page } = await open(framedPage('framed-sticky'));
    assert.equal(await settled(page), 'ready');
    const frame = frameOf(page);
    await frame.waitForFunction(() => document.querySelector('div')?.dataset.rgState === 'ready');
    // The partner's page scrolled past the frame's help bar, the rest of the guide on screen.
    await page.evaluate(() => {
      const f = document.querySelector('recovery-guide').shadowRoot.querySelector('iframe');
      scrollTo(0, scrollY + f.getBoundingClientRect().top + 400);
    });
    await frame.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const seen = await frame.evaluate(() => {
      const root = document.querySelector('div').shadowRoot;
      return {
        helpbarBottom: Math.round(root.querySelector('.rg-helpbar').getBoundingClientRect().bottom),
        shown: root.querySelector('.rg-sticky').classList.contains('rg-sticky--shown'),
        visible: getComputedStyle(root.querySelector('.rg-sticky__bar')).visibility,
      };
    });
    const frameTop = await page.evaluate(() => document.querySelector('recovery-guide').shadowRoot.querySelector('iframe').getBoundingClientRect().top);
    assert.ok(frameTop + seen.helpbarBottom < 0, `the help bar is above the screen (${frameTop} + ${seen.helpbarBottom})`);
    assert.deepEqual({ shown: seen.shown, visible: seen.visible }, { shown: false, visible: 'hidden' });
    await page.close();
  });

  it('titles the frame in the reader language, and quick exit in the frame leaves the whole page', async () => {
    const exit = 'https://exit.example/weather';
    const url = framedPage('framed-es', `data-locale="es" data-exit-url="${exit}"`);
    const { page } = await open(null, {
      beforeLoad: fakeExit,
    });
    await page.goto(url);
    assert.equal(await settled(page), 'ready');
    const title = await page.$eval('recovery-guide', (h) => h.shadowRoot.querySelector('iframe').title);
    assert.match(title, /primeros pasos/);
    const frame = frameOf(page);
    await frame.waitForFunction(() => document.documentElement.lang === 'es');
    await Promise.all([page.waitForURL(exit), frame.locator('.rg-exit .rg-exit__button').click()]);
    await page.close();
  });

  it('webassembly="off" frames the guide at once, and the page sends no CSP report', async () => {
    const { page } = await open(framedPage('framed-quiet', 'data-webassembly="off"'), { beforeLoad: recordViolations });
    assert.equal(await settled(page), 'ready');
    assert.ok(await page.$eval('recovery-guide', (h) => !!h.shadowRoot.querySelector('iframe')));
    assert.deepEqual(await page.evaluate(() => window.__violations), [], 'no violation, so no report');
    // Without the option, the probe is what the page's policy reports.
    const { page: probed } = await open(framedPage('framed-probed'), { beforeLoad: recordViolations });
    assert.equal(await settled(probed), 'ready');
    assert.ok((await probed.evaluate(() => window.__violations)).some((v) => /wasm|script-src/.test(v)), 'the probe is reported');
    await Promise.all([page.close(), probed.close()]);
  });

  it('unmounting removes the frame and its message listener', async () => {
    const { page } = await open(framedPage('framed-unmount'), {
      beforeLoad: (p) => p.addInitScript(() => {
        window.__messageListeners = 0;
        const add = window.addEventListener;
        const remove = window.removeEventListener;
        window.addEventListener = function (type, ...rest) { if (type === 'message') window.__messageListeners++; return add.call(this, type, ...rest); };
        window.removeEventListener = function (type, ...rest) { if (type === 'message') window.__messageListeners--; return remove.call(this, type, ...rest); };
      }),
    });
    assert.equal(await settled(page), 'ready');
    assert.equal(await page.evaluate(() => window.__messageListeners), 1);
    await page.evaluate(() => document.querySelector('recovery-guide').remove());
    await page.waitForFunction(() => window.__messageListeners === 0);
    await page.close();
  });
});

describe('embed by URL, in a site builder\'s fixed-height frame on another origin', () => {
  const exit = 'https://exit.example/weather';
  // A blank page on the partner's origin with only the embed URL in a 400 px frame, as Google
  // Sites, SharePoint or Wix write it.
  const builderPage = (name, { sandbox = '' } = {}) =>
    partnerPage(name, `<iframe id="embed" title="Recovery Guide" style="width:360px;height:400px;border:0" ${sandbox}
      src="{{guide}}/recovery-guide-frame.html?region=uk&exit-url=${encodeURIComponent(exit)}"></iframe>`);
  const frameOf = (page) => page.frames().find((f) => f.url().includes('/recovery-guide-frame.html'));
  const ready = (frame) => frame.waitForFunction(() => document.querySelector('div')?.dataset.rgState === 'ready');

  it('renders the whole guide with its title, and scrolls inside its frame', async () => {
    const { page, log } = await open(builderPage('embed-url'));
    const frame = frameOf(page);
    await ready(frame);
    const inside = await frame.evaluate(() => {
      const root = document.querySelector('div').shadowRoot;
      return {
        call: root.querySelector('.rg-helpbar a').getAttribute('href'),
        steps: root.querySelectorAll('.rg-step').length,
        title: document.title,
        framed: document.documentElement.hasAttribute('data-rg-frame'),
        overflow: document.documentElement.scrollHeight - document.documentElement.clientHeight,
      };
    });
    assert.equal(inside.call, 'tel:+443001236600', 'the UK help bar');
    assert.equal(inside.steps, 7);
    assert.match(inside.title, /first steps/);
    assert.equal(inside.framed, false, 'no loader listens: the page stands alone');
    assert.ok(inside.overflow > 1000, `the guide is taller than its frame (${inside.overflow} px more)`);
    await frame.evaluate(() => window.scrollTo(0, 800));
    assert.ok((await frame.evaluate(() => window.scrollY)) >= 700, 'it scrolls inside its frame');
    assert.equal(await page.$eval('#embed', (f) => f.getBoundingClientRect().height), 400, 'the frame keeps its height');
    assert.deepEqual(log.errors, []);
    await page.close();
  });

  it('the slim bar shows as the guide scrolls inside its frame past the help bar, and not back at the top', async () => {
    const { page } = await open(builderPage('embed-url-sticky'));
    const frame = frameOf(page);
    await ready(frame);
    const bar = () => frame.evaluate(() => {
      const root = document.querySelector('div').shadowRoot;
      const el = root.querySelector('.rg-sticky__bar');
      return { shown: root.querySelector('.rg-sticky').classList.contains('rg-sticky--shown'), visible: getComputedStyle(el).visibility, top: Math.round(el.getBoundingClientRect().top) };
    });
    await frame.evaluate(() => window.scrollTo(0, 800));
    // Where the CSS asks whether the bar is stuck too, that answer can come a frame after the class.
    await frame.waitForFunction(() => getComputedStyle(document.querySelector('div').shadowRoot.querySelector('.rg-sticky__bar')).visibility === 'visible');
    assert.deepEqual(await bar(), { shown: true, visible: 'visible', top: 0 });
    await frame.evaluate(() => window.scrollTo(0, 0));
    await frame.waitForFunction(() => !document.querySelector('div').shadowRoot.querySelector('.rg-sticky--shown'));
    assert.equal((await bar()).visible, 'hidden');
    await page.close();
  });

  it('quick exit replaces the page around the frame', async () => {
    const { page } = await open(null, { beforeLoad: fakeExit });
    await page.goto(builderPage('embed-url-exit'));
    const frame = frameOf(page);
    await ready(frame);
    await Promise.all([page.waitForURL(exit), frame.locator('.rg-exit .rg-exit__button').click()]);
    await page.close();
  });

  it('in a frame sandboxed against leaving the page, quick exit replaces the frame', async () => {
    const { page } = await open(null, { beforeLoad: fakeExit });
    const url = builderPage('embed-url-sandboxed', { sandbox: 'sandbox="allow-scripts allow-same-origin"' });
    await page.goto(url);
    const frame = frameOf(page);
    await ready(frame);
    await frame.locator('.rg-exit .rg-exit__button').click();
    const left = async () => page.frames().some((f) => f.url().startsWith('https://exit.example/'));
    for (let i = 0; i < 50 && !(await left()); i++) await new Promise((r) => setTimeout(r, 100));
    assert.ok(await left(), 'the frame went to the exit page');
    assert.equal(page.url(), url, 'the page itself stays');
    await page.close();
  });
});

// In the fallback the loader says `fallback` as soon as the glue starts building the text, which
// goes in over the next few tasks: a check of the text waits for `selector` to be in the guide.
// An init script: what the guide holds when its host first says `fallback`, and when the error event
// comes.
function textWhenFallback() {
  const held = (error) => {
    const root = document.querySelector('recovery-guide')?.shadowRoot;
    return {
      steps: root ? root.querySelectorAll('.rg-step').length : 0,
      grids: root ? root.querySelectorAll('.rg-grid-block').length : 0,
      tiers: Boolean(root?.querySelector('.rg-tier')),
      footer: Boolean(root?.querySelector('.rg-footer')),
      error,
    };
  };
  document.addEventListener('recovery-guide:error', () => { window.__errorWith = held(true); });
  new MutationObserver((changes) => {
    if (!window.__atFallback && changes.some((c) => c.target.getAttribute('data-rg-state') === 'fallback')) window.__atFallback = held(false);
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-rg-state'] });
}

function cspPage(attrs = '') {
  return html({ title: 'csp', body: `<p>Strict page.</p><script src="/recovery-guide.js" async ${attrs}></script>` });
}

describe('a strict Content-Security-Policy', () => {
  it(`runs the full guide under ${STRICT_POLICY}, with no violation`, async () => {
    guide.pages['/csp-strict.html'] = cspPage();
    const { page, log } = await open(null, {
      beforeLoad: recordViolations,
    });
    await page.goto(`${guide.url}/csp-strict.html`);
    assert.equal(await settled(page), 'ready');
    const [g] = await guides(page);
    assert.equal(g.steps, 7);
    const styled = await page.$eval('recovery-guide', (h) => getComputedStyle(h.shadowRoot.querySelector('.rg-helpbar')).display);
    assert.equal(styled, 'flex', 'styles apply without unsafe-inline');
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(log.errors, []);
    await page.close();
  });
});

describe("the README's policy, on a partner's origin with the guide on another", () => {
  it('runs the full guide with no violation and no inline style or script allowed', async () => {
    // Exactly the README's line, with the guide's origin for the CDN, plus a strict default.
    const policy = `default-src 'self'; style-src 'self'; script-src 'self' ${guide.url} 'wasm-unsafe-eval'; connect-src 'self' ${guide.url}`;
    const url = partnerPage('readme-policy', '<script src="{{guide}}/recovery-guide.js" async></script>', {
      head: `<meta http-equiv="Content-Security-Policy" content="${policy}">`,
    });
    const { page, log } = await open(null, {
      beforeLoad: recordViolations,
    });
    await page.goto(url);
    assert.equal(await settled(page), 'ready');
    const [g] = await guides(page);
    assert.equal(g.steps, 7);
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    assert.deepEqual(log.errors, []);
    await page.close();
  });
});

describe('privacy', () => {
  it('asks only the guide origin, and sets no cookie or storage', async () => {
    const url = partnerPage('privacy', '<script src="{{guide}}/recovery-guide.js" async></script>');
    const origins = new Set();
    const { page } = await open(null, { beforeLoad: (p) => p.on('request', (r) => origins.add(new URL(r.url()).origin)) });
    await page.goto(url);
    assert.equal(await settled(page), 'ready');
    assert.deepEqual([...origins].sort(), [guide.url, site.url].sort(), 'the page itself and the guide origin only');
    const stored = await page.evaluate(() => ({ cookie: document.cookie, local: localStorage.length, session: sessionStorage.length }));
    assert.deepEqual(stored, { cookie: '', local: 0, session: 0 });
    assert.deepEqual(await page.context().cookies(), []);
    await page.close();
  });
});

describe('one markup for the first frame', () => {
  // The loader draws the help bar from a tree the build renders from the Rust HelpBar component
  // (tools/first_frame.rs). Here the first frame (the wasm never arrives) and the guide's own help
  // bar are read the same way, for every region in both languages, and must be the same.
  const body = () =>
    LOCALES
      .flatMap((locale) => REGIONS.map((region) => `<recovery-guide region="${region}" locale="${locale}"></recovery-guide>`))
      .join('\n');
  // Each help bar as [tag, sorted attributes, children], adjacent text joined; the live region's
  // words are left out (the guide fills them as Shift is pressed).
  const readBars = (page) =>
    page.$$eval('recovery-guide', (hosts) => {
      const read = (el) => {
        const children = [];
        for (const n of el.childNodes) {
          if (n.nodeType === Node.TEXT_NODE) {
            if (typeof children[children.length - 1] === 'string') children[children.length - 1] += n.data;
            else children.push(n.data);
          } else if (n.nodeType === Node.ELEMENT_NODE) children.push(read(n));
        }
        const attrs = [...el.attributes].map((a) => `${a.name}=${a.value}`).sort();
        const live = el.hasAttribute('aria-live');
        return [el.localName, attrs, live ? [] : children.filter((c) => c !== '')];
      };
      return hosts.map((h) => read(h.shadowRoot.querySelector('.rg-helpbar')));
    });

  it('the help bar before the WebAssembly is the guide\'s own, in every region and language', async () => {
    const url = partnerPage('first-frame', body(), { head: '<script src="{{guide}}/recovery-guide.js" async></script>' });
    const first = await open(url, { beforeLoad: (p) => p.route('**/*.wasm', (route) => route.abort()) });
    assert.equal(await settled(first.page), 'fallback');
    const before = await readBars(first.page);
    const full = await open(url);
    assert.equal(await settled(full.page), 'ready');
    const after = await readBars(full.page);
    assert.equal(before.length, LOCALES.length * REGIONS.length);
    for (let i = 0; i < after.length; i++) assert.deepEqual(before[i], after[i], `guide ${i}`);
    // Every region's own numbers are in its first frame.
    const hrefs = before.map((bar) => bar[2][0][1].find((a) => a.startsWith('href=')));
    assert.equal(new Set(hrefs.slice(0, REGIONS.length)).size, REGIONS.length, hrefs.join(' '));
    await first.page.close();
    await full.page.close();
  });
});

describe('on a right-to-left page', () => {
  // <html dir="rtl" lang="ar">: the guide keeps its own direction, so a phone number is never
  // drawn out of order; before the WebAssembly (first frame) and after.
  const rtlPage = (name) => {
    site.pages[`/${name}.html`] = `<!doctype html><html dir="rtl" lang="ar"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${name}</title>
<script src="${guide.url}/recovery-guide.js" async></script></head>
<body><p>صفحة الشريك</p><recovery-guide></recovery-guide></body></html>`;
    return `${site.url}/${name}.html`;
  };
  // The main number's first and last characters, as laid out: left to right means first < last.
  const numberLayout = (page) =>
    page.evaluate(() => {
      const root = document.querySelector('recovery-guide').shadowRoot;
      const number = root.querySelector('.rg-helpbar .rg-call__number').firstChild;
      const at = (i) => {
        const range = document.createRange();
        range.setStart(number, i);
        range.setEnd(number, i + 1);
        return range.getBoundingClientRect().left;
      };
      return {
        text: number.data,
        leftToRight: at(0) < at(number.data.length - 1),
        direction: getComputedStyle(root.querySelector('.rg-root')).direction,
      };
    });

  it('lays the main number out left to right, in the first frame and in the guide', async () => {
    const first = await open(rtlPage('rtl-first'), { beforeLoad: (p) => p.route('**/*.wasm', (route) => route.abort()) });
    assert.equal(await settled(first.page), 'fallback');
    assert.deepEqual(await numberLayout(first.page), { text: '1-800-662-HELP (4357)', leftToRight: true, direction: 'ltr' });
    const full = await open(rtlPage('rtl-full'));
    assert.equal(await settled(full.page), 'ready');
    assert.deepEqual(await numberLayout(full.page), { text: '1-800-662-HELP (4357)', leftToRight: true, direction: 'ltr' });
    // The help bar looks the same as on a left-to-right page: each part where it is there (to
    // the pixel; a screenshot would differ by the page's own sub-pixel offset).
    const ltr = await open(partnerPage('ltr-same', '<recovery-guide></recovery-guide>', { head: '<script src="{{guide}}/recovery-guide.js" async></script>' }));
    assert.equal(await settled(ltr.page), 'ready');
    const parts = (page) =>
      page.evaluate(() => {
        const root = document.querySelector('recovery-guide').shadowRoot;
        const bar = root.querySelector('.rg-helpbar').getBoundingClientRect();
        return ['.rg-helpbar__main', '.rg-call__number', '.rg-helpbar__emergency', '.rg-exit__button', '.rg-exit__hint'].map((sel) => {
          const r = root.querySelector(`.rg-helpbar ${sel}`).getBoundingClientRect();
          return [sel, Math.round(r.left - bar.left), Math.round(r.top - bar.top), Math.round(r.width), Math.round(r.height)];
        });
      });
    assert.deepEqual(await parts(full.page), await parts(ltr.page));
    for (const p of [first.page, full.page, ltr.page]) await p.close();
  });
});
