import type { Profile, RolePolicy } from '../types.js';
import { BROKEN_CLASSES, OPPORTUNISTIC_MX, STRICT_SUBMISSION, roles } from './common.js';

const SOURCES = [
  { title: 'TLSRef server-side TLS guideline 6.0 (successor of Mozilla Server Side TLS)', ref: 'https://data.tlsref.org/guidelines/6.0.json' },
  { title: 'tlsref/configurator Postfix template', ref: 'tlsref/configurator@1b22dc6:src/js/helpers/postfix.js' },
];

const INTERMEDIATE_TLS12 = ['ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES256-GCM-SHA384', 'ECDHE-RSA-AES256-GCM-SHA384', 'ECDHE-ECDSA-CHACHA20-POLY1305', 'ECDHE-RSA-CHACHA20-POLY1305'];
const TLS13 = ['TLS_AES_128_GCM_SHA256', 'TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256'];

const intermediateServer: RolePolicy = {
  ...STRICT_SUBMISSION,
  forbiddenCipherClasses: [...BROKEN_CLASSES, 'anonymous', 'tripleDes', 'staticRsa', 'dhe', 'cbc', 'sha1Mac'],
  allowedCiphers: INTERMEDIATE_TLS12,
  allowedTls13Ciphersuites: TLS13,
};

/**
 * Guideline 6.0 "intermediate": TLS 1.2 + 1.3, ECDHE AEAD suites only. The guideline is written for
 * servers in general; unlike its Postfix template we do not ask port 25 to require TLS (that
 * template's pitfall (a), reference §A.1), but its floor applies to every server role that offers TLS.
 */
export const tlsrefIntermediate: Profile = {
  id: 'tlsref-intermediate',
  version: '6.0.0',
  title: 'TLSRef (Mozilla) intermediate, guideline 6.0',
  description: 'TLS 1.2 and 1.3 with ECDHE + AEAD suites on every server role; port 25 stays opportunistic (TLS not required).',
  sources: SOURCES,
  roles: roles({
    mx: { ...OPPORTUNISTIC_MX, minProtocol: 'TLSv1.2', forbiddenCipherClasses: intermediateServer.forbiddenCipherClasses, allowedCiphers: INTERMEDIATE_TLS12, allowedTls13Ciphersuites: TLS13 },
    submission: intermediateServer,
    'other-public': { ...intermediateServer, tls: 'optional' },
  }),
  legacyParameters: 'warning',
};

/** Guideline 6.0 "modern": TLS 1.3 only. */
export const tlsrefModern: Profile = {
  id: 'tlsref-modern',
  version: '6.0.0',
  title: 'TLSRef (Mozilla) modern, guideline 6.0',
  description: 'TLS 1.3 only on every server role; port 25 stays opportunistic (TLS not required).',
  sources: SOURCES,
  roles: roles({
    mx: { ...OPPORTUNISTIC_MX, minProtocol: 'TLSv1.3', allowedTls13Ciphersuites: TLS13 },
    submission: { ...intermediateServer, minProtocol: 'TLSv1.3', allowedCiphers: [] },
    'other-public': { ...intermediateServer, minProtocol: 'TLSv1.3', allowedCiphers: [], tls: 'optional' },
  }),
  legacyParameters: 'warning',
};
