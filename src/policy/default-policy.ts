/**
 * The policy of a run without a policy file (a built-in profile) and where that file is looked for.
 * Apart from src/policy/policy-file.ts, whose parser and checks import the rule list: a run that finds
 * no policy file (and no config set) starts without loading the analysis.
 */
import { DEFAULT_PROFILE, PROFILES } from './profiles/index.js';
import type { Policy } from './types.js';

export const DEFAULT_POLICY_PATH = '.github/postfix-tls-policy.yml';

/** The built-in profile as a policy (no file). */
export function policyFromProfile(id: string = DEFAULT_PROFILE): Policy | undefined {
  const profile = PROFILES.get(id);
  if (!profile) return undefined;
  return { profile, roles: { ...profile.roles }, services: {}, rules: {}, ignore: [], origin: `profile:${id}` };
}
