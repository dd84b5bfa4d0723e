import type { Profile, RolePolicy } from '../types.js';
import { BROKEN_CLASSES, OPPORTUNISTIC_MX, STRICT_SUBMISSION, roles } from './common.js';

/** "Sufficient" or better (NCSC-NL TLS guidelines 2025-05, as internet.nl's mail test applies them, reference §A.2). */
const SUFFICIENT_TLS12 = [
  'ECDHE-ECDSA-AES128-CCM', 'ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES256-CCM', 'ECDHE-ECDSA-AES256-GCM-SHA384', 'ECDHE-ECDSA-CHACHA20-POLY1305',
  'ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES256-GCM-SHA384', 'ECDHE-RSA-CHACHA20-POLY1305',
];
const TLS13 = ['TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256', 'TLS_AES_128_GCM_SHA256', 'TLS_AES_128_CCM_SHA256'];
const server: RolePolicy = {
  ...STRICT_SUBMISSION,
  forbiddenCipherClasses: [...BROKEN_CLASSES, 'anonymous', 'tripleDes', 'staticRsa', 'sha1Mac'],
  allowedCiphers: SUFFICIENT_TLS12,
  allowedTls13Ciphersuites: TLS13,
};

export const ncscNl2025: Profile = {
  id: 'ncsc-nl-2025',
  version: '2025.05.0',
  title: 'NCSC-NL TLS guidelines 2025-05 (sufficient or better)',
  description: 'TLS 1.0/1.1 insufficient everywhere, including port 25 (internet.nl probes only port 25); static RSA, CBC-SHA1, 3DES, RC4 insufficient; DHE phase-out.',
  sources: [
    { title: 'NCSC-NL ICT-beveiligingsrichtlijnen voor TLS (2025-05)', ref: 'https://www.ncsc.nl/en/transport-layer-security/ICT-beveiligingsrichtlijnen-voor-TLS' },
    { title: 'internet.nl "Update to NCSC 2025 requirements"', ref: 'internetstandards/Internet.nl@397777a2:checks/tasks/tls/tls_constants.py' },
  ],
  roles: roles({
    mx: { ...OPPORTUNISTIC_MX, minProtocol: 'TLSv1.2', forbiddenCipherClasses: server.forbiddenCipherClasses, allowedCiphers: SUFFICIENT_TLS12, allowedTls13Ciphersuites: TLS13 },
    submission: server,
    'other-public': { ...server, tls: 'optional' },
  }),
  legacyParameters: 'warning',
};
