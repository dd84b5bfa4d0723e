import type { Profile, RolePolicy } from '../types.js';
import { baseline } from './baseline.js';
import { BROKEN_CLASSES, OPPORTUNISTIC_MX, STRICT_SUBMISSION, statedRoles } from './common.js';

const CLASSES: RolePolicy['forbiddenCipherClasses'] = [...BROKEN_CLASSES, 'anonymous', 'tripleDes'];
const strong: RolePolicy = { ...STRICT_SUBMISSION, forbiddenCipherClasses: CLASSES };
const FAQ = 'PCI SSC FAQ on Appendix A2: SSL and early TLS are not strong cryptography and may not be used as a security control (req. 4.2.1, 8.2.1 for credentials in transit); PCI publishes no suite list, so NULL/EXPORT/RC4/3DES/anonymous are excluded as not strong';

/**
 * PCI DSS v4 (req. 4.2.1, 8.2.1; Appendix A2): no SSL or early TLS as a security control. PCI publishes
 * no suite list (reference §A.5): TLS 1.2 minimum where credentials travel, no NULL/EXPORT/RC4/3DES/anonymous.
 */
export const pciDss4: Profile = {
  id: 'pci-dss-4',
  version: '4.0.1',
  title: 'PCI DSS v4 (strong cryptography for credentials in transit)',
  description: 'TLS 1.2 minimum on submission and other public services; port 25 stays opportunistic but must not offer SSL/early TLS; outbound: TLS 1.2+ where TLS is enforced.',
  sources: [
    { title: 'PCI SSC FAQ: Appendix A2 after the SSL/early TLS migration deadline', ref: 'https://www.pcisecuritystandards.org/faq/articles/Frequently_Asked_Question/How-does-PCI-DSS-Appendix-A2-apply-after-the-SSL-early-TLS-migration-deadline' },
  ],
  ...statedRoles({
    mx: {
      policy: { ...OPPORTUNISTIC_MX, minProtocol: 'TLSv1.1', forbiddenCipherClasses: CLASSES },
      basis: `${FAQ}. Port 25 carries no credentials and stays opportunistic (RFC 3207 §4), but "early TLS enabled but not needed must be disabled": TLS 1.1+ there.`,
    },
    submission: { policy: strong, basis: `${FAQ}; submission carries credentials: TLS 1.2+ (the assessors' "strong cryptography"), TLS required and AUTH only after TLS (RFC 8314).` },
    submissions: { policy: strong, basis: 'As submission (implicit TLS, RFC 8314 §3).' },
    'other-public': { policy: { ...strong, tls: 'optional' }, basis: `${FAQ}; a public smtpd may take AUTH: TLS 1.2+, AUTH only after TLS; TLS not required.` },
    'local-only': { policy: baseline.roles['local-only'], basis: 'Traffic that never leaves the host is not "in transit" over a network: the FAQ does not address it; baseline applies.', inheritsBaseline: true },
    'client-smtp': {
      policy: baseline.roles['client-smtp'],
      basis: 'Outbound MX delivery carries no credentials: the FAQ does not address it; baseline applies (TLS 1.2+ where TLS is enforced). A relay login (smtp_sasl_auth_enable) does carry credentials: require TLS to that relay in smtp_tls_policy_maps — not judged by a rule yet.',
      inheritsBaseline: true,
    },
    'client-lmtp': { policy: baseline.roles['client-lmtp'], basis: 'Not addressed by the FAQ: baseline applies.', inheritsBaseline: true },
  }),
  live: { basis: 'PCI names no groups or key sizes: the NIST lists are the assessors\' usual reference (use nist-sp800-52r2 for them).' },
  legacyParameters: 'notice',
};
