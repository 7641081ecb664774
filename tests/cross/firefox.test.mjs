// The cross-engine smoke suite (smoke.mjs) in Firefox ESR over WebDriver BiDi (puppeteer-core), headless.
import { firefox } from './engines.mjs';
import { smoke } from './smoke.mjs';

smoke('firefox', firefox);
