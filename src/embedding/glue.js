// The rest of an instance's start, in each locale and region's glue: tools/build-loader.mjs puts
// that region's data in place of __RG_GLUE__. Here, not in the loader, whose bytes count against
// 4 KB. The locale's bindings (wasm-bindgen's glue: `mount`, and `default`, which instantiates the
// wasm) are a module of their own, imported with the wasm: the text comes without their bytes.
//
// - `stylesheet()`: every component's styles, for the loader to adopt beside the first frame's.
// - `prebuild(root, options, all, now)`: the slim bar and the parts the partner's `sections` name
//   (every part where none is named, or where `all`, the fallback, is set), built into the first
//   frame before the WebAssembly arrives, from the trees the build rendered (`createElement`,
//   never an HTML string): built a share per task, the first part put in the page alone and the
//   others together a frame later, drawn where on screen first and the rest a few items per frame
//   (no long task on a slow phone), or all at `now`; then the closed bodies (steps', answers'),
//   which come in a module of their own. It resolves once every part is drawn for good and has
//   its bodies (with `all`, once the whole text is in: the fallback waits for nothing else).
// - `start(c)`: where the page's policy forbids WebAssembly, the guide in a frame; elsewhere the
//   parts, the wasm, and the parts' behaviour, one part per task, then `c.ready()`. It watches an
//   element's option attributes, and gives the loader's `instance` its `update(options)`.
// - `swap(c, options, kept, turn)`: the guide drawn again with new options (whole: once the wasm
//   and the bodies are here), what the reader opened
//   and picked to compare kept, and put in place of the old in one go (another glue's, when the
//   locale or region changes).
//
// `c` is the loader's: its `instance` (live, update, stopKeys, stopFrame, owner: the API's handle,
// none for an element), the first `frame` (the guide's root in the shadow root), `options` (the
// instance's own, with the page-wide defaults as their prototype), page `lang`, `leave`, `ready`.

const BUILD = __RG_GLUE__;
// The option attributes whose change re-renders an element: each option, with or without `data-`.
const WATCHED = BUILD.names.flatMap((name) => [name, `data-${name}`]);

export function stylesheet() {
  return BUILD.stylesheet;
}

// Each part's tree is JSON text, read when the part is built: a part's parsing is spread over
// the tasks that build it, not all in the glue's first. Once the bodies have come (below), a part
// is built whole.
function buildPart(name) {
  if (!Object.prototype.hasOwnProperty.call(BUILD.parts, name)) return null;
  const part = grow(JSON.parse(BUILD.parts[name]));
  if (bodies) fill(part, name);
  return part;
}

// The journey's step bodies and the questions' answers (closed at first) come in a module of their
// own, asked for as the text is built (`BUILD.more`, `{ part: JSON text of { key: [child…] } }`):
// the glue, without them, is about a quarter smaller, so the text comes sooner on a slow phone.
// Each body's place is an empty element, keyed by the id it or its step or question carries
// (tools/build-loader.mjs, `splitBodies`). A part's bodies are parsed when first put in.
let bodies = null;
let more = null;
const trees = {};
const BODIES = '.rg-step__body:empty, .rg-question__answer:empty';

let tries = 0;
function bodiesCome() {
  if (!more) {
    // Asked for again after a failure, under another address: a browser may keep a module's
    // failed fetch for its address.
    const address = tries ? `${BUILD.more}?${tries}` : BUILD.more;
    tries += 1;
    more = import(new URL(address, import.meta.url)).then((module) => { bodies = module.bodies; });
    more.catch(() => { more = null; });
  }
  return more;
}

// The bodies could not be fetched (a weak signal): the guide ends in the fallback, with its text.
// A reader who opens a step or a question with no body asks for them again; once they come,
// every part gets its own.
function bodiesWhenOpened(body, placed) {
  const ask = () => bodiesCome().then(() => {
    body.removeEventListener('toggle', opened, true);
    for (const [name, part] of placed) fill(part, name);
  }, () => {});
  const opened = (event) => {
    if (event.target.open && event.target.querySelector(BODIES)) ask();
  };
  // `toggle` does not bubble: heard as it goes down to the step or question.
  body.addEventListener('toggle', opened, true);
  // One open already (the partner's `start`) asks at once.
  if ([...body.querySelectorAll('details[open]')].some((open) => open.querySelector(BODIES))) ask();
}

