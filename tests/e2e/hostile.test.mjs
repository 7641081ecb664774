// A good guest on a hostile page: aggressive global CSS must not change how the guide looks or
// measures, and every bad option must end in one warning, no markup and a working guide.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serve } from '../support/serve.mjs';
import { eventListeners, html, launch, nextFrame, open as openPage, settled } from '../support/browser.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
let browser;
let server;

before(async () => {
  browser = await launch();
  server = await serve({
    roots: { '/': join(ROOT, 'dist'), '/vendor/': join(ROOT, 'node_modules', 'bootstrap', 'dist', 'css') },
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

function page(name, { head = '', body }) {
  server.pages[`/${name}.html`] = html({ title: name, head, body });
  return `${server.url}/${name}.html`;
}

/** A new page that records warnings, errors and dialogs; `waitUntil` as Playwright's goto. */
const open = (url, options) => openPage(browser, url, options);

describe('aggressive global CSS', () => {
  const HOSTILE = `<link rel="stylesheet" href="/vendor/bootstrap.min.css"><style>
html{font-size:62.5%}
body{font:30px/3 serif;color:red;letter-spacing:2px}
*{box-sizing:content-box!important}
button{display:none!important}
h2,h3,p,a,li{margin:40px!important;text-transform:uppercase}
</style>`;
  const BODY = '<main style="width:720px"><recovery-guide></recovery-guide></main><script src="/recovery-guide.js" async data-mount="elements"></script>';

  // Computed styles and sizes of the guide's headings, text, links and buttons.
  async function look(p) {
    return p.$eval('recovery-guide', (host) => {
      const root = host.shadowRoot;
      const pick = (sel) => {
        const el = root.querySelector(sel);
        if (!el) return null;
        const s = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        return {
          font: `${s.fontFamily} ${s.fontSize} ${s.fontWeight} ${s.lineHeight}`,
          color: s.color,
          spacing: `${s.letterSpacing} ${s.textTransform} ${s.margin}`,
          display: s.display,
          box: s.boxSizing,
          size: `${Math.round(r.width)}x${Math.round(r.height)}`,
        };
      };
      const sels = ['.rg-journey h2', '.rg-journey .rg-intro', '.rg-helpbar__main', '.rg-exit__button',
        '.rg-step summary', '.rg-compare h2', '.rg-tier h3', '.rg-tier li', '.rg-footer p'];
      return {
        parts: Object.fromEntries(sels.map((s) => [s, pick(s)])),
        height: Math.round(root.querySelector('.rg-guide').getBoundingClientRect().height),
      };
    });
  }

  it('the guide looks and measures the same as on a plain page', async () => {
    const plain = await open(page('plain', { body: BODY }));
    const hostile = await open(page('hostile', { head: HOSTILE, body: BODY }));
    assert.equal(await settled(plain.page), 'ready');
    assert.equal(await settled(hostile.page), 'ready');
    const a = await look(plain.page);
    const b = await look(hostile.page);
    for (const [sel, style] of Object.entries(a.parts)) assert.ok(style, `${sel} is rendered`);
    assert.deepEqual(b, a);
    // The host's own page is really hostile: its buttons are gone and its text is 30px red serif.
    const hostText = await hostile.page.evaluate(() => getComputedStyle(document.body).fontSize);
    assert.equal(hostText, '30px');
    await plain.page.close();
    await hostile.page.close();
  });
});

describe('bad options', () => {
  const phone = 'helpline-phone="+18005550100"';
  // [option, attributes]: each element has exactly one bad value.
  const BAD = [
    ['locale', 'locale="klingon"'],
    ['locale', 'locale="<img src=x onerror=window.__pwned=1>"'],
    ['region', 'region="mars"'],
    ['region', 'region="us&quot;&gt;&lt;script&gt;window.__pwned=1&lt;/script&gt;"'],
    ['sections', 'sections="journey,shopping"'],
    ['audience', 'audience="everyone"'],
    ['helpline-phone', 'helpline-phone="javascript:alert(1)"'],
    ['helpline-phone', 'helpline-phone="call me maybe"'],
    ['helpline-sms', 'helpline-sms="javascript:alert(1)"'],
    ['helpline-url', 'helpline-url="javascript:alert(1)"'],
    ['helpline-url', 'helpline-url="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;"'],
    ['helpline-url', 'helpline-url="http://insecure.example"'],
    ['helpline-name', `${phone} helpline-name="&lt;img src=x onerror=alert(1)&gt;"`],
    ['helpline-name', `${phone} helpline-name="${'A'.repeat(5000)}"`],
    ['helpline-hours', `${phone} helpline-hours="&lt;script&gt;alert(1)&lt;/script&gt;${'9'.repeat(300)}"`],
    ['exit-url', 'exit-url="javascript:alert(1)"'],
    ['exit-url', 'exit-url="data:text/html,hi"'],
    ['exit-url', 'exit-url="http://example.com"'],
    ['exit-url', 'exit-url="https://user@evil.example"'],
    ['quick-exit', 'quick-exit="maybe"'],
    ['theme', 'theme="dark;}body{background:red"'],
    ['theme', 'theme="url(javascript:alert(1))"'],
    ['start', 'start="step-99"'],
    ['exit-url', `exit-url="https://example.com/${'a'.repeat(2100)}"`],
    ['theme', 'theme="light&quot; onload=&quot;alert(1)"'],
    // Names every object has are neither a region nor a locale.
    ['region', 'region="constructor"'],
    ['region', 'region="__proto__"'],
    ['locale', 'locale="toString"'],
    ['locale', 'locale="hasOwnProperty"'],
  ];

  it(`${BAD.length} bad values: one warning each, no dialog, no injected element, every guide renders`, async () => {
    const body = BAD.map(([, attrs]) => `<recovery-guide ${attrs}></recovery-guide>`).join('\n') +
      '<script src="/recovery-guide.js" async data-mount="elements"></script>';
    // The page's own elements, before the guide runs: the guide must add none outside its roots.
    const { page: p, log } = await open(page('bad-options', { body }), { waitUntil: 'domcontentloaded' });
    const lightDom = () => p.evaluate(() => [...document.querySelectorAll('*')].filter((e) => e.localName !== 'recovery-guide').map((e) => e.localName).join(','));
    const before = await lightDom();
    await settled(p);
    assert.equal(await lightDom(), before, 'no element added to the page outside the shadow roots');
    const states = await p.$$eval('recovery-guide', (hosts) => hosts.map((h) => h.dataset.rgState));
    assert.deepEqual(states, BAD.map(() => 'ready'));
    assert.equal(log.dialogs, 0);
    assert.deepEqual(log.errors, []);
    const warned = log.warnings.map((w) => /option "([a-z-]+)"/.exec(w)?.[1]).sort();
    assert.deepEqual(warned, BAD.map(([option]) => option).sort(), log.warnings.join('\n'));
    const injected = await p.evaluate(() => ({
      pwned: '__pwned' in window,
      scripts: [...document.querySelectorAll('recovery-guide')].reduce(
        (n, h) => n + h.shadowRoot.querySelectorAll('script, style, link, img, iframe, object, embed, [onerror], [onclick], [onmouseover], [onload], [style]').length, 0),
      dangerous: [...document.querySelectorAll('recovery-guide')].flatMap((h) =>
        [...h.shadowRoot.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')))
        // The guide's one link of its own within itself: the journey's, to the overdose steps.
        .filter((href) => !/^(tel:|sms:|https:\/\/)/.test(href) && href !== '#rg-overdose'),
    }));
    assert.deepEqual(injected, { pwned: false, scripts: 0, dangerous: [] });
    // CSS in a theme value changes nothing: those guides look like the default (light) one.
    const looks = await p.$$eval('recovery-guide', (hosts) => hosts.map((h) => {
      const guide = getComputedStyle(h.shadowRoot.querySelector('.rg-guide'));
      return `${h.getAttribute('theme') ? 'theme' : 'other'} ${guide.backgroundColor} ${guide.color}`;
    }));
    assert.equal(new Set(looks.map((l) => l.replace(/^\w+ /, ''))).size, 1, looks.join('\n'));
    await p.close();
  });
});

describe('many guides, and many mounts', () => {
  it('two instances with different locale, region and theme on one page', async () => {
    const body = `<recovery-guide locale="en" region="us" theme="light"></recovery-guide>
<recovery-guide locale="es" region="uk" theme="dark"></recovery-guide>
<script src="/recovery-guide.js" async data-mount="elements"></script>
<script src="/recovery-guide.js" async data-mount="elements"></script>`;
    const { page: p, log } = await open(page('two-locales', { body }));
    await settled(p);
    const seen = await p.$$eval('recovery-guide', (hosts) => hosts.map((h) => {
      const root = h.shadowRoot.querySelector('.rg-root');
      return {
        state: h.dataset.rgState,
        lang: root.getAttribute('lang'),
        theme: root.getAttribute('data-theme'),
        bar: [...h.shadowRoot.querySelectorAll('.rg-helpbar a')].map((a) => a.getAttribute('href')),
        title: h.shadowRoot.querySelector('.rg-journey h2').textContent,
        background: getComputedStyle(h.shadowRoot.querySelector('.rg-guide')).backgroundColor,
      };
    }));
    assert.deepEqual(seen.map(({ background, ...rest }) => rest), [
      { state: 'ready', lang: 'en', theme: 'light', bar: ['tel:+18006624357', 'tel:911'], title: 'What to expect, step by step' },
      { state: 'ready', lang: 'es', theme: 'dark', bar: ['tel:+443001236600', 'tel:999'], title: 'Qué esperar, paso a paso' },
    ]);
    assert.notEqual(seen[0].background, seen[1].background, 'light and dark differ');
    assert.deepEqual(log.errors, []);
    await p.close();
  });

  it('100 cycles of adding and removing an element: no errors, no listener growth, memory back near its start', async () => {
    const { page: p, log } = await open(page('cycles', { body: '<div id="slot"></div><script src="/recovery-guide.js" async data-mount="elements"></script>' }));
    await p.waitForFunction(() => window.RecoveryGuide);
    const cdp = await p.context().newCDPSession(p);
    const listeners = async () => (await eventListeners(p)).length;
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    // The wasm's linear memory never shrinks, so a leak shows as growth: every live
    // WebAssembly.Memory on the page, found through the DevTools protocol.
    const wasmMemory = async () => {
      const { result: proto } = await cdp.send('Runtime.evaluate', { expression: 'WebAssembly.Memory.prototype' });
      const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.objectId });
      const { result } = await cdp.send('Runtime.callFunctionOn', {
        objectId: objects.objectId,
        functionDeclaration: 'function () { return this.reduce((n, m) => n + m.buffer.byteLength, 0); }',
        returnByValue: true,
      });
      return result.value;
    };
    // Mount until the guide says it is ready, then remove until it has unmounted (its state goes).
    const cycle = () => p.evaluate(async () => {
      const el = document.createElement('recovery-guide');
      const ready = new Promise((done) => el.addEventListener('recovery-guide:ready', done, { once: true }));
      document.getElementById('slot').appendChild(el);
      await ready;
      const unmounted = new Promise((done) => {
        const watch = new MutationObserver(() => {
          if (!el.hasAttribute('data-rg-state')) {
            watch.disconnect();
            done();
          }
        });
        watch.observe(el, { attributes: true, attributeFilter: ['data-rg-state'] });
      });
      el.remove();
      await unmounted;
    });
    // Warm up (the wasm loads once), then measure.
    await cycle();
    const startListeners = await listeners();
    const startHeap = await heap();
    // A few more cycles first, so the wasm allocator has reached its working size.
    for (let i = 0; i < 5; i++) await cycle();
    const startWasm = await wasmMemory();
    for (let i = 0; i < 100; i++) await cycle();
    const endListeners = await listeners();
    const endHeap = await heap();
    const endWasm = await wasmMemory();
    assert.ok(startWasm > 0, 'the wasm memory was found');
    assert.ok(endWasm - startWasm <= 1024 * 1024, `wasm memory grew from ${startWasm} to ${endWasm} bytes over 100 cycles`);
    assert.deepEqual(log.errors, []);
    assert.equal(endListeners, startListeners, 'listeners on window and document');
    const grownKiB = (endHeap - startHeap) / 1024;
    // The JS heap comes back near its start; the wasm memory (above) does not grow.
    assert.ok(grownKiB < 512, `JS heap grew ${grownKiB.toFixed(0)} KiB over 100 cycles`);
    await p.close();
  });
});

describe('no cost to the host', () => {
  // Layout shifts of the host page while the guide loads and takes over, summed as CLS is: every
  // frame up to the one after the guide settled (its last part is in by then), delivered or not.
  async function layoutShift(url, { blockWasm = false, width = 1280 } = {}) {
    const p = await browser.newPage({ viewport: { width, height: 900 } });
    if (blockWasm) await p.route('**/*.wasm', (r) => r.abort());
    await p.addInitScript(() => {
      window.__shift = 0;
      const add = (entries) => {
        for (const e of entries) if (!e.hadRecentInput) window.__shift += e.value;
      };
      window.__shifts = new PerformanceObserver((list) => add(list.getEntries()));
      window.__shifts.observe({ type: 'layout-shift', buffered: true });
      window.__shiftTotal = () => {
        add(window.__shifts.takeRecords());
        return window.__shift;
      };
    });
    await p.goto(url);
    const state = await settled(p);
    await nextFrame(p);
    const shift = await p.evaluate(() => window.__shiftTotal());
    await p.close();
    return { state, shift };
  }
  const around = (guide) => `<h1>Partner page</h1><p>The partner's words above the guide.</p>${guide}
<p id="below">The partner's words below the guide.</p>`;

  // The element, with the one CSS rule the README gives partners to reserve its room.
  const reserved = '<style>recovery-guide:not(:defined){display:block;min-height:100vh}</style>';
  const element = (attrs = '') => around(`<recovery-guide ${attrs}></recovery-guide><script src="/recovery-guide.js" async data-mount="elements"></script>`);

  it('the full guide, on a phone and on a desktop: CLS 0', async () => {
    for (const width of [320, 1280]) {
      const url = page(`cls-${width}`, { head: reserved, body: element() });
      assert.deepEqual(await layoutShift(url, { width }), { state: 'ready', shift: 0 }, `${width} px`);
    }
  });

  it('a short guide (help only), and the fallback: CLS 0', async () => {
    const help = page('cls-help', { head: reserved, body: element('sections="help"') });
    assert.deepEqual(await layoutShift(help), { state: 'ready', shift: 0 });
    const fallback = page('cls-fallback', { head: reserved, body: element() });
    assert.deepEqual(await layoutShift(fallback, { blockWasm: true }), { state: 'fallback', shift: 0 });
  });
});

describe('the wasm waits for an idle page', () => {
  it('the guide\'s text comes at once; its wasm is asked for once the text is in, started only once the page is idle, then the guide becomes ready', async () => {
    const p = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // Idle callbacks are held until the test lets them run.
    await p.addInitScript(() => {
      window.__idle = [];
      window.requestIdleCallback = (cb) => window.__idle.push(cb);
      // Whether the whole text (the footer, the last part) was in the page when the wasm was asked for.
      const real = window.fetch;
      window.fetch = function (input, init) {
        if (String(input).endsWith('.wasm')) window.__textAtWasm = !!document.querySelector('recovery-guide').shadowRoot.querySelector('.rg-body > .rg-footer');
        return real.call(this, input, init);
      };
      // The guide's parts as they come: those placed in one task come in one batch of records.
      window.__batches = [];
      window.__skipped = [];
      // What each task drew for good (took `rg-later` off): [class, elements in it] per item.
      window.__drawn = [];
      // How many frames had been drawn when each batch of parts came.
      window.__placedAt = [];
      window.__frames = 0;
      const frame = () => { window.__frames += 1; requestAnimationFrame(frame); };
      requestAnimationFrame(frame);
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init) {
        const root = attach.call(this, init);
        new MutationObserver((records) => {
          // What a frame drew: each unit's elements, less those of its items still held back or
          // counted on their own in the same frame.
          const count = (el) => el.getElementsByTagName('*').length + 1;
          const units = records.filter((r) => r.type === 'attributes' && r.oldValue?.includes('rg-later') && !r.target.classList.contains('rg-later')).map((r) => r.target);
          const apart = (item) => units.includes(item) || item.classList.contains('rg-later');
          const drawn = units.map((unit) => [unit.className, [...unit.querySelectorAll('.rg-step, .rg-question, .rg-grid-block, .rg-tier')].filter(apart).reduce((n, item) => n - count(item), count(unit))]);
          if (drawn.length) window.__drawn.push(drawn);
          const parts = records.flatMap((r) => [...r.addedNodes]).filter((n) => n.parentNode?.classList?.contains('rg-body'));
          if (parts.length) {
            window.__batches.push(parts.map((n) => n.className));
            window.__placedAt.push(window.__frames);
          }
          // Whether the browser skipped drawing a part (off screen), or drew it.
          for (const part of parts) part.addEventListener('contentvisibilityautostatechange', (e) => window.__skipped.push([part.classList[1] || part.classList[0], e.skipped]));
        }).observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'], attributeOldValue: true });
        return root;
      };
    });
    const core = [];
    p.on('request', (r) => { if (r.url().includes('/recovery-guide-core-')) core.push(r.url().split('/').pop()); });
    await p.goto(page('idle', { body: '<script src="/recovery-guide.js" async></script>' }));
    // The glue's parts, every one, while the page is still busy.
    await p.waitForFunction(() => window.__idle.length > 0 && document.querySelector('recovery-guide')?.shadowRoot.querySelector('.rg-footer'));
    await nextFrame(p);
    assert.equal(await p.$eval('recovery-guide', (h) => h.dataset.rgState), 'loading');
    assert.deepEqual(core.slice(0, 2), ['recovery-guide-core-en-us.js', 'recovery-guide-core-en-us-more.js'], 'the glue with the text, then its bodies');
    // The wasm and its bindings are asked for once the whole text is in (the network is idle while
    // it is drawn), but nothing is compiled or started while the page is busy: once they have
    // come, the guide still waits for an idle page.
    await p.waitForFunction(() => window.__textAtWasm !== undefined);
    assert.equal(await p.evaluate(() => window.__textAtWasm), true, 'the whole text in before the wasm is asked for');
    await p.waitForFunction(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('.wasm') && e.responseEnd > 0));
    for (let i = 0; i < 5; i++) await nextFrame(p);
    assert.equal(await p.$eval('recovery-guide', (h) => h.dataset.rgState), 'loading', 'not started while the page is busy');
    // The journey first, on screen, drawn for good at once in a frame of its own; then every other
    // part together, at first drawn only where on screen, then a few of its items per frame; by the
    // time the page is idle, all of it is drawn for good.
    const batches = await p.evaluate(() => window.__batches);
    const skipped = await p.evaluate(() => window.__skipped);
    const drawn = await p.evaluate(() => window.__drawn);
    assert.deepEqual(skipped.filter(([part]) => part === 'rg-journey'), [], 'the journey, on screen, never held back');
    assert.deepEqual(skipped.find(([part]) => part === 'rg-help'), ['rg-help', true], 'the help tiers, far below, not drawn at first');
    assert.deepEqual(batches, [['rg-section rg-journey'], ['rg-section rg-questions rg-later', 'rg-section rg-compare rg-later', 'rg-section rg-help rg-later', 'rg-footer rg-later']]);
    const placed = await p.evaluate(() => window.__placedAt);
    assert.ok(placed[1] > placed[0], `a frame drawn between the journey and the rest: ${JSON.stringify(placed)}`);
    assert.ok(!drawn.flat().some(([name]) => /rg-journey|rg-step/.test(name)), 'nothing of the journey drawn later');
    // Drawn for good a frame at a time: several frames, none drawing more than about 150 elements
    // unless one item alone is larger (a comparison grid).
    assert.ok(drawn.length > 2, JSON.stringify(drawn));
    for (const frame of drawn) {
      const elements = frame.reduce((n, [, count]) => n + count, 0);
      assert.ok(frame.length === 1 || elements <= 150, JSON.stringify(frame));
    }
    assert.ok(drawn.flat().some(([name]) => name.includes('rg-question')) && drawn.flat().some(([name]) => name.includes('rg-grid-block')), 'the questions and the grids drawn item by item');
    assert.deepEqual(await p.$eval('recovery-guide', (h) => [...h.shadowRoot.querySelector('.rg-body').children].map((part) => [part.className, getComputedStyle(part).contentVisibility])), [
      ['rg-section rg-journey', 'visible'], ['rg-section rg-questions', 'visible'], ['rg-section rg-compare', 'visible'], ['rg-section rg-help', 'visible'], ['rg-footer', 'visible'],
    ]);
    assert.equal(await p.$eval('recovery-guide', (h) => h.shadowRoot.querySelectorAll('.rg-later').length), 0, 'everything drawn for good');
    await p.evaluate(() => window.__idle.splice(0).forEach((cb) => cb({ didTimeout: false, timeRemaining: () => 50 })));
    assert.equal(await settled(p), 'ready');
    assert.deepEqual(core.slice(2).sort(), ['recovery-guide-core-en.js', 'recovery-guide-core-en.wasm'], 'the wasm and its bindings, once');
    await p.close();
  });

  it('a second guide added once the first is ready asks for no wasm of its own', async () => {
    const p = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const wasm = [];
    p.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(r.url()); });
    await p.goto(page('second-later', { body: '<recovery-guide id="one"></recovery-guide><script src="/recovery-guide.js" async data-mount="elements"></script>' }));
    assert.equal(await settled(p), 'ready');
    await p.evaluate(() => document.body.append(Object.assign(document.createElement('recovery-guide'), { id: 'two' })));
    await p.waitForFunction(() => document.getElementById('two').dataset.rgState === 'ready');
    // Its whole text in, as the first's: the place where the glue would ask for the wasm.
    assert.ok(await p.$eval('#two', (h) => !!h.shadowRoot.querySelector('.rg-footer')));
    assert.deepEqual(wasm, [`${server.url}/recovery-guide-core-en.wasm`]);
    await p.close();
  });

  it('a guide far down the page holds back its journey too, then draws it for good', async () => {
    const p = await browser.newPage({ viewport: { width: 412, height: 800 } });
    await p.addInitScript(() => {
      window.__placed = null;
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init) {
        const root = attach.call(this, init);
        new MutationObserver(() => {
          const journey = root.querySelector('.rg-body > .rg-journey');
          if (journey && window.__placed === null) window.__placed = [journey.className, root.querySelectorAll('.rg-journey .rg-step.rg-later').length];
        }).observe(root, { childList: true, subtree: true });
        return root;
      };
    });
    await p.goto(page('far-down', { body: '<div style="height:3000px">The partner\'s long article.</div><script src="/recovery-guide.js" async></script>' }));
    assert.equal(await settled(p), 'ready');
    const [name, steps] = await p.evaluate(() => window.__placed);
    assert.equal(name, 'rg-section rg-journey rg-later');
    assert.ok(steps > 0, 'its steps held back, each to be drawn for good on its own');
    assert.equal(await p.$eval('recovery-guide', (h) => h.shadowRoot.querySelectorAll('.rg-later').length), 0);
    await p.close();
  });
});

