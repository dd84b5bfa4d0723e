/**
 * Policies, rules and findings (issue 5): the contract between the rules (src/policy/rules), the fix
 * builders (src/fix) and the formatters.
 */
import type { ConfigSetModel, Endpoint, Role } from '../model/types.js';
import type { TlsProtocol } from '../tls/protocols.js';
import type { SuiteClassName } from '../tls/ciphers/classify.js';

export type { Role } from '../model/types.js';
export { ROLES } from '../model/types.js';

export type Severity = 'error' | 'warning' | 'notice';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'notice'];

/** One text edit; lines and columns are 1-based, end column exclusive (as Span). */
export interface TextEdit {
  file: string;
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  replacement: string;
}

export interface Fix {
  description: string;
  edits: TextEdit[];
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  /** The setting that decides, or the service line when a setting is missing. */
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** The config set's directory (relative to the scan root). */
  configSet: string;
  /** "name/type" of the master.cf service, or null for set-wide findings. */
  service: string | null;
  role: Role | null;
  /** Stable across line moves: rule, set, service, parameter and value, never a line number. */
  fingerprint: string;
  fix?: Fix;
  /**
   * Live probe findings (src/probe/judge.ts): the "host:port" observed. Such findings have no file position:
   * file '' and line, column, endLine, endColumn 0; configSet '' unless a --compare drift names one.
   */
  target?: string;
}

/** What a profile (or a policy after overrides) says about one role. */
export interface RolePolicy {
  /** Lowest protocol version that may be negotiable; null: no floor. */
  minProtocol: TlsProtocol | null;
  /**
   * Floor for the mandatory protocol list where TLS is opportunistic by default but can be enforced
   * elsewhere (client: smtp_tls_policy_maps "encrypt" destinations, reference §3.3); undefined: none.
   */
  minProtocolMandatory?: TlsProtocol | null;
  /** Highest protocol version that must still be negotiable (TLS 1.3 kept); null: no demand. */
  maxProtocol: TlsProtocol | null;
  /** 'required': TLS must be required; 'optional': either; 'must-not-require': refusing plaintext is wrong (public MX, RFC 3207/7435). */
  tls: 'required' | 'optional' | 'must-not-require';
  /** TLS must at least be offered. */
  tlsOffered: boolean;
  /** Suite classes that must not be negotiable (classify.ts names). */
  forbiddenCipherClasses: SuiteClassName[];
  /** Exact TLS <= 1.2 suites (OpenSSL names) allowed; undefined: any not forbidden by class. */
  allowedCiphers?: string[];
  /** Exact TLS 1.3 suites allowed; undefined: any. */
  allowedTls13Ciphersuites?: string[];
  authOnlyAfterTls: boolean;
  certificateRequired: boolean;
}

export interface ProfileSource {
  title: string;
  /** URL or repository reference, as in the reference note. */
  ref: string;
}

export interface LiveDemands {
  /** Key-exchange groups the standard accepts (OpenSSL names); undefined: no list. */
  groups?: string[];
  /** Smallest RSA certificate key in bits; undefined: no demand. */
  minRsaBits?: number;
  /** Smallest finite-field DH group in bits; undefined: no demand. */
  minDhBits?: number;
  /** Section of the standard. */
  basis: string;
}

/** Where a profile's statement for one role comes from. */
export interface RoleBasis {
  /** The standard's section(s) followed, or why the standard is silent about this role. */
  basis: string;
  /** The standard says nothing about this role: the baseline profile's statement applies. */
  inheritsBaseline: boolean;
}

export interface Profile {
  id: string;
  /** Profile version (changes when its content changes). */
  version: string;
  title: string;
  description: string;
  sources: ProfileSource[];
  roles: Record<Role, RolePolicy>;
  /** Per role: the section of the standard behind it (every role is stated, none by omission). */
  roleBasis: Record<Role, RoleBasis>;
  /**
   * What the standard says about key-exchange groups and certificate keys. Not judged from the
   * config (the certificate is rarely in the repository, and which group is used depends on the
   * peer): the live probe compares what it observes with these.
   */
  live?: LiveDemands;
  /** What the profile says about legacy parameters (smtpd_use_tls, eecdh_grade, dh512...). */
  legacyParameters: Severity | 'off';
}

export interface RuleOverride {
  /** 'off' disables the rule; a severity replaces its default. */
  level: Severity | 'off';
}

/** A profile with a policy file's overrides applied. */
export interface Policy {
  profile: Profile;
  /** Per-role policy after overrides. */
  roles: Record<Role, RolePolicy>;
  /** Per-service overrides, keyed by service name, "name/type" or "host:port". */
  services: Record<string, { role?: Role } & Partial<RolePolicy>>;
  rules: Record<string, RuleOverride>;
  postfixVersion?: string;
  /** Globs of paths (relative to the scan root) whose config sets are not judged. */
  ignore: string[];
  /** Where the policy came from (file path, or "profile:<id>"). */
  origin: string;
}

export interface RuleContext {
  model: ConfigSetModel;
  policy: Policy;
  /** The role policy for an endpoint, with the service's overrides applied. */
  policyFor(endpoint: Endpoint): RolePolicy;
  /** Report a finding (severity defaults to the rule's, after policy overrides). */
  report(input: FindingInput): void;
}

export interface FindingInput {
  message: string;
  file: string;
  span?: { start: { line: number; column: number }; end: { line: number; column: number } };
  endpoint?: Endpoint;
  /** Parameter name (part of the fingerprint). */
  parameter?: string;
  /** Extra text that makes the fingerprint unique (e.g. the value). */
  key?: string;
  severity?: Severity;
  fix?: Fix;
}

export interface Rule {
  id: string;
  title: string;
  defaultSeverity: Severity;
  /** The verdict follows from the endpoint's role: where the model only assumes the role, it is a notice. */
  judgesRole?: true;
  rationale: string;
  references: string[];
  check(ctx: RuleContext): void;
}
