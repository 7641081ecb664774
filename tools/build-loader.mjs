// Writes the partner-facing loader, `recovery-guide.js`, into trunk's staging folder (a trunk
// post_build hook), and gives the WebAssembly glue stable names beside it.
//
// The loader's help-bar data comes from the same content files the Rust build reads and checks
// (build.rs has already refused bad content by the time this runs): no number is copied by hand.
import { readFileSync, writeFileSync, readdirSync, existsSync, renameSync, mkdtempSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'smol-toml';
import { minify } from 'terser';
import { shortenImports, dropExportedClasses } from './trim-wasm.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const staging = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!staging) throw new Error('usage: TRUNK_STAGING_DIR=dir node build-loader.mjs (or pass the dir)');

// The snippet builder page (RG_BUILDER=1, see the Makefile) is a trunk build of its own: it has
// no loader to write; its glue and wasm get names that cannot be taken for the loader's.
if (process.env.RG_BUILDER) {
  renameSync(join(staging, 'recovery-guide.js'), join(staging, 'snippet-builder.js'));
  renameSync(join(staging, 'recovery-guide_bg.wasm'), join(staging, 'snippet-builder.wasm'));
  process.exit(0);
}
const content = join(root, 'src', 'content');

const toml = (path) => parse(readFileSync(path, 'utf8'));
const version = /^version\s*=\s*"([^"]+)"/m.exec(readFileSync(join(root, 'Cargo.toml'), 'utf8'))[1];

// Trunk builds the wasm for the primary locale (the Makefile sets RG_LOCALES); trunk names the
// glue after the package, which is the loader's own name, so it moves aside first.
const PRIMARY = 'en';
const TRUNK = { glue: 'recovery-guide.js', wasm: 'recovery-guide_bg.wasm' };
// One glue and one wasm per locale, so a reader downloads only their own language.
// (loader.js builds the same names.)
const core = (locale) => ({ glue: `recovery-guide-core-${locale}.js`, wasm: `recovery-guide-core-${locale}.wasm` });
if (!existsSync(join(staging, TRUNK.glue)) || !existsSync(join(staging, TRUNK.wasm))) {
  throw new Error(`trunk's output is not where expected: ${readdirSync(staging).join(', ')}`);
}
renameSync(join(staging, TRUNK.glue), join(staging, core(PRIMARY).glue));
renameSync(join(staging, TRUNK.wasm), join(staging, core(PRIMARY).wasm));

// The same steps trunk takes (cargo, wasm-bindgen, wasm-opt), for one more locale.
function buildCore(locale) {
  const run = (cmd, args, env = {}) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  run('cargo', ['build', '--release', '--offline', '--lib', '--target', 'wasm32-unknown-unknown'], { RG_LOCALES: locale });
  const out = mkdtempSync(join(tmpdir(), `rg-${locale}-`));
  const built = join(process.env.CARGO_TARGET_DIR || join(root, 'target'), 'wasm32-unknown-unknown', 'release', 'recovery_guide.wasm');
  run('wasm-bindgen', ['--target', 'web', '--no-typescript', '--out-name', 'recovery-guide', '--out-dir', out, built]);
  run('wasm-opt', ['-Oz', ...WASM_FEATURES, join(out, TRUNK.wasm), '-o', join(staging, core(locale).wasm)]);
  renameSync(join(out, TRUNK.glue), join(staging, core(locale).glue));
  rmSync(out, { recursive: true, force: true });
}
// The features rustc's wasm32 target emits by default; wasm-opt must accept them.
const WASM_FEATURES = ['--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
  '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue'];

// The words the first frame needs, per locale (each folder with a ui.toml is a locale).
const FIRST_FRAME_WORDS = ['guide_label', 'helpbar_label', 'helpbar_call', 'helpbar_overdose', 'fallback_notice', 'quick_exit', 'quick_exit_hint',
  'quick_exit_presses', 'quick_exit_leaving'];
const locales = {};
for (const dir of readdirSync(content)) {
  const file = join(content, dir, 'ui.toml');
  if (!existsSync(file)) continue;
  const ui = toml(file);
  locales[dir] = {};
  for (const key of FIRST_FRAME_WORDS) locales[dir][key] = ui[key];
}

// One default exit page, defined in the options module.
const exitUrl = /DEFAULT_EXIT_URL: &str = "([^"]+)"/.exec(readFileSync(join(root, 'src', 'embedding', 'options.rs'), 'utf8'))[1];

