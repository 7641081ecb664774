// Accessibility audit: axe-core (npm) inside the guide's shadow root reports no violation of
// WCAG 2.2 AA, in each language, light and dark, at 320 px and 1280 px, collapsed and with every
// step, disclosure and choice open (and in every region, open, at 1280 px); the keyboard, zoom,
// forced colours, reduced motion, and the contrast of controls and focus rings (computed colours,
// light, dark and the system's dark).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serve } from '../support/serve.mjs';
import { html, launch, settled } from '../support/browser.mjs';
import { LOCALES, REGIONS } from '../support/content.mjs';

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
  server.pages[path] = html({
    title: 'a11y',
    lang: locale,
    body: `<main><h1>Partner page</h1><p><a id="before" href="#">A partner link before the guide</a></p><recovery-guide locale="${locale}" theme="${theme}" helpline-name="Acme EAP" helpline-phone="+18005550100"></recovery-guide></main>
<script src="/recovery-guide.js" async data-mount="elements"></script>`,
  });
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
  // The steps are open now; open every other disclosure (questions, sources).
  for (const d of await guide.locator('details:not(.rg-step__details)').all()) await d.locator(':scope > summary').click();
}

// Back at the top of the page, once the slim bar has noticed the help bar (its observer reports a
// frame or more later). Where the last click left the page, the slim bar lies over whichever
// target is under it, and axe counts that target as too small: which one depends on the words
// above it. A focused target is never under the slim bar (the keyboard walk below checks it).
async function backToTop(page) {
  await page.evaluate(() => scrollTo(0, 0));
  await page.waitForFunction(() => !document.querySelector('recovery-guide').shadowRoot.querySelector('.rg-sticky--shown'));
}

describe('axe-core, WCAG 2.2 AA, inside the shadow root', () => {
  for (const locale of LOCALES) {
    for (const theme of ['light', 'dark']) {
      for (const width of [320, 1280]) {
        it(`${locale}, ${theme}, ${width} px: collapsed and expanded`, async () => {
          const page = await browser.newPage({ viewport: { width, height: 900 } });
          await page.goto(pageFor(locale, theme));
          assert.equal(await settled(page), 'ready');
          assert.deepEqual(await audit(page), [], 'collapsed');
          await expandEverything(page);
          await backToTop(page);
          assert.deepEqual(await audit(page), [], 'expanded');
          await page.close();
        });
      }
    }
  }
});

