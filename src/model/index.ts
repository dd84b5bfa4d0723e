/** The effective TLS model (issue 3): see config-set-model.ts. */
export { buildConfigSetModel } from './config-set-model.js';
export { ParameterNamespace, type EffectiveValue, type Definition } from './namespace.js';
export { resolveTargetVersion, type TargetVersion } from './version.js';
export * from './types.js';
