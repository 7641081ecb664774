// tools/build-loader.mjs: the loader's data comes from the crate (`rg-loader-data`), goes into the
// loader's source at its one mark, and the minified loader keeps it.
import { before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildLoader, checkBindings, loaderData, loaderSource, regionBodies, regionGlue, splitBodies } from '../../tools/build-loader.mjs';
import { LOCALES } from '../support/content.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const TEMPLATE = '(function () {\n  // a comment the loader does not ship\n  var DATA = __RG_DATA__;\n  globalThis.rgSeen = DATA.regions.us[0][3];\n})();\n';
const SAMPLE = { version: '9.9.9', exitUrl: 'https://example.org/', css: '.a{b:c}', locales: { en: [] }, regions: { us: [['Line', '+1', '1', '1 "quoted" $& $1']] } };

it('puts the data in at the mark, as JSON, even where it holds replacement patterns', () => {
  const source = loaderSource(TEMPLATE, SAMPLE);
  assert.ok(source.includes(`var DATA = ${JSON.stringify(SAMPLE)};`), source);
  assert.ok(!source.includes('__RG_DATA__'));
});

it('refuses a template without the mark', () => {
  assert.throws(() => loaderSource('var DATA = {};', SAMPLE), /must contain/);
});

it('minifies the loader, with no comment left, and keeps the data', async () => {
  const code = await buildLoader(TEMPLATE, SAMPLE);
  assert.ok(!code.includes('/*'), code);
  assert.ok(!code.includes('a comment'), code);
  assert.ok(code.length < loaderSource(TEMPLATE, SAMPLE).length);
  new Function(code)();
  assert.equal(globalThis.rgSeen, SAMPLE.regions.us[0][3]);
});

// The data the crate prints (a native cargo run; quick once `make build` has built it).
describe('a locale\'s bindings and a region\'s glue', () => {
  const BINDINGS = 'export function mount(e, t, r, n, o) {}\nexport { initSync, __wbg_init as default };\n';

  it('takes wasm-bindgen\'s glue as the bindings only with its mount and its init', () => {
    assert.equal(checkBindings(BINDINGS), BINDINGS);
    assert.throws(() => checkBindings(BINDINGS.replace('mount(e, t, r, n, o)', 'mount(e, t, r)')), /no mount/);
    assert.throws(() => checkBindings(BINDINGS.replace('__wbg_init as default', '__wbg_init')), /no __wbg_init/);
  });

  it('refuses bindings that export a class other than the instance (a linked Leptos brings its stream classes)', () => {
    const instance = `export class Instance {\n  more() {}\n}\n${BINDINGS}`;
    assert.equal(checkBindings(instance), instance);
    assert.throws(() => checkBindings(`export class IntoUnderlyingSource {\n}\n${instance}`), /exports IntoUnderlyingSource.*Leptos/);
  });

  it('writes the region\'s glue from glue.js alone, naming its wasm and its bindings, with each part as JSON text', () => {
    const glue = regionGlue({
      locale: 'en', region: 'us', locales: ['en'], regions: ['us'], parts: { footer: ['footer', {}, 'x $& y'] },
      shared: { stylesheet: '.a{}', defaultParts: ['footer'] }, wasm: 'w.wasm', bindings: 'b.js', names: [],
    });
    assert.ok(!glue.includes('= __RG_GLUE__'));
    assert.ok(!/export function mount/.test(glue), 'no bindings inside');
    const build = JSON.parse(/const BUILD = (.*);\n/.exec(glue)[1]);
    assert.deepEqual([build.wasm, build.bindings, build.region, build.regions], ['w.wasm', 'b.js', 'us', ['us']]);
    assert.deepEqual(JSON.parse(build.parts.footer), ['footer', 'x $& y'], 'no `{}` where there are no attributes');
  });

  // A step with its body, and a question with its answer: the glue carries their titles, the
  // bodies' module their bodies, keyed by the id the page will carry.
  const JOURNEY = ['section', { class: 'rg-journey' },
    ['li', { id: 'rg-step-a', class: 'rg-step' }, ['h3', {}, 'Step A'], ['div', { id: 'rg-step-a-body', class: 'rg-step__body' }, ['p', {}, 'A body']]]];
  const QUESTIONS = ['section', { class: 'rg-questions' },
    ['details', { id: 'rg-q-b', class: 'rg-question' }, ['summary', {}, 'Question B'], ['div', { class: 'rg-question__answer' }, ['p', {}, 'An answer'], 'text']]];

  it('leaves the journey\'s step bodies and the questions\' answers out of the glue, their places empty', () => {
    const glue = regionGlue({
      locale: 'en', region: 'us', locales: ['en'], regions: ['us'], parts: { journey: JOURNEY, questions: QUESTIONS },
      shared: { stylesheet: '', defaultParts: [] }, wasm: 'w.wasm', bindings: 'b.js', more: 'm.js', names: [],
    });
    const build = JSON.parse(/const BUILD = (.*);\n/.exec(glue)[1]);
    assert.equal(build.more, 'm.js');
    assert.deepEqual(JSON.parse(build.parts.journey)[2], ['li', { id: 'rg-step-a', class: 'rg-step' }, ['h3', 'Step A'], ['div', { id: 'rg-step-a-body', class: 'rg-step__body' }]]);
    assert.deepEqual(JSON.parse(build.parts.questions)[2][3], ['div', { class: 'rg-question__answer' }]);
    assert.ok(!glue.includes('A body') && !glue.includes('An answer'));
  });

  it('writes the bodies as a module of their own, per part, keyed by the body\'s id or its question\'s', async () => {
    const source = regionBodies({ journey: JOURNEY, questions: QUESTIONS, footer: ['footer', {}, 'x'] });
    const { bodies } = await import(`data:text/javascript,${encodeURIComponent(source)}`);
    assert.deepEqual(Object.keys(bodies), ['journey', 'questions'], 'no entry for a part without bodies');
    assert.deepEqual(JSON.parse(bodies.journey), { 'rg-step-a-body': [['p', 'A body']] });
    assert.deepEqual(JSON.parse(bodies.questions), { 'rg-q-b': [['p', 'An answer'], 'text'] });
  });

  it('refuses a body it could not find again in the page: without an id, or with one taken', () => {
    assert.throws(() => splitBodies(['div', { class: 'rg-question__answer' }, 'x']), /without an id/);
    const twice = ['details', { id: 'rg-q-c' }, ['div', { class: 'rg-question__answer' }, 'x'], ['div', { class: 'rg-question__answer' }, 'y']];
    assert.throws(() => splitBodies(twice), /without an id/);
  });
});

describe('rg-loader-data', () => {
  let data;
  before(() => {
    data = loaderData();
  });

  it("the crate's data names every locale's help bar and words, and every region's two lines", () => {
    assert.deepEqual(Object.keys(data), ['version', 'exitUrl', 'css', 'locales', 'bar', 'regions']);
    assert.match(data.version, /^\d+\.\d+\.\d+/);
    assert.match(data.exitUrl, /^https:\/\//);
    assert.deepEqual(Object.keys(data.locales), LOCALES);
    // Each locale's words: the guide's name, the fallback line, the two quick-exit announcements,
    // then the help bar's six (the overdose label in two, around its number; the part after it
    // may be empty).
    for (const words of Object.values(data.locales)) {
      assert.equal(words.length, 10);
      for (const [i, word] of words.entries()) assert.ok(typeof word === 'string' && (word || i === 7), `word ${i}`);
      assert.ok(words[2].includes('{n}'));
    }
    // The help bar is one tree, ["tag", {attributes}, child...], with the seven markers the
    // loader fills from a region's two lines and the six it fills with a locale's words.
    const bar = data.bar;
    assert.equal(bar[0], 'section');
    assert.equal(bar[1].class, 'rg-helpbar');
    const text = JSON.stringify(bar);
    for (let i = 0; i < 7; i++) assert.ok(text.includes(`\\u0001${i}`), `marker ${i} in ${text}`);
    for (let i = 4; i < 10; i++) assert.ok(text.includes(`\\u0002${i}`), `word ${i} in ${text}`);
    assert.ok(data.regions.us, 'the loader falls back to us');
    for (const [code, [main, emergency]] of Object.entries(data.regions)) {
      // [name, tel, display] and [tel, display]: the loader says each number itself, digit by
      // digit (tools/loader_data.rs holds that it says them as the guide does).
      assert.equal(main.length, 3, code);
      assert.equal(emergency.length, 2, code);
      assert.ok(typeof main[0] === 'string' || main[0].en, code);
      for (const [tel, display] of [main.slice(1), emergency]) {
        assert.match(tel, /^\+?\d+$/, `${code}: ${tel}`);
        assert.match(display, /\d/, `${code}: ${display}`);
      }
    }
  });

  it("the crate's first-frame styles are minified and carry no wasm-only rules", () => {
    assert.ok(data.css.includes('.rg-helpbar') && !data.css.includes('/*') && !/\s[{};,]|[{};,]\s|\n/.test(data.css));
    const base = readFileSync(join(ROOT, 'style', 'base.css'), 'utf8');
    const wasmOnly = base.slice(base.indexOf('/* wasm-only'));
    // The first declaration below the marker, as minified: `--_muted:#454b4f`.
    const declaration = /\{\s*([^;}]+)/.exec(wasmOnly)?.[1].replace(/:\s+/, ':').trim();
    assert.ok(declaration, 'base.css has a wasm-only rule');
    assert.ok(!data.css.includes(declaration), declaration);
  });
});
