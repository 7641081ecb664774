// The release's types and manifest (tools/types.mjs), written from the option table the parser is
// tested against: TypeScript (npm `typescript`) accepts a React 19 TSX file that uses the element,
// the API and the events, and refuses one with a wrong value; the manifest lists every option with
// its values and default, the loader's events and the styles' custom properties.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crateData } from '../../tools/build-loader.mjs';
import { CSS_PROPERTIES, EVENTS, declarations, manifest, reactDeclarations } from '../../tools/types.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

let options;
let version;
before(() => {
  const crate = crateData();
  options = crate.options;
  version = crate.data.version;
});

/** Type-checks `tsx` against the release's declarations; returns tsc's errors ('' when none). */
function typecheck(tsx) {
  const dir = mkdtempSync(join(tmpdir(), 'rg-types-'));
  try {
    writeFileSync(join(dir, 'recovery-guide.d.ts'), declarations(options, version));
    writeFileSync(join(dir, 'recovery-guide.react.d.ts'), reactDeclarations(version));
    writeFileSync(join(dir, 'app.tsx'), tsx);
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
      compilerOptions: {
        strict: true, noEmit: true, jsx: 'react-jsx', module: 'esnext', moduleResolution: 'bundler', target: 'es2020',
        lib: ['dom', 'es2020'], typeRoots: [join(ROOT, 'node_modules', '@types')], types: ['react'],
        baseUrl: dir, paths: { react: [join(ROOT, 'node_modules', '@types', 'react')], 'react/*': [join(ROOT, 'node_modules', '@types', 'react', '*')] },
      },
      files: ['recovery-guide.d.ts', 'recovery-guide.react.d.ts', 'app.tsx'],
    }));
    try {
      execFileSync(process.execPath, [TSC, '-p', dir], { encoding: 'utf8', stdio: 'pipe' });
      return '';
    } catch (e) {
      return `${e.stdout}${e.stderr}`;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const APP = `
import type { RecoveryGuideElement, RecoveryGuideOptions } from "./recovery-guide";
export function Help({ region }: { region: "uk" | "us" }) {
  return <recovery-guide region={region} locale="es" sections="help,journey" audience="loved-one"
    helpline-name="Acme EAP" helpline-phone="+1 800 555 0100" quick-exit="off" theme="dark" start="first-appointment" />;
}
const el: RecoveryGuideElement = document.createElement("recovery-guide");
el.addEventListener("recovery-guide:ready", (e) => console.log(e.detail.version.toUpperCase()));
el.addEventListener("recovery-guide:error", (e) => console.log(e.detail.message));
const options: RecoveryGuideOptions = { region: "ca", helplineName: "Acme", quickExit: false, exitUrl: "https://example.org" };
const handle = window.RecoveryGuide.mount(el, options);
handle.update({ region: "uk", locale: "fr", audience: "loved-one" });
handle.unmount();
console.log(window.RecoveryGuide.version);
`;

describe('recovery-guide.d.ts', () => {
  it('type-checks a React 19 app that uses the element, the API and the events', () => {
    assert.equal(typecheck(APP), '');
  });

  it('refuses a region, a theme or an option the guide does not take', () => {
    const errors = typecheck(`${APP}
export const A = () => <recovery-guide region="gb" />;
export const B = () => <recovery-guide theme="blue" />;
window.RecoveryGuide.mount(document.body, { regoin: "uk" });
window.RecoveryGuide.mount(document.body).update({ theme: "blue" });
`);
    assert.match(errors, /"gb"/);
    // Once in JSX, once in the handle's update.
    assert.equal((errors.match(/"blue"/g) || []).length, 2, errors);
    assert.match(errors, /regoin/);
  });

  it('names every option but the script-only one, with the values the parser takes', () => {
    const dts = declarations(options, version);
    for (const o of options) {
      assert.equal(dts.includes(`"${o.name}"?:`), !o.scriptOnly, o.name);
      for (const v of o.values.oneOf ?? []) if (!o.scriptOnly) assert.ok(dts.includes(JSON.stringify(v)), `${o.name}: ${v}`);
    }
    // The regions and the start ids come from the content, as the parser reads them.
    const region = options.find((o) => o.name === 'region');
    assert.deepEqual([...region.values.oneOf].sort(), ['au', 'ca', 'ie', 'nz', 'uk', 'us']);
    assert.ok(options.find((o) => o.name === 'start').values.oneOf.includes('first-appointment'));
  });
});

describe('custom-elements.json', () => {
  it('lists every attribute with its values and default, the events and the custom properties', () => {
    const m = manifest(options, version);
    assert.equal(m.schemaVersion, '2.1.0');
    const [element] = m.modules[0].declarations;
    assert.equal(element.tagName, 'recovery-guide');
    assert.equal(element.customElement, true);
    const attributes = options.filter((o) => !o.scriptOnly);
    assert.deepEqual(element.attributes.map((a) => a.name), attributes.map((o) => o.name));
    for (const [a, o] of element.attributes.map((a, i) => [a, attributes[i]])) {
      assert.equal(a.default, o.default === null ? undefined : JSON.stringify(o.default), a.name);
      if (o.values.oneOf) assert.equal(a.type.text, o.values.oneOf.map((v) => JSON.stringify(v)).join(' | '));
    }
    assert.deepEqual(element.events.map((e) => e.name), EVENTS.map((e) => e.name));
    assert.deepEqual(element.cssProperties.map((p) => p.name), CSS_PROPERTIES.map((p) => p.name));
  });

  it('the events are the ones the loader dispatches', () => {
    const loader = readFileSync(join(ROOT, 'src', 'embedding', 'loader.js'), 'utf8');
    const dispatched = [...loader.matchAll(/announce\(host, '([^']+)'/g)].map((m) => m[1]);
    assert.deepEqual([...new Set(dispatched)].sort(), EVENTS.map((e) => e.name).sort());
  });

  it('the custom properties are the ones the styles read, with their defaults', () => {
    const components = join(ROOT, 'src', 'components');
    const dirs = readdirSync(components, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => join(components, e.name));
    const files = [join(ROOT, 'style'), ...dirs]
      .flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.css')).map((f) => readFileSync(join(dir, f), 'utf8')));
    const read = new Map();
    for (const css of files) for (const m of css.matchAll(/var\((--rg-[a-z-]+),\s*([^)]+)\)/g)) read.set(m[1], m[2].trim());
    assert.deepEqual([...read.keys()].sort(), CSS_PROPERTIES.map((p) => p.name).sort());
    for (const p of CSS_PROPERTIES) assert.equal(p.default, read.get(p.name), p.name);
  });
});
