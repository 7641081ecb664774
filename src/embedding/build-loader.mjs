// Writes the partner-facing loader, `recovery-guide.js`, into trunk's staging folder (a trunk
// post_build hook), and gives the WebAssembly glue stable names beside it.
//
// The loader's help-bar data comes from the same content files the Rust build reads and checks
// (build.rs has already refused bad content by the time this runs): no number is copied by hand.
import { readFileSync, writeFileSync, readdirSync, existsSync, renameSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'smol-toml';
import { minify } from 'terser';
import { shortenImports } from './shorten-imports.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const content = join(root, 'src', 'content');
const staging = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!staging) throw new Error('usage: TRUNK_STAGING_DIR=dir node build-loader.mjs (or pass the dir)');

const toml = (path) => parse(readFileSync(path, 'utf8'));
const version = /^version\s*=\s*"([^"]+)"/m.exec(readFileSync(join(root, 'Cargo.toml'), 'utf8'))[1];

// The glue and wasm names trunk writes, and the stable names the loader asks for.
// Trunk names the glue after the package, which is the loader's own name: move it aside first.
const GLUE = { from: 'recovery-guide.js', to: 'recovery-guide-core.js' };
const WASM = { from: 'recovery-guide_bg.wasm', to: 'recovery-guide-core.wasm' };
for (const { from, to } of [GLUE, WASM]) {
  if (existsSync(join(staging, from))) renameSync(join(staging, from), join(staging, to));
}
if (!existsSync(join(staging, GLUE.to)) || !existsSync(join(staging, WASM.to))) {
  throw new Error(`trunk's output is not where expected: ${readdirSync(staging).join(', ')}`);
}

// The words the first frame needs, per locale (each folder with a ui.toml is a locale).
const FIRST_FRAME_WORDS = ['guide_label', 'helpbar_label', 'helpbar_call', 'helpbar_overdose', 'fallback_notice', 'quick_exit', 'quick_exit_hint',
  'quick_exit_presses', 'quick_exit_leaving'];
const locales = {};
for (const dir of readdirSync(content)) {
  const file = join(content, dir, 'ui.toml');
  if (!existsSync(file)) continue;
  const ui = toml(file);
  locales[dir] = { lang: dir };
  for (const key of FIRST_FRAME_WORDS) locales[dir][key] = ui[key];
}

// One default exit page, defined in the options module.
const exitUrl = /DEFAULT_EXIT_URL: &str = "([^"]+)"/.exec(readFileSync(join(root, 'src', 'embedding', 'options.rs'), 'utf8'))[1];

const line = (l, lang) => ({ name: l.name[lang], tel: l.tel, display: l.display, spoken: l.spoken });
const regions = {};
for (const file of readdirSync(join(content, 'regions'))) {
  const r = toml(join(content, 'regions', file));
  regions[r.code] = {};
  for (const lang of Object.keys(locales)) {
    regions[r.code][lang] = { main: line(r.lines[r.main_helpline], lang), emergency: line(r.lines[r.emergency], lang) };
  }
}

// The first frame's styles: base.css and every component style file that starts with the
// `/* first-frame` marker. The wasm's stylesheet (build.rs) carries all the others.
const styleFiles = [join(root, 'style', 'base.css')].concat(
  readdirSync(join(root, 'src', 'components'))
    .sort()
    .map((dir) => join(root, 'src', 'components', dir, 'style.css'))
    .filter((f) => existsSync(f) && readFileSync(f, 'utf8').startsWith('/* first-frame')),
);
const css = styleFiles
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n')
  .replace(/\/\*[\s\S]*?\*\//g, '')
  .replace(/\s+/g, ' ')
  .replace(/\s*([{};,>])\s*/g, '$1')
  .replace(/:\s+/g, ':')
  .replace(/;}/g, '}')
  .trim();

const data = { version, glue: GLUE.to, wasm: WASM.to, exitUrl, css, locales, regions };
const template = readFileSync(join(root, 'src', 'embedding', 'loader.js'), 'utf8');
const MARK = 'var DATA = __RG_DATA__;';
if (!template.includes(MARK)) throw new Error(`loader.js must contain \`${MARK}\``);
const source = template.replace(MARK, `var DATA = ${JSON.stringify(data)};`);
const { code } = await minify(source, {
  ecma: 2017,
  compress: { passes: 2 },
  mangle: true,
  format: { comments: false, preamble: `/*! Recovery Guide ${version} */` },
});
writeFileSync(join(staging, 'recovery-guide.js'), code);
// Trunk's own JS minifier is unreliable (trunk issue 1044); terser minifies the glue instead.
const gluePath = join(staging, GLUE.to);
const wasmPath = join(staging, WASM.to);
const short = shortenImports(readFileSync(wasmPath), readFileSync(gluePath, 'utf8'), `./${GLUE.from.replace(/\.js$/, '_bg.js')}`);
if (short.renamed < 20) throw new Error(`only ${short.renamed} wasm imports renamed: has the glue changed shape?`);
writeFileSync(wasmPath, short.wasm);
const glue = await minify(short.glue, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true });
writeFileSync(gluePath, glue.code);
console.log(`recovery-guide.js ${code.length} bytes (version ${version}); ${short.renamed} wasm imports shortened`);