// Puts each body into its empty place in `part` (one of part `name`'s).
function fill(part, name) {
  for (const place of part.querySelectorAll(BODIES)) fillPlace(place, name);
}

function fillPlace(place, name) {
  if (!bodies[name]) return;
  trees[name] = trees[name] || JSON.parse(bodies[name]);
  const children = trees[name][place.closest('[id]').id];
  if (children) place.append(...children.map(grow));
}

function grow(node) {
  if (typeof node === 'string') return document.createTextNode(node);
  const element = document.createElement(node[0]);
  // `["tag", {attributes}, child…]`, or `["tag", child…]` where there are none (a child is text or
  // an array).
  const attributes = typeof node[1] === 'object' && !Array.isArray(node[1]) ? node[1] : null;
  for (const name in attributes) element.setAttribute(name, attributes[name]);
  for (let i = attributes ? 2 : 1; i < node.length; i++) element.appendChild(grow(node[i]));
  return element;
}

/* ---------- options ---------- */

// The parts an instance shows, by name, in its order, as the wasm's option parser reads
// `sections` (`options::Parser::sections`: every section where none is named), then the footer
// that lists them (`footer-JC`, `Parts::name`). Null where a word is not a section (the wasm
// warns, then builds what it reads), and, with a partner's line, where the help may start on a
// tall first screen: its card, put in with the wasm, would push what is on screen down (a layout
// shift). After the comparison, or two sections, it starts some 1,500 px down at least.
// In the fallback (`all`), no wasm follows: the sections named, every one where none is.
function partsFor(options, all) {
  const sections = BUILD.defaultParts.filter((name) => !name.startsWith('footer'));
  const words = option(options, 'sections').toLowerCase().split(/[, ]/).filter(Boolean);
  let chosen = words.length ? [...new Set(words)] : sections;
  if (all) chosen = chosen.filter((word) => sections.includes(word));
  if (!chosen.length) chosen = sections;
  if (!chosen.every((word) => sections.includes(word))) return null;
  const partner = ['name', 'phone', 'sms', 'url', 'hours'].some((field) => option(options, `helpline-${field}`));
  const before = chosen.slice(0, chosen.indexOf('help'));
  if (!all && partner && chosen.includes('help') && !before.includes('compare') && before.length < 2) return null;
  const shows = (section) => Number(chosen.includes(section));
  return [...chosen, `footer-${shows('journey')}${shows('compare')}`];
}

// One plain object, as the parser reads it: the page-wide defaults first, the instance's own after.
function flat(options) {
  return Object.assign({}, Object.getPrototypeOf(options), options);
}

