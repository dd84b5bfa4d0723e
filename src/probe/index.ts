/** Live probe (issue 7): see probe.ts; drift against the config model: compare.ts. */
export { probeTarget, DEFAULT_CONCURRENCY, DEFAULT_DEADLINE_MS, DEFAULT_TIMEOUTS, type ProbeOptions, type ProbeResult, type ProbeError } from './probe.js';
export { parseTarget, parseTargetSpec, roleFromPort, modeFromPort, targetName, TARGET_ROLES, type ProbeMode, type ProbeRole, type TargetSpec, type TargetRole } from './target.js';
export { clientCapabilities, type ClientCapabilities, type Untestable, type ProbeProtocol } from './capabilities.js';
export { compareWithModels, driftOf, pairTargets, parsePair, type CompareResult, type Drift, type Pairing } from './compare.js';
export { certificateFacts, type CertificateFacts } from './certificate.js';
export { Limiter } from './limiter.js';
export { judgeProbe, driftFindings, rolePolicyForTarget, certificateNames, POLICY_ROLE_OF, type JudgeOptions } from './judge.js';
export { PROBE_RULES, PROBE_RULE_IDS, SHARED_RULE_IDS, type ProbeRuleInfo } from './rules.js';
