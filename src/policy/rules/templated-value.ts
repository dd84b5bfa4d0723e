import { diagnosticRule } from './helpers.js';

export const templatedValue = diagnosticRule(
  {
    id: 'templated-value',
    title: 'Value undetermined: it depends on a template placeholder',
    defaultSeverity: 'notice',
    rationale: 'A value rendered by a template (Jinja, ERB, envsubst...) is unknown until deployment. The audit decides with the built-in default and says so: an undetermined value is never a pass.',
    references: ['docs/ARCHITECTURE.md (templates)'],
  },
  ['tls/templated-value', 'tls/template-lines-neutralized'],
);