// Option `name`'s value as the parser finds it (`options::canonical_name`): with or without
// `data-`, in kebab or camel case, the last one given.
function option(options, name) {
  let value = '';
  for (const key in options) {
    if (key.replace(/^data-/, '').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`) === name) value = String(options[key]);
  }
  return value.trim();
}

// The locale and region whose glue draws `options`, as the loader chooses them for the first frame.
function glueFor(options, lang) {
  const primary = (tag) => String(tag || '').toLowerCase().split(/[-_]/)[0];
  let locale = primary(options.locale);
  if (!BUILD.locales.includes(locale)) locale = primary(lang);
  if (!BUILD.locales.includes(locale)) locale = 'en';
  const region = String(options.region || '').toLowerCase();
  return { locale, region: BUILD.regions.includes(region) ? region : 'us' };
}

// An element's options, as the loader reads them: every attribute, over the page-wide defaults.
function elementOptions(host, defaults) {
  const options = Object.create(defaults);
  for (const { name, value } of host.attributes) options[name] = value;
  return options;
}

// Whether an option attribute of `host` says other than `options`, its own, say.
function changed(host, options) {
  return WATCHED.some((name) => host.getAttribute(name) !== (Object.hasOwn(options, name) ? options[name] : null));
}

/* ---------- the parts, before the WebAssembly ---------- */

export function prebuild(root, options, all, now) {
  const guide = root.querySelector('.rg-guide');
  if (!guide) return Promise.resolve();
  if (all) withoutWasm(guide, behaving.has(root));
  if (guide.querySelector('.rg-body')) {
    if (all) partnerFirst(guide, options);
    return Promise.resolve();
  }
  if (!guide.querySelector('.rg-sticky')) {
    const sticky = buildPart('sticky');
    // No exit in the help bar: the partner turned quick exit off.
    if (!guide.querySelector('.rg-exit')) sticky.querySelector('.rg-exit__button').remove();
    guide.append(sticky);
  }
  // The partner's sections, in their order, with the partner's `audience` and `start` (below), in
  // the fallback (`all`) too. Where the glue cannot read them as the wasm will, the wasm builds the
  // parts whole, once the bodies are here.
  const names = partsFor(options, all);
  if (!names) return bodiesCome();
  const body = document.createElement('div');
  body.className = 'rg-body';
  // Which parts these are, for the wasm's `mount`, which keeps them where they are its own.
  body.setAttribute('data-parts', names.join(' '));
  guide.append(body);
  const audience = option(options, 'audience').toLowerCase();
  const start = option(options, 'start');
  // Each part as the behaviours would leave it: the partner's `start` open, `audience`'s words;
  // `held`: drawn only where on screen at first, it and its items (below).
  const make = (name, held) => {
    const part = buildPart(name);
    // The journey's link to the overdose steps, where the help section is not shown (as the wasm's
    // `journey::behave`, where it builds the parts).
    if (name === 'journey' && !names.includes('help')) part.querySelector('.rg-jump')?.remove();
    if (all) scrollable(part);
    if (all && name === 'help') partnerFirst(part, options);
    if (held) for (const unit of [part, ...part.querySelectorAll(UNITS)]) unit.classList.add('rg-later');
    showTo(guide, part, audience);
    if (start) reopen(part, [`rg-step-${start}`, `rg-q-${start}`]);
    return part;
  };
  if (now) {
    body.append(...names.map((name) => make(name, false)));
    return Promise.resolve();
  }
  const coming = bodiesCome();
  // From the next task (this one has the glue's own start and the stylesheet's parsing), the parts
  // are built apart, a share per task (no long task). The first part is put in the page as soon as
  // it is built, and drawn in a frame of its own: the top of the guide, often the reader's screen.
  // The others follow together, the whole text at once, after that frame (one frame drawing the
  // screen's every part was the longest task on a desktop at 4x).
  // Until a part is drawn for good it is drawn only where on screen (`rg-later`, content-visibility:
  // auto: still found by find-in-page and read by screen readers), so the frame after it draws what
  // the reader sees and no more; then its items are drawn for good a few per frame (jumps within
  // the guide and printing need their real size).
  // Measured against every part put in the page per task (a frame drawing each before the next):
  // the whole text about 130 ms sooner on the slow phone.
  // Once every part is drawn, and the bodies have come, the bodies go in, a few per task (closed,
  // they are not drawn). The partner's `start` opens a step or a question at once: there,
  // the parts wait for the bodies (the open one's must not grow a moment later).
  const size = (name) => BUILD.parts[name].length + ((bodies && bodies[name]) || '').length;
  const placed = [];
  return new Promise((done, fail) => {
    // Each step below (first, next, place, settle) runs from a timer, where a throw (a page that
    // broke a DOM method) would reach no one and leave the guide loading. Guarded, the rest of the
    // text is put in at once, drawn for good, and the start fails: the loader's fallback follows,
    // around the whole text.
    const guard = (step) => () => {
      try {
        step();
      } catch (error) {
        try {
          const rest = [...built.splice(0), ...names.splice(0).map((name) => [name, make(name, false)])];
          placed.push(...rest);
          body.append(...rest.map(([, part]) => part));
          for (const unit of [...body.getElementsByClassName('rg-later')]) unit.classList.remove('rg-later');
          coming.then(() => placed.forEach(([name, part]) => fill(part, name))).catch(() => {});
        } finally {
          fail(error);
        }
      }
    };
    const built = [];
    let later = [];
    let shown = false;
    // A unit's elements that its frame draws: not those of its items still held back.
    const count = (unit) => unit.getElementsByTagName('*').length + 1;
    const weight = (unit) => [...unit.getElementsByClassName('rg-later')].reduce((n, item) => n - count(item), count(unit));
    let places = [];
    const fillIn = guard(() => {
      while (!places.length && placed.length) {
        const [name, part] = placed.shift();
        places = [...part.querySelectorAll(BODIES)].map((place) => [name, place]);
      }
      if (!places.length) return done();
      for (const [name, place] of places.splice(0, PER_FILL)) fillPlace(place, name);
      setTimeout(fillIn);
    });
    const settle = guard(() => {
      if (!later.length) {
        return coming.then(() => setTimeout(fillIn), (error) => {
          bodiesWhenOpened(body, placed);
          fail(error);
        });
      }
      let drawn = 0;
      do {
        const unit = later.shift();
        drawn += weight(unit);
        unit.classList.remove('rg-later');
      } while (later.length && drawn + weight(later[0]) <= PER_FRAME);
      afterFrame(settle);
    });
    const first = guard(() => {
      // Where it starts on screen, it is drawn for good at once: drawn later, a frame would lay
      // it out a second time. Read before the part is built: frames have been drawn since the
      // glue was asked for, so the page's layout is clean and the read costs little.
      const { top } = body.getBoundingClientRect();
      const name = names.shift();
      const part = make(name, top >= innerHeight || top <= -innerHeight);
      placed.push([name, part]);
      body.append(part);
      afterFrame(() => { shown = true; });
      setTimeout(next);
    });
    const next = guard(() => {
      let chars = 0;
      while (names.length && (!chars || chars + size(names[0]) <= PER_TASK)) {
        chars += size(names[0]);
        const name = names.shift();
        built.push([name, make(name, true)]);
      }
      if (names.length) return setTimeout(next);
      place();
    });
    const place = guard(() => {
      if (!shown) return afterFrame(place);
      const rest = built.splice(0);
      placed.push(...rest);
      body.append(...rest.map(([, part]) => part));
      later = [...body.getElementsByClassName('rg-later')];
      // The whole text is in: the behaviour's bytes may come now; in the fallback, which has no
      // behaviour to wait for, the loader may say so (the bodies still come, as below).
      if (all) done();
      else ask();
      afterFrame(settle);
    });
    // Without the bodies (they could not be fetched), the text still goes in, then the fallback.
    (start ? coming.catch(() => {}) : Promise.resolve()).then(() => setTimeout(first));
  });
}

// How much of the parts' text (their trees, in characters) one task builds, at most, unless a single
// part is larger: the help tiers and the footer together, no larger part with another.
const PER_TASK = 12000;

// How many bodies one task puts in (a step's or an answer's, at most about 70 elements each): a
// part's answers at once, some 340 elements, took up to 24 ms at 4x: a few keep each task short.
const PER_FILL = 3;

// What the glue draws first only where on screen (`rg-later`), besides each part: the items of the
// guide's lists, so that a frame draws a few of them for good, not a whole part (a part's frame
// was a long task at 4x). A frame draws items for good up to PER_FRAME elements, or one larger item.
const UNITS = '.rg-step, .rg-question, .rg-grid-block, .rg-tier';
const PER_FRAME = 150;

// `go` in the task after the next frame is drawn; after 100 ms where no frame comes (a page in a
// background tab draws none).
function afterFrame(go) {
  let gone = false;
  const once = () => {
    if (gone) return;
    gone = true;
    setTimeout(go);
  };
  requestAnimationFrame(once);
  setTimeout(once, 100);
}

// Whose words the guide shows, as the behaviours do (`questions::show_to`, the journey's toggle):
// the guide's `data-audience`, and in `part`, the toggle's radio and, for a supporter, their first
// questions first (for the person, each back in its place, after its `.rg-question-home`).
function showTo(guide, part, audience) {
  const chosen = audience === 'self' || audience === 'loved-one';
  guide.setAttribute('data-audience', audience === 'loved-one' ? audience : 'self');
  for (const radio of part.querySelectorAll('input[name=rg-audience]')) radio.checked = chosen && radio.value === audience;
  const list = part.querySelector('.rg-questions__list');
  if (!list) return;
  const top = list.firstChild;
  const homes = part.querySelectorAll('.rg-question-home');
  part.querySelectorAll('.rg-question--lead').forEach((lead, i) => {
    if (audience === 'loved-one') list.insertBefore(lead, top);
    else if (homes[i] && homes[i].nextSibling !== lead) homes[i].after(lead);
  });
}

// Without the WebAssembly (the fallback, `all`), the journey's two controls still do what the
// wasm's behaviour (`journey::behave`) does: the audience toggle shows the reader's words, and
// "Show all steps" opens every step, or closes them all once all are open (its label follows
// `aria-expanded`, in CSS). Each grid is then its whole table (CSS): a choice of two needs the
// wasm, and the table may scroll sideways, so it can take the keyboard's focus. Where the wasm
// gave the parts their behaviour before failing (`behaving`: a part's behaviour threw), the
// journey has its own, which two would undo.
function withoutWasm(guide, wasm) {
  if (guide.classList.contains('rg-guide--fallback')) return;
  guide.classList.add('rg-guide--fallback');
  scrollable(guide);
  if (wasm) return;
  const button = () => guide.querySelector('.rg-show-all');
  const steps = () => [...guide.querySelectorAll('.rg-step__details')];
  guide.addEventListener('change', (event) => {
    if (event.target.name === 'rg-audience') showTo(guide, guide, event.target.value);
  });
  guide.addEventListener('click', (event) => {
    if (event.target.closest('.rg-jump__link')) overdoseSteps(guide, event);
    if (!event.target.closest('.rg-show-all')) return;
    const open = button().getAttribute('aria-expanded') !== 'true';
    for (const details of steps()) details.open = open;
  });
  // `toggle` does not bubble: heard as it goes down. Each step opened or closed, the button says
  // whether all are open.
  guide.addEventListener('toggle', () => {
    if (button()) button().setAttribute('aria-expanded', String(steps().every((details) => details.open)));
  }, true);
}

// The journey's overdose link, as the wasm's `journey::go_to_overdose_steps` follows it: the steps'
// heading in view (below the slim bar) and focused; the page's address unchanged.
function overdoseSteps(guide, event) {
  event.preventDefault();
  const tier = guide.querySelector('#rg-overdose');
  if (!tier) return;
  const steps = tier.querySelector('.rg-list--steps');
  const target = (steps && steps.previousElementSibling) || tier;
  target.setAttribute('tabindex', '-1');
  target.scrollIntoView(true);
  target.focus();
}

// A partner's own line, first among the help tiers, where no wasm will put it (the fallback): each
// value checked as the wasm's parser checks it (`options::Parser`), and put in the build's card
// (`help::behaviour`). A value that fails is left out, and the card with it where no way to
// reach the line is left, as there. Nothing in a value is ever read as markup.
function partnerFirst(root, options) {
  const tiers = root.querySelector('.rg-tiers');
  if (!tiers || root.querySelector('.rg-tier--partner')) return;
  const values = partnerValues(options);
  const card = values && buildPart('partner');
  if (!card) return;
  fillCard(card, values);
  tiers.insertBefore(card, tiers.firstChild);
}

// The card's values, in the order of its markers (`PartnerView::values`), or null where the
// partner gave no valid number or address.
function partnerValues(options) {
  const given = (field) => option(options, `helpline-${field}`);
  // `plain_text`: not empty, no markup or control characters, 80 characters at most.
  const text = (field) => {
    const value = given(field);
    return value !== '' && !/[<>\p{Cc}]/u.test(value) && [...value].length <= 80 ? value : null;
  };
  // `values::dialable`, with the number as shown and as read aloud (`read_digits`).
  const phone = (field) => {
    const value = given(field);
    const plus = value.startsWith('+');
    const rest = plus ? value.slice(1) : value;
    const digits = rest.replace(/\D/g, '');
    const ok = /^[\d .()-]*$/.test(rest) && (plus
      ? digits.length >= 7 && digits.length <= 15 && digits[0] !== '0'
      : digits.length >= 3 && digits.length <= 6 && digits.length === rest.length);
    return ok ? [(plus ? '+' : '') + digits, value, rest.match(/\d+/g).map((group) => [...group].join(' ')).join(', ')] : [];
  };
  // `values::is_https_url`.
  const web = () => {
    const value = given('url');
    const https = value.slice(0, 8).toLowerCase() === 'https://';
    const host = value.slice(8).split(/[/?#]/)[0];
    const ok = https && new TextEncoder().encode(value).length <= 2048 && /^[a-z0-9.:-]+$/i.test(host)
      && !/[\s\p{Cc}"'<>\\`]/u.test(value);
    return ok ? [value.slice(8), value.slice(8).replace(/\/+$/, '')] : [];
  };
  const [call, sms, address] = [phone('phone'), phone('sms'), web()];
  if (!call.length && !sms.length && !address.length) return null;
  const name = text('name') ?? JSON.parse(BUILD.parts['partner-name']);
  const at = (list, i) => list[i] ?? null;
  // The space before a number: no-break before one of 9 characters or fewer (`joined_to_number`).
  const joiner = (list) => list.length ? ([...list[1]].length <= 9 ? '\u00a0' : ' ') : null;
  return [name, at(call, 0), at(call, 1), at(call, 2), at(sms, 0), at(sms, 1), at(sms, 2), at(address, 0), at(address, 1), text('hours'), joiner(call), joiner(sms)];
}

