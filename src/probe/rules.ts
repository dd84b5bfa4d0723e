/** The probe's rule metadata lives with the policy (policy files may override these ids too). */
export { PROBE_RULES, PROBE_RULE_IDS, SHARED_RULE_IDS, probeRule, type ProbeRuleInfo } from '../policy/probe-rules.js';
