/**
 * Where each rule's documentation is (`${RULE_DOCS}/<rule id>.md`): apart from src/report/sarif.ts, which
 * imports the rule list, so that the Action's report of a tree without config sets does not load it.
 */
export const RULE_DOCS = 'https://github.com/postfix-tls-audit/postfix-tls-audit/blob/main/docs/rules';