// `help::behaviour::fill`: each marker (\u0001 and its index, in base 36) in every text and
// attribute value takes its value; the item (`li` or `p`, never the card) around a marker with
// none goes.
function fillCard(node, values) {
  const filled = (text) => {
    let whole = true;
    const out = text.replace(/\u0001([\da-z]?)/gi, (marker, i) => {
      const value = i === '' ? null : values[parseInt(i, 36)] ?? null;
      if (value === null) whole = false;
      return value ?? '';
    });
    return whole ? out : null;
  };
  const drop = (inside) => inside && inside.closest('li:not(.rg-tier), p')?.remove();
  if (node.nodeType === Node.ELEMENT_NODE) {
    for (const name of node.getAttributeNames()) {
      const value = filled(node.getAttribute(name));
      if (value === null) return drop(node);
      node.setAttribute(name, value);
    }
    for (const child of [...node.childNodes]) fillCard(child, values);
  } else if (node.nodeType === Node.TEXT_NODE) {
    const value = filled(node.nodeValue);
    if (value === null) drop(node.parentElement);
    else node.nodeValue = value;
  }
}

function scrollable(node) {
  for (const wide of node.querySelectorAll('.rg-grid-wide')) wide.tabIndex = 0;
}

// The ids of the steps (`rg-step-…`) and questions (`rg-q-…`) open in `guide`, and opening them.
function opened(guide) {
  return [...guide.querySelectorAll('.rg-step__details[open], .rg-question[open]')].map((details) =>
    details.classList.contains('rg-question') ? details.id : details.parentElement.id);
}

