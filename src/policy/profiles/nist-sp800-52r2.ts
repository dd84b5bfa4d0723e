import type { Profile, RolePolicy } from '../types.js';
import { BROKEN_CLASSES, OPPORTUNISTIC_MX, STRICT_SUBMISSION, roles } from './common.js';

/** SP 800-52r2 §3.3.1 TLS 1.2 suites Postfix can use (no CHACHA20; CBC-SHA1 and CCM_8 allowed; reference §A.4). */
const TLS12 = [
  'ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES256-GCM-SHA384', 'ECDHE-ECDSA-AES128-CCM', 'ECDHE-ECDSA-AES256-CCM', 'ECDHE-ECDSA-AES128-CCM8', 'ECDHE-ECDSA-AES256-CCM8',
  'ECDHE-ECDSA-AES128-SHA256', 'ECDHE-ECDSA-AES256-SHA384', 'ECDHE-ECDSA-AES128-SHA', 'ECDHE-ECDSA-AES256-SHA',
  'ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES256-GCM-SHA384', 'ECDHE-RSA-AES128-SHA256', 'ECDHE-RSA-AES256-SHA384', 'ECDHE-RSA-AES128-SHA', 'ECDHE-RSA-AES256-SHA',
  'DHE-RSA-AES128-GCM-SHA256', 'DHE-RSA-AES256-GCM-SHA384', 'DHE-RSA-AES128-CCM', 'DHE-RSA-AES256-CCM', 'DHE-RSA-AES128-CCM8', 'DHE-RSA-AES256-CCM8',
  'DHE-RSA-AES128-SHA256', 'DHE-RSA-AES256-SHA256', 'DHE-RSA-AES128-SHA', 'DHE-RSA-AES256-SHA',
];
const TLS13 = ['TLS_AES_128_GCM_SHA256', 'TLS_AES_256_GCM_SHA384', 'TLS_AES_128_CCM_SHA256', 'TLS_AES_128_CCM_8_SHA256'];
const server: RolePolicy = {
  ...STRICT_SUBMISSION,
  forbiddenCipherClasses: [...BROKEN_CLASSES, 'anonymous', 'tripleDes'],
  allowedCiphers: TLS12,
  allowedTls13Ciphersuites: TLS13,
};

export const nistSp80052r2: Profile = {
  id: 'nist-sp800-52r2',
  version: '2019.08.0',
  title: 'NIST SP 800-52 Rev. 2 (August 2019)',
  description: 'TLS 1.2 minimum with FIPS-based suites (no CHACHA20); static RSA only for transition (not listed here).',
  sources: [
    { title: 'NIST SP 800-52r2 §3.1, §3.3.1, via stfbk/tls-compliance-dataset', ref: 'https://www.nist.gov/news-events/news/2019/08/guidelines-selection-configuration-and-use-transport-layer-security-tls' },
  ],
  roles: roles({
    mx: { ...OPPORTUNISTIC_MX, minProtocol: 'TLSv1.2', forbiddenCipherClasses: server.forbiddenCipherClasses, allowedCiphers: TLS12, allowedTls13Ciphersuites: TLS13 },
    submission: server,
    'other-public': { ...server, tls: 'optional' },
  }),
  legacyParameters: 'warning',
};
