// tools/trim-wasm.mjs on a small module built here byte by byte, with a glue shaped like
// wasm-bindgen's: the imports are renamed in wasm and glue alike, the module still validates and
// links, and an unused exported class leaves both.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { dropExportedClasses, shortenImports } from '../../tools/trim-wasm.mjs';

const MODULE = './guide_bg.js';
const utf8 = new TextEncoder();
const leb = (n) => {
  const out = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return out;
};
const name = (s) => [...leb(utf8.encode(s).length), ...utf8.encode(s)];
const section = (id, body) => [id, ...leb(body.length), ...body];
const vec = (items) => [...leb(items.length), ...items.flat()];

// Three function imports from the glue's module (one named twice in the glue, so kept), a memory
// from another module; `main` calls the first two; `intounderlyingsource_free` is exported too.
const IMPORTS = ['__wbg_log_0123456789abcdef', '__wbg_alert_fedcba9876543210', '__wbg_twice_00aa11bb22cc33dd'];
function module() {
  const func = (field) => [...name(MODULE), ...name(field), 0x00, 0x00];
  const memory = [...name('env'), ...name('memory'), 0x02, 0x00, 0x01];
  const body = (code) => [...leb(code.length + 1), 0x00, ...code];
  return Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vec([[0x60, 0x00, 0x00]])),
    ...section(2, vec([...IMPORTS.map(func), memory])),
    ...section(3, vec([[0x00], [0x00]])),
    ...section(7, vec([[...name('main'), 0x00, 0x03], [...name('intounderlyingsource_free'), 0x00, 0x04]])),
    ...section(10, vec([body([0x10, 0x00, 0x10, 0x01, 0x0b]), body([0x0b])])),
  ]);
}

const GLUE = `let wasm;
const calls = [];
function getImports() {
  const imports = {};
  imports.wbg = {};
  imports.wbg.__wbg_log_0123456789abcdef = function() { calls.push('log'); };
  imports.wbg.__wbg_alert_fedcba9876543210 = function() { calls.push('alert'); };
  imports.wbg.__wbg_twice_00aa11bb22cc33dd = function() { calls.push('__wbg_twice_00aa11bb22cc33dd'); };
  return imports;
}

const IntoUnderlyingSourceFinalization = (typeof FinalizationRegistry === 'undefined')
    ? { register: () => {}, unregister: () => {} }
    : new FinalizationRegistry(ptr => wasm.intounderlyingsource_free(ptr >>> 0, 1));

export class IntoUnderlyingSource {
    free() {
        IntoUnderlyingSourceFinalization.unregister(this);
        wasm.intounderlyingsource_free(this.__wbg_ptr, 0);
    }
}
if (Symbol.dispose) IntoUnderlyingSource.prototype[Symbol.dispose] = IntoUnderlyingSource.prototype.free;

export { getImports, calls };
`;

/** Imports the glue as the ES module it is and instantiates the wasm with its imports. */
async function link(wasm, glue) {
  const { getImports, calls } = await import(`data:text/javascript,${encodeURIComponent(glue)}`);
  const memory = new WebAssembly.Memory({ initial: 1 });
  const { instance } = await WebAssembly.instantiate(wasm, { [MODULE]: getImports().wbg, env: { memory } });
  return { instance, calls };
}

it('the fixture is a valid module that links with its glue', async () => {
  assert.ok(WebAssembly.validate(module()));
  const { instance, calls } = await link(module(), GLUE);
  instance.exports.main();
  assert.deepEqual(calls, ['log', 'alert']);
});

it('shortenImports renames each import in wasm and glue alike, and the module still links', async () => {
  const { wasm, glue, renamed } = shortenImports(module(), GLUE, MODULE);
  assert.equal(renamed, 2);
  assert.ok(WebAssembly.validate(wasm));
  const fields = WebAssembly.Module.imports(new WebAssembly.Module(wasm)).map((i) => `${i.module} ${i.name}`);
  assert.deepEqual(fields, [`${MODULE} $0`, `${MODULE} $1`, `${MODULE} __wbg_twice_00aa11bb22cc33dd`, 'env memory']);
  assert.ok(glue.includes('imports.wbg.$0 = ') && glue.includes('imports.wbg.$1 = '), glue);
  assert.ok(!glue.includes('__wbg_log_') && !glue.includes('__wbg_alert_'), glue);
  assert.ok(wasm.length < module().length);
  const { instance, calls } = await link(wasm, glue);
  instance.exports.main();
  assert.deepEqual(calls, ['log', 'alert']);
});

it('shortenImports skips a short name the glue already uses', () => {
  const glue = GLUE.replace('let wasm;', 'let wasm; const $0 = 1;');
  const { glue: out } = shortenImports(module(), glue, MODULE);
  assert.ok(out.includes('imports.wbg.$1 = ') && out.includes('imports.wbg.$2 = '), out);
  assert.equal(out.split('$0').length - 1, 1);
});

it('dropExportedClasses removes the class from the glue and its exports from the wasm', async () => {
  const { wasm, glue, dropped } = dropExportedClasses(module(), GLUE, ['IntoUnderlyingSource']);
  assert.equal(dropped, 1);
  assert.ok(WebAssembly.validate(wasm));
  assert.ok(!glue.includes('IntoUnderlying') && !glue.includes('intounderlyingsource'), glue);
  assert.deepEqual(WebAssembly.Module.exports(new WebAssembly.Module(wasm)).map((e) => e.name), ['main']);
  const { instance, calls } = await link(wasm, glue);
  instance.exports.main();
  assert.deepEqual(calls, ['log', 'alert']);
});

it('dropExportedClasses refuses a glue that has no such class, or still uses it', () => {
  assert.throws(() => dropExportedClasses(module(), GLUE, ['IntoUnderlyingSink']), /no class IntoUnderlyingSink/);
  const uses = `${GLUE}\nnew IntoUnderlyingSource();\n`;
  assert.throws(() => dropExportedClasses(module(), uses, ['IntoUnderlyingSource']), /still uses/);
});

it('refuses bytes that are not a wasm module', () => {
  assert.throws(() => shortenImports(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]), GLUE, MODULE), /not a wasm module/);
});
