/**
 * What this machine's TLS library (Node's OpenSSL) can offer as a client: which protocol versions, which TLS
 * 1.2 suites of the cipher table, which TLS 1.3 suites and groups. What it cannot offer cannot be tested.
 */
import tls from 'node:tls';
import { CIPHER_SUITES, TLS13_SUITES } from '../tls/ciphers/index.js';

export const PROBE_PROTOCOLS = ['SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'] as const;
export type ProbeProtocol = (typeof PROBE_PROTOCOLS)[number];

/** Offer everything the client has at security level 0, so only the server decides. */
export const BROAD_CIPHERS = 'ALL:COMPLEMENTOFALL:@SECLEVEL=0';

export const PROBE_GROUPS = ['X25519', 'P-256', 'P-384', 'P-521', 'X448', 'ffdhe2048', 'ffdhe3072', 'ffdhe4096'] as const;

export interface Untestable {
  what: string;
  reason: string;
}

function contextError(options: tls.SecureContextOptions): string | null {
  try {
    tls.createSecureContext(options);
    return null;
  } catch (e) {
    return (e as Error).message;
  }
}

export interface ClientCapabilities {
  protocols: ProbeProtocol[];
  untestableProtocols: Untestable[];
  tls12Candidates: string[];
  untestableSuites: Untestable[];
  tls13Candidates: string[];
  groups: string[];
  library: string;
}

let cached: ClientCapabilities | undefined;

export function clientCapabilities(): ClientCapabilities {
  if (cached) return cached;
  const protocols: ProbeProtocol[] = [];
  const untestableProtocols: Untestable[] = [];
  for (const p of PROBE_PROTOCOLS) {
    // Node refuses SSLv3 outright (no SSLv3_method): minVersion has no 'SSLv3' value.
    const error = p === 'SSLv3'
      ? (contextError({ secureProtocol: 'SSLv3_method' }) ?? null)
      : contextError({ minVersion: p, maxVersion: p, ciphers: BROAD_CIPHERS });
    if (error) untestableProtocols.push({ what: p, reason: `Node ${process.version} with OpenSSL ${process.versions.openssl}: ${error}` });
    else protocols.push(p);
  }
  const tls12Candidates: string[] = [];
  const untestableSuites: Untestable[] = [];
  for (const s of CIPHER_SUITES) {
    if (/PSK|SRP/.test(s.kx)) {
      untestableSuites.push({ what: s.name, reason: 'PSK/SRP suites need credentials a probe does not have' });
      continue;
    }
    const error = contextError({ ciphers: `${s.name}:@SECLEVEL=0`, minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2' });
    if (error) untestableSuites.push({ what: s.name, reason: `not offered by this client's OpenSSL ${process.versions.openssl}${s.legacyProvider ? ' (legacy provider)' : ''}` });
    else tls12Candidates.push(s.name);
  }
  const tls13Candidates = TLS13_SUITES.map((s) => s.name).filter((n) => contextError({ ciphers: n, minVersion: 'TLSv1.3' }) === null);
  const groups = PROBE_GROUPS.filter((g) => contextError({ ecdhCurve: g }) === null);
  cached = { protocols, untestableProtocols, tls12Candidates, untestableSuites, tls13Candidates, groups, library: `OpenSSL ${process.versions.openssl}` };
  return cached;
}
