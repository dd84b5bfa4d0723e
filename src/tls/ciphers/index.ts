/** The OpenSSL 3.0 cipher engine: table, cipher-string evaluation, classification. */
export { CIPHER_SUITES, TLS13_SUITES, TABLE_OPENSSL_VERSION } from './table.js';
export type { CipherSuite, Tls13Suite } from './suite.js';
export { CIPHER_ALIASES, OPENSSL_DEFAULT_CIPHER_LIST, OPENSSL_DEFAULT_TLS13_CIPHERSUITES, type CipherAlias } from './aliases.js';
export { evaluateCipherString, cipherNames, type CipherListResult, type CipherStringError, type EvaluateOptions } from './evaluate.js';
export {
  classifySuite,
  countByClass,
  allowedAtSecurityLevel,
  supportedSuites,
  negotiableSuites,
  SUITE_CLASS_NAMES,
  DEBIAN_DEFAULT_SECURITY_LEVEL,
  UPSTREAM_DEFAULT_SECURITY_LEVEL,
  type SuiteClasses,
  type SuiteClassName,
  type ClassCounts,
  type SupportedOptions,
} from './classify.js';
