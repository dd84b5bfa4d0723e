import type { Profile } from '../types.js';
import { NO_DEMANDS, OPPORTUNISTIC_MX, STRICT_SUBMISSION, roles } from './common.js';

/**
 * The default: RFC 8314 + RFC 9325 for submission (TLS 1.2+, TLS required, AUTH only after TLS), an
 * opportunistic-friendly MX (port 25 must not require TLS and must not refuse old TLS: plaintext is
 * worse, RFC 7435 / RFC 3207), opportunistic outbound delivery.
 */
export const baseline: Profile = {
  id: 'baseline',
  version: '1.1.0',
  title: 'Baseline: RFC 8314 + RFC 9325 submission, opportunistic MX',
  description: 'Submission (587/465) requires TLS 1.2 or newer and AUTH only after TLS; port 25 stays opportunistic and keeps old TLS versions (refusing them means plaintext); outbound delivery is opportunistic.',
  sources: [
    { title: 'RFC 8314: Cleartext Considered Obsolete (submission)', ref: 'https://www.rfc-editor.org/rfc/rfc8314' },
    { title: 'RFC 9325: Recommendations for Secure Use of TLS (BCP 195)', ref: 'https://www.rfc-editor.org/rfc/rfc9325' },
    { title: 'RFC 8996: Deprecating TLS 1.0 and TLS 1.1', ref: 'https://www.rfc-editor.org/rfc/rfc8996' },
    { title: 'RFC 7435: Opportunistic Security; RFC 3207 §4 (public MX must not require TLS)', ref: 'https://www.rfc-editor.org/rfc/rfc3207' },
  ],
  roles: roles({
    mx: { ...OPPORTUNISTIC_MX, forbiddenCipherClasses: ['nullEncryption'] },
    submission: STRICT_SUBMISSION,
    // Outbound stays opportunistic, but where delivery must be encrypted (policy maps, "encrypt"
    // destinations) the mandatory list is what protects it: RFC 8996 there.
    'client-smtp': { ...NO_DEMANDS, forbiddenCipherClasses: ['nullEncryption'], minProtocolMandatory: 'TLSv1.2' },
  }),
  legacyParameters: 'notice',
};
