// Printing the guide gives a clean "my next steps" sheet: the help numbers, the reader's current
// step and the steps after it, the questions to ask a provider, the questions the reader opened
// with their answers; no buttons, no exit bar.
import { after, before, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { serve } from '../support/serve.mjs';
import { html, launch, settled } from '../support/browser.mjs';

const DIST = join(import.meta.dirname, '..', '..', 'dist');
let browser;
let server;

before(async () => {
  browser = await launch();
  server = await serve({ roots: { '/': DIST } });
  server.pages['/print.html'] = html({
    title: 'print',
    body: '<recovery-guide></recovery-guide><script src="/recovery-guide.js" data-mount="elements"></script>',
  });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** What a printed page shows: its visible text, the visible controls, and the visible steps. */
function printed(page) {
  return page.$eval('recovery-guide', (h) => {
    const root = h.shadowRoot;
    const shown = (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
    return {
      text: root.querySelector('.rg-guide').innerText,
      // An open question's summary, and a step's, is its printed heading, not a control.
      controls: [...root.querySelectorAll('button, select, input, summary, textarea')]
        .filter((e) => shown(e) && !e.matches('.rg-question > summary, .rg-step__toggle'))
        .map((e) => e.outerHTML.slice(0, 60)),
      questions: [...root.querySelectorAll('.rg-question')].filter(shown).map((q) => q.id.replace('rg-q-', '')),
      steps: [...root.querySelectorAll('.rg-step')].filter(shown).map((s) => s.id.replace('rg-step-', '')),
      bodies: [...root.querySelectorAll('.rg-step__body')].filter(shown).length,
      exitBar: [...root.querySelectorAll('.rg-exit')].some(shown),
    };
  });
}

it('prints the help numbers, the steps from the one the reader is on, the questions to ask, and no controls', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.url}/print.html`);
  assert.equal(await settled(page), 'ready');
  const guide = page.locator('recovery-guide');
  // The reader opens step 5 (medication): that is where their sheet starts.
  await guide.locator('#rg-step-medication > details > summary').click();
  // And one question, whose answer goes on the sheet; the others stay off it.
  const question = guide.locator('#rg-q-first-appointment');
  await question.locator(':scope > summary').click();
  const answer = (await question.locator('.rg-question__answer p').first().innerText()).trim();
  await page.emulateMedia({ media: 'print' });
  const sheet = await printed(page);
  assert.deepEqual(sheet.controls, [], 'no buttons, selects or inputs on paper');
  assert.deepEqual(sheet.steps, ['medication', 'therapy', 'ongoing']);
  assert.equal(sheet.bodies, 3, 'each printed step is expanded');
  for (const number of ['1-800-662-HELP', '911', '988']) assert.ok(sheet.text.includes(number), `prints ${number}`);
  assert.match(sheet.text, /What could I ask my clinician\?/, 'the questions to ask a clinician');
  assert.equal(sheet.exitBar, false, 'no exit bar');
  assert.deepEqual(sheet.questions, ['first-appointment'], 'only the question the reader opened');
  // The emergency number keeps its frame on paper: black, not the screen's white on no background.
  assert.equal(
    await guide.locator('.rg-helpbar__emergency').evaluate((e) => getComputedStyle(e).borderTopColor),
    'rgb(0, 0, 0)',
    'the printed emergency number is framed in black',
  );
  assert.ok(sheet.text.includes(answer), `its answer is printed: ${answer}`);

  // With no step chosen (or after "Show all steps"), the sheet has every step.
  await page.emulateMedia({ media: 'screen' });
  await guide.getByRole('button', { name: 'Show all steps' }).click();
  await page.emulateMedia({ media: 'print' });
  const all = await printed(page);
  assert.equal(all.steps.length, 7);
  assert.equal(all.bodies, 7);
  // Closed again, no question is printed, nor the section's heading.
  await page.emulateMedia({ media: 'screen' });
  await question.locator(':scope > summary').click();
  await page.emulateMedia({ media: 'print' });
  const none = await printed(page);
  assert.deepEqual(none.questions, []);
  assert.doesNotMatch(none.text, /Questions people ask/);
  await page.close();
});
