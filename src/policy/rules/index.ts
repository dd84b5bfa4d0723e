/** Every built-in rule, in report order. */
import type { Rule } from '../types.js';
import { authBeforeTls } from './auth-before-tls.js';
import { bom } from './bom.js';
import { configRefused } from './config-refused.js';
import { deprecatedParameter } from './deprecated-parameter.js';
import { includeListDropsTls13 } from './include-list-drops-tls13.js';
import { invalidBoolean } from './invalid-boolean.js';
import { invalidCipherExclusion } from './invalid-cipher-exclusion.js';
import { invalidCipherGrade } from './invalid-cipher-grade.js';
import { invalidProtocolList } from './invalid-protocol-list.js';
import { invalidSecurityLevel } from './invalid-security-level.js';
import { keyExchangeGroups } from './key-exchange-groups.js';
import { mxRequiresTls } from './mx-requires-tls.js';
import { noCertificate } from './no-certificate.js';
import { parameterNoEffect } from './parameter-no-effect.js';
import { protocolCeiling } from './protocol-ceiling.js';
import { protocolFloor } from './protocol-floor.js';
import { rangeSyntaxBefore36 } from './range-syntax-before-3-6.js';
import { strayArgument } from './stray-argument.js';
import { submissionTlsNotRequired } from './submission-tls-not-required.js';
import { templatedValue } from './templated-value.js';
import { tlsNotOffered } from './tls-not-offered.js';
import { trailingComment } from './trailing-comment.js';
import { unknownParameter } from './unknown-parameter.js';
import { weakCipherSuites } from './weak-cipher-suites.js';
import { wrappermodeOpportunisticList } from './wrappermode-opportunistic-list.js';

export const RULES: readonly Rule[] = [
  configRefused,
  protocolFloor,
  protocolCeiling,
  invalidProtocolList,
  includeListDropsTls13,
  rangeSyntaxBefore36,
  submissionTlsNotRequired,
  authBeforeTls,
  wrappermodeOpportunisticList,
  parameterNoEffect,
  unknownParameter,
  invalidSecurityLevel,
  invalidBoolean,
  invalidCipherGrade,
  invalidCipherExclusion,
  weakCipherSuites,
  keyExchangeGroups,
  deprecatedParameter,
  noCertificate,
  strayArgument,
  trailingComment,
  mxRequiresTls,
  tlsNotOffered,
  bom,
  templatedValue,
];
