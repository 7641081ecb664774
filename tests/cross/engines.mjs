// The three engines behind one small interface, for the smoke suite (smoke.mjs):
//   Firefox  Debian's firefox-esr over WebDriver BiDi, through puppeteer-core (headless);
//   WebKit   Debian's WebKitWebDriver and MiniBrowser on an Xvfb display (no headless mode);
//   Chromium Debian's chromium through chromedriver (the reference: same suite, known engine).
// Each resolves to { name, version, goto(url), url(), run(fn, ...args), click(find, ...args),
// choose(find, index), pressShift(), screenshot(path, width, height), close() }; `run` and `click` take a function that runs in the
// page (so shadow roots are reached in the page, never through element references of the driver).
import { existsSync, writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { CHROMIUM } from '../support/browser.mjs';
import { startChromium, startWebKit } from '../support/webdriver.mjs';

const SHIFT = '\uE008';
export const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';

export async function firefox() {
  if (!existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX}: run \`.ci/install-tools.sh browser\` (it installs Debian's firefox-esr)`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    acceptInsecureCerts: true,
    defaultViewport: { width: 1280, height: 900 },
    protocolTimeout: 30000,
    extraPrefsFirefox: {
      // No network of its own (updates, telemetry, remote settings) during the run.
      'network.captive-portal-service.enabled': false,
      'browser.safebrowsing.update.enabled': false,
    },
  });
  try {
    const [page = await browser.newPage()] = await browser.pages();
    page.setDefaultTimeout(20000);
    return {
      name: 'firefox',
      version: await browser.version(),
      goto: (url) => page.goto(url, { waitUntil: 'load' }),
      url: async () => page.url(),
      run: (fn, ...args) => page.evaluate(fn, ...args),
      async click(find, ...args) {
        const handle = await page.evaluateHandle(find, ...args);
        const element = handle.asElement();
        if (!element) throw new Error(`no element to click: ${find}`);
        await element.click();
        await handle.dispose();
      },
      // Real keys, as a reader choosing without the list open: focus the select, then arrow keys
      // (Firefox changes a closed select's value and fires change on each).
      async choose(find, index) {
        const handle = await page.evaluateHandle(find);
        const from = await handle.evaluate((select) => {
          select.focus();
          return select.selectedIndex;
        });
        await handle.dispose();
        for (let i = from; i !== index; i += index > from ? 1 : -1) await page.keyboard.press(index > from ? 'ArrowDown' : 'ArrowUp');
      },
      pressShift: () => page.keyboard.press('Shift'),
      async screenshot(path, width, height) {
        await page.setViewport({ width, height });
        await page.screenshot({ path });
      },
      close: () => browser.close(),
    };
  } catch (e) {
    await browser.close();
    throw e;
  }
}

/** A WebDriver session as the suite's driver: native clicks (an <option> too) and real keys. */
function fromSession(name, session, version) {
  return {
    name,
    version,
    goto: (url) => session.goto(url),
    url: () => session.url(),
    run: (fn, ...args) => session.run(fn, ...args),
    click: (find, ...args) => session.click(find, ...args),
    // WebDriver's Element Click on an <option> selects it, as the reader's choice in the list does.
    choose: (find, index) => session.click(`function () { return (${find})().options[${Number(index)}]; }`),
    pressShift: () => session.press(SHIFT),
    // The window's size (a viewport near it: the browser's own frame takes a little), then a PNG.
    async screenshot(path, width, height) {
      await session.send('POST', '/window/rect', { width, height });
      writeFileSync(path, Buffer.from(await session.send('GET', '/screenshot'), 'base64'));
    },
    close: () => session.close(),
  };
}

export async function webkit() {
  const session = await startWebKit();
  return fromSession('webkit', session, `WebKitGTK ${session.capabilities.browserVersion}`);
}

export async function chromium() {
  const session = await startChromium(CHROMIUM);
  return fromSession('chromium', session, `Chromium ${session.capabilities.browserVersion}`);
}
