// A small W3C WebDriver client over plain HTTP (fetch), for the cross-engine smoke suite:
// WebKitGTK's WebDriver (with its MiniBrowser, on a virtual X display from Xvfb) and ChromeDriver.
// Only what the suite needs: a session, navigation, scripts run in the page, native clicks on
// elements a script returns (elements inside an open shadow root too), and real key presses.
// Every process it starts is ended by `close()`, and on process exit if a test run dies first.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { constants } from 'node:os';

/** WebKitGTK's browser for automation (Debian `libwebkit2gtk-4.1-0`, pulled in by `webkit2gtk-driver`). */
export const MINIBROWSER = process.env.MINIBROWSER
  || ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser'].find(existsSync)
  || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';
const children = new Set();
process.on('exit', () => {
  for (const child of children) stop(child);
});
// A test run ended by a signal (Ctrl-C, a runner's timeout) ends what it started too.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => process.exit(128 + constants.signals[signal]));
}

/** Ends a process started here, and the processes it started (its own process group). */
function stop(child) {
  children.delete(child);
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    child.kill('SIGTERM');
  }
}

/** Starts `command` in a process group of its own, so `stop` ends it with whatever it started. */
function start(command, args, env = {}) {
  if (!commandExists(command)) {
    throw new Error(`${command} not found: run \`.ci/install-tools.sh browser\` (it installs Debian's browsers and drivers)`);
  }
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe', 'pipe'], detached: true });
  children.add(child);
  child.output = '';
  for (const stream of [child.stdout, child.stderr]) stream.on('data', (d) => { child.output = (child.output + d).slice(-4000); });
  child.on('exit', () => children.delete(child));
  return child;
}

function commandExists(command) {
  if (command.includes('/')) return existsSync(command);
  return (process.env.PATH || '').split(':').some((dir) => existsSync(`${dir}/${command}`));
}

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

