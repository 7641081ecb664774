// The cross-engine smoke suite (smoke.mjs) in WebKitGTK's MiniBrowser through WebKitWebDriver, on an Xvfb display.
import { webkit } from './engines.mjs';
import { smoke } from './smoke.mjs';

smoke('webkit', webkit);
