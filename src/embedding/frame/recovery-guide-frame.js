// Inside recovery-guide-frame.html: mounts one guide with the options in the page's query.
//
// Opened by the loader (a page whose CSP forbids WebAssembly; the query carries `rg-parent=1`), it
// tells that page its height, when it is ready, and when the reader leaves by quick exit; the page
// sizes the frame and leaves. Messages carry no reader data: a height and two words.
//
// Opened by URL (a site builder's embed box, or a link), nothing listens: the page scrolls inside
// its own frame, and quick exit replaces the page around the frame where the browser allows it,
// and otherwise this page (the guide's own quick exit, without `data-rg-frame`).
(function () {
  'use strict';
  if (!window.RecoveryGuide) return;
  var parentPage = window.parent;
  var d = document;
  var options = {};
  new URLSearchParams(location.search).forEach(function (value, name) { options[name] = value; });
  var listened = options['rg-parent'] === '1' && parentPage !== window;
  delete options['rg-parent'];
  if (!listened) d.documentElement.removeAttribute('data-rg-frame');
  function tell(message) { if (listened) parentPage.postMessage(message, '*'); }
  var host = d.createElement('div');
  d.body.style.margin = '0';
  d.body.appendChild(host);
  // The page takes the guide's name and language, for the frame's title and screen readers.
  host.addEventListener('recovery-guide:ready', function () {
    var guide = host.shadowRoot && host.shadowRoot.querySelector('[role="region"]');
    var lang = host.shadowRoot && host.shadowRoot.querySelector('[lang]');
    if (guide) d.title = guide.getAttribute('aria-label');
    if (lang) d.documentElement.lang = lang.getAttribute('lang');
    tell({ rg: 'ready' });
  });
  // The height, for a page that sizes the frame to it (so that frame never scrolls on its own).
  if (listened) new ResizeObserver(function () { tell({ rg: 'size', height: host.getBoundingClientRect().height }); }).observe(host);
  window.RecoveryGuide.mount(host, options);
})();
