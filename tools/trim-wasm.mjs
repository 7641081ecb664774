// Makes the wasm and its JS glue smaller, after wasm-bindgen and before the last wasm-opt pass:
//
// - shortenImports: wasm-bindgen names each import like `__wbg_setAttribute_f75317b2b5cabfb4`; the
//   hash suffixes do not compress, and each name is written twice (wasm import section, glue
//   import object). Short names save about 2 KB brotli of the guide's 90 KB budget. Only names
//   that occur exactly once in the glue (as their key in the import object) are renamed.
// - blankDeadStrings: zeroes text in the wasm's data that nothing shows (a panic's words), after
//   the last wasm-opt pass (about 0.8 KB brotli per locale).

/** Unsigned LEB128, as the wasm binary format writes sizes and counts. */
function readU32(bytes, at) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  return [value, at];
}

function writeU32(value) {
  const out = [];
  do {
    let byte = value & 0x7f;
    value = Math.floor(value / 128);
    if (value) byte |= 0x80;
    out.push(byte);
  } while (value);
  return out;
}

const utf8 = new TextEncoder();
const text = new TextDecoder();

function nameBytes(name) {
  const raw = utf8.encode(name);
  return [...writeU32(raw.length), ...raw];
}

/** The length in bytes of an import's description (after its kind byte). */
function descriptionEnd(bytes, kind, at) {
  const skipLimits = (p) => {
    const flags = bytes[p++];
    [, p] = readU32(bytes, p);
    if (flags & 1) [, p] = readU32(bytes, p);
    return p;
  };
  switch (kind) {
    case 0: return readU32(bytes, at)[1]; // function: type index
    case 1: return skipLimits(at + 1); // table: reftype, limits
    case 2: return skipLimits(at); // memory: limits
    case 3: return at + 2; // global: valtype, mutability
    case 4: return readU32(bytes, at + 1)[1]; // tag: attribute, type index
    default: throw new Error(`unknown wasm import kind ${kind}`);
  }
}

/**
 * Returns a copy of `wasm` with section `id` replaced by `rewrite(bytes, bodyAt)`, which returns the
 * new section body (an array of bytes) and reads the old one from `bytes` at `bodyAt`.
 */
function rewriteSection(wasm, id, rewrite) {
  if (text.decode(wasm.subarray(0, 4)) !== '\0asm') throw new Error('not a wasm module');
  let at = 8;
  while (at < wasm.length) {
    const [size, bodyAt] = readU32(wasm, at + 1);
    if (wasm[at] !== id) {
      at = bodyAt + size;
      continue;
    }
    const body = rewrite(wasm, bodyAt);
    const section = Uint8Array.from([id, ...writeU32(body.length), ...body]);
    const out = new Uint8Array(at + section.length + (wasm.length - (bodyAt + size)));
    out.set(wasm.subarray(0, at), 0);
    out.set(section, at);
    out.set(wasm.subarray(bodyAt + size), at + section.length);
    return out;
  }
  throw new Error(`the wasm has no section ${id}`);
}

const count = (haystack, needle) => haystack.split(needle).length - 1;

/** A short, valid JS identifier for the n-th import. */
const shortName = (n) => `$${n.toString(36)}`;

/**
 * Returns { wasm, glue } with the imports of `module` renamed. `wasm` is a Uint8Array, `glue` the
 * glue's source text (before minifying).
 */
export function shortenImports(wasm, glue, module) {
  let renamed = 0;
  const out = rewriteSection(wasm, 2, (bytes, bodyAt) => {
    let [n, p] = readU32(bytes, bodyAt);
    const entries = [];
    for (let i = 0; i < n; i++) {
      let len;
      [len, p] = readU32(bytes, p);
      const mod = text.decode(bytes.subarray(p, p + len));
      p += len;
      [len, p] = readU32(bytes, p);
      let field = text.decode(bytes.subarray(p, p + len));
      p += len;
      const end = descriptionEnd(bytes, bytes[p], p + 1);
      const desc = bytes.subarray(p, end);
      p = end;
      if (mod === module && count(glue, field) === 1) {
        let short = shortName(renamed++);
        // A name must not occur in the glue already (not even inside a longer word).
        while (count(glue, short) !== 0) short = shortName(renamed++);
        glue = glue.replace(field, () => short);
        field = short;
      }
      entries.push(...nameBytes(mod), ...nameBytes(field), ...desc);
    }
    return [...writeU32(n), ...entries];
  });
  return { wasm: out, glue, renamed };
}

