import { diagnosticRule } from './helpers.js';

/**
 * A main.cf line without "=" (or without a name), or a master.cf entry with a bad field, is fatal for
 * postconf and for every daemon: Postfix does not start at all, so nothing of the TLS setup applies.
 * The parsers report these as fatal diagnostics; template placeholders that only look broken are
 * neutralised by the model before rules run, so what reaches this rule is really refused. An
 * unbalanced "{" argument in master.cf is fatal for master(8) only (postconf warns): the model's
 * tls/master-refuses-file.
 */
export const configRefused = diagnosticRule(
  {
    id: 'config-refused',
    title: 'Postfix refuses the whole file (nothing starts)',
    defaultSeverity: 'error',
    rationale: 'A main.cf line without "=" (or with nothing before it) and a master.cf entry with too few or invalid fields are fatal errors for postconf, master and every daemon: mail stops entirely, and `postfix check` is the first to die. Every other verdict about this set assumes a config Postfix would load.',
    references: ['reference postfix-semantics §1.2 (dict_load_fp, src/util/dict.c)', 'reference postfix-semantics §2.1 (pcf_check_master_entry)'],
  },
  ['main-cf/missing-equals', 'main-cf/missing-name', 'master-cf/bad-field-count', 'master-cf/invalid-field', 'tls/master-refuses-file'],
  {
    // A template line that only breaks before rendering is the templated-value rule's business.
    filter: (d, ctx) => !ctx.model.neutralizedLines.some((n) => n.path === d.path && d.span !== undefined && n.lines.includes(d.span.start.line)),
  },
);
