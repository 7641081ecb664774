// The school's language buttons: RecoveryGuide.mount() with the chosen locale, through the API a
// partner's own scripts use. (A separate file, so the page passes a CSP without 'unsafe-inline'.)
(function () {
  var slot = document.getElementById('guide');
  var handle = null;
  function show(locale) {
    if (handle) handle.unmount();
    handle = window.RecoveryGuide.mount(slot, {
      locale: locale,
      region: 'us',
      helplineName: locale === 'es' ? 'la consejera de Lakeview (ficticia)' : 'the Lakeview school counselor (fictional)',
      helplinePhone: '+1 800 555 0177',
      helplineHours: locale === 'es' ? 'Lunes a viernes, de 8 a. m. a 4 p. m.' : 'Monday to Friday, 8am to 4pm',
      quickExit: true
    });
    document.querySelectorAll('.lang button').forEach(function (b) {
      b.setAttribute('aria-pressed', String(b.getAttribute('data-locale') === locale));
    });
  }
  document.querySelectorAll('.lang button').forEach(function (b) {
    b.addEventListener('click', function () { show(b.getAttribute('data-locale')); });
  });
  show('en');
})();
