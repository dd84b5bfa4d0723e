import type { Profile } from '../types.js';
import { BROKEN_CLASSES, OPPORTUNISTIC_MX, STRICT_SUBMISSION, roles } from './common.js';

/**
 * PCI DSS v4 (req. 4.2.1, 8.2.1; Appendix A2): no SSL or early TLS as a security control. PCI publishes
 * no suite list (reference §A.5): TLS 1.2 minimum where credentials travel, no NULL/EXPORT/RC4/3DES/anonymous.
 */
export const pciDss4: Profile = {
  id: 'pci-dss-4',
  version: '4.0.0',
  title: 'PCI DSS v4 (strong cryptography for credentials in transit)',
  description: 'TLS 1.2 minimum on submission and other public services; port 25 stays opportunistic but must not offer SSL/early TLS.',
  sources: [
    { title: 'PCI SSC FAQ: Appendix A2 after the SSL/early TLS migration deadline', ref: 'https://www.pcisecuritystandards.org/faq/articles/Frequently_Asked_Question/How-does-PCI-DSS-Appendix-A2-apply-after-the-SSL-early-TLS-migration-deadline' },
  ],
  roles: roles({
    mx: { ...OPPORTUNISTIC_MX, minProtocol: 'TLSv1.1', forbiddenCipherClasses: [...BROKEN_CLASSES, 'anonymous', 'tripleDes'] },
    submission: STRICT_SUBMISSION,
  }),
  legacyParameters: 'notice',
};
