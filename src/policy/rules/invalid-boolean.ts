import { repairBoolean } from '../../fix/value-repair.js';
import { diagnosticRule, replaceSetting } from './helpers.js';

export const invalidBoolean = diagnosticRule(
  {
    id: 'invalid-boolean',
    title: 'Boolean parameter that is not yes/no: the service dies',
    defaultSeverity: 'error',
    rationale: 'Postfix reads booleans as "yes" or "no" only; anything else ("true", "1", "yes # comment") is fatal when the daemon starts.',
    references: ['reference postfix-semantics §1.6 (gotcha 21)'],
  },
  ['tls/bad-boolean', 'tls/expansion-error'],
  {
    // true/on/1/enabled → yes, false/off/0/disabled → no; an empty or unclear value is left to the admin.
    fix: (d, ctx) =>
      d.code !== 'tls/bad-boolean'
        ? undefined
        : replaceSetting(ctx.model, d, (_name, current) => (current.includes('$') ? undefined : repairBoolean(current)), (name, v) => `Set ${name} = ${v} (Postfix reads only yes/no)`),
  },
);
