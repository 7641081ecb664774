// Headless Chromium for the end-to-end tests, screenshots and the benchmark: Debian's chromium,
// driven by playwright-core. The flags keep it from reaching the network on its own.
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM || ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);

export function launch() {
  if (!CHROMIUM) throw new Error('Chromium not found: run `make tools` (it installs Debian\'s chromium)');
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/** Resolves once the first <recovery-guide> on the page leaves `loading`; returns the state. */
export async function settled(page, selector = 'recovery-guide') {
  await page.waitForFunction(
    (sel) => {
      const hosts = [...document.querySelectorAll(sel)];
      return hosts.length > 0 && hosts.every((h) => ['ready', 'fallback'].includes(h.dataset.rgState));
    },
    selector,
    { timeout: 15000 },
  );
  return page.$eval(selector, (h) => h.dataset.rgState);
}
