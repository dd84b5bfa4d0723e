import type { Profile, RolePolicy } from '../types.js';
import { baseline } from './baseline.js';
import { BROKEN_CLASSES, OPPORTUNISTIC_MX, STRICT_SUBMISSION, statedRoles } from './common.js';

/** "Sufficient" or better (NCSC-NL TLS guidelines 2025-05, as internet.nl's mail test applies them, reference §A.2). */
const SUFFICIENT_TLS12 = [
  'ECDHE-ECDSA-AES128-CCM', 'ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES256-CCM', 'ECDHE-ECDSA-AES256-GCM-SHA384', 'ECDHE-ECDSA-CHACHA20-POLY1305',
  'ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES256-GCM-SHA384', 'ECDHE-RSA-CHACHA20-POLY1305',
];
const TLS13 = ['TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256', 'TLS_AES_128_GCM_SHA256', 'TLS_AES_128_CCM_SHA256'];
const CLASSES: RolePolicy['forbiddenCipherClasses'] = [...BROKEN_CLASSES, 'anonymous', 'tripleDes', 'staticRsa', 'sha1Mac'];
const server: RolePolicy = {
  ...STRICT_SUBMISSION,
  forbiddenCipherClasses: CLASSES,
  allowedCiphers: SUFFICIENT_TLS12,
  allowedTls13Ciphersuites: TLS13,
};
const TIERS = 'NCSC-NL 2025-05 tiers: TLS 1.0/1.1 insufficient, TLS 1.2 sufficient, TLS 1.3 good; suites outside the sufficient list (static RSA, CBC-SHA1, 3DES, RC4, CCM_8) insufficient';

export const ncscNl2025: Profile = {
  id: 'ncsc-nl-2025',
  version: '2025.05.1',
  title: 'NCSC-NL TLS guidelines 2025-05 (sufficient or better)',
  description: 'TLS 1.0/1.1 insufficient everywhere, including port 25 (internet.nl probes only port 25); static RSA, CBC-SHA1, 3DES, RC4 insufficient; DHE phase-out. Outbound delivery: baseline (the reference has no outbound text).',
  sources: [
    { title: 'NCSC-NL ICT-beveiligingsrichtlijnen voor TLS (2025-05)', ref: 'https://www.ncsc.nl/en/transport-layer-security/ICT-beveiligingsrichtlijnen-voor-TLS' },
    { title: 'internet.nl "Update to NCSC 2025 requirements"', ref: 'internetstandards/Internet.nl@397777a2:checks/tasks/tls/tls_constants.py' },
  ],
  ...statedRoles({
    mx: {
      policy: { ...OPPORTUNISTIC_MX, minProtocol: 'TLSv1.2', forbiddenCipherClasses: CLASSES, allowedCiphers: SUFFICIENT_TLS12, allowedTls13Ciphersuites: TLS13 },
      basis: `${TIERS}. internet.nl's mail test probes exactly this role (port 25 of every MX) and requires STARTTLS to be offered; requiring TLS stays wrong (RFC 3207 §4).`,
    },
    submission: {
      policy: server,
      basis: `${TIERS}; internet.nl does not test submission ports, so the guideline's general tiers apply. TLS required and AUTH only after TLS from RFC 8314.`,
    },
    submissions: { policy: server, basis: 'As submission (implicit TLS, RFC 8314 §3).' },
    'other-public': { policy: { ...server, tls: 'optional' }, basis: `${TIERS}; TLS not required (the guideline does not say).` },
    'local-only': {
      policy: baseline.roles['local-only'],
      basis: 'The guideline and internet.nl address connections over networks; a loopback or unix-socket smtpd is not addressed: baseline applies.',
      inheritsBaseline: true,
    },
    'client-smtp': {
      policy: baseline.roles['client-smtp'],
      basis: 'The reference has no NCSC-NL text about outbound SMTP (internet.nl judges only the receiving side): baseline applies, which already asks TLS 1.2+ (NCSC-NL: below is insufficient) where delivery enforces TLS.',
      inheritsBaseline: true,
    },
    'client-lmtp': {
      policy: baseline.roles['client-lmtp'],
      basis: 'Not addressed by the guideline or internet.nl: baseline applies.',
      inheritsBaseline: true,
    },
  }),
  live: {
    groups: ['X25519MLKEM768', 'SecP256r1MLKEM768', 'SecP384r1MLKEM1024', 'secp256r1', 'prime256v1', 'secp384r1', 'secp521r1', 'X25519', 'X448', 'brainpoolP256r1', 'brainpoolP384r1', 'brainpoolP512r1', 'ffdhe3072', 'ffdhe4096', 'ffdhe6144', 'ffdhe8192'],
    minRsaBits: 2048,
    minDhBits: 3072,
    basis: 'NCSC-NL 2025-05 key exchange: ffdhe2048 and self-generated groups insufficient, ffdhe3072+ phase-out, the listed curves sufficient, hybrid ML-KEM groups good; RSA certificates ≥ 3072 sufficient, 2048-3071 phase-out, < 2048 insufficient. Postfix 3.8-3.10 default tls_ffdhe_auto_groups = "ffdhe2048 ffdhe3072".',
  },
  legacyParameters: 'warning',
};
