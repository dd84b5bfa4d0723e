import type { Profile, RolePolicy } from '../types.js';
import { baseline } from './baseline.js';
import { BROKEN_CLASSES, OPPORTUNISTIC_MX, STRICT_SUBMISSION, statedRoles } from './common.js';

/** TR-02102-2 §3.3.1 recommended TLS 1.2 suites Postfix can use (no CHACHA20, no SHA-1 CBC, no CCM_8; reference §A.3). */
const TLS12 = [
  'ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES256-GCM-SHA384', 'ECDHE-ECDSA-AES128-CCM', 'ECDHE-ECDSA-AES256-CCM', 'ECDHE-ECDSA-AES128-SHA256', 'ECDHE-ECDSA-AES256-SHA384',
  'ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES256-GCM-SHA384', 'ECDHE-RSA-AES128-SHA256', 'ECDHE-RSA-AES256-SHA384',
  'DHE-RSA-AES128-GCM-SHA256', 'DHE-RSA-AES256-GCM-SHA384', 'DHE-RSA-AES128-CCM', 'DHE-RSA-AES256-CCM', 'DHE-RSA-AES128-SHA256', 'DHE-RSA-AES256-SHA256',
  'DHE-DSS-AES128-GCM-SHA256', 'DHE-DSS-AES256-GCM-SHA384', 'DHE-DSS-AES128-SHA256', 'DHE-DSS-AES256-SHA256',
];
const TLS13 = ['TLS_AES_128_GCM_SHA256', 'TLS_AES_256_GCM_SHA384', 'TLS_AES_128_CCM_SHA256'];
const CLASSES: RolePolicy['forbiddenCipherClasses'] = [...BROKEN_CLASSES, 'anonymous', 'tripleDes', 'staticRsa', 'sha1Mac'];
const server: RolePolicy = {
  ...STRICT_SUBMISSION,
  forbiddenCipherClasses: CLASSES,
  allowedCiphers: TLS12,
  allowedTls13Ciphersuites: TLS13,
};
const RULES = 'TR-02102-2 2022-01 §3.2 (TLS 1.2 and 1.3 recommended; TLS 1.0/1.1 not recommended, SSL must not) and §3.3.1 (recommended suites: (EC)DHE with AES-GCM/CCM/CBC-SHA2, TLS 1.3 without CHACHA20)';

export const bsiTr021022: Profile = {
  id: 'bsi-tr-02102-2',
  version: '2022.01.1',
  title: 'BSI TR-02102-2 (Use of TLS), version 2022-01',
  description: 'TLS 1.2/1.3 with (EC)DHE and AES-GCM/CCM/CBC-SHA2 suites; no CHACHA20. Opt-in: it conflicts with the TLSRef lists and Postfix defaults. Outbound: TLS 1.2+ where TLS is enforced.',
  sources: [
    { title: 'BSI TR-02102-2 2022-01 §3.2, §3.3.1, via stfbk/tls-compliance-dataset', ref: 'stfbk/tls-compliance-dataset@998299b:markdown/' },
  ],
  ...statedRoles({
    mx: {
      policy: { ...OPPORTUNISTIC_MX, minProtocol: 'TLSv1.2', forbiddenCipherClasses: CLASSES, allowedCiphers: TLS12, allowedTls13Ciphersuites: TLS13 },
      basis: `${RULES}. The TR makes no exception for opportunistic SMTP; requiring TLS stays wrong on a public MX (RFC 3207 §4).`,
    },
    submission: { policy: server, basis: `${RULES}; TLS required and AUTH only after TLS from RFC 8314.` },
    submissions: { policy: server, basis: 'As submission (implicit TLS, RFC 8314 §3).' },
    'other-public': { policy: { ...server, tls: 'optional' }, basis: `${RULES}; TLS not required (the TR does not say).` },
    'local-only': {
      policy: baseline.roles['local-only'],
      basis: 'The reference extraction of the TR says nothing about loopback or unix-socket services: baseline applies.',
      inheritsBaseline: true,
    },
    'client-smtp': {
      policy: { ...baseline.roles['client-smtp'], minProtocolMandatory: 'TLSv1.2' },
      basis: 'The reference extraction does not separate clients from servers. Where delivery enforces TLS, §3.2 (TLS 1.2+) applies to smtp_tls_mandatory_protocols; opportunistic delivery keeps baseline (RFC 7435: a refused handshake means plaintext).',
    },
    'client-lmtp': {
      policy: baseline.roles['client-lmtp'],
      basis: 'Not addressed in the reference extraction: baseline applies (TLS 1.2+ where lmtp enforces TLS, the same floor as §3.2).',
      inheritsBaseline: true,
    },
  }),
  live: {
    groups: ['secp256r1', 'prime256v1', 'secp384r1', 'secp521r1', 'brainpoolP256r1', 'brainpoolP384r1', 'brainpoolP512r1', 'brainpoolP256r1tls13', 'brainpoolP384r1tls13', 'brainpoolP512r1tls13', 'ffdhe3072', 'ffdhe4096'],
    minRsaBits: 3000,
    minDhBits: 3000,
    basis: 'TR-02102-2 groups: NIST P-256/384/521, brainpool, ffdhe3072/4096 (x25519 not mentioned, ffdhe2048 only until 2022); RSA and DH ≥ 3000 bits.',
  },
  legacyParameters: 'warning',
};
