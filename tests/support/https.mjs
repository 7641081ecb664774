// An https server on 127.0.0.1 with a self-signed certificate made for the run by openssl, for a
// page the guide may point at: `exit-url` takes `https://` addresses only, and the cross-engine
// suite has no request interception in every engine to fake one. Browsers open it with
// `acceptInsecureCerts`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from './serve.mjs';

/**
 * A self-signed certificate for 127.0.0.1, made by openssl for this run: { key, cert } (PEM).
 * Browsers open its pages with `acceptInsecureCerts` or `--ignore-certificate-errors`.
 */
export function testCertificate() {
  const dir = mkdtempSync(join(tmpdir(), 'rg-tls-'));
  try {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '2',
      '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1',
    ], { stdio: ['ignore', 'ignore', 'pipe'] });
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } catch (e) {
    throw new Error(`openssl could not make a test certificate (run \`.ci/install-tools.sh browser\`): ${e.message}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Serves `pages` (path → HTML text) over https. Resolves to { url, close, requests }. */
export function serveHttps(pages) {
  return serve({ pages, tls: testCertificate() });
}