/** Polls `check` (async) until it returns a truthy value; throws naming `what` after `timeout` ms. */
export async function until(check, { timeout = 15000, interval = 50, what = 'condition' } = {}) {
  const end = Date.now() + timeout;
  let last;
  let error;
  for (;;) {
    try {
      last = await check();
      if (last) return last;
      error = undefined;
    } catch (e) {
      error = e;
    }
    if (Date.now() > end) {
      throw new Error(`timed out after ${timeout} ms waiting for ${what}; last value: ${JSON.stringify(last)}${error ? `; last error: ${error.message}` : ''}`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

/** A virtual X display (Xvfb picks a free display number itself). Resolves to { display, close }. */
export async function startXvfb() {
  const xvfb = start('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp']);
  const display = await new Promise((done, fail) => {
    let text = '';
    xvfb.stdio[3].on('data', (d) => {
      text += d;
      if (text.includes('\n')) done(`:${text.trim()}`);
    });
    xvfb.on('exit', (code) => fail(new Error(`Xvfb exited (${code}) before it had a display: ${xvfb.output}`)));
    setTimeout(() => fail(new Error(`Xvfb gave no display in 10 s: ${xvfb.output}`)), 10000).unref();
  });
  return { display, close: () => stop(xvfb) };
}

/**
 * Starts a WebDriver server (`command` with `args(port)`), waits for its /status and opens a
 * session with `capabilities`. Resolves to a Session; its `close()` ends the session and the driver.
 */
export async function startDriver(command, args, capabilities, env = {}) {
  const port = await freePort();
  const driver = start(command, args(port), env);
  const base = `http://127.0.0.1:${port}`;
  try {
    await until(async () => {
      if (driver.exitCode !== null) throw new Error(`${command} exited: ${driver.output}`);
      return (await fetch(`${base}/status`)).ok;
    }, { timeout: 10000, what: `${command} to answer on port ${port}` });
    const { sessionId, capabilities: got } = await request(base, 'POST', '/session', { capabilities: { alwaysMatch: capabilities } });
    const session = new Session(base, sessionId, got, driver);
    await session.send('POST', '/timeouts', { pageLoad: 20000, script: 10000 });
    return session;
  } catch (e) {
    stop(driver);
    throw new Error(`${command} could not start a session: ${e.message}\n${driver.output}`);
  }
}

async function request(base, method, path, body) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(30000),
  });
  const text = await response.text();
  let value;
  try {
    ({ value } = JSON.parse(text));
  } catch {
    throw new Error(`WebDriver ${method} ${path}: HTTP ${response.status}: ${text.slice(0, 300)}`);
  }
  if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${value?.error}: ${value?.message}`);
  return value;
}

/** One WebDriver session. */
export class Session {
  constructor(base, id, capabilities, driver) {
    this.base = base;
    this.id = id;
    this.capabilities = capabilities;
    this.driver = driver;
  }

  send(method, path, body) {
    return request(this.base, method, `/session/${this.id}${path}`, body);
  }

  /** Navigates and waits for the load event (the default page load strategy). */
  goto(url) {
    return this.send('POST', '/url', { url });
  }

  url() {
    return this.send('GET', '/url');
  }

  /** Runs `fn(...args)` in the page and returns its (JSON) result; an element comes back as a reference. */
  run(fn, ...args) {
    return this.send('POST', '/execute/sync', { script: `return (${fn}).apply(null, arguments);`, args });
  }

  /** A native click (the driver's own pointer input) on the element `find(...args)` returns in the page,
   *  put on screen first: WebKit's driver does not scroll an element inside a shadow root into view
   *  before clicking it ("element not interactable" below the fold). */
  async click(find, ...args) {
    const element = await this.run(find, ...args);
    if (!element || !element[ELEMENT]) throw new Error(`no element to click: ${find}`);
    await this.run((e) => e.scrollIntoView({ block: 'center' }), element);
    await this.send('POST', `/element/${element[ELEMENT]}/click`, {});
  }

  /** Presses and releases `key` (a WebDriver key code such as '\uE008', Shift) through the Actions API. */
  async press(key) {
    await this.send('POST', '/actions', {
      actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value: key }, { type: 'keyUp', value: key }] }],
    });
    await this.send('DELETE', '/actions');
  }

  async close() {
    try {
      await this.send('DELETE', '');
    } finally {
      stop(this.driver);
    }
  }
}

/**
 * WebKit: Debian's WebKitWebDriver driving MiniBrowser on a fresh Xvfb display (WebKitGTK has no
 * headless mode). `acceptInsecureCerts` lets the suite's https exit page (self-signed) load.
 */
export async function startWebKit() {
  if (!existsSync(MINIBROWSER)) throw new Error(`WebKitGTK's MiniBrowser not found at ${MINIBROWSER}: run \`.ci/install-tools.sh browser\` (it installs Debian's webkit2gtk-driver)`);
  const xvfb = await startXvfb();
  try {
    const session = await startDriver('WebKitWebDriver', (port) => [`--port=${port}`, '--host=127.0.0.1'], {
      acceptInsecureCerts: true,
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    }, { DISPLAY: xvfb.display });
    const close = session.close.bind(session);
    session.close = async () => {
      try {
        await close();
      } finally {
        xvfb.close();
      }
    };
    return session;
  } catch (e) {
    xvfb.close();
    throw e;
  }
}

/** Chromium through Debian's chromedriver, headless: the reference engine for the same suite. */
export function startChromium(binary) {
  if (!binary || !existsSync(binary)) throw new Error(`Chromium not found (${binary}): run \`.ci/install-tools.sh browser\` (it installs Debian's chromium)`);
  return startDriver(process.env.CHROMEDRIVER || 'chromedriver', (port) => [`--port=${port}`], {
    acceptInsecureCerts: true,
    'goog:chromeOptions': {
      binary,
      args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync', '--window-size=1280,900'],
    },
  });
}
