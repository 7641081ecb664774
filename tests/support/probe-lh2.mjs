import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { serve } from './serve.mjs';
import { testCertificate } from './https.mjs';
const DIST = process.env.DIST || join(import.meta.dirname, '..', '..', 'dist');
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
const LIGHTHOUSE = join(import.meta.dirname, '..', '..', 'target', 'bench-tools', 'node_modules', 'lighthouse', 'cli', 'index.js');
const secure = await serve({ roots: { '/': DIST, '/bench/': HERO }, compress: true, headersFor: () => ({ 'Cache-Control': 'public, max-age=3600' }), tls: testCertificate(),
  pages: { '/article.html': article('<script src="/recovery-guide.js" data-region="us"></script>'), '/article-without.html': article('') } });
const audit = async (url) => {
  await promisify(execFile)(process.execPath, [LIGHTHOUSE, url, '--output=json', '--quiet', '--save-assets', '--output-path=/tmp/lh/r' + (++globalThis.k || (globalThis.k = 1)) + '.json',
    '--only-categories=performance', '--chrome-flags=--headless=new --no-sandbox --disable-dev-shm-usage --disable-gpu --ignore-certificate-errors'],
  { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, maxBuffer: 1 << 26, encoding: 'utf8' });
  const a = JSON.parse(require('fs').readFileSync('/tmp/lh/r' + globalThis.k + '.json','utf8')).audits;
  const lt = (a['long-tasks']?.details?.items || []).map((t) => `${t.url.split('/').pop()}@${Math.round(t.startTime)}:${Math.round(t.duration)}`);
  console.log('  ', url.split('/').pop(), 'TBT', Math.round(a['total-blocking-time'].numericValue), 'long tasks', lt.join(' '));
  const tb = (a['total-blocking-time']?.details?.items || []);
  return [Math.round(a['largest-contentful-paint'].numericValue), Math.round(a['total-blocking-time'].numericValue)];
};
const w = [], wo = [];
for (let i = 0; i < Number(process.env.N || 5); i++) { w.push(await audit(secure.url + '/article.html')); if (!process.env.ONLY) wo.push(await audit(secure.url + '/article-without.html')); }
const med = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[(s.length - 1) >> 1]; };
console.log('with', JSON.stringify(w), 'median LCP', med(w.map((x) => x[0])));
console.log('without', JSON.stringify(wo), 'median LCP', med(wo.map((x) => x[0])));
await secure.close();
