// Inside recovery-guide-frame.html: mounts one guide with the options in the page's query and
// tells the partner's page (the parent) its height, when it is ready, and when the reader leaves
// by quick exit. Messages carry no reader data: a height and two words.
(function () {
  'use strict';
  var parentPage = window.parent;
  if (parentPage === window || !window.RecoveryGuide) return;
  var d = document;
  var options = {};
  new URLSearchParams(location.search).forEach(function (value, name) { options[name] = value; });
  var host = d.createElement('div');
  d.body.style.margin = '0';
  d.body.appendChild(host);
  function tell(message) { parentPage.postMessage(message, '*'); }
  host.addEventListener('recovery-guide:ready', function () {
    var guide = host.shadowRoot && host.shadowRoot.querySelector('[role="region"]');
    var lang = host.shadowRoot && host.shadowRoot.querySelector('[lang]');
    if (guide) d.title = guide.getAttribute('aria-label');
    if (lang) d.documentElement.lang = lang.getAttribute('lang');
    tell({ rg: 'ready' });
  });
  // The height the parent gives the frame, so the frame never scrolls on its own.
  new ResizeObserver(function () { tell({ rg: 'size', height: host.getBoundingClientRect().height }); }).observe(host);
  window.RecoveryGuide.mount(host, options);
})();
