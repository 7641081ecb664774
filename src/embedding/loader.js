/*
 * Recovery Guide loader: the one classic script a partner adds to a page.
 *
 * - Draws the help bar (main helpline and emergency number) in each instance's shadow root at
 *   once, before any WebAssembly, from data the build writes in place of __RG_DATA__ (taken from
 *   the same content files as the Rust build).
 * - Loads the region's glue, which builds the rest of the guide (rendered from the same components
 *   at build time) into the first frame, then the WebAssembly, which gives it its behaviour.
 * - Stores nothing, sends nothing, and defines no globals but `RecoveryGuide` and the
 *   <recovery-guide> element. Partner text is only ever set as text or attribute values.
 */
(function () {
  // (No 'use strict': every name here is declared, and the bytes count against the 4 KB budget.)

  var DATA = __RG_DATA__;
  var TAG = 'recovery-guide';
  var w = window;
  var d = document;
  var script = d.currentScript;

  // Included twice: the first copy stays in charge; this one only places its own instance.
  if (w.RecoveryGuide && w.RecoveryGuide.version) {
    if (w.RecoveryGuide._place) w.RecoveryGuide._place(script);
    return;
  }

  // Every other asset sits next to this script.
  var base = new URL('.', (script && script.src) || d.baseURI).href;
  var pageDefaults = scriptOptions(script);
  var instances = new WeakMap();
  var sheets = {};

  /* ---------- options ---------- */

  // An element's attributes as options: all of them, or (for the script, `data` true) its data-*
  // ones without the prefix, `data-region="uk"` → { region: "uk" }: the page-wide defaults.
  // An instance's options are its own on top of those defaults, their prototype: the glue reads
  // them apart when an attribute changes (and flattens them for the WebAssembly).
  function attributes(el, out, data) {
    for (var i = 0; el && i < el.attributes.length; i++) {
      var name = el.attributes[i].name;
      if (!data) out[name] = el.attributes[i].value;
      else if (!name.indexOf('data-') && name !== 'data-mount') out[name.slice(5)] = el.attributes[i].value;
    }
    return out;
  }

  function scriptOptions(el) { return attributes(el, {}, true); }

  function elementOptions(el) { return attributes(el, Object.create(pageDefaults)); }

  // { helplinePhone: "+1…", quickExit: false } → { "helpline-phone": "+1…", "quick-exit": "off" }
  function apiOptions(options) {
    var out = Object.create(pageDefaults);
    if (!options || typeof options !== 'object') return out;
    Object.keys(options).forEach(function (key) {
      var value = options[key];
      var name = key.replace(/[A-Z]/g, function (c) { return '-' + c.toLowerCase(); });
      if (typeof value === 'boolean') value = value ? 'on' : 'off';
      if (typeof value === 'string' || typeof value === 'number') out[name] = String(value);
    });
    return out;
  }

  function pageLang(el) {
    return (el.closest('[lang]') || d.documentElement).getAttribute('lang');
  }

  // The help bar needs only the region and the language; the Rust options parser checks every
  // option properly (and warns) once the WebAssembly is running.
  // As the Rust options parser: the `locale` option if supported, else the page's language, else
  // English. It picks the words of the first frame and which wasm to load.
  function localeOf(options, lang) {
    var primary = function (tag) { return String(tag || '').toLowerCase().split(/[-_]/)[0]; };
    var tag = primary(options.locale);
    // Own codes only: a name every object has ("constructor", "__proto__") is not a locale.
    if (!DATA.locales.hasOwnProperty(tag)) tag = primary(lang);
    return DATA.locales.hasOwnProperty(tag) ? tag : 'en';
  }

  function barContent(options, lang) {
    var region = String(options.region || '').toLowerCase();
    // As the Rust options parser: a region it does not know is the US (the glue follows it), and
    // a name every object has ("constructor") is not a region.
    if (!DATA.regions.hasOwnProperty(region)) region = 'us';
    var locale = localeOf(options, lang);
    // [[name, tel, display], [tel, display]], as tools/loader_data.rs writes them; a name is a
    // string, or { en, es… } where the languages differ (English where one is left out). With
    // each number as spoken, they fill the help bar's markers \u0001 0 to 6.
    var pack = DATA.regions[region];
    var main = pack[0];
    var sos = pack[1];
    var exit = String(options['exit-url'] || '');
    return {
      locale: locale,
      region: region,
      // The locale's words, in the order of tools/first_frame.rs's WORDS: the guide's name, the
      // fallback line, the two quick-exit announcements, then the help bar's (markers \u0002 4-9).
      words: DATA.locales[locale],
      slots: [main[0][locale] || main[0].en || main[0], main[1], main[2], spoken(main[2]), sos[0], sos[1], spoken(sos[1])],
      theme: /^(light|dark)$/.test(options.theme) ? options.theme : 'auto',
      // Rust checks the exit address properly; this first frame accepts only plain https ones.
      exitUrl: /^https:\/\/[\w.-]+([:/?#]\S*)?$/.test(exit) ? exit : DATA.exitUrl,
      quickExit: !/^off$/i.test(options['quick-exit'])
    };
  }

  // A printed number as a screen reader should say it: each run of digits digit by digit,
  // "1-800-662-HELP (4357)" → "1, 8 0 0, 6 6 2, 4 3 5 7". For the help bar's lines this is what
  // src/content/spoken.rs says (tools/loader_data.rs holds its rule equal for every region;
  // tests/e2e/embed.test.mjs reads the first frame).
  function spoken(display) {
    return display.match(/\d+/g).join().replace(/\B|,/g, '$& ');
  }

  /* ---------- markup (text and attributes only: never HTML strings) ---------- */

  function el(name, attrs, children) {
    var node = d.createElement(name);
    for (var k in attrs) node.setAttribute(k, attrs[k]);
    (children || []).forEach(function (c) {
      node.appendChild(typeof c === 'string' ? d.createTextNode(c) : c);
    });
    return node;
  }

  // The help bar, from the tree the build renders from the Rust HelpBar component
  // (tools/first_frame.rs): ["tag", {attributes}, child...], with the region's values and the
  // locale's words in its markers.
  function build(node, c) {
    var fill = function (text) { return text.replace(/([\x01\x02])(\d)/g, function (m, kind, i) { return (kind > '\x01' ? c.words : c.slots)[i]; }); };
    if (typeof node === 'string') return fill(node);
    var attrs = {};
    for (var k in node[1]) attrs[k] = fill(node[1][k]);
    return el(node[0], attrs, node.slice(2).map(function (child) { return build(child, c); }));
  }

  function helpBar(c) {
    var bar = build(DATA.bar, c);
    if (!c.quickExit) bar.querySelector('.rg-exit').remove();
    return bar;
  }

  // Quick exit works before (and without) the WebAssembly: blank the guide, replace the page.
  function leave(c, frame) {
    frame.firstChild.classList.add('rg-guide--leaving');
    w.location.replace(c.exitUrl);
  }

  // "Exit this page", or Shift pressed on its own three times, each within 5 s of the last (as the
  // Rust ShiftCounter). Listens until the WebAssembly takes over; returns the function that stops.
  function quickExit(c, frame) {
    var presses = 0, last = 0, clean = false;
    function down(e) {
      if (e.key === 'Shift' && !(e.ctrlKey || e.altKey || e.metaKey)) {
        if (!e.repeat) clean = true;
      } else {
        clean = false;
        presses = 0;
      }
    }
    function up(e) {
      if (e.key !== 'Shift' || !clean) return;
      clean = false;
      var now = Date.now();
      if (presses && now - last > 5000) presses = 0;
      presses++;
      last = now;
      // The help bar's live region (there whenever quick exit is).
      frame.querySelector('[aria-live]').textContent = presses < 3 ? c.words[2].replace('{n}', 3 - presses) : c.words[3];
      if (presses >= 3) leave(c, frame);
    }
    function click(e) { if (e.target.closest('.rg-exit__button')) leave(c, frame); }
    d.addEventListener('keydown', down);
    d.addEventListener('keyup', up);
    frame.addEventListener('click', click);
    return function () {
      d.removeEventListener('keydown', down);
      d.removeEventListener('keyup', up);
      frame.removeEventListener('click', click);
    };
  }

  function firstFrame(c) {
    // The guide's own direction (every locale it speaks is left to right): a right-to-left page
    // changes nothing inside it.
    var frame = el('div', { 'class': 'rg-root', lang: c.locale, dir: 'ltr', 'data-theme': c.theme });
    frame.appendChild(el('div', { 'class': 'rg-guide', role: 'region', 'aria-label': c.words[0] }, [helpBar(c)]));
    return frame;
  }

  /* ---------- styles: adopted sheets pass a strict style-src; <style> is the old-browser path ---------- */

  // Where shadow roots cannot adopt constructed sheets (older browsers), a sheet is its CSS text.
  var adopts = w.ShadowRoot && 'adoptedStyleSheets' in ShadowRoot.prototype;

  function makeSheet(css) {
    if (!adopts) return css;
    var sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    return sheet;
  }

  function applyStyles(root, list) {
    if (adopts) return void (root.adoptedStyleSheets = list);
    root.querySelectorAll('style').forEach(function (old) { old.remove(); });
    list.forEach(function (css) { root.appendChild(el('style', {}, [css])); });
  }

  // Each sheet made once per page: the first frame's ('bar'), then, with the glue, every other
  // component's ('full'), beside it.
  function sheet(name, css) { return sheets[name] || (sheets[name] = makeSheet(css)); }

  /* ---------- the rest of the guide: loaded once per page ---------- */

  // The partner's images first: where the document already holds images when an instance starts
  // (a hero), the glue is asked for once they are decoded and two frames drawn, or after a second,
  // whichever comes first, so the guide's text does not take their bandwidth (issue 15: over
  // HTTP/2 it was Lighthouse's whole LCP cost). The help bar does not wait.
  function imagesDrawn() {
    return new Promise(function (go) {
      if (!d.images.length) return go();
      setTimeout(go, 1000);
      // (A lazy image may not load at all: not waited for.)
      Promise.all([].map.call(d.images, function (img) { return img.loading == 'lazy' || img.decode().catch(Object); })).then(function () {
        requestAnimationFrame(function () { requestAnimationFrame(go); });
      });
    });
  }

  // One glue per locale and region (it carries the guide's parts, rendered for the region, and starts
  // the locale's wasm beside it), under the names tools/build-loader.mjs gives them: a module is
  // loaded once per page (the browser's module map keeps it). (Where there is no WebAssembly at all, the glue's start
  // fails and the fallback follows.)
  function loadGlue(c) {
    return import(base + 'recovery-guide-core-' + c.locale + '-' + c.region + '.js');
  }


  /* ---------- instances ---------- */

  function setState(host, state) { host.setAttribute('data-rg-state', state); }

  function announce(host, name, detail) {
    host.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail: detail }));
  }

  function start(host, options) {
    var root = host.shadowRoot || host.attachShadow({ mode: 'open' });
    root.replaceChildren();
    var lang = pageLang(host);
    var content = barContent(options, lang);
    // The rest of the guide: asked for right after the help bar is drawn where the page holds no
    // images, else once they are drawn (`imagesDrawn`). A wait that fails (a page that replaced
    // `document.images` or `decode`) only waits no more. (Not before the help bar is built:
    // Lighthouse then counts the glue before the page's first paint; ARCHITECTURE.md.)
    var glued = imagesDrawn().catch(Object).then(function () { return loadGlue(content); });
    var frame = firstFrame(content);
    applyStyles(root, [sheet('bar', DATA.css)]);
    root.appendChild(frame);
    setState(host, 'loading');

    var instance = {
      live: true,
      stopKeys: content.quickExit ? quickExit(content, frame) : function () {},
      stopFrame: function () {},
      // New options before the glue has come: start again (only the help bar is drawn). The glue
      // replaces this with its own, which swaps the whole guide in place.
      update: function (next) { mount(host, next, instance.owner); }
    };
    instance.unmount = function () {
      if (!instance.live) return;
      instance.live = false;
      instance.stopKeys();
      // The glue's: its WebAssembly instance, its watch on the attributes, or its frame.
      instance.stopFrame();
      root.replaceChildren();
      host.removeAttribute('data-rg-state');
    };

    // The glue does the rest (tools/build-loader.mjs, `start`): the frame where the page's policy
    // forbids WebAssembly; elsewhere the guide's text, then its behaviour, from the wasm.
    var glue;
    // The glue's module is evaluated in one task; the guide is styled and started in the next.
    glued.then(function (mod) {
      return new Promise(function (go) { setTimeout(go, 0, mod); });
    }).then(function (mod) {
      glue = mod;
      if (!instance.live) return;
      applyStyles(root, [sheet('bar'), sheet('full', mod.stylesheet())]);
      return mod.start({ instance: instance, frame: frame, options: options, lang: lang,
        leave: function () { leave(content, frame); }, ready: function () { ready(host); } });
    }).catch(function (error) {
      if (instance.live) fallBack(instance, host, root, frame, content, error, glue, options);
    });
    return instance;
  }

  function ready(host) {
    setState(host, 'ready');
    announce(host, 'recovery-guide:ready', { version: DATA.version });
  }

  // The help bar stays, with the whole guide's text where the glue came (it then works without
  // the wasm: nothing to apologise for), else a plain line saying the rest could not load; then
  // the partner's own fallback content (the element's children) shown through a slot. The text is
  // the partner's sections, audience and open step, as the guide would have shown them.
  function fallBack(instance, host, root, frame, content, error, glue, options) {
    if (!frame.parentNode) root.appendChild(frame);
    var guide = frame.firstChild;
    if (!glue) guide.appendChild(el('p', { 'class': 'rg-notice', role: 'status' }, [content.words[1]]));
    // The glue builds the text over a few tasks (where it had not yet): the state says `fallback`
    // once it is all in, so a page that reads the guide then finds its text.
    new Promise(function (go) { go(glue && glue.prebuild(frame, options, true)); }).catch(Object).then(function () {
      if (!instance.live) return;
      guide.appendChild(el('slot'));
      setState(host, 'fallback');
      announce(host, 'recovery-guide:error', { message: String((error && error.message) || error) });
    });
  }

  // `owner` is the API's handle (none for an element, whose attributes the glue watches): it
  // stays with the host across updates, and acts only while the host's guide is still its own.
  function mount(host, options, owner) {
    unmount(host);
    var instance = start(host, options);
    instance.owner = owner;
    instances.set(host, instance);
  }

  function unmount(host) {
    var instance = instances.get(host);
    if (instance) {
      instance.unmount();
      instances.delete(host);
    }
  }

  /* ---------- the element, and the script's own place ---------- */

  // (Custom elements are everywhere shadow roots are, which the guide needs anyway.)
  if (!w.customElements.get(TAG)) {
    w.customElements.define(TAG, class extends HTMLElement {
      connectedCallback() {
        if (!instances.has(this)) mount(this, elementOptions(this));
      }
      disconnectedCallback() {
        // A move is a disconnect then a connect in one task: only unmount what stays out.
        var host = this;
        queueMicrotask(function () { if (!host.isConnected) unmount(host); });
      }
    });
  }

  // A script in <body> renders right where it stands, unless data-mount="elements".
  function place(s) {
    if (!s || !d.body || !d.body.contains(s) || s.getAttribute('data-mount') === 'elements') return;
    s.parentNode.insertBefore(el(TAG, scriptOptions(s)), s);
  }

  Object.defineProperty(w, 'RecoveryGuide', {
    value: Object.freeze({
      version: DATA.version,
      mount: function (element, options) {
        var mine = function () { return (instances.get(element) || {}).owner === owner; };
        var owner = {
          unmount: function () { if (mine()) unmount(element); },
          update: function (next) { if (mine()) instances.get(element).update(apiOptions(next)); }
        };
        mount(element, apiOptions(options), owner);
        return owner;
      },
      _place: place
    })
    // Neither writable nor configurable (defineProperty's defaults): a page cannot replace it.
  });

  place(script);
})();