describe('the text waits for the partner\'s images', () => {
  // A 1x1 PNG: what the partner's hero is made of does not matter, only when it arrives.
  const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
  const hero = '<img src="/slow/hero.png" width="600" height="300" alt="">';
  // When the loader and the glue were asked for (ms, this process's clock).
  const requested = (p) => {
    const at = {};
    p.on('request', (r) => {
      const name = r.url().split('/').pop();
      if (name === 'recovery-guide.js' || name === 'recovery-guide-core-en-us.js') at[name] ??= Date.now();
    });
    return at;
  };

  it('the glue is asked for once an image above the guide is drawn, not before; the help bar comes at once', async () => {
    const p = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    let imageSent = null;
    // The image takes 300 ms: a glue asked for at once would come before it, and one that waited
    // for the loader's one-second cap would come long after it.
    await p.route('**/slow/hero.png', async (route) => {
      await new Promise((r) => setTimeout(r, 300));
      imageSent = Date.now();
      await route.fulfill({ status: 200, contentType: 'image/png', body: PNG });
    });
    const at = requested(p);
    await p.goto(page('hero-first', { body: `${hero}<script src="/recovery-guide.js"></script><p>The article goes on.</p>` }), { waitUntil: 'commit' });
    // The help bar does not wait for the image.
    await p.waitForFunction(() => document.querySelector('recovery-guide')?.shadowRoot?.querySelector('.rg-helpbar a[href^="tel:"]'));
    assert.equal(imageSent, null, 'the help bar came before the image');
    assert.equal(await settled(p), 'ready');
    const glue = at['recovery-guide-core-en-us.js'];
    assert.ok(imageSent !== null && glue >= imageSent, `the glue (${glue}) after the image (${imageSent})`);
    assert.ok(glue - imageSent < 500, `the glue ${glue - imageSent} ms after the image: its drawing let it go, not the cap`);
    await p.close();
  });

  it('an image that never comes holds the text back about a second, no more', async () => {
    const p = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // The image's request is never answered (a stalled third-party server).
    await p.route('**/slow/hero.png', () => {});
    const at = requested(p);
    await p.goto(page('hero-stalled', { body: `${hero}<script src="/recovery-guide.js"></script>` }), { waitUntil: 'commit' });
    assert.equal(await settled(p), 'ready');
    const waited = at['recovery-guide-core-en-us.js'] - at['recovery-guide.js'];
    assert.ok(waited >= 800 && waited <= 2500, `the glue asked for ${waited} ms after the loader`);
    // The image is still not in: the guide did not wait for it.
    assert.equal(await p.$eval('img', (img) => img.complete), false);
    await p.close();
  });

  it('a page whose `document.images` is not its images still gets the guide', async () => {
    // A form named "images" takes the name's place on `document` (DOM clobbering).
    const p = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await p.goto(page('images-clobbered', { body: `<form name="images"><input name="q"></form>${hero.replace('/slow/', '/')}<script src="/recovery-guide.js"></script>` }));
    assert.equal(await settled(p), 'ready');
    await p.close();
  });
});

