// The cross-engine smoke suite, the same for every engine (engines.mjs): the release build in dist/
// through the real loader, served by tests/support/serve.mjs as in the end-to-end tests. Eleven
// promises: the demo page renders, a step opens, the journey's overdose link reaches the overdose steps, a changed region and locale redraw the element in
// place, the pick-two comparison changes its column, the slim bar shows only in the guide, quick
// exit by the button and by Shift pressed three times, the fallback when the wasm is a 404, the
// fallback when the bodies are a 404 (the text, and a step's body once it is opened), and the
// full guide under a strict CSP with no violation. Pages record their own errors and CSP violations
// with a script of their own (WebKit's driver gives no console), read back with `run`.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '../support/serve.mjs';
import { serveHttps } from '../support/https.mjs';
import { html, slimBarState } from '../support/browser.mjs';
import { until } from '../support/webdriver.mjs';

const DIST = join(import.meta.dirname, '..', '..', 'dist');
const STRICT_POLICY = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";
const SAMHSA = 'tel:+18006624357';

/** Runs first in every test page (a same-origin script, so a strict CSP allows it). */
function record() {
  const r = (window.__rg = { errors: [], violations: [] });
  window.addEventListener('error', (e) => r.errors.push(`error: ${e.message}`));
  window.addEventListener('unhandledrejection', (e) => r.errors.push(`unhandled rejection: ${e.reason}`));
  document.addEventListener('securitypolicyviolation', (e) => r.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  const original = console.error;
  console.error = function (...args) {
    r.errors.push(args.map(String).join(' '));
    return original.apply(this, args);
  };
}
const RECORDER = '<script src="/cross-record.js"></script>';

// In the page: facts about the first guide, read through its open shadow root.
function facts() {
  const host = document.querySelector('recovery-guide');
  const root = host && host.shadowRoot;
  const helpbar = root && root.querySelector('.rg-helpbar');
  return {
    state: host ? host.dataset.rgState : null,
    helpbar: helpbar ? [...helpbar.querySelectorAll('a')].map((a) => a.getAttribute('href')) : [],
    helpbarDisplay: helpbar ? getComputedStyle(helpbar).display : null,
    journey: !!(root && root.querySelector('section.rg-journey')),
    steps: root ? root.querySelectorAll('.rg-journey .rg-step').length : 0,
    notice: root && root.querySelector('.rg-notice') ? root.querySelector('.rg-notice').textContent : null,
    recorded: window.__rg || null,
  };
}
const state = () => document.querySelector('recovery-guide')?.dataset.rgState;

/** Defines the suite for one engine; `launch()` resolves to its driver (engines.mjs). */
export function smoke(engine, launch) {
  describe(`${engine}: smoke`, { timeout: 120000 }, () => {
    let browser;
    let server;
    let exit;
    let started;
    // Whether /lostbodies/ answers its bodies' modules (the lost-bodies test turns it on).
    let bodiesBack = false;

    before(async () => {
      started = Date.now();
      exit = await serveHttps({ '/weather': '<!doctype html><title>Weather</title><p id="neutral">Neutral page</p>' });
      server = await serve({
        // /nowasm/ is dist/ again, except its .wasm files answer 404; /lostbodies/ too, except its
        // bodies' modules answer 404 until `bodiesBack`.
        roots: { '/': DIST, '/nowasm/': DIST, '/lostbodies/': DIST },
        pages: {
          '/cross-record.js': `(${record})();`,
          '/demo.html': readFileSync(join(DIST, 'index.html'), 'utf8').replace('<head>', `<head>${RECORDER}`),
        },
        headersFor: (path) => {
          if (path.startsWith('/nowasm/') && path.endsWith('.wasm')) return null;
          if (path.startsWith('/lostbodies/') && path.endsWith('-more.js') && !bodiesBack) return null;
          if (path === '/cross-record.js') return { 'Content-Type': 'text/javascript; charset=utf-8' };
          if (path === '/csp-strict.html') return { 'Content-Security-Policy': STRICT_POLICY };
          return {};
        },
      });
      browser = await launch();
      console.log(`${engine}: ${browser.version}, started in ${Date.now() - started} ms`);
    });

    after(async () => {
      await browser?.close();
      await server?.close();
      await exit?.close();
      if (started) console.log(`${engine}: smoke suite took ${Date.now() - started} ms`);
    });

    /** A test page with one guide element (`attrs`) after the recorder; its URL. */
    const page = (name, attrs, { head = '', loader = '/recovery-guide.js' } = {}) => {
      server.pages[`/${name}.html`] = html({
        title: name,
        head: `${RECORDER}${head}`,
        body: `<h1>Partner page</h1><recovery-guide ${attrs}></recovery-guide><script src="${loader}" async data-mount="elements"></script>`,
      });
      return `${server.url}/${name}.html`;
    };

    /** Goes to `url` and waits until the guide leaves `loading`; returns its state. */
    const load = async (url) => {
      await browser.goto(url);
      return until(async () => {
        const s = await browser.run(state);
        return s === 'ready' || s === 'fallback' ? s : null;
      }, { what: `the guide at ${url} to be ready or fallback` });
    };

    it('renders the demo page: ready, the help bar with its tel: link, the journey', async () => {
      assert.equal(await load(`${server.url}/demo.html`), 'ready');
      const f = await browser.run(facts);
      assert.equal(f.helpbar[0], SAMHSA, `help bar links: ${f.helpbar}`);
      assert.ok(f.helpbar.includes('tel:911'), `help bar links: ${f.helpbar}`);
      assert.equal(f.helpbarDisplay, 'flex', 'the help bar is styled');
      assert.equal(f.journey, true, 'the journey section');
      assert.equal(f.steps, 7);
      assert.deepEqual(f.recorded.errors, []);
    });

    it('opens a step by clicking its summary: open, its body shown', async () => {
      assert.equal(await load(`${server.url}/demo.html`), 'ready');
      const step = () => {
        const root = document.querySelector('recovery-guide').shadowRoot;
        const details = root.querySelectorAll('.rg-step__details')[2];
        const body = details.querySelector('.rg-step__body');
        return {
          expanded: String(details.open),
          name: details.querySelector('summary').textContent.trim(),
          hidden: !details.open,
          // Inside a closed disclosure a body keeps its boxes but is not rendered: checkVisibility
          // knows (where an engine lacks it, the disclosure's own state says).
          shown: body.checkVisibility ? body.checkVisibility() : details.open,
          text: body.textContent.trim().length,
        };
      };
      const closed = await browser.run(step);
      assert.deepEqual({ expanded: closed.expanded, hidden: closed.hidden, shown: closed.shown }, { expanded: 'false', hidden: true, shown: false });
      assert.match(closed.name, /Medical detox/);
      await browser.click(() => document.querySelector('recovery-guide').shadowRoot.querySelectorAll('.rg-step__toggle')[2]);
      const open = await until(async () => {
        const s = await browser.run(step);
        return s.expanded === 'true' ? s : null;
      }, { what: 'step 3 to expand' });
      assert.deepEqual({ hidden: open.hidden, shown: open.shown }, { hidden: false, shown: true });
      assert.ok(open.text > 50, `the body has text (${open.text} characters)`);
    });

    it("the journey's overdose link brings the overdose steps on screen, their heading focused, the address unchanged", async () => {
      assert.equal(await load(`${server.url}/demo.html`), 'ready');
      const address = await browser.run(() => location.href);
      await browser.click(() => document.querySelector('recovery-guide').shadowRoot.querySelector('.rg-jump__link'));
      const jumped = await until(async () => {
        const s = await browser.run(() => {
          const heading = document.querySelector('recovery-guide').shadowRoot.activeElement;
          if (!heading || !heading.closest('#rg-overdose')) return null;
          const box = heading.getBoundingClientRect();
          return { text: heading.textContent, onScreen: box.top >= 0 && box.bottom <= innerHeight, address: location.href };
        });
        return s;
      }, { what: 'the overdose steps to be focused' });
      assert.deepEqual(jumped, { text: 'What to do, step by step', onScreen: true, address });
    });

    it('live attributes: a new region and locale redraw the element in place, the opened step still open', async () => {
      assert.equal(await load(page('live', 'region="uk"')), 'ready');
      await browser.click(() => document.querySelector('recovery-guide').shadowRoot.querySelectorAll('.rg-step__toggle')[2]);
      const seen = () => {
        const host = document.querySelector('recovery-guide');
        const root = host.shadowRoot;
        return {
          call: root.querySelector('.rg-helpbar a').getAttribute('href'),
          lang: root.querySelector('.rg-root').getAttribute('lang'),
          guides: root.querySelectorAll('.rg-guide').length,
          open: [...root.querySelectorAll('.rg-step__details')].map((d) => d.open).indexOf(true),
          same: window.__host === undefined || window.__host === host,
          errors: window.__rg.errors,
        };
      };
      await until(async () => (await browser.run(seen)).open === 2, { what: 'step 3 to open' });
      await browser.run(() => {
        const host = document.querySelector('recovery-guide');
        window.__host = host;
        host.setAttribute('region', 'ca');
        host.setAttribute('locale', 'fr');
      });
      const after = await until(async () => {
        const f = await browser.run(seen);
        return f.call === 'tel:+18886886677' && f.lang === 'fr' ? f : null;
      }, { what: 'the Canadian guide in French' });
      assert.deepEqual(after, { call: 'tel:+18886886677', lang: 'fr', guides: 1, open: 2, same: true, errors: [] });
    });

    it('the comparison: choosing the second option in the first select changes the shown column', async () => {
      // A narrow guide (its container, not the window): the pick-two view, not the full tables.
      const url = page('compare', 'sections="compare"', { head: '<style>recovery-guide { --rg-max-width: 320px; }</style>' });
      assert.equal(await load(url), 'ready');
      const pick = () => {
        const p = document.querySelector('recovery-guide').shadowRoot.querySelector('.rg-pick');
        return {
          display: getComputedStyle(p).display,
          heads: [...p.querySelectorAll('thead th')].map((th) => th.textContent.trim()),
          first: p.querySelector('select').value,
        };
      };
      const before = await browser.run(pick);
      assert.notEqual(before.display, 'none', 'the pick-two view is shown');
      assert.deepEqual(before.heads, ['Methadone', 'Buprenorphine']);
      await browser.choose(() => document.querySelector('recovery-guide').shadowRoot.querySelector('.rg-pick select'), 1);
      const after = await until(async () => {
        const p = await browser.run(pick);
        return p.heads[0] !== 'Methadone' ? p : null;
      }, { what: 'the first column to change' });
      // The second option was already in the other column: the two swap.
      assert.deepEqual(after.heads, ['Buprenorphine', 'Methadone']);
      assert.equal(after.first, '1');
    });

    it('the slim bar: not shown while the guide is below the screen, shown in it, not shown above it again', async () => {
      server.pages['/sticky-below.html'] = html({
        title: 'below',
        head: RECORDER,
        body: '<div style="height:3000px">Partner text</div><recovery-guide></recovery-guide><script src="/recovery-guide.js" async data-mount="elements"></script>',
      });
      assert.equal(await load(`${server.url}/sticky-below.html`), 'ready');
      // Two frames: the observer has given its first answer.
      await browser.run(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const below = await browser.run(slimBarState);
      assert.deepEqual({ shown: below.shown, visible: below.visible }, { shown: false, visible: false }, `its top at ${below.top} px`);
      // A jump straight into the guide (find-in-page, a link), then straight back above it.
      await browser.run(() => document.querySelector('recovery-guide').shadowRoot.querySelector('.rg-footer').scrollIntoView());
      const inside = await until(async () => {
        const b = await browser.run(slimBarState);
        return b.visible ? b : null;
      }, { what: 'the slim bar to show in the guide' });
      assert.deepEqual(inside, { shown: true, visible: true, top: 0 });
      await browser.run(() => scrollTo(0, 0));
      await until(async () => {
        const b = await browser.run(slimBarState);
        return !b.shown && !b.visible ? b : null;
      }, { what: 'the slim bar not to show above the guide' });
    });

    it('quick exit by the button goes to the exit page', async () => {
      const target = `${exit.url}/weather`;
      assert.equal(await load(page('exit-button', `exit-url="${target}"`)), 'ready');
      await browser.click(() => document.querySelector('recovery-guide').shadowRoot.querySelector('.rg-exit__button'));
      await until(async () => (await browser.url()) === target, { what: `the location to become ${target}` });
      await until(() => browser.run(() => document.getElementById('neutral')?.textContent === 'Neutral page'), { what: 'the exit page to load' });
    });

    it('quick exit by Shift pressed three times goes there too', async () => {
      const target = `${exit.url}/weather`;
      assert.equal(await load(page('exit-shift', `exit-url="${target}"`)), 'ready');
      const status = () => document.querySelector('recovery-guide').shadowRoot.querySelector('.rg-exit [role=status]').textContent;
      await browser.pressShift();
      await until(async () => /2/.test(await browser.run(status)), { what: 'the status to say two presses are left' });
      assert.equal(await browser.url(), `${server.url}/exit-shift.html`, 'one press does not leave');
      await browser.pressShift();
      await until(async () => /1/.test(await browser.run(status)), { what: 'the status to say one press is left' });
      await browser.pressShift();
      await until(async () => (await browser.url()) === target, { what: `the location to become ${target}` });
      await until(() => browser.run(() => document.getElementById('neutral')?.textContent === 'Neutral page'), { what: 'the exit page to load' });
    });

    it('a wasm 404 ends in fallback, with the help bar\'s tel: links', async () => {
      const before = server.requests.length;
      assert.equal(await load(page('fallback', '', { loader: '/nowasm/recovery-guide.js' })), 'fallback');
      const f = await browser.run(facts);
      assert.deepEqual(f.helpbar, [SAMHSA, 'tel:911']);
      // The glue came: the whole text is there and works, so nothing says it could not load.
      assert.equal(f.steps, 7);
      assert.equal(f.notice, null);
      assert.ok(server.requests.slice(before).includes('/nowasm/recovery-guide-core-en.wasm'), 'the wasm was asked for (and answered 404)');
      // Each grid is its whole table; at a phone's width its caption stays whole in the scroller.
      await browser.run(() => document.querySelector('recovery-guide').style.setProperty('--rg-max-width', '320px'));
      const captions = await until(() => browser.run(() => {
        const walls = [...document.querySelector('recovery-guide').shadowRoot.querySelectorAll('.rg-grid-wide')];
        if (!walls.length || walls.some((w) => w.scrollWidth <= w.clientWidth)) return null;
        return walls.map((w) => w.querySelector('caption').getBoundingClientRect().right <= w.getBoundingClientRect().right + 1);
      }), { what: 'the grids to scroll sideways at 320 px' });
      assert.deepEqual(captions, [true, true]);
    });

    it('bodies that answer 404 end in fallback with the text; opening a step once they answer brings its body', async () => {
      assert.equal(await load(page('lost-bodies', '', { loader: '/lostbodies/recovery-guide.js' })), 'fallback');
      const body = () => {
        const root = document.querySelector('recovery-guide').shadowRoot;
        return { steps: root.querySelectorAll('.rg-step').length, text: root.querySelectorAll('.rg-step__body')[2].textContent.trim().length };
      };
      assert.deepEqual(await browser.run(body), { steps: 7, text: 0 });
      bodiesBack = true;
      await browser.click(() => document.querySelector('recovery-guide').shadowRoot.querySelectorAll('.rg-step__toggle')[2]);
      const filled = await until(async () => {
        const b = await browser.run(body);
        return b.text > 50 ? b : null;
      }, { what: "step 3's body to come" });
      assert.ok(filled.text > 50);
    });

    it(`the strict-CSP page (${STRICT_POLICY}) is ready with no violation`, async () => {
      server.pages['/csp-strict.html'] = html({
        title: 'csp',
        head: RECORDER,
        body: '<p>Strict page.</p><script src="/recovery-guide.js" async></script>',
      });
      assert.equal(await load(`${server.url}/csp-strict.html`), 'ready');
      const f = await browser.run(facts);
      assert.equal(f.steps, 7);
      assert.equal(f.helpbarDisplay, 'flex', 'styles apply without unsafe-inline');
      assert.deepEqual(f.recorded.violations, []);
      assert.deepEqual(f.recorded.errors, []);
      // The recorder does see a violation in this engine: an image from elsewhere is blocked.
      await browser.run(() => { new Image().src = 'https://blocked.invalid/x.png'; });
      const seen = await until(() => browser.run(() => window.__rg.violations.length > 0 && window.__rg.violations), { what: 'the control violation to be recorded' });
      assert.match(seen[0], /^img-src/);
    });
  });
}
