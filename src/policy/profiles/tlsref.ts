import type { Profile, RolePolicy } from '../types.js';
import { baseline } from './baseline.js';
import { BROKEN_CLASSES, OPPORTUNISTIC_MX, STRICT_SUBMISSION, statedRoles } from './common.js';

const SOURCES = [
  { title: 'TLSRef server-side TLS guideline 6.0 (successor of Mozilla Server Side TLS)', ref: 'https://data.tlsref.org/guidelines/6.0.json' },
  { title: 'tlsref/configurator Postfix template', ref: 'tlsref/configurator@1b22dc6:src/js/helpers/postfix.js' },
];

const INTERMEDIATE_TLS12 = ['ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES256-GCM-SHA384', 'ECDHE-RSA-AES256-GCM-SHA384', 'ECDHE-ECDSA-CHACHA20-POLY1305', 'ECDHE-RSA-CHACHA20-POLY1305'];
const TLS13 = ['TLS_AES_128_GCM_SHA256', 'TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256'];
/** Guideline 6.0 groups (`tls_curves`), the same for modern and intermediate (reference §A.1). */
const GROUPS = ['X25519MLKEM768', 'X25519', 'prime256v1', 'secp384r1'];
const INTERMEDIATE_CLASSES: RolePolicy['forbiddenCipherClasses'] = [...BROKEN_CLASSES, 'anonymous', 'tripleDes', 'staticRsa', 'dhe', 'cbc', 'sha1Mac'];

const intermediateServer: RolePolicy = {
  ...STRICT_SUBMISSION,
  forbiddenCipherClasses: INTERMEDIATE_CLASSES,
  allowedCiphers: INTERMEDIATE_TLS12,
  allowedTls13Ciphersuites: TLS13,
};
const modernServer: RolePolicy = { ...intermediateServer, minProtocol: 'TLSv1.3', allowedCiphers: [] };

/**
 * The template writes the same floor into smtp_tls_protocols and smtp_tls_mandatory_protocols and
 * keeps smtp_tls_security_level = may (reference §A.1, pitfall (a)); its tls_medium_cipherlist is
 * shared by the client's default "medium" grade. So the outbound client gets the guideline's floor
 * and suites, opportunistic.
 */
const intermediateClient: RolePolicy = {
  ...baseline.roles['client-smtp'],
  minProtocol: 'TLSv1.2',
  minProtocolMandatory: 'TLSv1.2',
  maxProtocol: 'TLSv1.3',
  forbiddenCipherClasses: INTERMEDIATE_CLASSES,
  allowedCiphers: INTERMEDIATE_TLS12,
  allowedTls13Ciphersuites: TLS13,
};
const modernClient: RolePolicy = { ...intermediateClient, minProtocol: 'TLSv1.3', minProtocolMandatory: 'TLSv1.3', allowedCiphers: [] };

const LOCAL = 'The guideline is written for servers that clients reach over a network; a loopback or unix-socket smtpd is not addressed (and the template sets nothing per service): baseline applies.';
const LMTP = 'Neither the guideline nor the Postfix template mentions LMTP (lmtp_tls_*): baseline applies.';

/**
 * Guideline 6.0 "intermediate": TLS 1.2 + 1.3, ECDHE + AEAD suites only. The guideline is written for
 * servers in general; unlike its Postfix template we do not ask port 25 to require TLS (that
 * template's pitfall (a), reference §A.1), but its floor applies to every server role that offers TLS.
 */