function reopen(guide, ids) {
  for (const item of guide.querySelectorAll('.rg-step, .rg-question')) {
    if (ids.includes(item.id)) (item.querySelector('.rg-step__details') || item).open = true;
  }
}

// The options the reader picked to see side by side (narrow screens), per grid, and picking them
// again in a new guide where that grid offers them; its behaviour shows the pair it finds there.
function picked(guide) {
  return [...guide.querySelectorAll('.rg-grid-block')].map((block) =>
    [...block.querySelectorAll('.rg-pick select')].map((select) => select.value));
}

function repick(guide, picks) {
  guide.querySelectorAll('.rg-grid-block').forEach((block, b) => {
    const selects = [...block.querySelectorAll('.rg-pick select')];
    const values = picks[b] || [];
    const offered = (select, value) => [...select.options].some((o) => o.value === value);
    if (values.length !== selects.length || !selects.every((select, k) => offered(select, values[k]))) return;
    selects.forEach((select, k) => { select.value = values[k]; });
  });
}

/* ---------- an instance ---------- */

// A page whose CSP lacks 'wasm-unsafe-eval' cannot compile WebAssembly, and some browsers say
// nothing when that happens: instantiating the smallest module tells at once.
function wasmAllowed() {
  try {
    return !!new WebAssembly.Instance(new WebAssembly.Module(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0])));
  } catch (e) {
    return false;
  }
}

