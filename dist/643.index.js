export const id = 643;
export const ids = [643];
export const modules = {

/***/ 643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   findingsToSarif: () => (/* binding */ findingsToSarif)
/* harmony export */ });
/* unused harmony exports TOOL_URI, FINGERPRINT_KEY, sarifText */
/* harmony import */ var _policy_rules_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6039);
/* harmony import */ var _rule_docs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3212);
/**
 * Findings as SARIF 2.1.0 for GitHub code scanning (github-actions reference §4): every rule with
 * short/full description, help (text + Markdown), helpUri, tags, `security-severity` and a default
 * level; every result with a repository-relative location, a stable partial fingerprint and, where
 * the finding has edits, SARIF `fixes`.
 *
 * Findings on a probed server (`target`, no file) have no physical location, and GitHub refuses or
 * cannot show results without one: they are left out of `results` and counted in
 * `runs[0].properties.probeFindingsOmitted` (the job summary, comment and json-file carry them).
 */



const TOOL_URI = 'https://github.com/postfix-tls-audit/postfix-tls-audit';
/** Key of our fingerprint in partialFingerprints (kept stable: code scanning matches alerts by it). */
const FINGERPRINT_KEY = 'postfixTlsAudit/v1';
const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
/**
 * GitHub reads `security-severity` (0.1-10.0) to rank security alerts. Rules that break TLS for a
 * whole service (it dies, or TLS is silently off, or credentials go in cleartext) are high; weaker
 * protocol/cipher choices medium; configuration hygiene low.
 */
const SECURITY_SEVERITY = {
    'auth-before-tls': '8.1',
    'submission-tls-not-required': '7.5',
    'invalid-protocol-list': '7.5',
    'protocol-floor': '7.0',
    'no-certificate': '7.0',
    'invalid-cipher-grade': '6.5',
    'invalid-cipher-exclusion': '6.5',
    'invalid-security-level': '6.5',
    'invalid-boolean': '6.0',
    'stray-argument': '6.0',
    'range-syntax-before-3-6': '6.0',
    'weak-cipher-suites': '5.3',
    'include-list-drops-tls13': '4.3',
    'protocol-ceiling': '4.3',
    'wrappermode-opportunistic-list': '4.0',
    'mx-requires-tls': '4.0',
    'parameter-no-effect': '3.1',
    'trailing-comment': '3.1',
    'unknown-parameter': '3.1',
    'deprecated-parameter': '2.0',
    'templated-value': '2.0',
    bom: '3.1',
    'unused-suppression': '1.0',
};
const DEFAULT_SECURITY_SEVERITY = { error: '7.0', warning: '5.0', notice: '2.0' };
const HYGIENE = new Set(['trailing-comment', 'unknown-parameter', 'deprecated-parameter', 'templated-value', 'bom', 'unused-suppression', 'parameter-no-effect']);
function ruleText(id, rule) {
    if (rule)
        return { title: rule.title, rationale: rule.rationale, references: rule.references, severity: rule.defaultSeverity };
    if (id === 'unused-suppression') {
        return { title: 'A suppression comment that matches no finding', rationale: 'An inline "postfix-tls-audit: ignore" comment suppresses nothing.', references: [], severity: 'warning' };
    }
    return { title: id, rationale: `Finding of rule ${id}.`, references: [], severity: 'warning' };
}
/**
 * A result message as SARIF plain text. SARIF messages may embed links, "[text](relatedLocation id
 * or URI)" (SARIF 2.1.0 §3.11.6), which viewers render (GitHub code scanning for related locations,
 * the VS Code SARIF viewer also for URIs): brackets from the repository are escaped as the spec
 * says (a backslash before each, and before a backslash that precedes one) so that a value like
 * "[click](https://evil.example)" stays text.
 */