export const tlsrefIntermediate: Profile = {
  id: 'tlsref-intermediate',
  version: '6.0.1',
  title: 'TLSRef (Mozilla) intermediate, guideline 6.0',
  description: 'TLS 1.2 and 1.3 with ECDHE + AEAD suites on every server role and on outbound delivery, as the TLSRef Postfix template writes it; port 25 stays opportunistic (TLS not required).',
  sources: SOURCES,
  ...statedRoles({
    mx: {
      policy: { ...OPPORTUNISTIC_MX, minProtocol: 'TLSv1.2', forbiddenCipherClasses: INTERMEDIATE_CLASSES, allowedCiphers: INTERMEDIATE_TLS12, allowedTls13Ciphersuites: TLS13 },
      basis: 'Guideline 6.0 intermediate (protocols TLSv1.2/1.3, the six ECDHE AEAD suites, the three TLS 1.3 suites); the template writes smtpd_tls_protocols = >=TLSv1.2 with smtpd_tls_security_level = may, so TLS is not required (RFC 3207 §4).',
    },
    submission: {
      policy: intermediateServer,
      basis: 'Guideline 6.0 intermediate; AUTH only after TLS from the template (smtpd_tls_auth_only = yes); TLS required from RFC 8314 (the guideline does not speak about requiring TLS).',
    },
    submissions: { policy: intermediateServer, basis: 'As submission; implicit TLS uses the mandatory lists, which the template sets to the same floor.' },
    'other-public': {
      policy: { ...intermediateServer, tls: 'optional' },
      basis: 'Guideline 6.0 intermediate for any server; TLS not required (the guideline does not say), AUTH only after TLS (template).',
    },
    'local-only': { policy: baseline.roles['local-only'], basis: LOCAL, inheritsBaseline: true },
    'client-smtp': {
      policy: intermediateClient,
      basis: 'Template: smtp_tls_protocols and smtp_tls_mandatory_protocols = >=TLSv1.2, smtp_tls_security_level = may (opportunistic, not required), tls_medium_cipherlist = the six suites (the client\'s default grade).',
    },
    'client-lmtp': { policy: baseline.roles['client-lmtp'], basis: LMTP, inheritsBaseline: true },
  }),
  live: { groups: GROUPS, minRsaBits: 2048, basis: 'Guideline 6.0 intermediate: groups X25519MLKEM768, X25519, prime256v1, secp384r1; ECDSA or RSA ≥ 2048 certificates.' },
  legacyParameters: 'warning',
};

/** Guideline 6.0 "modern": TLS 1.3 only. */
export const tlsrefModern: Profile = {
  id: 'tlsref-modern',
  version: '6.0.1',
  title: 'TLSRef (Mozilla) modern, guideline 6.0',
  description: 'TLS 1.3 only on every server role and on outbound delivery, as the TLSRef Postfix template writes it; port 25 stays opportunistic (TLS not required).',
  sources: SOURCES,
  ...statedRoles({
    mx: {
      policy: { ...OPPORTUNISTIC_MX, minProtocol: 'TLSv1.3', allowedTls13Ciphersuites: TLS13 },
      basis: 'Guideline 6.0 modern (TLSv1.3 only, the three TLS 1.3 suites); the template writes >=TLSv1.3 with smtpd_tls_security_level = may: TLS not required (RFC 3207 §4).',
    },
    submission: { policy: modernServer, basis: 'Guideline 6.0 modern; AUTH only after TLS from the template; TLS required from RFC 8314.' },
    submissions: { policy: modernServer, basis: 'As submission (implicit TLS: the mandatory lists, set to >=TLSv1.3 by the template).' },
    'other-public': { policy: { ...modernServer, tls: 'optional' }, basis: 'Guideline 6.0 modern for any server; TLS not required (the guideline does not say).' },
    'local-only': { policy: baseline.roles['local-only'], basis: LOCAL, inheritsBaseline: true },
    'client-smtp': {
      policy: modernClient,
      basis: 'Template for modern: smtp_tls_protocols and smtp_tls_mandatory_protocols = >=TLSv1.3, level may (opportunistic, not required). Destinations without TLS 1.3 then get plaintext: a knowing choice of this profile.',
    },
    'client-lmtp': { policy: baseline.roles['client-lmtp'], basis: LMTP, inheritsBaseline: true },
  }),
  live: { groups: GROUPS, basis: 'Guideline 6.0 modern: groups X25519MLKEM768, X25519, prime256v1, secp384r1; ECDSA (P-256/P-384) certificates only.' },
  legacyParameters: 'warning',
};
