/** Live probe (issue 7): see probe.ts; drift against the config model: compare.ts. */
export { probeTarget, DEFAULT_CONCURRENCY, DEFAULT_DEADLINE_MS, DEFAULT_TIMEOUTS, type ProbeOptions, type ProbeResult, type ProbeError } from './probe.js';
export { parseTarget, roleFromPort, modeFromPort, type ProbeMode, type ProbeRole } from './target.js';
export { clientCapabilities, type ClientCapabilities, type Untestable, type ProbeProtocol } from './capabilities.js';
export { compareWithConfig, driftOf, pairTargets, parsePair, type CompareResult, type Drift, type Pairing } from './compare.js';
export { certificateFacts, type CertificateFacts } from './certificate.js';
export { Limiter } from './limiter.js';
export { formatProbeText, probeToJson } from './report.js';
export { runProbeCommand } from './command.js';
