// Writes the partner-facing loader, `recovery-guide.js`, into trunk's staging folder (a trunk
// post_build hook), and gives the WebAssembly glue stable names beside it.
//
// The loader's data (help-bar numbers, first-frame words and styles) is what the crate itself says:
// `rg-loader-data` (tools/loader_data.rs) prints it as JSON, read through the crate's own API from
// the content build.rs has already checked. No number is copied by hand, and nothing here reads
// Rust or TOML.
import { readFileSync, writeFileSync, readdirSync, existsSync, renameSync, mkdtempSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';
import { shortenImports, blankDeadStrings } from './trim-wasm.mjs';
import { declarations, manifest, reactDeclarations } from './types.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The loader's data: `{ version, exitUrl, css, locales, bar, regions }`, from `rg-loader-data`, built
 * natively in the debug profile `cargo test --no-default-features --features ssr` also uses. The
 * wasm build's settings (RUSTFLAGS with its path remapping, RG_LOCALES) are left out: they would
 * make cargo rebuild everything native, and the data names every locale.
 */
export function loaderData() {
  return crateData().data;
}

/**
 * Everything `rg-loader-data` prints: the loader's `data`; `parts`, each region's parts in each
 * locale (`{ en: { us: { journey: tree… } } }`), which go into the regions' glue, never into the
 * loader; and `options`, the option table the types and manifest are written from (tools/types.mjs).
 */
export function crateData() {
  const env = { ...process.env };
  for (const name of ['RUSTFLAGS', 'CARGO_ENCODED_RUSTFLAGS', 'CARGO_BUILD_TARGET', 'RG_LOCALES', 'RG_BUILDER', 'RG_EXTERNAL_REGIONS']) delete env[name];
  const json = execFileSync(
    'cargo',
    ['run', '--quiet', '--offline', '--no-default-features', '--features', 'ssr', '--bin', 'rg-loader-data'],
    { cwd: root, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 24 },
  );
  const { version, exitUrl, css, locales, bar, regions, parts, defaultParts, stylesheet, options } = JSON.parse(json);
  return { data: { version, exitUrl, css, locales, bar, regions }, parts, glue: { defaultParts, stylesheet }, options };
}

const MOUNT = /export function mount\(\w+, \w+, \w+, \w+, \w+\) \{/;
const GLUE = readFileSync(join(root, 'src', 'embedding', 'glue.js'), 'utf8');

/**
 * A locale's bindings: wasm-bindgen's glue for its wasm, a module of its own
 * (`recovery-guide-core-<locale>.js`), which the region's glue imports with the wasm once the
 * whole text is in (so the text comes without it). Its `mount(container, options, lang, build, warned)` is given
 * the function that builds a part by the region's glue (the wasm carries no part and no region:
 * RG_EXTERNAL_REGIONS).
 */
export function checkBindings(bindings) {
  if (!MOUNT.test(bindings)) throw new Error('the bindings have no mount(container, options, lang, build, warned): has wasm-bindgen changed shape?');
  if (!/export \{[^}]*__wbg_init as default/.test(bindings)) throw new Error('the bindings have no __wbg_init: has wasm-bindgen changed shape?');
  // The release wasm links no Leptos (feature `views` is off): a linked Leptos brings server_fn's
  // stream classes, exported, so kept with all they call (5.8 KB brotli).
  const classes = [...bindings.matchAll(/^export class (\w+)/gm)].map((m) => m[1]).filter((c) => c !== 'Instance');
  if (classes.length) throw new Error(`the wasm exports ${classes.join(', ')}: has the release build linked Leptos (feature views)?`);
  return bindings;
}

/**
 * A locale's glue for one region: src/embedding/glue.js, the rest of an instance's start and its
 * updates, with this locale and region's data (`BUILD`): `parts` (`{ name: ["tag",
 * {attributes}, child…] }`, as tools/static_parts.rs renders them, with no `{}` where there are no
 * attributes (`compact`); built with `createElement`, never from an HTML string; without their
 * bodies, which `more` carries), `shared` (every
 * component's `stylesheet` and the `defaultParts`), the `wasm`, its
 * `bindings` and the bodies' module (`more`) files' names beside the glue, and `names`, the
 * options an element's glue watches as attributes (with or without `data-`).
 */
export function regionGlue({ locale, region, locales, regions, parts, shared, wasm, bindings, more, names }) {
  // Each part's tree as JSON text (glue.js parses a part when it builds it), its bodies left out.
  const texts = Object.fromEntries(Object.entries(parts).map(([name, tree]) => [name, JSON.stringify(compact(splitBodies(tree).tree))]));
  const build = { locale, region, locales, regions, parts: texts, wasm, bindings, more, names, ...shared };
  return GLUE.replace('const BUILD = __RG_GLUE__;', () => `const BUILD = ${JSON.stringify(build)};`);
}

// The elements whose children are a body: a journey step's, a question's answer (closed at first).
const BODY = /(^|\s)(rg-step__body|rg-question__answer)(\s|$)/;

/**
 * A part's tree without its bodies (each body's element left empty), and the bodies, `{ key:
 * [child…] }`, keyed by the id the body's element or its nearest parent carries (a step's body
 * its own, an answer its question's), which glue.js finds from the empty element in the page.
 */
export function splitBodies(part) {
  const bodies = {};
  const walk = (node, key) => {
    if (typeof node === 'string') return node;
    const [tag, attributes, ...children] = node;
    const own = attributes.id || key;
    if (!BODY.test(attributes.class || '')) return [tag, attributes, ...children.map((child) => walk(child, own))];
    if (!own || Object.hasOwn(bodies, own)) throw new Error(`a body without an id of its own: ${JSON.stringify(node).slice(0, 120)}`);
    bodies[own] = children;
    return [tag, attributes];
  };
  return { tree: walk(part, ''), bodies };
}

/**
 * A tree as the glue carries it: an element without attributes is written without its `{}`
 * (`["li", child…]`; glue.js, `grow`, tells an attributes object from a child). Some 330 elements
 * in a region have none: about 90 B brotli in French.
 */
export function compact(node) {
  if (typeof node === 'string') return node;
  const [tag, attributes, ...children] = node;
  const rest = children.map(compact);
  return Object.keys(attributes).length ? [tag, attributes, ...rest] : [tag, ...rest];
}

/**
 * The region's bodies, a module of their own beside its glue (`more`): `bodies`, `{ part: JSON
 * text of { key: [child…] } }`, for each part that has any.
 */
export function regionBodies(parts) {
  const bodies = {};
  for (const [name, tree] of Object.entries(parts)) {
    const found = splitBodies(tree).bodies;
    const compacted = Object.fromEntries(Object.entries(found).map(([key, children]) => [key, children.map(compact)]));
    if (Object.keys(found).length) bodies[name] = JSON.stringify(compacted);
  }
  return `export const bodies = ${JSON.stringify(bodies)};\n`;
}

/** The options an element takes as attributes (glue.js watches each with or without `data-`). */
export function watchedNames(options) {
  return options.filter((o) => !o.scriptOnly).map((o) => o.name);
}

const MARK = 'var DATA = __RG_DATA__;';

/** The loader's source with `data` put in place of its `__RG_DATA__` mark. */
export function loaderSource(template, data) {
  if (!template.includes(MARK)) throw new Error(`loader.js must contain \`${MARK}\``);
  return template.replace(MARK, () => `var DATA = ${JSON.stringify(data)};`);
}

/** The loader as shipped: `template` with `data` put in, minified. */
export async function buildLoader(template, data) {
  const { code } = await minify(loaderSource(template, data), {
    ecma: 2017,
    // unsafe_arrows: function expressions become arrows; none of the loader's is called with `new`.
    compress: { passes: 2, unsafe_arrows: true },
    mangle: true,
    // No banner: `RecoveryGuide.version` says the version, and the bytes count against 4 KB.
    format: { comments: false },
  });
  return code;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();

async function main() {
  const staging = process.env.TRUNK_STAGING_DIR || process.argv[2];
  if (!staging) throw new Error('usage: TRUNK_STAGING_DIR=dir node build-loader.mjs (or pass the dir)');

  // The snippet builder page (RG_BUILDER=1, see the Makefile) is a trunk build of its own: it has
  // no loader to write; its glue and wasm get names that cannot be taken for the loader's.
  if (process.env.RG_BUILDER) {
    renameSync(join(staging, 'recovery-guide.js'), join(staging, 'snippet-builder.js'));
    renameSync(join(staging, 'recovery-guide_bg.wasm'), join(staging, 'snippet-builder.wasm'));
    return;
  }
  const { data, parts, glue: shared, options } = crateData();
  const { version, locales } = data;
  // Types and a manifest for partners' tools, from the option table the parser is tested against.
  writeFileSync(join(staging, 'recovery-guide.d.ts'), declarations(options, version));
  writeFileSync(join(staging, 'recovery-guide.react.d.ts'), reactDeclarations(version));
  writeFileSync(join(staging, 'custom-elements.json'), `${JSON.stringify(manifest(options, version), null, 2)}\n`);

  // Trunk builds the wasm for the primary locale (the Makefile sets RG_LOCALES); trunk names the
  // glue after the package, which is the loader's own name, so it moves aside first.
  const PRIMARY = 'en';
  const TRUNK = { glue: 'recovery-guide.js', wasm: 'recovery-guide_bg.wasm' };
  // One wasm per locale (and its bindings), so a reader downloads only their own language, and one
  // glue per locale and region, carrying that region's parts, so they download only their own region.
  // (loader.js builds the same names.)
  const core = (locale, region) => ({
    glue: region ? `recovery-guide-core-${locale}-${region}.js` : `recovery-guide-core-${locale}.js`,
    more: `recovery-guide-core-${locale}-${region}-more.js`,
    wasm: `recovery-guide-core-${locale}.wasm`,
  });
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

  const template = readFileSync(join(root, 'src', 'embedding', 'loader.js'), 'utf8');
  const code = await buildLoader(template, data);
  writeFileSync(join(staging, 'recovery-guide.js'), code);
  for (const locale of Object.keys(locales)) if (locale !== PRIMARY) buildCore(locale);

  // Trunk's own JS minifier is unreliable (trunk issue 1044); terser minifies the glue instead.
  let shortened = 0;
  for (const locale of Object.keys(locales)) {
    const gluePath = join(staging, core(locale).glue);
    const wasmPath = join(staging, core(locale).wasm);
    const short = shortenImports(readFileSync(wasmPath), checkBindings(readFileSync(gluePath, 'utf8')), `./${TRUNK.wasm.replace(/\.wasm$/, '.js')}`);
    if (short.renamed < 20) throw new Error(`only ${short.renamed} wasm imports renamed: has the glue changed shape?`);
    writeFileSync(wasmPath, short.wasm);
    // One more wasm-opt pass, run to a fixed point, and without the toolchain's custom sections.
    // --low-memory-unused: rustc lays the 1 MB stack out first, so the first 1 KB of memory is only
    // ever the far end of the stack; wasm-opt may then fold constant addresses (-0.6 KB brotli).
    // --flatten --rereloop --precompute-propagate first: the control flow rebuilt from flat code,
    // with constants carried through, then -Oz again (-0.36 KB brotli, about 8 s more per locale).
    execFileSync('wasm-opt', ['--flatten', '--rereloop', '--precompute-propagate', '-Oz', '-Oz', '--converge', '--low-memory-unused', '--gufa',
      '--strip-producers', '--strip-target-features', ...WASM_FEATURES, wasmPath, '-o', wasmPath], { stdio: 'inherit' });
    // After that pass: wasm-opt would split the data around the zeroes, which compresses worse.
    writeFileSync(wasmPath, blankDeadStrings(readFileSync(wasmPath)).wasm);
    const bindings = await minify(short.glue, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true });
    writeFileSync(gluePath, bindings.code);
    for (const region of Object.keys(parts[locale])) {
      const source = regionGlue({
        locale, region, locales: Object.keys(locales), regions: Object.keys(parts[locale]),
        parts: parts[locale][region], shared, wasm: core(locale).wasm, bindings: core(locale).glue, more: core(locale, region).more,
        names: watchedNames(options),
      });
      const glue = await minify(source, { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true });
      writeFileSync(join(staging, core(locale, region).glue), glue.code);
      const more = await minify(regionBodies(parts[locale][region]), { module: true, ecma: 2020 });
      writeFileSync(join(staging, core(locale, region).more), more.code);
    }
    shortened = short.renamed;
  }
  console.log(`recovery-guide.js ${code.length} bytes (version ${version}); locales ${Object.keys(locales).join(', ')}; ${shortened} wasm imports shortened`);
}