function sarifText(text) {
    return text.replace(/\\(?=[[\]])/g, '\\\\').replace(/[[\]]/g, (c) => `\\${c}`);
}
/** GitHub shows at most 1024 characters of the descriptions. */
const cap = (t, n = 1024) => (t.length > n ? `${t.slice(0, n - 1)}…` : t);
function findingsToSarif(findings, policy, options) {
    const pathOf = options.uriOf ?? ((f) => f);
    // artifactLocation.uri is a URI reference (SARIF 2.1.0 §3.4.3, schema format "uri-reference"):
    // a space, "#", "%" or "?" in a repository path must be percent-encoded, segment by segment.
    const uriOf = (f) => pathOf(f).split('/').map((s) => encodeURIComponent(s)).join('/');
    const located = findings.filter((f) => !f.target && f.file !== '');
    const ruleIds = [...new Set([..._policy_rules_index_js__WEBPACK_IMPORTED_MODULE_0__.RULES.map((r) => r.id), ...located.map((f) => f.ruleId)])];
    const rules = ruleIds.map((id) => {
        const t = ruleText(id, _policy_rules_index_js__WEBPACK_IMPORTED_MODULE_0__.RULES.find((x) => x.id === id));
        const override = policy.rules[id]?.level;
        const level = override !== undefined && override !== 'off' ? override : t.severity;
        const helpUri = `${_rule_docs_js__WEBPACK_IMPORTED_MODULE_1__/* .RULE_DOCS */ .X}/${id}.md`;
        const refs = t.references.length ? `\n\nReferences: ${t.references.join('; ')}.` : '';
        return {
            id,
            name: id,
            shortDescription: { text: cap(t.title) },
            fullDescription: { text: cap(t.rationale) },
            help: {
                text: `${t.rationale}${refs}\n\nMore: ${helpUri}`,
                markdown: `**${t.title}**\n\n${t.rationale}${t.references.length ? `\n\nReferences:\n${t.references.map((r) => `- ${r}`).join('\n')}` : ''}\n\n[Rule documentation](${helpUri})`,
            },
            helpUri,
            defaultConfiguration: { level: LEVEL[level] },
            properties: {
                tags: HYGIENE.has(id) ? ['security', 'tls', 'postfix', 'maintainability'] : ['security', 'tls', 'postfix'],
                precision: 'very-high',
                'security-severity': SECURITY_SEVERITY[id] ?? DEFAULT_SECURITY_SEVERITY[t.severity],
            },
        };
    });
    const index = new Map(ruleIds.map((id, i) => [id, i]));
    const region = (x) => ({
        startLine: x.startLine,
        startColumn: x.startColumn,
        endLine: x.endLine,
        endColumn: x.endColumn,
    });
    const results = located.map((f) => ({
        ruleId: f.ruleId,
        ruleIndex: index.get(f.ruleId),
        level: LEVEL[f.severity],
        message: { text: sarifText(f.service ? `${f.message} (${f.service}, ${f.role})` : f.message) },
        locations: [{
                physicalLocation: {
                    artifactLocation: { uri: uriOf(f.file), uriBaseId: '%SRCROOT%' },
                    region: region({ startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn }),
                },
                ...(f.service ? { logicalLocations: [{ name: f.service, kind: 'module' }] } : {}),
            }],
        partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
        ...(f.fix ? {
            fixes: [{
                    description: { text: sarifText(f.fix.description) },
                    artifactChanges: [...new Set(f.fix.edits.map((e) => e.file))].map((file) => ({
                        artifactLocation: { uri: uriOf(file), uriBaseId: '%SRCROOT%' },
                        replacements: f.fix.edits.filter((e) => e.file === file).map((e) => ({
                            deletedRegion: region(e),
                            insertedContent: { text: e.replacement },
                        })),
                    })),
                }],
        } : {}),
    }));
    const omitted = findings.length - located.length;
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
                tool: { driver: { name: 'postfix-tls-audit', version: options.toolVersion, semanticVersion: options.toolVersion, informationUri: TOOL_URI, rules } },
                automationDetails: { id: options.automationId ?? 'postfix-tls-audit/' },
                originalUriBaseIds: { '%SRCROOT%': { description: { text: 'The repository root.' } } },
                columnKind: 'utf16CodeUnits',
                results,
                properties: {
                    profile: policy.profile.id,
                    profileVersion: policy.profile.version,
                    policy: policy.origin,
                    ...(omitted ? { probeFindingsOmitted: omitted } : {}),
                },
            }],
    };
}


/***/ })

};
