// Screenshots for people to look at (`make screenshots`, release build in dist/):
// - the demo page at 320 px and 1280 px, light and dark, in every locale;
// - the whole guide in French in Canada (every step and question open), 320 px and 1280 px, light
//   and dark, as a French-speaking parent in Montreal would read it;
// - the journey all expanded, for each audience;
// - each region's help section, both grids and the questions (one opened; and all opened in three
//   regions, for each reader), in en and es, and the
//   fallback when the WebAssembly cannot load;
// - the three sample partner pages (health system, employer, school), at 320 px and 1280 px;
// - the snippet builder, the guide in a frame (a page that forbids WebAssembly), the printed sheet.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from './serve.mjs';
import { launch, settled } from './browser.mjs';
import { LOCALES, REGIONS } from './content.mjs';

const out = process.argv[2] || 'target/screenshots';
mkdirSync(out, { recursive: true });
const server = await serve({ roots: { '/': 'dist' } });
const browser = await launch();

function page(attrs, head = '') {
  const path = `/shot-${Math.random().toString(36).slice(2)}.html`;
  server.pages[path] = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>shot</title>${head}</head>
<body style="margin:0;padding:8px;background:#f6f4ef"><recovery-guide ${attrs}></recovery-guide>
<script src="/recovery-guide.js" data-mount="elements"></script></body></html>`;
  return `${server.url}${path}`;
}

async function shoot(name, url, { width = 1280, scheme = 'light', prepare, selector, block, host } = {}) {
  const p = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
  if (block) await p.route('**/*.wasm', (r) => r.abort());
  await p.goto(url);
  // host null: a page without a guide of its own to wait for (the builder waits in `prepare`).
  const state = host === null ? 'page' : await settled(p, host);
  if (prepare) await prepare(p);
  // A page scrolled by `prepare` (a question opened far down) shows the slim bar, which a
  // full-page shot would paint over the text below it: back at the top, it hides again.
  // (And the pointer off what `prepare` clicked: no hover underline in the shot.)
  await p.mouse.move(0, 0);
  if (!selector) {
    await p.evaluate(() => window.scrollTo(0, 0));
    await p.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  }
  const file = join(out, `${name}.png`);
  if (selector) await p.locator(selector).first().screenshot({ path: file });
  // A whole guide opened at 320 px is a very tall page: painting it takes longer than the default 30 s.
  else await p.screenshot({ path: file, fullPage: true, timeout: 180_000 });
  console.log(`${file} (${state})`);
  await p.close();
}

const showAll = (p) => p.getByRole('button', { name: 'Show all steps' }).click();
const openEverything = async (p) => {
  const guide = p.locator('recovery-guide');
  await guide.locator('.rg-show-all').click();
  for (const q of await guide.locator('.rg-question > summary').all()) await q.click();
};
try {
  for (const scheme of ['light', 'dark']) {
    for (const width of [320, 1280]) {
      await shoot(`canada-fr-${scheme}-${width}`, page('locale="fr" region="ca"'), { width, scheme, prepare: openEverything });
    }
  }
  for (const width of [320, 1280]) {
    await shoot(`partner-health-${width}`, `${server.url}/`, { width });
    await shoot(`partner-employer-${width}`, `${server.url}/employer.html`, { width });
    await shoot(`partner-school-es-${width}`, `${server.url}/school.html`, {
      width,
      host: '#guide',
      prepare: async (p) => {
        await p.getByRole('button', { name: 'Español' }).click();
        await settled(p, '#guide');
      },
    });
  }
  for (const locale of LOCALES) {
    for (const scheme of ['light', 'dark']) {
      for (const width of [320, 1280]) {
        await shoot(`demo-${locale}-${scheme}-${width}`, page(`locale="${locale}"`), { width, scheme });
      }
    }
  }
  for (const audience of ['self', 'loved-one']) {
    for (const width of [320, 1280]) {
      await shoot(`journey-expanded-${audience}-${width}`, page(`audience="${audience}" sections="journey"`), { width, prepare: showAll });
    }
  }
  // Each region's help, in both languages: the overdose steps are worded per region.
  for (const locale of LOCALES) {
    for (const region of REGIONS) {
      await shoot(`help-${region}-${locale}-320`, page(`region="${region}" locale="${locale}" sections="help"`), { width: 320 });
    }
    await shoot(`help-ca-${locale}-1280`, page(`region="ca" locale="${locale}" sections="help"`));
    for (const width of [320, 1280]) {
      await shoot(`compare-${locale}-${width}`, page(`locale="${locale}" sections="compare"`), { width });
    }
    // Questions, one opened (with its sources), light and dark.
    for (const scheme of ['light', 'dark']) {
      for (const width of [320, 1280]) {
        await shoot(`questions-${locale}-${scheme}-${width}`, page(`locale="${locale}" sections="questions"`), {
          width,
          scheme,
          prepare: async (p) => {
            await p.locator('recovery-guide').locator('.rg-question > summary').first().click();
            await p.locator('recovery-guide').locator('.rg-question__answer .rg-sources > summary').first().click();
          },
        });
      }
    }
  }
  // Every question opened, in three regions, for each reader, in both languages (issue 14).
  const openAll = async (p) => {
    for (const q of await p.locator('recovery-guide').locator('.rg-question > summary').all()) await q.click();
  };
  for (const locale of LOCALES) {
    for (const region of ['us', 'uk', 'ca']) {
      for (const audience of ['self', 'loved-one']) {
        for (const width of [320, 1280]) {
          await shoot(`questions-open-${region}-${locale}-${audience}-${width}`, page(`locale="${locale}" region="${region}" audience="${audience}" sections="questions"`), {
            width,
            prepare: openAll,
          });
        }
      }
    }
  }
  await shoot('help-partner-1280', page('sections="help" helpline-name="Acme Employee Assistance" helpline-phone="+1 (800) 555-0100" helpline-hours="Mon-Fri 8am-6pm"'));
  for (const width of [320, 1280]) {
    await shoot(`builder-${width}`, `${server.url}/builder/`, {
      width,
      host: null,
      prepare: async (p) => {
        await p.getByLabel('Region').selectOption('uk');
        await p.getByLabel('Name', { exact: true }).fill('Northside Support Line (fictional)');
        await p.getByLabel('Phone', { exact: true }).fill('+44 20 7946 0018');
        await p.getByLabel('Web address').fill('http://not-https.example');
        await p.locator('input[type="color"]').fill('#7a1f2b');
        await settled(p, '.builder__preview');
        await p.waitForTimeout(300);
      },
    });
    await shoot(`framed-${width}`, page('', `<meta http-equiv="Content-Security-Policy" content="script-src 'self'">`), { width });
    await shoot(`print-from-step-5-${width}`, page(''), {
      width,
      prepare: async (p) => {
        // Step 5's disclosure (a native summary, not a button).
        await p.locator('.rg-step').nth(4).locator('summary.rg-step__toggle').click();
        await p.emulateMedia({ media: 'print' });
      },
    });
    // In each grid shown two at a time, the second choice set to the grid's last option
    // (naltrexone, ongoing support): the table beside it must follow.
    await shoot(`compare-pick-two-${width}`, page('sections="compare"'), {
      width,
      prepare: async (p) => {
        for (const pick of await p.locator('recovery-guide').locator('.rg-pick').all()) {
          if (!(await pick.isVisible())) continue;
          const second = pick.locator('select').nth(1);
          await second.selectOption({ index: (await second.locator('option').count()) - 1 });
        }
      },
    });
  }
  await shoot('fallback-320', page(''), { width: 320, block: true });
  await shoot('fallback-1280', page(''), { width: 1280, block: true });
} finally {
  await browser.close();
  await server.close();
}
