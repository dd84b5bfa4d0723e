/**
 * Where an inet service listens, and whether only local clients can reach it (reference §2.2,
 * §5.3.5: master marks services whose addresses are all loopback MASTER_FLAG_LOCAL_ONLY).
 */
import { compareVersions } from '../postfix/defaults/index.js';

export interface Listen {
  /** null: every address in inet_interfaces. */
  host: string | null;
  /** null: a port name that cannot be resolved here. */
  port: number | null;
}

/** services(5) names a typical system knows, for Postfix < 3.6 (no known_tcp_ports). */
const SERVICES_FILE: Readonly<Record<string, number>> = { smtp: 25, submission: 587, submissions: 465, smtps: 465, lmtp: 24 };

/** known_tcp_ports (3.6+): "lmtp=24, smtp=25, smtps=submissions=465, submission=587". */
export function parseKnownTcpPorts(value: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const item of value.split(/[,\s]+/).filter((x) => x.length > 0)) {
    const parts = item.split('=');
    const port = parts[parts.length - 1] as string;
    if (!/^\d+$/.test(port)) continue;
    for (const name of parts.slice(0, -1)) if (name) out.set(name, Number(port));
  }
  return out;
}

/** known_tcp_ports is nearly always its default: the last value's parse is kept. */
let lastKnownTcpPorts: { value: string; ports: ReadonlyMap<string, number> } | undefined;

export function resolvePort(port: string, postfixVersion: string, knownTcpPorts: string): number | null {
  if (/^\d+$/.test(port)) return Number(port);
  if (compareVersions(postfixVersion, '3.6') >= 0) {
    if (lastKnownTcpPorts?.value !== knownTcpPorts) lastKnownTcpPorts = { value: knownTcpPorts, ports: parseKnownTcpPorts(knownTcpPorts) };
    const known = lastKnownTcpPorts.ports.get(port);
    if (known !== undefined) return known;
  }
  return SERVICES_FILE[port] ?? null;
}

/** Split an inet service name: "port", "host:port", "[v6]:port". */
export function splitInetName(name: string): { host: string | null; port: string } {
  const bracket = /^\[([^\]]*)\]:(.*)$/.exec(name);
  if (bracket) return { host: bracket[1] as string, port: bracket[2] as string };
  const colon = name.lastIndexOf(':');
  if (colon < 0) return { host: null, port: name };
  const host = name.slice(0, colon);
  return { host: host === '' ? null : host, port: name.slice(colon + 1) };
}

export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  if (h === 'localhost' || h === 'localhost.localdomain' || h === 'ip6-localhost' || h === 'ip6-loopback') return true;
  if (/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h)) return true;
  if (h === '::1' || h === '0:0:0:0:0:0:0:1') return true;
  if (/^::ffff:127\./.test(h)) return true;
  return false;
}

/** inet_interfaces that only cover loopback addresses ("loopback-only", "127.0.0.1, [::1]", "localhost"). */
export function interfacesAreLoopbackOnly(inetInterfaces: string): boolean {
  // Nearly every set has the default ("all") or one of a few values: the last answer is kept.
  if (lastInterfaces?.value !== inetInterfaces) lastInterfaces = { value: inetInterfaces, loopbackOnly: loopbackOnly(inetInterfaces) };
  return lastInterfaces.loopbackOnly;
}

let lastInterfaces: { value: string; loopbackOnly: boolean } | undefined;

function loopbackOnly(inetInterfaces: string): boolean {
  const items = inetInterfaces.split(/[,\s]+/).filter((x) => x.length > 0);
  if (items.length === 0) return false;
  return items.every((i) => i.toLowerCase() === 'loopback-only' || isLoopbackHost(i));
}
