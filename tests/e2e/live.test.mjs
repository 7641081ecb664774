// Live options (issue 17 item 1): a changed attribute on a mounted <recovery-guide>, or the API
// handle's `update(options)`, draws that guide again with the new options, in place. The reader's
// open steps and questions and their audience stay; a bad value warns once; there is never a
// second guide or a stale help bar; several changes in one task draw once.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serve } from '../support/serve.mjs';
import { eventListeners, html, launch, nextFrame, open } from '../support/browser.mjs';

const DIST = join(import.meta.dirname, '..', '..', 'dist');
const US = 'tel:+18006624357';
const UK = 'tel:+443001236600';
const CA = 'tel:+18886886677';
let browser;
let server;

before(async () => {
  browser = await launch();
  server = await serve({ roots: { '/': DIST } });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** A page with `body`, the loader after it, counting each guide's ready events. */
async function page(name, body) {
  server.pages[`/${name}.html`] = html({
    title: name,
    body: `${body}<script>window.__ready = 0; document.addEventListener('recovery-guide:ready', () => { window.__ready += 1; });</script>
<script src="/recovery-guide.js" data-mount="elements"></script>`,
  });
  return open(browser, `${server.url}/${name}.html`);
}

/** What one guide shows: its state, help bar, language, slim bar call, and how many guides. */
const shows = (page, selector = 'recovery-guide') => page.$eval(selector, (host) => {
  const root = host.shadowRoot;
  const checked = root.querySelector('input[name=rg-audience]:checked');
  return {
    state: host.dataset.rgState,
    call: root.querySelector('.rg-helpbar a').getAttribute('href'),
    sticky: root.querySelector('.rg-sticky a')?.getAttribute('href'),
    lang: root.querySelector('.rg-root').getAttribute('lang'),
    guides: root.querySelectorAll('.rg-guide').length,
    helpbars: root.querySelectorAll('.rg-helpbar').length,
    audience: root.querySelector('.rg-guide').dataset.audience,
    chosen: checked ? checked.value : null,
    open: [...root.querySelectorAll('.rg-step__details[open], .rg-question[open]')]
      .map((d) => (d.classList.contains('rg-question') ? d.id : d.parentElement.id)),
    // The first grid's two picks (narrow screens) and the options its two-column table shows.
    picks: [...root.querySelectorAll('.rg-grid-block')[0].querySelectorAll('.rg-pick select')].map((s) => s.value),
    side: [...root.querySelectorAll('.rg-grid-block')[0].querySelectorAll('.rg-pick thead th')].map((th) => th.textContent),
  };
});

/** Picks option `value` in the first grid's select number `k`, as a reader does. */
const pick = (page, k, value) => page.$eval('recovery-guide', (host, [k, value]) => {
  const select = host.shadowRoot.querySelectorAll('.rg-grid-block')[0].querySelectorAll('.rg-pick select')[k];
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}, [k, value]);

const readyCount = (page, n) => page.waitForFunction((count) => window.__ready >= count, n, { timeout: 15000 });

describe('live attributes on <recovery-guide>', () => {
  it('redraws in place with the new region and locale, once for changes made in one task, and keeps what the reader opened and chose', async () => {
    const { page: p, log } = await page('live-element', '<recovery-guide region="uk"></recovery-guide>');
    await readyCount(p, 1);
    // The reader opens a step and a question and reads for someone they care about.
    await p.evaluate(() => {
      const root = document.querySelector('recovery-guide').shadowRoot;
      root.querySelector('#rg-step-detox summary').click();
      root.querySelector('#rg-q-cost summary').click();
      root.querySelector('input[name=rg-audience][value=loved-one]').click();
    });
    // And picks naltrexone and methadone to see side by side.
    await pick(p, 0, '2');
    await pick(p, 1, '0');
    const before = await shows(p);
    assert.deepEqual([before.call, before.lang, before.audience, before.open.sort()], [UK, 'en', 'loved-one', ['rg-q-cost', 'rg-step-detox']]);
    assert.deepEqual([before.picks, before.side], [['2', '0'], ['Naltrexone', 'Methadone']]);

    // Two attributes in one task; every guide drawn into the shadow root is counted.
    await p.evaluate(() => {
      const host = document.querySelector('recovery-guide');
      window.__host = host;
      window.__drawn = 0;
      new MutationObserver((records) => {
        for (const r of records) window.__drawn += [...r.addedNodes].filter((n) => n.classList?.contains('rg-guide')).length;
      }).observe(host.shadowRoot, { childList: true, subtree: true });
      host.setAttribute('region', 'us');
      host.setAttribute('locale', 'es');
    });
    await readyCount(p, 2);
    await nextFrame(p);
    const after = await shows(p);
    assert.equal(after.call, US, 'the new region\'s helpline');
    assert.equal(after.sticky, US, 'the slim bar too');
    assert.equal(after.lang, 'es', 'the new locale');
    assert.deepEqual([after.guides, after.helpbars], [1, 1], 'one guide, one help bar');
    assert.deepEqual([after.audience, after.chosen], ['loved-one', 'loved-one'], 'the reader\'s audience stays');
    assert.deepEqual(after.open.sort(), ['rg-q-cost', 'rg-step-detox'], 'what the reader opened stays open');
    assert.deepEqual([after.picks, after.side], [['2', '0'], ['Naltrexona', 'Metadona']], 'what the reader picked to compare stays, in the new words');
    assert.equal(await p.evaluate(() => window.__drawn), 1, 'drawn once for both changes');
    assert.equal(await p.evaluate(() => window.__ready), 2, 'ready once more');
    assert.ok(await p.evaluate(() => document.querySelector('recovery-guide') === window.__host), 'the same element');
    // Spanish words in the new guide, the behaviour working: "Show all" opens every step.
    const words = await p.$eval('recovery-guide', (h) => h.shadowRoot.querySelector('.rg-journey h2').textContent);
    assert.match(words, /paso/i);
    await p.$eval('recovery-guide', (h) => h.shadowRoot.querySelector('.rg-show-all').click());
    const steps = await p.$eval('recovery-guide', (h) => [...h.shadowRoot.querySelectorAll('.rg-step__details')].every((d) => d.open));
    assert.ok(steps, 'the new guide has its behaviour');
    // The comparison's behaviour starts from the kept picks: picking the other column's option swaps them.
    await pick(p, 0, '0');
    const swapped = await shows(p);
    assert.deepEqual([swapped.picks, swapped.side], [['0', '2'], ['Metadona', 'Naltrexona']]);
    assert.deepEqual(log.errors, []);
    await p.close();
  });

  it('a bad value warns once, however often the guide is drawn again; attributes that are not options draw nothing', async () => {
    const { page: p, log } = await page('live-warn', '<recovery-guide region="uk"></recovery-guide>');
    await readyCount(p, 1);
    await p.evaluate(() => document.querySelector('recovery-guide').setAttribute('theme', 'blue'));
    await readyCount(p, 2);
    await p.evaluate(() => document.querySelector('recovery-guide').setAttribute('region', 'ca'));
    await readyCount(p, 3);
    await p.evaluate(() => {
      const host = document.querySelector('recovery-guide');
      host.setAttribute('class', 'partner-class');
      host.setAttribute('style', 'margin: 1px');
      host.id = 'mine';
    });
    await nextFrame(p);
    await nextFrame(p);
    assert.equal(await p.evaluate(() => window.__ready), 3, 'no redraw for class, style or id');
    assert.equal((await shows(p)).call, CA);
    const theme = log.warnings.filter((w) => w.includes('option "theme"'));
    assert.equal(theme.length, 1, log.warnings.join('\n'));
    assert.deepEqual(log.errors, []);
    await p.close();
  });

  it('an attribute changed before the guide has loaded still wins, with no stale help bar left', async () => {
    // The element is added and changed in one task, before the loader's glue can come.
    const { page: p, log } = await page('live-early', `<div id="slot"></div><script>
      addEventListener('DOMContentLoaded', () => {
        const el = document.createElement('recovery-guide');
        el.setAttribute('region', 'uk');
        document.getElementById('slot').append(el);
        setTimeout(() => el.setAttribute('region', 'ca'));
      });
    </script>`);
    await p.waitForFunction(() => document.querySelector('recovery-guide')?.dataset.rgState === 'ready', null, { timeout: 15000 });
    await nextFrame(p);
    const now = await shows(p);
    assert.deepEqual([now.call, now.sticky, now.guides, now.helpbars], [CA, CA, 1, 1]);
    assert.deepEqual(log.errors, []);
    await p.close();
  });

  it('an attribute changed while the text is in but the wasm waits for an idle page wins, and the guide is mounted once', async () => {
    server.pages['/live-loading.html'] = html({
      title: 'loading',
      body: `<recovery-guide></recovery-guide><script>window.__ready = 0; document.addEventListener('recovery-guide:ready', () => { window.__ready += 1; });</script>
<script src="/recovery-guide.js" data-mount="elements"></script>`,
    });
    // Idle callbacks are held until the test lets them run: the first start waits there.
    const { page: p, log } = await open(browser, `${server.url}/live-loading.html`, {
      beforeLoad: (pg) => pg.addInitScript(() => {
        window.__idle = [];
        window.requestIdleCallback = (cb) => window.__idle.push(cb);
      }),
    });
    await p.waitForFunction(() => window.__idle.length > 0);
    assert.equal(await p.$eval('recovery-guide', (h) => h.dataset.rgState), 'loading');
    await p.evaluate(() => document.querySelector('recovery-guide').setAttribute('audience', 'loved-one'));
    await readyCount(p, 1);
    // The first start goes on now; it must not mount the guide again with the old options.
    await p.evaluate(() => window.__idle.splice(0).forEach((cb) => cb({ didTimeout: false, timeRemaining: () => 50 })));
    await p.waitForTimeout(500);
    await nextFrame(p);
    const now = await shows(p);
    assert.deepEqual([now.state, now.audience, now.chosen, now.guides, now.helpbars], ['ready', 'loved-one', 'loved-one', 1, 1]);
    assert.equal(await p.evaluate(() => window.__ready), 1, 'mounted once');
    assert.deepEqual(log.errors, []);
    await p.close();
  });

  it('removing an attribute goes back to the page-wide default', async () => {
    server.pages['/live-defaults.html'] = html({
      title: 'defaults',
      body: `<recovery-guide region="uk"></recovery-guide><script>window.__ready = 0; document.addEventListener('recovery-guide:ready', () => { window.__ready += 1; });</script>
<script src="/recovery-guide.js" data-mount="elements" data-region="ca"></script>`,
    });
    const { page: p } = await open(browser, `${server.url}/live-defaults.html`);
    await readyCount(p, 1);
    assert.equal((await shows(p)).call, UK);
    await p.evaluate(() => document.querySelector('recovery-guide').removeAttribute('region'));
    await readyCount(p, 2);
    assert.equal((await shows(p)).call, CA);
    await p.close();
  });
});

describe('RecoveryGuide.mount(…).update(options)', () => {
  it('redraws with the new options, before and after the guide has loaded, and leaves nothing behind', async () => {
    const { page: p, log } = await page('live-api', '<div id="target"></div>');
    const keys = async () => (await eventListeners(p, ['document'])).filter((l) => l.type === 'keydown' || l.type === 'keyup').length;
    const baseline = await keys();
    // At once, before the glue: the help bar is the new region's in the same task.
    const early = await p.evaluate(() => {
      window.__handle = window.RecoveryGuide.mount(document.getElementById('target'), { region: 'uk' });
      window.__handle.update({ region: 'ca', locale: 'fr' });
      const root = document.getElementById('target').shadowRoot;
      return [root.querySelector('.rg-helpbar a').getAttribute('href'), root.querySelectorAll('.rg-guide').length];
    });
    assert.deepEqual(early, [CA, 1]);
    await readyCount(p, 1);
    let now = await shows(p, '#target');
    assert.deepEqual([now.call, now.lang, now.guides], [CA, 'fr', 1]);

    // Once loaded: three updates in one task draw the last.
    await p.evaluate(() => {
      window.__handle.update({ region: 'uk' });
      window.__handle.update({ region: 'us', audience: 'loved-one' });
      window.__handle.update({ region: 'us', locale: 'es', start: 'detox' });
    });
    await readyCount(p, 2);
    await nextFrame(p);
    now = await shows(p, '#target');
    assert.deepEqual([now.call, now.lang, now.guides, now.helpbars], [US, 'es', 1, 1]);
    assert.ok(now.open.includes('rg-step-detox'), 'start opens its step');
    assert.equal(await p.evaluate(() => window.__ready), 2);

    await p.evaluate(() => window.__handle.unmount());
    await p.evaluate(() => window.__handle.update({ region: 'uk' }));
    await nextFrame(p);
    assert.equal(await p.evaluate(() => document.getElementById('target').shadowRoot.childElementCount), 0, 'an unmounted handle draws nothing');
    assert.equal(await keys(), baseline, 'no key listener left');
    assert.deepEqual(log.errors, []);
    await p.close();
  });

  it('a handle from an earlier mount no longer reaches the element', async () => {
    const { page: p } = await page('live-stale', '<div id="target"></div>');
    await p.evaluate(() => {
      const target = document.getElementById('target');
      window.__old = window.RecoveryGuide.mount(target, { region: 'uk' });
      window.__new = window.RecoveryGuide.mount(target, { region: 'nz' });
    });
    await readyCount(p, 1);
    await p.evaluate(() => window.__old.update({ region: 'us' }));
    await nextFrame(p);
    assert.equal((await shows(p, '#target')).call, 'tel:0800787797');
    await p.close();
  });
});

describe('live attributes where WebAssembly is forbidden', () => {
  it('a framed guide opens again with the new options', async () => {
    const { page: p, log } = await page('live-framed', '<recovery-guide region="uk" webassembly="off"></recovery-guide>');
    await readyCount(p, 1);
    const src = () => p.$eval('recovery-guide', (h) => h.shadowRoot.querySelector('iframe')?.src);
    assert.match(await src(), /region=uk/);
    await p.evaluate(() => document.querySelector('recovery-guide').setAttribute('region', 'ca'));
    await readyCount(p, 2);
    assert.match(await src(), /region=ca/);
    assert.equal(await p.$eval('recovery-guide', (h) => h.shadowRoot.querySelectorAll('iframe').length), 1);
    assert.deepEqual(log.errors, []);
    await p.close();
  });
});