// How a screen reader says a number: the same rule as src/content/spoken.rs, digit by digit in the
// printed groups, skipping digits inside a word ("HELP4U"); tests/e2e checks both help bars say it.
const readDigits = (display) =>
  [...display.matchAll(/\d+/g)]
    .filter((m) => !/[A-Za-z]/.test(display[m.index - 1] || '') && !/[A-Za-z]/.test(display[m.index + m[0].length] || ''))
    .map((m) => [...m[0]].join(' '))
    .join(', ');

// The two lines of each region's help bar, as arrays to keep the loader small (loader.js reads
// them in this order): main [name, tel, display, spoken], emergency [tel, display, spoken]. A
// line's name is one string when every locale says it alike, else one per locale ({ en, es }).
const perLocale = (texts) => {
  const values = Object.keys(locales).map((lang) => texts[lang]);
  return values.every((v) => v === values[0]) ? values[0] : Object.fromEntries(Object.keys(locales).map((lang, i) => [lang, values[i]]));
};
const regions = {};
for (const file of readdirSync(join(content, 'regions'))) {
  const r = toml(join(content, 'regions', file));
  const main = r.lines[r.main_helpline];
  const emergency = r.lines[r.emergency];
  regions[r.code] = [[perLocale(main.name), main.tel, main.display, readDigits(main.display)], [emergency.tel, emergency.display, readDigits(emergency.display)]];
}

// The first frame's styles: base.css and every component style file that starts with the
// `/* first-frame` marker. The wasm's stylesheet (build.rs) carries all the others.
const styleFiles = [join(root, 'style', 'base.css')].concat(
  readdirSync(join(root, 'src', 'components'))
    .sort()
    .map((dir) => join(root, 'src', 'components', dir, 'style.css'))
    .filter((f) => existsSync(f) && readFileSync(f, 'utf8').startsWith('/* first-frame')),
);
// Rules below a `/* wasm-only` marker style only what the wasm renders: build.rs takes them.
const css = styleFiles
  .map((f) => readFileSync(f, 'utf8').split('/* wasm-only')[0])
  .join('\n')
  .replace(/\/\*[\s\S]*?\*\//g, '')
  .replace(/\s+/g, ' ')
  .replace(/\s*([{};,>])\s*/g, '$1')
  .replace(/:\s+/g, ':')
  .replace(/;}/g, '}')
  .replace(/\s*!important/g, '!important')
  .replace(/([\s:,(])0\.(\d)/g, '$1.$2') // 0.5em → .5em
  .replace(/#([0-9a-f])\1([0-9a-f])\2([0-9a-f])\3\b/gi, '#$1$2$3') // #ffffff → #fff
  .trim();

const data = { version, exitUrl, css, locales, regions };
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
for (const locale of Object.keys(locales)) if (locale !== PRIMARY) buildCore(locale);

// Stream adapters Leptos's server_fn exports through wasm-streams; the guide calls no server.
const UNUSED_CLASSES = ['IntoUnderlyingByteSource', 'IntoUnderlyingSink', 'IntoUnderlyingSource'];

// Trunk's own JS minifier is unreliable (trunk issue 1044); terser minifies the glue instead.
let shortened = 0;
for (const locale of Object.keys(locales)) {
  const gluePath = join(staging, core(locale).glue);
  const wasmPath = join(staging, core(locale).wasm);
  const trimmed = dropExportedClasses(readFileSync(wasmPath), readFileSync(gluePath, 'utf8'), UNUSED_CLASSES);
  const short = shortenImports(trimmed.wasm, trimmed.glue, `./${TRUNK.wasm.replace(/\.wasm$/, '.js')}`);
  if (short.renamed < 20) throw new Error(`only ${short.renamed} wasm imports renamed: has the glue changed shape?`);
  writeFileSync(wasmPath, short.wasm);
  // One more wasm-opt pass, run to a fixed point, and without the toolchain's custom sections.
  // --low-memory-unused: rustc lays the 1 MB stack out first, so the first 1 KB of memory is only
  // ever the far end of the stack; wasm-opt may then fold constant addresses (-0.6 KB brotli).
  execFileSync('wasm-opt', ['-Oz', '--converge', '--low-memory-unused', '--gufa', '--strip-producers', '--strip-target-features', ...WASM_FEATURES, wasmPath, '-o', wasmPath], { stdio: 'inherit' });
  const glue = await minify(short.glue, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true });
  writeFileSync(gluePath, glue.code);
  shortened = short.renamed;
}
console.log(`recovery-guide.js ${code.length} bytes (version ${version}); locales ${Object.keys(locales).join(', ')}; ${shortened} wasm imports shortened`);