describe('a page that breaks a DOM method', () => {
  it('the guide still settles: a throw while its text is put in ends in the fallback, with the whole text', async () => {
    // The text's first step reads the guide's place on the page; here that read throws.
    const broken = '<script>Element.prototype.getBoundingClientRect = function () { throw new Error("broken by the page"); };</script>';
    const { page: p, log } = await open(page('broken-dom', { body: `${broken}<script src="/recovery-guide.js"></script>` }), {
      beforeLoad: (q) => q.addInitScript(() => document.addEventListener('recovery-guide:error', (e) => { window.__rgError = e.detail.message; })),
    });
    assert.equal(await settled(p), 'fallback');
    assert.match(await p.evaluate(() => window.__rgError), /broken by the page/);
    assert.deepEqual(log.errors, [], 'no uncaught error');
    // The whole text, each part once, none of it held back.
    const parts = await p.$eval('recovery-guide', (h) => [...h.shadowRoot.querySelectorAll('.rg-body')].map((b) => [...b.children].map((c) => c.className.split(' ')[1] || c.className)));
    assert.equal(parts.length, 1, 'one body');
    assert.deepEqual(parts[0], ['rg-journey', 'rg-questions', 'rg-compare', 'rg-help', 'rg-footer']);
    assert.equal(await p.$eval('recovery-guide', (h) => h.shadowRoot.querySelectorAll('.rg-later').length), 0);
    // The closed bodies too, once they come.
    await p.waitForFunction(() => !document.querySelector('recovery-guide').shadowRoot.querySelector('.rg-step__body:empty, .rg-question__answer:empty'));
    await p.close();
  });
});

