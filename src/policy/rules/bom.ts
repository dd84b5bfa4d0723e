import { diagnosticRule } from './helpers.js';

export const bom = diagnosticRule(
  {
    id: 'bom',
    title: 'UTF-8 byte-order mark at the start of main.cf',
    defaultSeverity: 'warning',
    rationale: 'Postfix does not strip a BOM: it becomes part of the first parameter name, which is then unknown, so that setting is silently ignored.',
    references: ['reference postfix-semantics §1.1 (gotcha 23)'],
  },
  ['tls/bom-first-parameter'],
);