describe('keyboard, zoom, forced colors and reduced motion', () => {
  it('a keyboard-only walk reaches every control, each with a visible focus indicator', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(pageFor('en', 'light'));
    await settled(page);
    await expandEverything(page);
    await page.focus('#before');
    // Back at the top, the help bar is in view again: the walk starts once the slim bar has
    // noticed (its observer reports a frame or more later, longer on a busy machine).
    await page.waitForFunction(() => !document.querySelector('recovery-guide').shadowRoot.querySelector('.rg-sticky--shown'));
    // Every control a reader can see (the other audience's words and, at this width, the
    // pick-two view are hidden).
    const { controls, radios } = await page.$eval('recovery-guide', (h) => {
      // The slim bar's two controls repeat the help bar's and are reachable only while the help
      // bar is off screen (a walk from the top passes them hidden); guide.test.mjs tests them.
      const shown = [...h.shadowRoot.querySelectorAll('a[href], button, select, input, summary')]
        .filter((el) => el.getClientRects().length > 0 && !el.closest('.rg-sticky'));
      return { controls: shown.length, radios: shown.filter((el) => el.type === 'radio').length };
    });
    // What has focus: its ring, and whether the slim bar (where shown) lies over any part of it.
    const focused = () => page.evaluate(() => {
      const host = document.querySelector('recovery-guide');
      const el = host.shadowRoot.activeElement;
      if (!el) return null;
      const s = getComputedStyle(el);
      const ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
      const bar = host.shadowRoot.querySelector('.rg-sticky--shown .rg-sticky__bar');
      const b = bar && bar.getBoundingClientRect();
      const r = el.getBoundingClientRect();
      const under = !!b && !el.closest('.rg-sticky') && r.top < b.bottom && r.bottom > b.top;
      return { what: `${el.tagName.toLowerCase()} ${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 40)}`, ring, under };
    });
    const seen = [];
    for (let i = 0; i < controls + 5; i++) {
      await page.keyboard.press('Tab');
      const f = await focused();
      if (!f) {
        if (seen.length) break; // focus has left the guide
        continue;
      }
      seen.push(f);
    }
    // WCAG 2.4.11, walking back up: each control the page scrolls to from below lands clear of
    // the slim bar (`scroll-margin-top`), not under it.
    await page.keyboard.press('Shift+Tab');
    const back = [];
    for (let i = 1; i < seen.length; i++) {
      await page.keyboard.press('Shift+Tab');
      const f = await focused();
      if (f) back.push(f);
    }
    // One radio group is one tab stop.
    assert.equal(seen.length, controls - radios + 1, seen.map((s) => s.what).join('\n'));
    assert.deepEqual(seen.filter((s) => !s.ring).map((s) => s.what), [], 'controls without a visible focus ring');
    assert.deepEqual([...seen, ...back].filter((s) => s.under).map((s) => s.what), [], 'focused controls under the slim bar');
    assert.ok(back.length > seen.length / 2, `the walk back reached ${back.length} of ${seen.length}`);
    await page.close();
  });

  it('at 200% zoom (a 640 px layout viewport) nothing scrolls sideways', async () => {
    const page = await browser.newPage({ viewport: { width: 640, height: 900 }, deviceScaleFactor: 2 });
    await page.goto(pageFor('es', 'light'));
    await settled(page);
    await expandEverything(page);
    const overflow = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      wide: [...document.querySelector('recovery-guide').shadowRoot.querySelectorAll('*')]
        .filter((el) => el.getClientRects().length && el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .map((el) => el.className || el.tagName)
        .slice(0, 5),
    }));
    assert.deepEqual(overflow, { page: 0, wide: [] });
    await page.close();
  });

  it('forced colors and reduced motion still show every control and boundary', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setEmulatedMedia', {
      features: [{ name: 'forced-colors', value: 'active' }, { name: 'prefers-reduced-motion', value: 'reduce' }],
    });
    await page.goto(pageFor('en', 'dark'));
    await settled(page);
    assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true);
    const unbounded = await page.$eval('recovery-guide', (h) => {
      const root = h.shadowRoot;
      const visible = (el) => el.getClientRects().length > 0;
      const bounded = (el) => {
        const s = getComputedStyle(el);
        const border = ['Top', 'Right', 'Bottom', 'Left'].some((side) => s[`border${side}Style`] !== 'none' && parseFloat(s[`border${side}Width`]) > 0);
        // A control drawn as a link is bounded by its underline (its own or its label's).
        const underlined = [el, ...el.querySelectorAll('*')].some((e) => getComputedStyle(e).textDecorationLine.includes('underline'));
        return border || underlined;
      };
      // Buttons, selects and the guide's cards need a border of their own once colours are forced.
      return [...root.querySelectorAll('button, select, .rg-guide, .rg-tier, .rg-helpbar__emergency')]
        .filter(visible)
        .filter((el) => !bounded(el))
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    });
    assert.deepEqual(unbounded, []);
    const animated = await page.$eval('recovery-guide', (h) =>
      [...h.shadowRoot.querySelectorAll('*')].filter((el) => {
        const s = getComputedStyle(el);
        return parseFloat(s.transitionDuration) > 0.01 || parseFloat(s.animationDuration) > 0.01;
      }).length);
    assert.equal(animated, 0, 'no motion when reduced motion is asked for');
    await page.close();
  });
});

