// Label in name (WCAG 2.5.3): every link and button's accessible name holds its visible words, in
// order, so a voice-control user who says what they see ("Call 911") finds it. axe-core's
// `label-content-name-mismatch` rule (tagged experimental, so enabled here by name) finds nothing,
// in every region and both languages, with every step, question and disclosure open and a
// partner's own line. The same pages also check what axe does not: the help bar's links, named by
// their content, say what they show first.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serve } from '../support/serve.mjs';
import { html, launch, settled } from '../support/browser.mjs';
import { LOCALES, REGIONS } from '../support/content.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
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

function pageFor(locale, region) {
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
    it(`${locale}: axe's label-content-name-mismatch finds nothing in any region`, async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      for (const region of REGIONS) {
        await page.goto(pageFor(locale, region));
        assert.equal(await settled(page), 'ready');
        const guide = page.locator('recovery-guide');
        await guide.locator('.rg-show-all').click();
        for (const d of await guide.locator('details').all()) await d.locator(':scope > summary').click();
        await page.addScriptTag({ path: AXE });
        const found = await page.evaluate(async () => {
          const result = await window.axe.run(
            { include: [['recovery-guide']] },
            { runOnly: { type: 'rule', values: ['label-content-name-mismatch'] } },
          );
          return {
            checked: result.passes.concat(result.violations).reduce((n, r) => n + r.nodes.length, 0),
            violations: result.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary}`)),
          };
        });
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
