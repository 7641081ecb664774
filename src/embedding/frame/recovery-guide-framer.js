// On the partner's page, where its CSP forbids WebAssembly: the region's glue (its `start`, see
// tools/build-loader.mjs) imports this module only then. It opens recovery-guide-frame.html (next to the loader, on the guide's own origin, where
// the page's policy does not reach) with the instance's options, sizes the frame to the guide's
// height, and swaps it in for the first frame once the guide inside is ready. If the page's policy
// blocks frames too (a violation, or no word from the frame), the promise rejects and the loader
// shows the fallback.
// The guide's name and language come from the first frame; the frame page sits beside this module.
export function framed({ instance, frame, options, leave, ready }) {
  const guide = frame.firstChild;
  const title = guide.getAttribute('aria-label');
  const base = new URL('.', import.meta.url).href;
  const origin = new URL(base).origin;
  const query = new URLSearchParams(options);
  query.set('locale', frame.lang);
  // The frame's own page allows WebAssembly: what this page said of its policy stays here.
  query.delete('webassembly');
  // This page listens: the frame reports its height and the reader's exit here (without it, the
  // frame page stands alone, as an embed by URL).
  query.set('rg-parent', '1');
  const iframe = document.createElement('iframe');
  iframe.title = title;
  // Styled through the CSSOM (a strict style-src allows it), so the loader carries no frame CSS.
  const look = (el, styles) => Object.entries(styles).forEach(([name, value]) => el.style.setProperty(name, value));
  look(iframe, { display: 'block', width: '100%', height: '0', border: '0' });
  iframe.src = `${base}recovery-guide-frame.html?${query}`;
  return new Promise((resolve, reject) => {
    let timer;
    const stop = () => {
      clearTimeout(timer);
      document.removeEventListener('securitypolicyviolation', blocked);
    };
    const fail = (reason) => {
      stop();
      window.removeEventListener('message', heard);
      iframe.remove();
      reject(new Error(reason));
    };
    function blocked(e) {
      if (e.blockedURI.startsWith(origin)) fail('frames are blocked');
    }
    // Only the frame itself, from the guide's origin, is heard: a height and two words.
    function heard(e) {
      if (e.source !== iframe.contentWindow || e.origin !== origin || !e.data) return;
      const m = e.data;
      if (m.rg === 'size' && m.height > 0) iframe.style.height = `${Math.ceil(m.height)}px`;
      else if (m.rg === 'exit') leave();
      else if (m.rg === 'ready' && guide.firstChild !== iframe) {
        stop();
        // The frame has its own help bar and quick exit; the page's Shift listener stays.
        guide.removeChild(guide.firstChild);
        // The guide inside the frame draws its own border.
        look(guide, { border: '0', background: 'transparent' });
        ready();
        resolve();
      }
    }
    document.addEventListener('securitypolicyviolation', blocked);
    window.addEventListener('message', heard);
    // After what the glue stops (its watch on the element's attributes).
    const before = instance.stopFrame;
    instance.stopFrame = () => {
      before();
      stop();
      window.removeEventListener('message', heard);
    };
    timer = setTimeout(() => fail('the frame did not start'), 15000);
    guide.appendChild(iframe);
  });
}