describe('a behaviour that throws once the WebAssembly runs', () => {
  it('ends in the fallback with the whole text, and the page hears why', async () => {
    // The bindings served with one change: each part's behaviour (`Instance::more`) throws, as a
    // panic's trap or a page-broken DOM call inside it would.
    const { page: p, log } = await open(null, {
      beforeLoad: async (q) => {
        await q.addInitScript(() => document.addEventListener('recovery-guide:error', (e) => { window.__rgError = e.detail.message; }));
        await q.route(/recovery-guide-core-en\.js$/, async (route) => {
          const response = await route.fetch();
          const text = await response.text();
          assert.match(text, /more\(\)\{/, 'the bindings have Instance.more');
          await route.fulfill({ response, body: text.replace('more(){', 'more(){throw new Error("a behaviour broke");') });
        });
      },
    });
    await p.goto(page('behaviour-throws', { body: '<script src="/recovery-guide.js"></script>' }));
    assert.equal(await settled(p), 'fallback');
    assert.match(await p.evaluate(() => window.__rgError), /a behaviour broke/);
    assert.deepEqual(log.errors, [], 'no uncaught error');
    const parts = await p.$eval('recovery-guide', (h) => [...h.shadowRoot.querySelector('.rg-body').children].map((c) => c.className.split(' ')[1] || c.className));
    assert.deepEqual(parts, ['rg-journey', 'rg-questions', 'rg-compare', 'rg-help', 'rg-footer']);
    await p.close();
  });
});

describe('the closed bodies come after the text', () => {
  // The journey's step bodies and the questions' answers come in a module of their own, beside the
  // glue; here it comes late, as on a slow phone.
  const late = (ms) => (q) => q.route('**/*-more.js', async (route) => {
    await new Promise((go) => setTimeout(go, ms));
    await route.continue();
  });
  const EMPTY = '.rg-step__body:empty, .rg-question__answer:empty';

  it('the text first, every body in once it comes, all before the guide is started; the wasm comes meanwhile', async () => {
    const { page: p, log } = await open(page('bodies-late', { body: '<script src="/recovery-guide.js"></script>' }), {
      waitUntil: 'commit',
      beforeLoad: async (q) => {
        await late(800)(q);
        await q.addInitScript((empty) => {
          const real = window.fetch;
          window.fetch = function (input, init) {
            if (String(input).endsWith('.wasm')) window.__emptyAtWasm = document.querySelector('recovery-guide').shadowRoot.querySelectorAll(empty).length;
            return real.call(this, input, init);
          };
        }, EMPTY);
      },
    });
    await p.waitForFunction(() => document.querySelector('recovery-guide')?.shadowRoot.querySelector('.rg-footer'));
    const empty = await p.$eval('recovery-guide', (h, sel) => h.shadowRoot.querySelectorAll(sel).length, EMPTY);
    assert.ok(empty >= 10, `the steps' and questions' places wait for their bodies: ${empty}`);
    assert.equal(await p.$eval('recovery-guide', (h) => h.dataset.rgState), 'loading');
    assert.equal(await settled(p), 'ready');
    // The wasm is asked for while the bodies are still on their way (both come over the network at
    // once), and the guide is ready only with every body in.
    assert.ok(await p.evaluate(() => window.__emptyAtWasm) >= 10, 'the wasm asked for while the bodies come');
    assert.equal(await p.$eval('recovery-guide', (h, sel) => h.shadowRoot.querySelectorAll(sel).length, EMPTY), 0);
    // Each body where it belongs: the detox step's under its title, the calling answer in its question.
    const host = p.locator('recovery-guide');
    await host.locator('#rg-step-detox > details > summary').click();
    assert.match(await host.locator('#rg-step-detox-body').innerText(), /withdrawal/i);
    await host.locator('#rg-q-calling > summary').click();
    assert.match(await host.locator('#rg-q-calling .rg-question__answer').innerText(), /911/);
    assert.deepEqual(log.errors, []);
    await p.close();
  });

  it("a partner's `start` opens its question with the answer in, never empty", async () => {
    const { page: p } = await open(page('bodies-start', { body: '<script src="/recovery-guide.js" data-start="calling"></script>' }), {
      beforeLoad: async (q) => {
        await late(500)(q);
        await q.addInitScript((empty) => {
          window.__openEmpty = 0;
          const attach = Element.prototype.attachShadow;
          Element.prototype.attachShadow = function (init) {
            const root = attach.call(this, init);
            new MutationObserver(() => {
              for (const place of root.querySelectorAll(empty)) if (place.closest('details[open]')) window.__openEmpty += 1;
            }).observe(root, { childList: true, subtree: true });
            return root;
          };
        }, EMPTY);
      },
    });
    assert.equal(await settled(p), 'ready');
    assert.equal(await p.evaluate(() => window.__openEmpty), 0);
    assert.match(await p.locator('recovery-guide').locator('#rg-q-calling[open] .rg-question__answer').innerText(), /911/);
    await p.close();
  });

  // A weak signal: the bodies' module cannot be fetched (under any address) until `signal.back`.
  // The page ends in the fallback, with the whole text.
  async function lostBodies(name, attrs = '') {
    const signal = { back: false };
    const lost = (q) => q.route(/-more\.js(\?|$)/, (route) => (signal.back ? route.continue() : route.abort()));
    const { page: p } = await open(page(name, { body: `<script src="/recovery-guide.js"${attrs}></script>` }), { beforeLoad: lost });
    assert.equal(await settled(p), 'fallback');
    const host = p.locator('recovery-guide');
    assert.equal(await host.locator('.rg-step').count(), 7);
    return { p, host, signal };
  }
  // Resolves once the body at `selector` has come.
  const cameIn = (p, selector) =>
    p.waitForFunction((sel) => document.querySelector('recovery-guide').shadowRoot.querySelector(sel).childElementCount > 0, selector);

  it('bodies that cannot be fetched end in the fallback, with the text and the help bar; opening a step asks again', async () => {
    const { p, host, signal } = await lostBodies('bodies-lost');
    assert.equal(await host.locator('.rg-helpbar a').count(), 2);
    assert.equal(await host.locator('#rg-step-detox-body').innerText(), '');
    signal.back = true;
    await host.locator('#rg-step-detox > details > summary').click();
    await cameIn(p, '#rg-step-detox-body');
    assert.match(await host.locator('#rg-step-detox-body').innerText(), /withdrawal/i);
    // Every part got its bodies, not only the step opened.
    assert.equal(await p.$eval('recovery-guide', (h, sel) => h.shadowRoot.querySelectorAll(sel).length, EMPTY), 0);
    await p.close();
  });

  it("with a partner's `start`, bodies that cannot be fetched still leave the whole text; reopened, its answer comes", async () => {
    const { p, host, signal } = await lostBodies('bodies-lost-start', ' data-start="calling"');
    assert.ok(await host.locator('#rg-q-calling[open]').count(), 'the start question is open');
    signal.back = true;
    await host.locator('#rg-q-calling > summary').click();
    await host.locator('#rg-q-calling > summary').click();
    await cameIn(p, '#rg-q-calling .rg-question__answer');
    assert.match(await host.locator('#rg-q-calling .rg-question__answer').innerText(), /911/);
    await p.close();
  });
});
