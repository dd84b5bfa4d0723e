/**
 * Postfix's readings of booleans, TLS security levels and cipher grades (reference §1.6, §4.4, §6.1).
 */

export interface DaemonParameterNames {
  /** "<prefix>_tls_<suffix>" */
  tls: (suffix: string) => string;
  useTls: string;
  enforceTls: string;
}

const daemonNamesByPrefix = new Map<string, DaemonParameterNames>();

/**
 * Parameter names of a daemon family ("smtpd", "tlsproxy", "smtp", "lmtp"), each string made once:
 * a freshly built name would be hashed again by every name-space lookup.
 */
export function daemonParameterNames(prefix: string): DaemonParameterNames {
  let names = daemonNamesByPrefix.get(prefix);
  if (!names) {
    const made = new Map<string, string>();
    const tls = (suffix: string): string => {
      let n = made.get(suffix);
      if (n === undefined) made.set(suffix, (n = `${prefix}_tls_${suffix}`));
      return n;
    };
    names = { tls, useTls: `${prefix}_use_tls`, enforceTls: `${prefix}_enforce_tls` };
    daemonNamesByPrefix.set(prefix, names);
  }
  return names;
}

/** mail_conf_bool.c: "yes"/"no", case-insensitive; anything else (including "") is fatal. */
export function parseBoolean(value: string): boolean | undefined {
  const v = value.toLowerCase();
  if (v === 'yes') return true;
  if (v === 'no') return false;
  return undefined;
}

export function badBooleanMessage(name: string, value: string): string {
  return `bad boolean configuration: ${name} = ${value}`;
}

/** tls_level_lookup() names (tls_level.c), case-insensitive. */
export const CLIENT_LEVELS = ['none', 'may', 'encrypt', 'dane', 'dane-only', 'fingerprint', 'verify', 'secure'] as const;
export type ClientLevel = (typeof CLIENT_LEVELS)[number];

export function lookupLevel(value: string): ClientLevel | undefined {
  const v = value.toLowerCase();
  return (CLIENT_LEVELS as readonly string[]).includes(v) ? (v as ClientLevel) : undefined;
}

export interface ServerLevelDecision {
  use: boolean;
  enforce: boolean;
  /** The level name that decided ("none" | "may" | "encrypt"), or "legacy" for the booleans. */
  decidedBy: 'level' | 'legacy' | 'wrappermode';
  /** Warning Postfix logs ("unsupported TLS level ... using encrypt"). */
  warning?: string;
  /** Fatal: the daemon exits. */
  fatal?: string;
}

/**
 * smtpd.c / tlsproxy.c / postscreen.c (reference §4.4): a non-empty level wins over the legacy
 * booleans; fingerprint/verify/secure mean encrypt with a warning; dane and typos are fatal. In
 * wrapper mode (smtpd only) the level is ignored and TLS is mandatory.
 */
export function decideServerLevel(input: {
  levelParam: string;
  level: string;
  useTls: boolean;
  enforceTls: boolean;
  wrapperMode: boolean;
}): ServerLevelDecision {
  let use = input.useTls;
  let enforce = input.enforceTls;
  let decidedBy: ServerLevelDecision['decidedBy'] = 'legacy';
  let warning: string | undefined;
  if (!input.wrapperMode && input.level !== '') {
    decidedBy = 'level';
    const l = lookupLevel(input.level);
    switch (l) {
      case 'none':
        use = enforce = false;
        break;
      case 'may':
        use = true;
        enforce = false;
        break;
      case 'fingerprint':
      case 'verify':
      case 'secure':
        warning = `${input.levelParam}: unsupported TLS level "${input.level}", using "encrypt"`;
        use = enforce = true;
        break;
      case 'encrypt':
        use = enforce = true;
        break;
      default:
        return { use: false, enforce: false, decidedBy, fatal: `Invalid TLS level "${input.level}"` };
    }
  }
  if (input.wrapperMode) {
    enforce = true;
    decidedBy = 'wrappermode';
  }
  use = use || enforce;
  const d: ServerLevelDecision = { use, enforce, decidedBy };
  if (warning) d.warning = warning;
  return d;
}

/** tls_cipher_grade() names (case-insensitive); 3.8+ maps low/export to medium (§4.2, gotcha 17). */
export const CIPHER_GRADES = ['high', 'medium', 'low', 'export', 'null'] as const;
export type CipherGrade = (typeof CIPHER_GRADES)[number];

export function lookupGrade(value: string): CipherGrade | undefined {
  const v = value.toLowerCase();
  return (CIPHER_GRADES as readonly string[]).includes(v) ? (v as CipherGrade) : undefined;
}

/** Exclusion tokens (tls_set_ciphers: split on ", \t\r\n:"); a token starting with ! + - @ aborts every handshake. */
export function splitExclusions(value: string): { tokens: string[]; badToken?: string } {
  const tokens = value.split(/[, \t\r\n:]+/).filter((t) => t.length > 0);
  const badToken = tokens.find((t) => '!+-@'.includes(t[0] as string));
  return badToken === undefined ? { tokens } : { tokens, badToken };
}
