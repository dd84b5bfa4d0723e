/** Parsing HOST:PORT targets and the role a port implies. */

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
