import type { Profile, RolePolicy } from '../types.js';
import { baseline } from './baseline.js';
import { BROKEN_CLASSES, OPPORTUNISTIC_MX, STRICT_SUBMISSION, statedRoles } from './common.js';

/** SP 800-52r2 §3.3.1 TLS 1.2 suites Postfix can use (no CHACHA20; CBC-SHA1 and CCM_8 allowed; reference §A.4). */
const TLS12 = [
  'ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES256-GCM-SHA384', 'ECDHE-ECDSA-AES128-CCM', 'ECDHE-ECDSA-AES256-CCM', 'ECDHE-ECDSA-AES128-CCM8', 'ECDHE-ECDSA-AES256-CCM8',
  'ECDHE-ECDSA-AES128-SHA256', 'ECDHE-ECDSA-AES256-SHA384', 'ECDHE-ECDSA-AES128-SHA', 'ECDHE-ECDSA-AES256-SHA',
  'ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES256-GCM-SHA384', 'ECDHE-RSA-AES128-SHA256', 'ECDHE-RSA-AES256-SHA384', 'ECDHE-RSA-AES128-SHA', 'ECDHE-RSA-AES256-SHA',
  'DHE-RSA-AES128-GCM-SHA256', 'DHE-RSA-AES256-GCM-SHA384', 'DHE-RSA-AES128-CCM', 'DHE-RSA-AES256-CCM', 'DHE-RSA-AES128-CCM8', 'DHE-RSA-AES256-CCM8',
  'DHE-RSA-AES128-SHA256', 'DHE-RSA-AES256-SHA256', 'DHE-RSA-AES128-SHA', 'DHE-RSA-AES256-SHA',
];
const TLS13 = ['TLS_AES_128_GCM_SHA256', 'TLS_AES_256_GCM_SHA384', 'TLS_AES_128_CCM_SHA256', 'TLS_AES_128_CCM_8_SHA256'];
const CLASSES: RolePolicy['forbiddenCipherClasses'] = [...BROKEN_CLASSES, 'anonymous', 'tripleDes'];
const server: RolePolicy = {
  ...STRICT_SUBMISSION,
  forbiddenCipherClasses: CLASSES,
  allowedCiphers: TLS12,
  allowedTls13Ciphersuites: TLS13,
};
const RULES = 'SP 800-52r2 §3.1 (TLS 1.2 required, TLS 1.3 expected; SSL must not; TLS 1.0/1.1 not recommended for citizen- or business-facing servers) and §3.3.1 (the suites listed; "all not listed MUST NOT"; CHACHA20 not FIPS-approved)';

export const nistSp80052r2: Profile = {
  id: 'nist-sp800-52r2',
  version: '2019.08.1',
  title: 'NIST SP 800-52 Rev. 2 (August 2019)',
  description: 'TLS 1.2 minimum with FIPS-based suites (no CHACHA20); static RSA only for transition (not listed here). Outbound: TLS 1.2+ where TLS is enforced.',
  sources: [
    { title: 'NIST SP 800-52r2 §3.1, §3.3.1, via stfbk/tls-compliance-dataset', ref: 'https://www.nist.gov/news-events/news/2019/08/guidelines-selection-configuration-and-use-transport-layer-security-tls' },
  ],
  ...statedRoles({
    mx: {
      policy: { ...OPPORTUNISTIC_MX, minProtocol: 'TLSv1.2', forbiddenCipherClasses: CLASSES, allowedCiphers: TLS12, allowedTls13Ciphersuites: TLS13 },
      basis: `${RULES}. Applied to port 25 as to any server; requiring TLS stays wrong on a public MX (RFC 3207 §4).`,
    },
    submission: { policy: server, basis: `${RULES}; TLS required and AUTH only after TLS from RFC 8314.` },
    submissions: { policy: server, basis: 'As submission (implicit TLS, RFC 8314 §3).' },
    'other-public': { policy: { ...server, tls: 'optional' }, basis: `${RULES}; TLS not required (the guideline does not say).` },
    'local-only': {
      policy: baseline.roles['local-only'],
      basis: 'The reference covers servers reached over networks only; loopback and unix-socket services are not addressed: baseline applies.',
      inheritsBaseline: true,
    },
    'client-smtp': {
      policy: baseline.roles['client-smtp'],
      basis: 'The reference has only the server text of SP 800-52r2 (its client section is not in the reference): baseline applies, whose TLS 1.2+ where delivery enforces TLS matches §3.1\'s floor.',
      inheritsBaseline: true,
    },
    'client-lmtp': { policy: baseline.roles['client-lmtp'], basis: 'Not addressed in the reference: baseline applies.', inheritsBaseline: true },
  }),
  live: {
    groups: ['secp256r1', 'prime256v1', 'secp384r1', 'secp521r1', 'X25519', 'X448', 'ffdhe2048', 'ffdhe3072', 'ffdhe4096', 'ffdhe6144', 'ffdhe8192'],
    minRsaBits: 2048,
    minDhBits: 2048,
    basis: 'SP 800-52r2 groups: P-256 or P-384 required, P-521 optional, x25519/x448 recommended in the dataset, ffdhe2048-8192 optional; RSA certificates ≥ 2048 (≥ 3072 beyond 2030).',
  },
  legacyParameters: 'warning',
};