// WCAG 1.4.11: the radios (the audience toggle), the selects (the pick-two view) and the focus ring
// of each kind of control stand out 3:1 from the background behind them, whether the partner asks
// for light or dark or the guide follows the reader's system (theme auto). Colours are read as
// computed: a native radio's ring is the browser's own and cannot be read, so the test fails on one.
describe('controls and focus rings stand out 3:1 (WCAG 1.4.11)', () => {
  const MODES = [
    { theme: 'light', colorScheme: 'light' },
    { theme: 'dark', colorScheme: 'light' },
    { theme: 'auto', colorScheme: 'dark' },
  ];
  for (const { theme, colorScheme } of MODES) {
    it(`theme ${theme}, system ${colorScheme}`, async () => {
      const page = await browser.newPage({ viewport: { width: 320, height: 900 }, colorScheme });
      await page.goto(pageFor('en', theme));
      assert.equal(await settled(page), 'ready');
      await page.evaluate(CONTRAST_HELPERS);
      await page.focus('#before');
      // Tab through the guide; note each kind of control the first time it has focus.
      const measured = [];
      for (let i = 0; i < 80 && measured.length < 5; i++) {
        await page.keyboard.press('Tab');
        const m = await page.evaluate(() => {
          const el = document.querySelector('recovery-guide').shadowRoot.activeElement;
          return el && window.__rgRing(el);
        });
        if (m && !measured.some((x) => x.kind === m.kind)) measured.push(m);
      }
      const controls = await page.evaluate(() => window.__rgControls());
      // And once a radio is checked (none is at first).
      await page.locator('recovery-guide .rg-audience__option').first().click();
      const checked = (await page.evaluate(() => window.__rgControls())).filter((c) => c.what.includes('checked'));
      await page.close();
      assert.ok(checked.length, 'a checked radio');
      controls.push(...checked);
      const report = [...controls, ...measured].map((c) => `${c.what}: ${c.ratio.toFixed(2)}`).join('\n');
      console.log(`${theme}/${colorScheme}\n${report}`);
      assert.ok(controls.some((c) => c.what.startsWith('radio')) && controls.some((c) => c.what.startsWith('select')), report);
      assert.deepEqual(measured.map((m) => m.kind).sort(), ['a', 'button', 'input', 'select', 'summary'], report);
      assert.deepEqual([...controls, ...measured].filter((c) => !(c.ratio >= 3)).map((c) => c.what), [], report);
    });
  }
});

// Runs in the page: WCAG's relative luminance and contrast ratio of computed colours, the colour
// behind an element (the nearest opaque background, across the shadow boundary; the canvas is
// white, as no test page sets one), the ring a radio or select draws, and the focus ring.
const CONTRAST_HELPERS = () => {
  const rgb = (c) => {
    const m = /^rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)$/.exec(c);
    if (!m) return null;
    return { c: [+m[1], +m[2], +m[3]], a: m[4] === undefined ? 1 : +m[4] };
  };
  const lum = ({ c }) => {
    const [r, g, b] = c.map((v) => (v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const ratio = (x, y) => {
    if (!x || !y || x.a < 1) return 0;
    const [a, b] = [lum(x), lum(y)].sort((p, q) => q - p);
    return (a + 0.05) / (b + 0.05);
  };
  const behind = (el) => {
    for (let e = el.parentElement || el.getRootNode().host; e; e = e.parentElement || e.getRootNode().host) {
      const c = rgb(getComputedStyle(e).backgroundColor);
      if (c && c.a === 1) return c;
    }
    return { c: [255, 255, 255], a: 1 };
  };
  // What a radio or select draws, as [part, colour]: its border when it draws its own (and a
  // radio drawn by the guide, its dot once checked). A native radio's ring is the browser's and
  // cannot be read: only a checked one's accent colour can.
  const parts = (el) => {
    const s = getComputedStyle(el);
    if (el.tagName === 'SELECT' || s.appearance === 'none') {
      const border = parseFloat(s.borderTopWidth) >= 1 && s.borderTopStyle !== 'none' ? s.borderTopColor : 'none';
      return el.checked ? [['ring', border], ['dot', s.backgroundColor]] : [['ring', border]];
    }
    return [['accent', el.checked ? s.accentColor : 'unknown']];
  };
  window.__rgControls = () => {
    const root = document.querySelector('recovery-guide').shadowRoot;
    const found = new Map();
    for (const el of root.querySelectorAll('input[type=radio], select')) {
      if (!el.getClientRects().length) continue;
      const bg = behind(el);
      const kind = el.tagName === 'SELECT' ? 'select' : `radio${el.checked ? ' (checked)' : ''}`;
      for (const [part, colour] of parts(el)) {
        found.set(`${kind} ${part} ${colour} on rgb(${bg.c.join(', ')})`, ratio(rgb(colour), bg));
      }
    }
    return [...found].map(([what, r]) => ({ what, ratio: r }));
  };
  // A focus ring is its outline and the box-shadow around it; the best of them against the
  // background counts (a two-colour ring: one colour stands out on light, the other on dark).
  window.__rgRing = (el) => {
    const s = getComputedStyle(el);
    const colours = [];
    if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) colours.push(s.outlineColor);
    for (const m of s.boxShadow.matchAll(/rgba?\([^)]*\)/g)) colours.push(m[0]);
    const bg = behind(el);
    const best = Math.max(0, ...colours.map((c) => ratio(rgb(c), bg)));
    const kind = el.tagName.toLowerCase();
    return { kind, what: `focused ${kind} ring [${colours.join(' ')}] on rgb(${bg.c.join(', ')})`, ratio: best };
  };
};