// The locale's bindings, once their wasm is instantiated (`start`, as `init` starts it).
let bindings = null;
let started = null;

// The bindings and the wasm, asked for together, once per glue (again after a failure), as soon as
// the guide's text is in the page (`prebuild`'s `place`): the network is idle while the text is drawn
// and the bodies go in, so they come about when the bodies do (on the slow phone, `ready` 300 to
// 500 ms sooner). They are compiled and started only in `init`, once the page is idle. Once they
// are started, another instance of this glue asks for nothing.
let asked = null;
function ask() {
  if (!asked && !started) {
    const wasm = fetch(new URL(BUILD.wasm, import.meta.url));
    const module = import(new URL(BUILD.bindings, import.meta.url));
    // A failure is `init`'s to report (an unreachable wasm or bindings), or moot (never started).
    wasm.catch(() => {});
    module.catch(() => {});
    asked = { wasm, module };
  }
  return asked;
}

// The wasm's first call (the mount) comes in a task of its own, as the compiling of the functions it
// calls first is the mount's: neither task is long.
function init() {
  if (!started) {
    const { wasm, module } = ask();
    // Used once: after a failure, `init` asks again.
    asked = null;
    started = module.then((bindings) => bindings.default({ module_or_path: wasm }).then(() => bindings));
    started.catch(() => { started = null; });
  }
  return started.then((module) => {
    bindings = module;
    return nextTask();
  });
}