/** The [start, end) byte range of each data segment's bytes in `wasm` (the data section, id 11). */
function dataSegments(wasm) {
  let at = 8;
  while (at < wasm.length && wasm[at] !== 11) {
    const [size, bodyAt] = readU32(wasm, at + 1);
    at = bodyAt + size;
  }
  if (at >= wasm.length) throw new Error('the wasm has no data section');
  let [n, p] = readU32(wasm, readU32(wasm, at + 1)[1]);
  const segments = [];
  for (let i = 0; i < n; i++) {
    let flags;
    [flags, p] = readU32(wasm, p);
    if (flags === 2) p = readU32(wasm, p)[1]; // memory index
    if (flags !== 1) {
      // The offset: one constant (i32.const or global.get), then `end`.
      if (wasm[p] !== 0x41 && wasm[p] !== 0x23) throw new Error(`a data offset the trim cannot read (opcode ${wasm[p]})`);
      p = readU32(wasm, p + 1)[1];
      if (wasm[p++] !== 0x0b) throw new Error('a data offset longer than one constant');
    }
    let len;
    [len, p] = readU32(wasm, p);
    segments.push([p, p + len]);
    p += len;
  }
  return segments;
}

// Literal text, as a pattern that matches any of it.
const anyOf = (texts) => new RegExp(texts.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');

/**
 * Text in the wasm's data that the guide never shows, as patterns for `blankDeadStrings`. The
 * guide aborts on a panic (`panic = "abort"`) and sets no panic hook; on wasm32-unknown-unknown the
 * default hook writes to a stderr that goes nowhere. So a panic's words are never read:
 * - the source paths its location carries;
 * - core's and std's panic messages.
 * Not these: what wasm-bindgen throws to the page (`unwrap_throw`, "closure invoked
 * recursively…"), and the guide's own warnings ("Recovery Guide: option…").
 */
export const DEAD_STRINGS = [
  /(?:\/rustc\/[0-9a-f]{40}\/library|[\w-]+-\d+\.\d+\.\d+\/src|src)\/[\w/]+\.rs/g,
  anyOf([
    'slice index starts at ', ' but ends at ', 'index out of bounds: the len is ', ' but the index is ',
    'range start index ', 'range end index ', ' out of range for slice of length ',
    'cannot access a Thread Local Storage value during or after destruction',
    'a Display implementation returned an error unexpectedly', 'Tried to shrink to a larger capacity',
    'internal error: entered unreachable code',
    'attempt to join into collection with len > usize::MAX', 'capacity overflow',
    'a formatting trait implementation returned an error when the underlying stream did not',
    'copy_from_slice: source slice length (', ') does not match destination slice length (',
  ]),
];

/**
 * Returns { wasm, blanked } with every match of `patterns` in the data segments overwritten with
 * zeroes. The bytes stay where they were, so every address into the data still holds, and zeroes
 * compress to almost nothing (about 0.8 KB brotli per locale). Throws if a pattern matches
 * nothing: then the toolchain's output has changed shape, and the patterns need a look.
 */
export function blankDeadStrings(wasm, patterns = DEAD_STRINGS) {
  const out = Uint8Array.from(wasm);
  const segments = dataSegments(out).map(([start, end]) => [start, Buffer.from(out.subarray(start, end)).toString('latin1')]);
  let blanked = 0;
  for (const pattern of patterns) {
    let found = 0;
    for (const [start, data] of segments) {
      for (const match of data.matchAll(pattern)) {
        out.fill(0, start + match.index, start + match.index + match[0].length);
        blanked += match[0].length;
        found++;
      }
    }
    if (!found) throw new Error(`nothing in the wasm's data matches ${pattern}`);
  }
  return { wasm: out, blanked };
}
