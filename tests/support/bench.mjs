// The benchmark (`make bench`): figures, never pass or fail. For the release build in dist/ it
// prints bytes per asset (raw, gzip, brotli), then loads the sample partner page with the embedded
// guide and the same content as one plain static HTML page (made in this run from the rendered
// guide), in headless Chromium with the CPU throttled 4x through the DevTools protocol, cold and
// warm cache, and prints the median time to the help bar and to interactive, long tasks (> 50 ms),
// layout shift, and the ratios guide / static. The employer's page (the element, with the room
// reserved as the README says) is measured too, for its layout shift.
// Then the slow phone (issue 15): 412 px wide, slow 4G (150 ms round trip, 1.6 Mbps down) and the
// CPU 4x slower, for the guide and the static copy in the same run, for the guide in the partner
// article with a hero image, and in the employer's page (the element, with its own EAP line):
// help bar, text visible (the journey's steps in the page), all its text (the last part in the
// page), ready, longest task, layout shift, bytes over the wire, and when the glue's last byte came
// (what of the text's wait is the network's); and, as the floor to read those against, how long the
// static copy takes from its help bar to its last part, and its longest task.
// BENCH_ONLY=slow prints the bytes and the slow phone alone.
// Then Lighthouse 12.2.3 (mobile, default settings), median of 3, on the sample partner page with
// and without the snippet, and the deltas; and the floor, the same page with an empty script in the
// snippet's place: what Lighthouse charges any one-line script (installed on demand into target/bench-tools by
// `make bench`; skipped with a note when absent). Lighthouse loads the pages over https and HTTP/2,
// as CDNs and partner sites serve them, and the article over plain HTTP/1.1 too: there its
// simulation charges any script about one round trip (the floor), which HTTP/2 does not. Every page and asset is served compressed, as a CDN
// serves the release's .br and .gz copies (Chromium asks 127.0.0.1 for brotli too, as it asks any
// secure origin).
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { deflateSync, gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { serve } from './serve.mjs';
import { testCertificate } from './https.mjs';
import { allSettled, launch, settled } from './browser.mjs';

const DIST = join(import.meta.dirname, '..', '..', 'dist');
const RUNS = Number(process.env.BENCH_RUNS || 7);
const THROTTLE = Number(process.env.BENCH_THROTTLE || 4);

const sizes = (bytes) => ({
  raw: bytes.length,
  gzip: gzipSync(bytes, { level: 9 }).length,
  brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});
/** The byte lengths of a wasm module's code (10) and data (11) sections. */
function wasmSections(bytes) {
  let i = 8;
  const out = {};
  const leb = () => {
    let r = 0, shift = 0, x;
    do { x = bytes[i++]; r |= (x & 0x7f) << shift; shift += 7; } while (x & 0x80);
    return r >>> 0;
  };
  while (i < bytes.length) {
    const id = bytes[i++];
    const len = leb();
    out[id] = (out[id] || 0) + len;
    i += len;
  }
  return { code: out[10] || 0, data: out[11] || 0 };
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const pad = (v, n = 9) => String(v).padStart(n);

// Recorded in every page before its own scripts: when the help bar's first link exists (in the
// guide's shadow root or, for the static page, in the document), long tasks and layout shifts.
function observe() {
  // `laterTasks`: the long tasks that start once the help bar is there, when the page's own parsing
  // and first layout are done: the guide's own work.
  const m = (window.__bench = { helpbar: null, ready: null, longTasks: [], laterTasks: [], cls: 0 });
  // Interactive: the moment the guide says it is ready (the full guide mounted and styled).
  document.addEventListener('recovery-guide:ready', () => { if (m.ready === null) m.ready = performance.now(); });
  const find = () => {
    const host = document.querySelector('recovery-guide');
    const root = host && host.shadowRoot ? host.shadowRoot : document;
    return root.querySelector('.rg-helpbar a');
  };
  const check = () => {
    if (m.helpbar === null && find()) m.helpbar = performance.now();
    if (m.helpbar === null) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
  new MutationObserver(() => { if (m.helpbar === null && find()) m.helpbar = performance.now(); })
    .observe(document, { subtree: true, childList: true });
  try {
    new PerformanceObserver((l) => l.getEntries().forEach((e) => {
      m.longTasks.push(e.duration);
      if (m.helpbar !== null && e.startTime >= m.helpbar) m.laterTasks.push(e.duration);
    }))
      .observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((l) => l.getEntries().forEach((e) => { if (!e.hadRecentInput) m.cls += e.value; }))
      .observe({ type: 'layout-shift', buffered: true });
  } catch (e) { /* old browser: figures stay empty */ }
}

// The page's own values, read through the DevTools protocol. Playwright's waitForFunction,
// evaluate and $eval first put Playwright's own script in the page, a long task of its own (60-110
// ms at 4x) that the page's long-task observer counted as the guide's.
async function read(cdp, expression) {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description || exceptionDetails.text);
  return result.value;
}
/** Resolves once every guide on the page is ready (or in fallback), polling from the page. */
const SETTLED = `new Promise((done, fail) => {
  const start = performance.now();
  const check = () => {
    if ((${allSettled})('recovery-guide')) return done(true);
    if (performance.now() - start > 30000) return fail(new Error('the guide did not settle'));
    setTimeout(check, 25);
  };
  check();
})`;
// The guide: when it fired recovery-guide:ready. The static page: when its load event ended (it
// has no script, so it is interactive once loaded).
const INTERACTIVE = (isGuide) => (isGuide ? 'window.__bench.ready' : "performance.getEntriesByType('navigation')[0].loadEventEnd");

/** One load: returns { helpbar, interactive, longTasks, longest, cls } in ms. */
async function measure(page, url, isGuide) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await page.goto(url, { waitUntil: 'load' });
  if (isGuide) await read(cdp, SETTLED);
  const interactive = await read(cdp, INTERACTIVE(isGuide));
  await page.waitForTimeout(300); // let late layout shifts and long tasks report
  const m = await read(cdp, 'window.__bench');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  return {
    helpbar: m.helpbar,
    interactive,
    longTasks: m.longTasks.length,
    longest: m.longTasks.length ? Math.max(...m.longTasks) : 0,
    later: m.laterTasks.length ? Math.max(...m.laterTasks) : 0,
    cls: m.cls,
  };
}

/** The rendered guide as one static page: its markup and both stylesheets, no script at all. */
async function staticCopy(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(url);
  await settled(page);
  const html = await page.evaluate(() => {
    const host = document.querySelector('recovery-guide');
    const root = host.shadowRoot;
    const css = [...root.adoptedStyleSheets].map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n')
      .replace(/:host/g, 'body');
    // The page as it is, scripts out, with the guide's rendered markup where its element stands
    // (wherever that is in the page).
    const clone = document.body.cloneNode(true);
    clone.querySelectorAll('script').forEach((s) => s.remove());
    clone.querySelector('recovery-guide').replaceWith(document.createComment('rg-guide'));
    const body = clone.innerHTML.replace('<!--rg-guide-->', root.querySelector('.rg-root').outerHTML);
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Static copy</title><style>${css}</style></head><body>${body}</body></html>`;
  });
  await page.close();
  return html;
}

// The slow phone: slow 4G and a 4x slower CPU, through the DevTools protocol.
const SLOW = { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

/** Recorded in every page: when the guide's text (its journey steps) is in the page. */
// `visible`: the journey's first step title is in the page; `all`: the last part (the footer) is,
// so the whole guide's text (issue 15's list: headings, step titles, both grids, the help tiers);
// `bodies`: the closed step bodies and answers too, which come in a module of their own.
function observeText() {
  const m = (window.__text = { visible: null, all: null, bodies: null });
  const has = (selector) => {
    const host = document.querySelector('recovery-guide');
    const root = host && host.shadowRoot ? host.shadowRoot : document;
    return root.querySelector(selector);
  };
  const note = () => {
    if (m.visible === null && has('.rg-step__title')) m.visible = performance.now();
    if (m.all === null && has('.rg-footer')) m.all = performance.now();
    if (m.all !== null && m.bodies === null && !has('.rg-step__body:empty, .rg-question__answer:empty')) m.bodies = performance.now();
  };
  new MutationObserver(note).observe(document, { subtree: true, childList: true });
  // The guide's own root too (a document's observer does not see into a shadow root): each time is
  // when the text is put in, as the help bar's is, not the frame after.
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attach.call(this, init);
    new MutationObserver(note).observe(root, { subtree: true, childList: true });
    return root;
  };
}

/** One load on the slow phone. */
async function measureSlow(page, url, isGuide) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(url, { waitUntil: 'load', timeout: 120000 });
  if (isGuide) await read(cdp, SETTLED);
  const ready = await read(cdp, INTERACTIVE(isGuide));
  await page.waitForTimeout(300);
  const m = await read(cdp, `({
    ...window.__bench,
    text: window.__text.visible,
    all: window.__text.all,
    bodies: window.__text.bodies,
    // The glue's last byte (not its bodies'): the network's share of the text's wait.
    glue: (performance.getEntriesByType('resource').find((e) => /recovery-guide-core-[a-z]+-[a-z]+\.js$/.test(e.name)) || {}).responseEnd ?? null,
    bytes: [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
      .reduce((n, e) => n + (e.transferSize || e.encodedBodySize || 0), 0),
  })`);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const longest = (tasks) => (tasks.length ? Math.max(...tasks) : 0);
  return { helpbar: m.helpbar, glue: m.glue, text: m.text, all: m.all, bodies: m.bodies, ready, longest: longest(m.longTasks), later: longest(m.laterTasks), cls: m.cls, bytes: m.bytes };
}

// A partner's article as the issue measured it: a hero image (a 1200x630 PNG of about 100 KB, made
// here), a headline, paragraphs, and the one-line snippet between them.
function heroPng(width = 1200, height = 630) {
  const crc = (buf) => {
    let c = ~0;
    for (const b of buf) {
      c ^= b;
      for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
    }
    return ~c >>> 0;
  };
  const chunk = (type, data) => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, 'latin1');
    data.copy(out, 8);
    out.writeUInt32BE(crc(out.subarray(4, 8 + data.length)), 8 + data.length);
    return out;
  };
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      // A gradient with a grain of 8 px blocks: compressed, about as large as a photo of its size.
      let h = ((x >> 3) * 73856093) ^ ((y >> 3) * 19349663);
      h = Math.imul(h ^ (h >>> 13), 1274126177);
      const grain = (h >>> 24) & 15;
      const at = y * (width * 3 + 1) + 1 + x * 3;
      rows[at] = 40 + ((x * 90) / width) + grain;
      rows[at + 1] = 90 + ((y * 80) / height) + grain;
      rows[at + 2] = 80 + grain;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}
const HERO = mkdtempSync(join(tmpdir(), 'rg-bench-'));
writeFileSync(join(HERO, 'hero.png'), heroPng());
const PARAGRAPH = '<p>Opioid use disorder is a treatable medical condition. Many people who get treatment go on to work, study and raise their families, and the first step is often a single phone call.</p>';
const article = (snippet) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>Finding help for opioid addiction | Riverside Community Health</title>
<style>body{margin:0;font:17px/1.6 Georgia,serif;color:#222}header{background:#2f5d50;color:#fff;padding:1rem}main{max-width:46rem;margin:0 auto;padding:0 1rem 3rem}.hero{display:block;width:100%;height:auto}</style></head>
<body><header>Riverside Community Health</header><main><img class="hero" src="/bench/hero.png" width="1200" height="630" alt="A counselor and a patient talking">
<h1>Finding help for opioid addiction</h1>${PARAGRAPH}${PARAGRAPH}${snippet}${PARAGRAPH.repeat(4)}</main></body></html>`;

const browser = await launch();
const served = {
  roots: { '/': DIST, '/bench/': HERO },
  // Compressed as a CDN serves the release (brotli where the browser takes it, else gzip).
  compress: true,
  // Cacheable, as a CDN serves them, so the warm runs use the browser cache.
  headersFor: () => ({ 'Cache-Control': 'public, max-age=3600' }),
};
const server = await serve(served);
const staticHtml = await staticCopy(browser, `${server.url}/`);
server.pages['/static.html'] = staticHtml;

// Bytes.
console.log('Bytes per asset (raw, gzip -9, brotli q11)');
const files = readdirSync(DIST).filter((f) => f.startsWith('recovery-guide')).sort();
const table = Object.fromEntries(files.map((f) => [f, sizes(readFileSync(join(DIST, f)))]));
table['static.html (same content)'] = sizes(Buffer.from(staticHtml));
for (const [name, s] of Object.entries(table)) console.log(`  ${name.padEnd(32)}${pad(s.raw)}${pad(s.gzip)}${pad(s.brotli)}`);
const locales = files.map((f) => /core-(\w+)\.wasm$/.exec(f)?.[1]).filter(Boolean);
const guideBytes = {};
for (const l of locales) {
  // The loader, the wasm and its bindings, and the largest region's glue with its bodies.
  const bodiesOf = (glue) => glue.replace(/\.js$/, '-more.js');
  const withBodies = (glue) => table[glue].brotli + table[bodiesOf(glue)].brotli;
  const glue = files.filter((f) => f.startsWith(`recovery-guide-core-${l}-`) && !f.endsWith('-more.js')).sort((a, b) => withBodies(b) - withBodies(a))[0];
  const parts = ['recovery-guide.js', glue, bodiesOf(glue), `recovery-guide-core-${l}.wasm`, `recovery-guide-core-${l}.js`].map((f) => table[f]);
  guideBytes[l] = Object.fromEntries(['raw', 'gzip', 'brotli'].map((k) => [k, parts.reduce((a, p) => a + p[k], 0)]));
  const g = guideBytes[l];
  console.log(`  ${`full guide, ${l}`.padEnd(32)}${pad(g.raw)}${pad(g.gzip)}${pad(g.brotli)}`);
}

// Code against words: the wasm's code section should not grow when content is added (the words
// are data); a change to the renderer shows here first.
console.log('\nWasm sections (raw bytes)');
for (const l of locales) {
  const s = wasmSections(readFileSync(join(DIST, `recovery-guide-core-${l}.wasm`)));
  console.log(`  ${l}: code ${s.code}, data ${s.data}`);
}

// Timings.
const results = {};
// The one-line snippet in place (the health system's page), the element with its reserved room
// (the employer's page), and the static copy of the first.
const PAGES = [['guide', '/', true], ['element', '/employer.html', true], ['static', '/static.html', false]];
/**
 * RUNS loads of `path` at 1280x900. Cold: a fresh context (empty cache) each run. Warm: the same
 * context, loaded once before.
 */
async function desktopRuns(path, isGuide, cache) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(observe);
    const page = await context.newPage();
    if (cache === 'warm') await measure(page, `${server.url}${path}`, isGuide);
    runs.push(await measure(page, `${server.url}${path}`, isGuide));
    await context.close();
  }
  return runs;
}
// BENCH_ONLY=slow: the bytes and the slow phone alone (a quick look while changing the text's path).
const ONLY = process.env.BENCH_ONLY || '';
for (const [name, path, isGuide] of ONLY === 'slow' ? [] : PAGES) {
  for (const cache of ['cold', 'warm']) {
    const runs = await desktopRuns(path, isGuide, cache);
    results[`${name} ${cache}`] = {
      helpbar: median(runs.map((r) => r.helpbar)),
      interactive: median(runs.map((r) => r.interactive)),
      longTasks: Math.max(...runs.map((r) => r.longTasks)),
      longest: Math.max(...runs.map((r) => r.longest)),
      later: Math.max(...runs.map((r) => r.later)),
      laterMedian: median(runs.map((r) => r.later)),
      cls: Math.max(...runs.map((r) => r.cls)),
    };
  }
}
if (ONLY !== 'slow') {
  console.log(`\nTimings, median of ${RUNS} runs, CPU throttled ${THROTTLE}x, 1280x900 (ms from navigation start)`);
  // "after bar": the longest task that starts once the help bar is in the page: the guide's own
  // work, which should stay under 50 ms, and the page's own first frame where it comes after the bar
  // (an async loader can run before the page is first drawn).
  // The longest of all runs, and the median of each run's longest (one noisy run moves the first).
  console.log(`  ${'page'.padEnd(14)}${pad('help bar', 10)}${pad('interactive', 13)}${pad('long tasks', 12)}${pad('longest', 9)}${pad('after bar', 11)}${pad('(median)', 10)}${pad('CLS', 7)}`);
  for (const [name, r] of Object.entries(results)) {
    console.log(`  ${name.padEnd(14)}${pad(r.helpbar.toFixed(0), 10)}${pad(r.interactive.toFixed(0), 13)}${pad(r.longTasks, 12)}${pad(r.longest.toFixed(0), 9)}${pad(r.later.toFixed(0), 11)}${pad(r.laterMedian.toFixed(0), 10)}${pad(r.cls.toFixed(3), 7)}`);
  }
  // The floor under those figures: the same page without the snippet, whose own parsing and first
  // frame are long tasks at 4x on a slow machine, whatever the guide does.
  server.pages['/without.html'] = readFileSync(join(DIST, 'index.html'), 'utf8').replace(/<script src="recovery-guide\.js"[^>]*><\/script>/, '');
  const alone = await desktopRuns('/without.html', false, 'cold');
  console.log(`  the same page without the snippet (the machine's floor), cold: longest task ${Math.max(...alone.map((r) => r.longest)).toFixed(0)}, median of the runs' longest ${median(alone.map((r) => r.longest)).toFixed(0)}, in ${alone.filter((r) => r.longest > 0).length} of ${RUNS} runs`);
  console.log('\nRatios guide / static');
  const staticBrotli = table['static.html (same content)'].brotli;
  console.log(`  bytes (brotli), en: ${(guideBytes.en.brotli / staticBrotli).toFixed(2)}`);
  for (const cache of ['cold', 'warm']) {
    const g = results[`guide ${cache}`];
    const s = results[`static ${cache}`];
    console.log(`  ${cache}: help bar ${(g.helpbar / s.helpbar).toFixed(2)}, interactive ${(g.interactive / s.interactive).toFixed(2)}`);
  }
}
// The slow phone, cold cache, the guide and its static copy in the same run; and the guide in the
// partner article with a hero image (as the issue measured), whose image shares the bandwidth.
server.pages['/article.html'] = article('<script src="/recovery-guide.js" data-region="us"></script>');
const SLOW_RUNS = Number(process.env.BENCH_SLOW_RUNS || 3);
console.log(`\nSlow phone: 412 px, slow 4G (150 ms, 1.6 Mbps), CPU 4x, cold; median of ${SLOW_RUNS} (ms from navigation start)`);
console.log(`  ${'page'.padEnd(10)}${pad('help bar', 10)}${pad('text', 8)}${pad('all text', 10)}${pad('bodies', 8)}${pad('ready', 8)}${pad('longest', 9)}${pad('after bar', 11)}${pad('CLS', 7)}${pad('bytes', 9)}`);
const slow = {};
for (const [name, path, isGuide] of [['guide', '/', true], ['static', '/static.html', false], ['article', '/article.html', true], ['employer', '/employer.html', true]]) {
  const runs = [];
  for (let i = 0; i < SLOW_RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 2.625, isMobile: true });
    await context.addInitScript(observe);
    await context.addInitScript(observeText);
    const page = await context.newPage();
    runs.push(await measureSlow(page, `${server.url}${path}`, isGuide));
    await context.close();
  }
  const r = (k) => median(runs.map((x) => x[k] ?? NaN));
  slow[name] = { helpbar: r('helpbar'), glue: r('glue'), text: r('text'), all: r('all'), bodies: r('bodies'), ready: r('ready'), longest: Math.max(...runs.map((x) => x.longest)), later: Math.max(...runs.map((x) => x.later)), cls: Math.max(...runs.map((x) => x.cls)), bytes: r('bytes') };
  const x = slow[name];
  console.log(`  ${name.padEnd(10)}${pad(x.helpbar.toFixed(0), 10)}${pad(x.text.toFixed(0), 8)}${pad(x.all.toFixed(0), 10)}${pad(x.bodies.toFixed(0), 8)}${pad(x.ready.toFixed(0), 8)}${pad(x.longest.toFixed(0), 9)}${pad(x.later.toFixed(0), 11)}${pad(x.cls.toFixed(3), 7)}${pad(x.bytes, 9)}`);
}
const SLOW_PAGES = { guide: 'the sample page', article: 'the article with a hero image', employer: "the employer's page (its own line)" };
for (const name of Object.keys(SLOW_PAGES)) {
  const x = slow[name];
  console.log(`  ${SLOW_PAGES[name]}: the guide's text arrives ${(x.text - x.helpbar).toFixed(0)} ms after its help bar, all of it ${(x.all - x.helpbar).toFixed(0)} ms after (the closed bodies ${(x.bodies - x.helpbar).toFixed(0)}), ready ${(x.ready - x.helpbar).toFixed(0)} ms after; the glue's last byte came ${(x.glue - x.helpbar).toFixed(0)} ms after the help bar (the network's share)`);
}
// The same figures for the static copy (its help bar and its last part are parsed from one HTML
// response, with no script): what this text costs any page on this machine and profile, the floor
// to read the guide's against (the issue's own advice: compare ratios, not absolutes).
const plain = slow.static;
console.log(`  the static copy (the same text as plain HTML, no script): all its text ${(plain.all - plain.helpbar).toFixed(0)} ms after its help bar; its longest task ${plain.longest.toFixed(0)} ms`);

await browser.close();

// Lighthouse, on the sample partner page with and without the snippet.
const LIGHTHOUSE = join(import.meta.dirname, '..', '..', 'target', 'bench-tools', 'node_modules', 'lighthouse', 'cli', 'index.js');
if (existsSync(LIGHTHOUSE) && ONLY !== 'slow') {
  server.pages['/article.html'] = article('<script src="/recovery-guide.js" data-region="us"></script>');
  server.pages['/article-without.html'] = article('');
  // The floor: the same tag loading an empty script, what Lighthouse charges any script, whatever
  // it does. Over HTTP/1.1 that is about a round trip (150 ms); over HTTP/2 it was 0.
  writeFileSync(join(HERO, 'empty.js'), '');
  server.pages['/article-empty-script.html'] = article('<script src="/bench/empty.js"></script>');
  // The element form, its room reserved by the README's rule, the loader `async`.
  server.pages['/article-element.html'] = article('<recovery-guide region="us"></recovery-guide><script src="/recovery-guide.js" async data-mount="elements"></script>')
    .replace('</style>', 'recovery-guide:not(:defined){display:block;min-height:100vh}</style>');
  // The same pages and assets over https and HTTP/2 (a certificate made for the run).
  const secure = await serve({ ...served, pages: server.pages, tls: testCertificate() });
  // Asynchronous: this process serves the pages Lighthouse loads.
  const audit = async (url) => {
    const { stdout } = await promisify(execFile)(process.execPath, [LIGHTHOUSE, url, '--output=json', '--quiet',
      '--only-categories=performance', '--chrome-flags=--headless=new --no-sandbox --disable-dev-shm-usage --disable-gpu --ignore-certificate-errors'],
    { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, maxBuffer: 1 << 26, encoding: 'utf8' });
    const lhr = JSON.parse(stdout);
    if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.code}`);
    const a = lhr.audits;
    return { score: lhr.categories.performance.score * 100, lcp: a['largest-contentful-paint'].numericValue, tbt: a['total-blocking-time'].numericValue, cls: a['cumulative-layout-shift'].numericValue };
  };
  const RUNS_LH = 3;
  // Medians by address: the page without the snippet is measured once per protocol.
  const medians = new Map();
  const med = async (url) => {
    if (!medians.has(url)) {
      const runs = [];
      for (let i = 0; i < RUNS_LH; i++) runs.push(await audit(url));
      medians.set(url, Object.fromEntries(['score', 'lcp', 'tbt', 'cls'].map((k) => [k, median(runs.map((r) => r[k]))])));
    }
    return medians.get(url);
  };
  // The article with a hero image (as the issue measured), then the health system's sample page,
  // whose largest text is a paragraph: there the guide's own text is larger, and becomes the LCP.
  const [h2, h1] = [secure.url, server.url];
  for (const [name, base, withPath, withoutPath] of [
    ['partner article with a hero image, HTTP/2', h2, '/article.html', '/article-without.html'],
    ['the same article, an empty script in the snippet\'s place (the floor), HTTP/2', h2, '/article-empty-script.html', '/article-without.html'],
    ['the same article, the element form (async, room reserved), HTTP/2', h2, '/article-element.html', '/article-without.html'],
    ['the health system\'s page (no image), HTTP/2', h2, '/', '/without.html'],
    ['partner article with a hero image, plain HTTP/1.1', h1, '/article.html', '/article-without.html'],
    ['the same article, an empty script (the floor), plain HTTP/1.1', h1, '/article-empty-script.html', '/article-without.html'],
  ]) {
    const withGuide = await med(base + withPath);
    const without = await med(base + withoutPath);
    console.log(`\nLighthouse 12.2.3, mobile defaults, median of ${RUNS_LH}, ${name}: with the snippet / without / delta`);
    console.log(`  performance ${withGuide.score.toFixed(0)} / ${without.score.toFixed(0)} / ${(withGuide.score - without.score).toFixed(0)}`);
    console.log(`  LCP ms      ${withGuide.lcp.toFixed(0)} / ${without.lcp.toFixed(0)} / ${(withGuide.lcp - without.lcp).toFixed(0)}`);
    console.log(`  TBT ms      ${withGuide.tbt.toFixed(0)} / ${without.tbt.toFixed(0)} / ${(withGuide.tbt - without.tbt).toFixed(0)}`);
    console.log(`  CLS         ${withGuide.cls.toFixed(3)} / ${without.cls.toFixed(3)} / ${(withGuide.cls - without.cls).toFixed(3)}`);
  }
  await secure.close();
} else if (ONLY !== 'slow') {
  console.log('\nLighthouse: not installed (make bench installs lighthouse@12.2.3 into target/bench-tools)');
}
await server.close();