function nextTask() {
  return new Promise((go) => setTimeout(go));
}

// The guide's text is built at once; its behaviour (the wasm, asked for once the text is in) is
// compiled and started once the page is idle (at most 2 s on a busy page; at once where idle
// callbacks do not exist), so it never takes the main thread from the partner page's own work.
function idle() {
  return new Promise((go) => (window.requestIdleCallback || setTimeout)(go, { timeout: 2000 }));
}

export function start(c) {
  const { instance, frame } = c;
  const host = instance.owner ? null : frame.getRootNode().host;
  const defaults = Object.getPrototypeOf(c.options);
  // An element whose attributes changed before this glue came: the loader starts it again.
  if (host && changed(host, c.options)) return instance.update(elementOptions(host, defaults));
  const options = flat(c.options);
  c.given = options;
  c.warned = new Set();
  const watching = watch(c, host, defaults);
  instance.stopFrame = () => {
    watching.disconnect();
    release(instance);
  };
  // webassembly="off": the partner says their policy forbids it, so no probe (and no CSP report).
  if (/^off$/i.test(option(options, 'webassembly')) || (typeof WebAssembly === 'object' && !wasmAllowed())) {
    // In a frame, new options start the instance again (the loader's `update`).
    return import(new URL('recovery-guide-framer.js', import.meta.url)).then((framer) => instance.live && framer.framed({ ...c, options }));
  }
  instance.update = (next) => update(c, next);
  // The parts from the next task: in this one the loader has just parsed every component's styles
  // (about 14 ms at 4x); with the slim bar and the bodies' request too, it reached 56 ms.
  return nextTask().then(() => instance.live && prebuild(frame, options)).then(idle).then(() => instance.live && init().then(() => {
    if (!instance.live) return;
    // New options while the guide loaded: `update` has mounted their guide already (it does not
    // wait for an idle page). Mounting this one's options now would bring the old ones back.
    const behaving = instance.handle ? undefined : behave(c, options);
    instance.stopKeys();
    return behaving;
  }));
}

