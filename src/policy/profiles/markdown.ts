/** The per-role statement of a profile as Markdown: docs/profiles/<id>.md is this text (a test keeps them equal). */
import { ROLES, type Profile, type RolePolicy } from '../types.js';

const cell = (s: string): string => s.replace(/\|/g, '\\|');

function protocols(rp: RolePolicy): string {
  const parts = [`min ${rp.minProtocol ?? 'none'}`];
  if (rp.minProtocolMandatory) parts.push(`where enforced ${rp.minProtocolMandatory}+`);
  parts.push(`must keep ${rp.maxProtocol ?? '—'}`);
  return parts.join('; ');
}

function suites(rp: RolePolicy): string {
  const out: string[] = [];
  if (rp.forbiddenCipherClasses.length) out.push(`no ${rp.forbiddenCipherClasses.join(', ')}`);
  if (rp.allowedCiphers) out.push(rp.allowedCiphers.length ? `only ${rp.allowedCiphers.length} listed TLS 1.2 suites` : 'no TLS 1.2 suites');
  if (rp.allowedTls13Ciphersuites) out.push(`TLS 1.3: ${rp.allowedTls13Ciphersuites.join(', ')}`);
  return out.join('; ') || 'any';
}

export function profileMarkdown(p: Profile): string {
  const lines = [
    `# Profile \`${p.id}\` ${p.version}`,
    '',
    `${p.title}. ${p.description}`,
    '',
    'Sources:',
    '',
    ...p.sources.map((s) => `- ${s.title} (${s.ref})`),
    '',
    '## Per role',
    '',
    '| role | protocols | TLS | suites | AUTH only after TLS | certificate |',
    '|---|---|---|---|---|---|',
    ...ROLES.map((r) => {
      const rp = p.roles[r];
      const tls = rp.tls === 'must-not-require' ? 'offered, must not be required' : rp.tls === 'required' ? 'required' : rp.tlsOffered ? 'offered' : 'optional';
      return `| ${r} | ${cell(protocols(rp))} | ${tls} | ${cell(suites(rp))} | ${rp.authOnlyAfterTls ? 'yes' : '—'} | ${rp.certificateRequired ? 'required' : '—'} |`;
    }),
    '',
    'Where each statement comes from:',
    '',
    ...ROLES.map((r) => `- **${r}**${p.roleBasis[r].inheritsBaseline ? ' (inherits baseline: the standard is silent here)' : ''}: ${p.roleBasis[r].basis}`),
    '',
    `Legacy parameters (\`smtpd_use_tls\`, \`smtpd_tls_eecdh_grade\`, dh512 files...): ${p.legacyParameters === 'off' ? 'not reported' : `reported as ${p.legacyParameters}s`}.`,
    '',
    '## Judged only on a live server',
    '',
    'Key-exchange groups and certificate keys are not judged from the configuration: the certificate is',
    'rarely in the repository, and which group a handshake uses depends on the peer. The probe compares what',
    'it observes with these:',
    '',
    `- groups: ${p.live?.groups ? p.live.groups.join(', ') : 'no list'}`,
    `- RSA certificate key: ${p.live?.minRsaBits ? `at least ${p.live.minRsaBits} bits` : 'no demand'}`,
    `- finite-field DH group: ${p.live?.minDhBits ? `at least ${p.live.minDhBits} bits` : 'no demand'}`,
    `- basis: ${p.live?.basis ?? 'the standard says nothing'}`,
    '',
  ];
  return lines.join('\n');
}
