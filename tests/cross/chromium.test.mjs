// The cross-engine smoke suite (smoke.mjs) in Chromium through chromedriver (W3C WebDriver), headless: the reference for the same suite.
import { chromium } from './engines.mjs';
import { smoke } from './smoke.mjs';

smoke('chromium', chromium);
