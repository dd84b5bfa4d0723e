import type { Profile, RolePolicy } from '../types.js';
import { BROKEN_CLASSES, OPPORTUNISTIC_MX, STRICT_SUBMISSION, roles } from './common.js';

/** TR-02102-2 §3.3.1 recommended TLS 1.2 suites Postfix can use (no CHACHA20, no SHA-1 CBC, no CCM_8; reference §A.3). */
const TLS12 = [
  'ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES256-GCM-SHA384', 'ECDHE-ECDSA-AES128-CCM', 'ECDHE-ECDSA-AES256-CCM', 'ECDHE-ECDSA-AES128-SHA256', 'ECDHE-ECDSA-AES256-SHA384',
  'ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES256-GCM-SHA384', 'ECDHE-RSA-AES128-SHA256', 'ECDHE-RSA-AES256-SHA384',
  'DHE-RSA-AES128-GCM-SHA256', 'DHE-RSA-AES256-GCM-SHA384', 'DHE-RSA-AES128-CCM', 'DHE-RSA-AES256-CCM', 'DHE-RSA-AES128-SHA256', 'DHE-RSA-AES256-SHA256',
  'DHE-DSS-AES128-GCM-SHA256', 'DHE-DSS-AES256-GCM-SHA384', 'DHE-DSS-AES128-SHA256', 'DHE-DSS-AES256-SHA256',
];
const TLS13 = ['TLS_AES_128_GCM_SHA256', 'TLS_AES_256_GCM_SHA384', 'TLS_AES_128_CCM_SHA256'];
const server: RolePolicy = {
  ...STRICT_SUBMISSION,
  forbiddenCipherClasses: [...BROKEN_CLASSES, 'anonymous', 'tripleDes', 'staticRsa', 'sha1Mac'],
  allowedCiphers: TLS12,
  allowedTls13Ciphersuites: TLS13,
};

export const bsiTr021022: Profile = {
  id: 'bsi-tr-02102-2',
  version: '2022.01.0',
  title: 'BSI TR-02102-2 (Use of TLS), version 2022-01',
  description: 'TLS 1.2/1.3 with (EC)DHE and AES-GCM/CCM/CBC-SHA2 suites; no CHACHA20. Opt-in: it conflicts with the TLSRef lists and Postfix defaults.',
  sources: [
    { title: 'BSI TR-02102-2 2022-01 §3.2, §3.3.1, via stfbk/tls-compliance-dataset', ref: 'stfbk/tls-compliance-dataset@998299b:markdown/' },
  ],
  roles: roles({
    mx: { ...OPPORTUNISTIC_MX, minProtocol: 'TLSv1.2', forbiddenCipherClasses: server.forbiddenCipherClasses, allowedCiphers: TLS12, allowedTls13Ciphersuites: TLS13 },
    submission: server,
    'other-public': { ...server, tls: 'optional' },
  }),
  legacyParameters: 'warning',
};