// Label in name (WCAG 2.5.3): every link and button's accessible name holds its visible words, in
// order, so a voice-control user who says what they see ("Call 911") finds it. axe-core's
// `label-content-name-mismatch` rule (tagged experimental, so enabled here by name) finds nothing,
// in every region and each language, with every step, question and disclosure open and a
// partner's own line. The same pages also check what axe does not: the help bar's links, named by
// their content, say what they show first. And the whole WCAG 2.2 AA audit runs on them too: a
// region's own lines, tiers and sources are words the default region's audit never sees.
function namesPage(locale, region) {
  const path = `/names-${locale}-${region}.html`;
  server.pages[path] = html({
    title: 'names',
    lang: locale,
    body: `<recovery-guide locale="${locale}" region="${region}" helpline-name="Acme EAP" helpline-phone="+18005550100" helpline-sms="+18005550101"></recovery-guide>
<script src="/recovery-guide.js" async data-mount="elements"></script>`,
  });
  return `${server.url}${path}`;
}

describe('label in name', () => {
  for (const locale of LOCALES) {
    it(`${locale}: axe finds nothing in any region, label-content-name-mismatch included`, async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      for (const region of REGIONS) {
        await page.goto(namesPage(locale, region));
        assert.equal(await settled(page), 'ready');
        const guide = page.locator('recovery-guide');
        await guide.locator('.rg-show-all').click();
        // The steps are open now; open every other disclosure (questions, sources).
        for (const d of await guide.locator('details:not(.rg-step__details)').all()) await d.locator(':scope > summary').click();
        await backToTop(page);
        await page.addScriptTag({ path: AXE });
        const found = await page.evaluate(async (tags) => {
          const rule = 'label-content-name-mismatch';
          const result = await window.axe.run(
            { include: [['recovery-guide']] },
            { runOnly: { type: 'tag', values: tags }, rules: { [rule]: { enabled: true } } },
          );
          return {
            checked: result.passes.concat(result.violations).filter((r) => r.id === rule).reduce((n, r) => n + r.nodes.length, 0),
            violations: result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}: ${n.failureSummary}`)),
          };
        }, TAGS);
        assert.deepEqual(found.violations, [], `${locale}/${region}`);
        assert.ok(found.checked >= 3, `${locale}/${region}: axe checked ${found.checked} named links`);
        // Every link and button: its name (aria-label, or its text) holds what it shows, in order.
        const mismatches = await page.evaluate(() => {
          const root = document.querySelector('recovery-guide').shadowRoot;
          // Letters and digits only: the eye sees boxes where the text has no space (a name above
          // its number), so spacing and punctuation are not compared, the words and their order are.
          const words = (s) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
          const shown = (el) => {
            let out = '';
            const walk = (n) => {
              if (n.nodeType === Node.TEXT_NODE) out += n.data;
              else if (n.nodeType === Node.ELEMENT_NODE && !n.classList.contains('rg-vh')) n.childNodes.forEach(walk);
            };
            walk(el);
            return out;
          };
          const named = (el) => {
            if (el.hasAttribute('aria-label')) return el.getAttribute('aria-label');
            let out = '';
            const walk = (n) => {
              if (n.nodeType === Node.TEXT_NODE) out += n.data;
              else if (n.nodeType === Node.ELEMENT_NODE && n.getAttribute('aria-hidden') !== 'true') n.childNodes.forEach(walk);
            };
            walk(el);
            return out;
          };
          return [...root.querySelectorAll('a[href], button')]
            .filter((el) => el.getClientRects().length > 0)
            .map((el) => ({ shown: words(shown(el)), name: words(named(el)), raw: named(el) }))
            .filter((x) => x.shown && !x.name.includes(x.shown))
            .map((x) => `"${x.shown}" is not in "${x.name}"`)
            .concat(
              [...root.querySelectorAll('[aria-label]')]
                .map((el) => el.getAttribute('aria-label'))
                .filter((n) => / ,|\s{2}/.test(n))
                .map((n) => `stray space in "${n}"`),
            );
        });
        assert.deepEqual(mismatches, [], `${locale}/${region}`);
      }
      await page.close();
    });
  }
});
