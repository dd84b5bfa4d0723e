/**
 * Cipher suites of an endpoint, from Helper CIPHER's engine (src/tls/postfix-ciphers.ts; reference
 * §6). The model has already chosen the grade and the exclusion tokens (including the aNULL/eNULL
 * that Postfix adds itself, §5.2, §6.2); the engine assembles Postfix's cipher string and evaluates
 * it as OpenSSL 3.0 does. TLS 1.3 suites are OpenSSL's defaults: no Postfix parameter changes them
 * (§6.3, gotcha 11).
 */
import type { CipherSuite } from '../tls/ciphers/suite.js';
import { postfixCipherSuites, type CipherGrade } from '../tls/postfix-ciphers.js';
import type { EffectiveValue } from './namespace.js';
import type { Reporter } from './report.js';
import type { EndpointTls } from './types.js';

const TLS12_OR_OLDER = ['SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2'];

/**
 * The versions up to TLS 1.2 in which some suite of the list works: SSLv3-era suites work from SSLv3
 * on, "TLSv1" suites from TLS 1.0, "TLSv1.2" suites (SHA-256/384, AEAD) only in TLS 1.2. PSK and SRP
 * suites need credentials Postfix never configures (§6.1), so they do not count. The engine shares
 * its (frozen) suite lists, so this is worked out once per list.
 */
const versionsBySuites = new WeakMap<readonly CipherSuite[], ReadonlySet<string>>();

function versionsWithSuites(suites: readonly CipherSuite[]): ReadonlySet<string> {
  let r = versionsBySuites.get(suites);
  if (!r) {
    const usable = suites.filter((x) => !/PSK|SRP/.test(x.mkey) && !/PSK|SRP/.test(x.auth));
    r = new Set(TLS12_OR_OLDER.filter((p) => usable.some((x) => (p === 'TLSv1.2' ? true : p === 'SSLv3' ? x.protocol === 'SSLv3' : x.protocol !== 'TLSv1.2'))));
    versionsBySuites.set(suites, r);
  }
  return r;
}

/**
 * Sets tls.ciphers / tls.tls13Ciphersuites (only versions the endpoint can negotiate). When OpenSSL
 * (or Postfix) refuses the cipher string, every handshake fails: TLS becomes unusable, and an empty
 * base cipherlist makes the process panic (dead).
 */
export function attachCipherSuites(
  tls: EndpointTls,
  input: { grade: string; exclusions: string[] },
  read: (name: string) => EffectiveValue,
  postfixVersion: string,
  report: Reporter,
): void {
  const cipherlists: Record<CipherGrade, string> = {
    high: read('tls_high_cipherlist').value,
    medium: read('tls_medium_cipherlist').value,
    low: read('tls_low_cipherlist').value,
    export: read('tls_export_cipherlist').value,
    null: read('tls_null_cipherlist').value,
  };
  const r = postfixCipherSuites({ grade: input.grade, exclusions: input.exclusions, cipherlists, postfixVersion });
  if (!r.ok) {
    tls.offered = false;
    tls.protocols = [];
    if (r.kind === 'empty-cipherlist') tls.dead = r.reason;
    report('error', 'tls/cipher-list-refused', `The cipher list for grade "${input.grade}"${r.cipherString ? ` ("${r.cipherString}")` : ''} is refused: ${r.reason}. ${r.kind === 'empty-cipherlist' ? 'The process panics at the first TLS handshake.' : 'Every TLS handshake of this service fails.'}`, read(`tls_${input.grade.toLowerCase()}_cipherlist`), r.kind === 'empty-cipherlist' ? r.reason : `warning: ${r.reason}`);
    return;
  }
  // A protocol version is negotiable only with a suite usable in it.
  const withSuites = versionsWithSuites(r.suites);
  const usableIn = (p: string): boolean => p === 'TLSv1.3' || withSuites.has(p);
  const dropped = tls.protocols.filter((p) => !usableIn(p));
  if (dropped.length > 0) {
    tls.protocols = tls.protocols.filter((p) => usableIn(p));
    report('notice', 'tls/protocol-without-ciphers', `${dropped.join(', ')} ${dropped.length === 1 ? 'is' : 'are'} allowed by the protocol list but no cipher suite left by grade "${input.grade}"${input.exclusions.length ? ` and the exclusions ${input.exclusions.join(', ')}` : ''} works there, so a client cannot negotiate ${dropped.length === 1 ? 'it' : 'them'}.`, undefined);
    if (tls.protocols.length === 0) tls.offered = false;
  }
  const anyTls12OrOlder = tls.protocols.some((p) => TLS12_OR_OLDER.includes(p));
  tls.ciphers = anyTls12OrOlder ? r.names : [];
  // The engine's counts are shared and frozen.
  tls.cipherClassCounts = anyTls12OrOlder ? r.counts : { total: 0 };
  // An OpenSSL configuration file named by tls_config_file may set "Ciphersuites" (§6.3, LAB p10051):
  // the model does not read files outside the configuration, so TLS 1.3 suites are then left out.
  const cfg = read('tls_config_file');
  const customConfig = cfg.value !== 'default' && cfg.source !== 'default' && cfg.source !== 'undefined';
  if (customConfig && tls.protocols.includes('TLSv1.3')) {
    report('notice', 'tls/openssl-config-file', `tls_config_file = ${cfg.value}: a "Ciphersuites" line in that OpenSSL configuration decides the TLS 1.3 suites, so they are not shown.`, cfg);
  } else {
    tls.tls13Ciphersuites = tls.protocols.includes('TLSv1.3') ? r.tls13 : [];
  }
}
