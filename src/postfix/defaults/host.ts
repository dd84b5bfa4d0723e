/**
 * Defaults that postconf computes from the machine it runs on, so they can never be
 * frozen into a table. Found by comparing `postconf -d` with mail_params.h: these are
 * the parameters without a constant DEF_ value (postconf_builtin.c: pcf_check_myhostname,
 * pcf_check_mydomainname, pcf_mynetworks, and the ad-hoc process_name / process_id).
 *
 * Build-time values (daemon_directory, mail_version, default_database_type, ...) are not
 * in this list: they are constant for a given package and live in the tables.
 */
import { hostname as osHostname, networkInterfaces, type NetworkInterfaceInfo } from 'node:os';

export const HOST_DERIVED_PARAMETERS: readonly string[] = Object.freeze([
  'myhostname', // gethostname(); ".localdomain" (or ".$mydomain") appended when it has no dot
  'mydomain', // $myhostname minus its first label, "localdomain" when there is none
  'mynetworks', // one network per interface address (mynetworks_style subnet under -d)
  'process_id', // pid of the running postconf
  'process_name', // "postconf" when postconf prints it
]);

export interface HostFacts {
  /** gethostname() result; os.hostname() by default. */
  hostname?: string;
  /** Interface addresses; os.networkInterfaces() by default. */
  interfaces?: NodeJS.Dict<NetworkInterfaceInfo[]>;
  /** Process id; process.pid by default. */
  pid?: number;
  /** A main.cf mydomain value, if known (pcf_check_myhostname uses it for a dotless hostname). */
  mydomainSetting?: string;
}

const DEF_MYDOMAIN = 'localdomain';

/** Values of HOST_DERIVED_PARAMETERS as `postconf -d` would print them on this machine. */
export function computeHostDerivedDefaults(facts: HostFacts = {}): Map<string, string> {
  const host = facts.hostname ?? osHostname();
  // postconf_builtin.c pcf_check_myhostname / pcf_check_mydomainname.
  const myhostname = host.includes('.') ? host : `${host}.${facts.mydomainSetting ?? DEF_MYDOMAIN}`;
  const dot = myhostname.indexOf('.');
  const mydomain = dot < 0 ? DEF_MYDOMAIN : myhostname.slice(dot + 1);
  return new Map([
    ['myhostname', myhostname],
    ['mydomain', mydomain],
    ['mynetworks', subnetStyleNetworks(facts.interfaces ?? networkInterfaces())],
    ['process_id', String(facts.pid ?? process.pid)],
    ['process_name', 'postconf'],
  ]);
}

/**
 * mynetworks for mynetworks_style = subnet, which is what `postconf -d` uses (its default
 * style expression gives "subnet" at compatibility_level 0). Postfix lists the addresses
 * in getifaddrs() order, which on Linux is every IPv4 address before every IPv6 address.
 */
export function subnetStyleNetworks(interfaces: NodeJS.Dict<NetworkInterfaceInfo[]>): string {
  const all = Object.values(interfaces).flatMap((list) => list ?? []);
  const v4 = all.filter((a) => a.family === 'IPv4');
  const v6 = all.filter((a) => a.family === 'IPv6');
  const out: string[] = [];
  for (const a of v4) {
    const bits = prefixLength(a.netmask.split('.').map(Number), 8);
    const net = maskBytes(a.address.split('.').map(Number), bits, 8);
    out.push(`${net.join('.')}/${bits}`);
  }
  for (const a of v6) {
    const bits = prefixLength(ipv6Groups(a.netmask), 16);
    out.push(`[${formatIpv6(maskBytes(ipv6Groups(a.address), bits, 16))}]/${bits}`);
  }
  return out.join(' ');
}

function prefixLength(parts: number[], width: number): number {
  let bits = 0;
  for (const p of parts) {
    for (let i = width - 1; i >= 0 && (p >> i) & 1; i--) bits++;
    if (p !== (1 << width) - 1) break;
  }
  return bits;
}

function maskBytes(parts: number[], bits: number, width: number): number[] {
  return parts.map((p, i) => {
    const keep = Math.max(0, Math.min(width, bits - i * width));
    const mask = keep === 0 ? 0 : (((1 << keep) - 1) << (width - keep)) & ((1 << width) - 1);
    return p & mask;
  });
}

function ipv6Groups(text: string): number[] {
  const addr = text.replace(/%.*$/, '');
  const [head = '', tail] = addr.split('::');
  const parse = (s: string): number[] => (s === '' ? [] : s.split(':').map((g) => parseInt(g, 16)));
  const h = parse(head);
  const t = tail === undefined ? [] : parse(tail);
  const zeros = tail === undefined ? [] : new Array<number>(8 - h.length - t.length).fill(0);
  return [...h, ...zeros, ...t];
}

/** inet_ntop() style: lower-case hex, the longest run (>= 2) of zero groups becomes "::". */
function formatIpv6(groups: number[]): string {
  let best = -1;
  let bestLen = 0;
  for (let i = 0; i < groups.length; ) {
    if (groups[i] !== 0) { i++; continue; }
    let j = i;
    while (j < groups.length && groups[j] === 0) j++;
    if (j - i > bestLen) { best = i; bestLen = j - i; }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestLen < 2) return hex.join(':');
  return `${hex.slice(0, best).join(':')}::${hex.slice(best + bestLen).join(':')}`;
}
