// tools/trim-wasm.mjs on a small module built here byte by byte, with a glue shaped like
// wasm-bindgen's: the imports are renamed in wasm and glue alike, the module still validates and
// links; a panic's words in the data are zeroed in place.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { blankDeadStrings, shortenImports } from '../../tools/trim-wasm.mjs';

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
// from another module; `main` calls the first two.
const IMPORTS = ['__wbg_log_0123456789abcdef', '__wbg_alert_fedcba9876543210', '__wbg_twice_00aa11bb22cc33dd'];
function module() {
  const func = (field) => [...name(MODULE), ...name(field), 0x00, 0x00];
  const memory = [...name('env'), ...name('memory'), 0x02, 0x00, 0x01];
  const body = (code) => [...leb(code.length + 1), 0x00, ...code];
  return Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vec([[0x60, 0x00, 0x00]])),
    ...section(2, vec([...IMPORTS.map(func), memory])),
    ...section(3, vec([[0x00]])),
    ...section(7, vec([[...name('main'), 0x00, 0x03]])),
    ...section(10, vec([body([0x10, 0x00, 0x10, 0x01, 0x0b])])),
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

it('refuses bytes that are not a wasm module', () => {
  assert.throws(() => shortenImports(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]), GLUE, MODULE), /not a wasm module/);
});

// A module with its own memory and three data segments, the way rustc lays out its text: a panic's
// location and message, the guide's own warning, and text wasm-bindgen
// throws to the page; `read(at)` returns the memory's byte at `at`.
const DATA = [
  [0x10, 'src/components/journey/behaviour.rs\0/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/cell.rs\0Recovery Guide: option '],
  [0x100, 'capacity overflowcalled `Option::unwrap_throw()` on a `None` value'],
  [0x200, 'futures-util-0.3.34/src/future/map.rs\0\0AccessError'],
];
function moduleWithData() {
  const segment = ([at, text]) => [0x00, 0x41, ...leb(at), 0x0b, ...leb(utf8.encode(text).length), ...utf8.encode(text)];
  const read = [0x20, 0x00, 0x2d, 0x00, 0x00, 0x0b]; // local.get 0, i32.load8_u
  return Uint8Array.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vec([[0x60, 0x01, 0x7f, 0x01, 0x7f]])),
    ...section(3, vec([[0x00]])),
    ...section(5, vec([[0x00, 0x01]])),
    ...section(7, vec([[...name('read'), 0x00, 0x00]])),
    ...section(10, vec([[...leb(read.length + 1), 0x00, ...read]])),
    ...section(11, vec(DATA.map(segment))),
  ]);
}
const memoryText = async (wasm, at, length) => {
  const { instance } = await WebAssembly.instantiate(wasm);
  return String.fromCharCode(...Array.from({ length }, (_, i) => instance.exports.read(at + i)));
};

it("blankDeadStrings zeroes a panic's words in place, and nothing else", async () => {
  const dead = ['src/components/journey/behaviour.rs', '/rustc/59807616e1fa2540724bfbac14d7976d7e4a3860/library/core/src/cell.rs',
    'capacity overflow', 'futures-util-0.3.34/src/future/map.rs'];
  const blank = (text) => dead.reduce((out, d) => out.replace(d, '\0'.repeat(d.length)), text);
  const { wasm, blanked } = blankDeadStrings(moduleWithData());
  assert.ok(WebAssembly.validate(wasm));
  assert.equal(wasm.length, moduleWithData().length);
  for (const [at, text] of DATA) assert.equal(await memoryText(wasm, at, text.length), blank(text));
  assert.equal(blanked, dead.join('').length);
  assert.ok(blank(DATA[0][1]).endsWith('\0Recovery Guide: option ') && blank(DATA[2][1]).endsWith('\0AccessError'));
});

it('blankDeadStrings refuses a wasm where a kind of dead text is not found', () => {
  const bare = Uint8Array.from(moduleWithData());
  const at = Buffer.from(bare).indexOf('capacity overflow');
  bare.set(utf8.encode('CAPACITY'), at);
  assert.throws(() => blankDeadStrings(bare), /nothing in the wasm's data matches/);
  assert.throws(() => blankDeadStrings(module()), /no data section/);
});
