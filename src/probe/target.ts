/** Parsing HOST:PORT targets and the role a port implies. */
import type { Role } from '../model/types.js';

export type ProbeMode = 'starttls' | 'implicit' | 'lmtp' | 'auto';
export type ProbeRole = 'mx' | 'submission' | 'submissions' | 'lmtp' | 'other';

export interface ParsedTarget {
  host: string;
  port: number;
}

/** "host:port", "[v6addr]:port"; throws a readable error otherwise. */
export function parseTarget(text: string): ParsedTarget {
  const m = /^\[([^\]]+)\]:(\d+)$/.exec(text) ?? /^([^:\s]+):(\d+)$/.exec(text);
  if (!m) throw new Error(`target "${text}" is not HOST:PORT (IPv6: [ADDR]:PORT)`);
  const port = Number(m[2]);
  if (port < 1 || port > 65535) throw new Error(`target "${text}": port out of range`);
  return { host: m[1] as string, port };
}

/** Role from the well-known port (known_tcp_ports: lmtp=24, smtp=25, submissions=465, submission=587). */
export function roleFromPort(port: number, implicit: boolean): { role: ProbeRole; reason: string } {
  if (port === 25) return { role: 'mx', reason: 'port 25' };
  if (port === 587) return { role: 'submission', reason: 'port 587' };
  if (port === 465) return { role: 'submissions', reason: 'port 465' };
  if (port === 24) return { role: 'lmtp', reason: 'port 24' };
  if (implicit) return { role: 'submissions', reason: 'implicit TLS observed' };
  return { role: 'other', reason: `port ${port}` };
}

/** The wire mode `auto` starts with. */
export function modeFromPort(port: number): 'starttls' | 'implicit' | 'lmtp' {
  if (port === 465) return 'implicit';
  if (port === 24) return 'lmtp';
  return 'starttls';
}

/** The policy role a probe role stands for (LMTP servers are local delivery; other ports: a public service). */
export const POLICY_ROLE_OF: Readonly<Record<ProbeRole, Role>> = { mx: 'mx', submission: 'submission', submissions: 'submissions', lmtp: 'local-only', other: 'other-public' };

/** "host:port", with IPv6 addresses in brackets: the name findings and pairings use. */
export function targetName(host: string, port: number): string {
  return `${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/** Roles a target may be given ("HOST:PORT=ROLE"): the probe's own names and the server roles of a policy. */
export const TARGET_ROLES = ['mx', 'submission', 'submissions', 'lmtp', 'other', 'other-public', 'local-only'] as const;
export type TargetRole = (typeof TARGET_ROLES)[number];

const ROLE_PAIRS: Readonly<Record<TargetRole, { probe: ProbeRole; policy: Role }>> = {
  mx: { probe: 'mx', policy: 'mx' },
  submission: { probe: 'submission', policy: 'submission' },
  submissions: { probe: 'submissions', policy: 'submissions' },
  lmtp: { probe: 'lmtp', policy: 'local-only' },
  other: { probe: 'other', policy: 'other-public' },
  'other-public': { probe: 'other', policy: 'other-public' },
  'local-only': { probe: 'other', policy: 'local-only' },
};

export interface TargetSpec extends ParsedTarget {
  target: string;
  role?: { name: TargetRole; probe: ProbeRole; policy: Role };
}

/** "HOST:PORT" or "HOST:PORT=ROLE"; throws a readable error otherwise. */
export function parseTargetSpec(text: string): TargetSpec {
  const t = text.trim();
  const eq = t.lastIndexOf('=');
  const hostPort = eq >= 0 ? t.slice(0, eq) : t;
  const parsed = parseTarget(hostPort);
  const spec: TargetSpec = { ...parsed, target: targetName(parsed.host, parsed.port) };
  if (eq >= 0) {
    const name = t.slice(eq + 1);
    if (!(TARGET_ROLES as readonly string[]).includes(name)) throw new Error(`target "${text}": unknown role "${name}" (${TARGET_ROLES.join(', ')})`);
    spec.role = { name: name as TargetRole, ...ROLE_PAIRS[name as TargetRole] };
  }
  return spec;
}
