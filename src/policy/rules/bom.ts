import { editAtOffsets } from '../../fix/edits.js';
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
  {
    // Remove the three bytes (one U+FEFF character of the decoded text): the first setting then applies.
    fix: (d, ctx) => {
      const main = ctx.model.loaded.main;
      if (!main || d.path !== main.source.path || !main.source.text.startsWith('\uFEFF')) return undefined;
      return { description: 'Remove the UTF-8 byte-order mark (Postfix reads it as part of the first parameter name)', edits: [editAtOffsets(main.source, 0, 1, '')] };
    },
  },
);
