/** The effective TLS model of a config set (issue 3), as the explain formatters consume it. */
import type { LoadedConfigSet } from '../postfix/config-set.js';
import type { Diagnostic } from '../postfix/diagnostics.js';
import type { MasterService } from '../postfix/master-cf.js';
import type { TlsProtocol } from '../tls/protocols.js';
import type { Listen } from './listen.js';
import type { EffectiveValue } from './namespace.js';
import type { TargetVersion } from './version.js';

export type Role = 'mx' | 'submission' | 'submissions' | 'other-public' | 'local-only' | 'client-smtp' | 'client-lmtp';
export const ROLES: readonly Role[] = ['mx', 'submission', 'submissions', 'other-public', 'local-only', 'client-smtp', 'client-lmtp'];

export interface ProtocolListChoice {
  parameter: string;
  value: string;
  valid: boolean;
  /** First token that invalidates the list. */
  invalidToken?: string;
}

export interface EndpointTls {
  /** A client can actually complete a TLS handshake (STARTTLS or implicit TLS). */
  offered: boolean;
  /** STARTTLS appears in EHLO; null for client transports. */
  advertised: boolean | null;
  /** Mail (and AUTH) refused without TLS, or implicit TLS; for clients: delivery needs TLS. */
  required: boolean;
  implicit: boolean;
  /** Negotiable versions given Postfix's settings alone; [] when TLS is unusable. */
  protocols: TlsProtocol[];
  protocolList: ProtocolListChoice | null;
  cipherGrade: string | null;
  cipherExclusions: string[];
  /** TLS <= 1.2 suites in OpenSSL order (only when the cipher engine is available). */
  ciphers?: string[];
  /** How many of `ciphers` fall in each class (forward secrecy, AEAD, CBC, SHA-1, static RSA, anonymous, ...). */
  cipherClassCounts?: Record<string, number>;
  tls13Ciphersuites?: string[];
  /** null for client transports (a client certificate is optional). */
  certificateConfigured: boolean | null;
  authBeforeTls: boolean;
  dead: string | null;
  /** Additive: parameters whose value depends on a template placeholder (decided as their built-in default). */
  templated?: string[];
  /** Additive: the security level in effect ("none", "may", "encrypt", client levels...). */
  level: string;
}

export interface PostscreenFront {
  /** postscreen's after-220 tests that are on: with any, postscreen itself answers STARTTLS via tlsproxy. */
  deepProtocolTests: string[];
  /** Who answers a new client's STARTTLS. */
  starttlsBy: 'tlsproxy' | 'smtpd';
  passService: string | null;
  tlsproxyService: string | null;
}

export interface Endpoint {
  service: string;
  type: string;
  /** basename of the command field */
  command: string;
  /** master.cf line (null for the stock master.cf) */
  line: number | null;
  kind: 'server' | 'client';
  role: Role;
  roleReason: string;
  /** The listen address is a template placeholder: the role is a guess (absent when it is known). */
  roleAssumed?: true;
  listen: Listen | null;
  tls: EndpointTls;
  /** TLS-relevant parameters as this daemon sees them (insertion order = display order). */
  values: Map<string, EffectiveValue>;
  /** postscreen endpoints: how STARTTLS is served. */
  postscreen?: PostscreenFront;
  /** smtpd pass endpoints: the postscreen services that hand connections to it. */
  behind?: string[];
  /** The master.cf entry (absent for nothing today; kept for formatters that want positions). */
  masterService: MasterService;
}

export interface ConfigSetModel {
  loaded: LoadedConfigSet;
  root: string;
  mainCf: string | null;
  masterCf: string | null;
  postfixVersion: TargetVersion;
  endpoints: Endpoint[];
  /** Parse diagnostics of the set plus the model's own (silent failures). */
  diagnostics: Diagnostic[];
  /** Template lines set aside because they are not Postfix syntax until rendered (template-tolerant.ts). */
  neutralizedLines: { path: string; lines: number[] }[];
}

export interface ModelOptions {
  postfixVersion?: string;
  /** Role overrides keyed by service name, "name/type", "host:port" or port. */
  roles?: Readonly<Record<string, Role>>;
}
