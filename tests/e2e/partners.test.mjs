// The three sample partner pages on the demo site embed the guide the way each partner would.
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serve } from '../support/serve.mjs';
import { launch, settled } from '../support/browser.mjs';

const DIST = join(import.meta.dirname, '..', '..', 'dist');
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

async function open(path) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(`${server.url}${path}`);
  return { page, errors };
}

it("the health system's page: the full guide in its brand colour", async () => {
  const { page, errors } = await open('/');
  assert.equal(await settled(page), 'ready');
  const look = await page.$eval('recovery-guide', (h) => ({
    bar: getComputedStyle(h.shadowRoot.querySelector('.rg-helpbar')).backgroundColor,
    sections: [...h.shadowRoot.querySelectorAll('.rg-section')].map((s) => s.classList[1]),
  }));
  assert.deepEqual(look, { bar: 'rgb(47, 93, 80)', sections: ['rg-journey', 'rg-questions', 'rg-compare', 'rg-help'] });
  assert.deepEqual(errors, []);
  await page.close();
});

it("the employer's portal: its EAP line first, labelled as its own, with quick exit", async () => {
  const { page, errors } = await open('/employer.html');
  assert.equal(await settled(page), 'ready');
  const help = await page.$eval('recovery-guide', (h) => {
    const first = h.shadowRoot.querySelector('.rg-tiers > li');
    return {
      partnerFirst: first.classList.contains('rg-tier--partner'),
      heading: first.querySelector('h3').textContent,
      href: first.querySelector('a').getAttribute('href'),
      exit: !!h.shadowRoot.querySelector('.rg-exit__button'),
    };
  });
  assert.deepEqual(help, { partnerFirst: true, heading: 'Contact Northwind EAP (fictional)', href: 'tel:+18005550142', exit: true });
  assert.deepEqual(errors, []);
  await page.close();
});

it("the school's page: the counselor's line, and the guide in Spanish at a click", async () => {
  const { page, errors } = await open('/school.html');
  assert.equal(await settled(page, '#guide'), 'ready');
  const read = () => page.$eval('#guide', (h) => ({
    lang: h.shadowRoot.querySelector('.rg-root').getAttribute('lang'),
    heading: h.shadowRoot.querySelector('.rg-tier--partner h3').textContent,
    href: h.shadowRoot.querySelector('.rg-tier--partner a').getAttribute('href'),
  }));
  assert.deepEqual(await read(), { lang: 'en', heading: 'Contact the Lakeview school counselor (fictional)', href: 'tel:+18005550177' });
  await page.getByRole('button', { name: 'Español' }).click();
  // The first frame (help bar only) comes first; wait for the Spanish guide itself.
  await page.waitForFunction(() => document.querySelector('#guide').shadowRoot.querySelector('.rg-root[lang="es"] .rg-tier--partner'));
  assert.deepEqual(await read(), { lang: 'es', heading: 'Contacta a la consejera de Lakeview (ficticia)', href: 'tel:+18005550177' });
  assert.equal(await page.getAttribute('button[data-locale="es"]', 'aria-pressed'), 'true');
  assert.deepEqual(errors, []);
  await page.close();
});