// The frames whose parts the wasm has begun to give their behaviour.
const behaving = new WeakSet();

// The wasm's instance for the guide in `c.frame`; its parts' behaviours from the next task, one per
// task. It fails if a part's behaviour throws (a trap, or a DOM call the page broke).
function behave(c, options) {
  behaving.add(c.frame);
  c.instance.handle = bindings.mount(c.frame, options, c.lang || undefined, buildPart, c.warned);
  return parts(c);
}

// Frees the wasm's instance, taking every listener of the guide's parts off.
function release(instance) {
  if (instance.handle) instance.handle.free();
  instance.handle = null;
}

// Each part's behaviour (or the part itself, where the glue built none ahead), one per task, then
// ready; it stops if the instance goes, or another mount replaces this one. A throw in a
// part's task would reach no one from a timer: it rejects, so the start (or the update) fails.
function parts(c) {
  const { instance } = c;
  const handle = instance.handle;
  const mine = () => instance.live && instance.handle === handle;
  return new Promise((done, fail) => {
    const finish = () => {
      if (mine()) c.ready();
      done();
    };
    const more = () => {
      try {
        if (!mine()) return done();
        setTimeout(handle.more() ? more : finish);
      } catch (error) {
        fail(error);
      }
    };
    setTimeout(more);
  });
}

// The element's option attributes: a change re-renders the guide, once for all the changes of one
// task (the records come together; the update waits for the next task).
function watch(c, host, defaults) {
  if (!host) return { disconnect() {} };
  let queued = false;
  const observer = new MutationObserver(() => {
    if (queued) return;
    queued = true;
    setTimeout(() => {
      queued = false;
      if (c.instance.live) c.instance.update(elementOptions(host, defaults));
    });
  });
  observer.observe(host, { attributes: true, attributeFilter: WATCHED });
  return observer;
}

// New options for a running guide. The reader's choices stay where they still exist: the steps
// and questions they opened, the options they picked to compare, and whose words they chose
// (unless the partner changed `audience`).
// The guide for the new locale and region comes from that glue, which swaps it in once its wasm
// is ready, so the old guide works until then.
function update(c, next) {
  const { instance, frame } = c;
  const given = flat(next);
  const options = { ...given };
  const guide = frame.querySelector('.rg-guide');
  const chosen = guide && guide.querySelector('input[name=rg-audience]:checked');
  if (chosen && option(given, 'audience') === option(c.given, 'audience')) options.audience = chosen.value;
  c.given = given;
  const host = frame.getRootNode().host;
  c.lang = (host.closest('[lang]') || document.documentElement).getAttribute('lang');
  const turn = (instance.turn = (instance.turn || 0) + 1);
  const { locale, region } = glueFor(options, c.lang);
  const glue = locale === BUILD.locale && region === BUILD.region
    ? Promise.resolve({ swap })
    : import(new URL(`recovery-guide-core-${locale}-${region}.js`, import.meta.url));
  const kept = { open: guide ? opened(guide) : [], picks: guide ? picked(guide) : [] };
  return glue.then((other) => other.swap(c, options, kept, turn)).catch((error) => {
    // The old guide stays (it still works); the page hears why.
    if (instance.live && instance.turn === turn) {
      host.dispatchEvent(new CustomEvent('recovery-guide:error', { bubbles: true, composed: true, detail: { message: String((error && error.message) || error) } }));
    }
  });
}

export function swap(c, options, kept, turn) {
  const { instance, frame } = c;
  return Promise.all([init(), bodiesCome()]).then(() => {
    if (!instance.live || instance.turn !== turn) return;
    // Built apart, then put in place of the old guide in the same task as its behaviour.
    const room = document.createElement('div');
    const guide = buildPart('guide');
    if (/^off$/i.test(options['quick-exit'])) guide.querySelector('.rg-exit').remove();
    room.append(guide);
    prebuild(room, options, false, true);
    reopen(guide, kept.open);
    repick(guide, kept.picks);
    release(instance);
    frame.replaceChildren(guide);
    return behave(c, options);
  });
}
