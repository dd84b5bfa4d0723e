export const id = 113;
export const ids = [113];
export const modules = {

/***/ 2113:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  compareWithConfig: () => (/* binding */ compareWithConfig),
  runProbeCommand: () => (/* binding */ runProbeCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./src/audit.ts + 1 modules
var audit = __webpack_require__(2558);
// EXTERNAL MODULE: ./src/policy/evaluate.ts + 1 modules
var evaluate = __webpack_require__(6012);
// EXTERNAL MODULE: ./src/tls/ciphers/index.ts
var ciphers = __webpack_require__(4810);
// EXTERNAL MODULE: ./src/probe/target.ts
var probe_target = __webpack_require__(7341);
;// CONCATENATED MODULE: ./src/probe/compare.ts


const refOf = (m, e) => ({ configSet: m.root, service: e.service, type: e.type, line: e.line, role: e.role });
/** `HOST:PORT=service` (service name as in master.cf, optionally "/type"). */
function parsePair(text) {
    const eq = text.lastIndexOf('=');
    if (eq <= 0 || eq === text.length - 1)
        throw new Error(`--pair "${text}" is not HOST:PORT=service`);
    return { target: text.slice(0, eq), service: text.slice(eq + 1) };
}
function pairTargets(results, models, explicit) {
    const all = models.flatMap((m) => m.endpoints.filter((e) => e.kind === 'server').map((e) => ({ m, e })));
    return results.map((r) => {
        const wanted = explicit.get(r.target);
        if (wanted !== undefined) {
            const hits = all.filter(({ e }) => e.service === wanted || `${e.service}/${e.type}` === wanted);
            if (hits.length === 1)
                return { pairing: { target: r.target, endpoint: refOf(hits[0].m, hits[0].e), how: 'explicit', reason: null }, endpoint: hits[0].e };
            return { pairing: { target: r.target, endpoint: null, how: null, reason: hits.length === 0 ? `no server endpoint named "${wanted}"` : `"${wanted}" names ${hits.length} endpoints; add "/type" or narrow PATH` }, endpoint: null };
        }
        const byPort = all.filter(({ e }) => e.type === 'inet' && e.listen?.port === r.port);
        const byHost = byPort.filter(({ e }) => e.listen?.host === r.host);
        const portHits = byHost.length > 0 ? byHost : byPort;
        if (portHits.length === 1)
            return { pairing: { target: r.target, endpoint: refOf(portHits[0].m, portHits[0].e), how: 'port', reason: null }, endpoint: portHits[0].e };
        if (portHits.length > 1)
            return { pairing: { target: r.target, endpoint: null, how: null, reason: `${portHits.length} endpoints listen on port ${r.port}; use --pair ${r.target}=SERVICE` }, endpoint: null };
        // The probe's role names (from the port) stand for the model's roles: other → other-public, lmtp → local-only.
        const byRole = all.filter(({ e }) => e.type === 'inet' && e.role === probe_target/* POLICY_ROLE_OF */.In[r.role]);
        if (byRole.length === 1)
            return { pairing: { target: r.target, endpoint: refOf(byRole[0].m, byRole[0].e), how: 'role', reason: null }, endpoint: byRole[0].e };
        return { pairing: { target: r.target, endpoint: null, how: null, reason: byRole.length > 1 ? `${byRole.length} endpoints have role ${r.role}; use --pair ${r.target}=SERVICE` : `no endpoint on port ${r.port} or with role ${r.role}` }, endpoint: null };
    });
}
/** "smtpd_tls_mandatory_protocols = >=TLSv1.2 (master.cf:17)" */
function protocolSetting(e) {
    const list = e.tls.protocolList;
    if (!list)
        return 'the config';
    const source = e.values.get(list.parameter)?.source;
    return `${list.parameter} = ${list.value || '(empty)'}${source ? ` (${source})` : ''}`;
}
const AUTH_OF_KEY = { RSA: 'RSA', EC: 'ECDSA' };
/** Every difference between the model's endpoint and the observation. */
function driftOf(r, e, ref) {
    const out = [];
    const t = e.tls;
    const where = `port ${r.port}`;
    const add = (aspect, severity, message, observed, expected, subject) => out.push({ target: r.target, endpoint: ref, aspect, severity, message, observed, expected, ...(subject !== undefined ? { subject } : {}) });
    if (!r.reachable) {
        add('reachable', 'error', `${r.target} did not answer (${r.errors[0]?.message ?? 'no reply'}) although ${ref.service} is configured`, false, true);
        return out;
    }
    if (t.dead) {
        add('reachable', 'error', `${r.target} answers although the model says the daemon dies: ${t.dead}`, true, false);
        return out;
    }
    if (r.implicit !== t.implicit)
        add('implicit', 'error', `${where} ${r.implicit ? 'uses' : 'does not use'} implicit TLS although the config says ${t.implicit ? 'wrapper mode' : 'STARTTLS'}`, r.implicit, t.implicit);
    if (r.starttls !== t.offered)
        add('offered', t.offered ? 'error' : 'warning', `${where} ${r.starttls ? 'completes' : 'does not complete'} a TLS handshake although the config ${t.offered ? 'offers' : 'does not offer'} TLS`, r.starttls, t.offered);
    if (!t.implicit && r.starttlsAdvertised !== null && t.advertised !== null && r.starttlsAdvertised !== t.advertised) {
        add('advertised', 'error', `${where} ${r.starttlsAdvertised ? 'advertises' : 'does not advertise'} STARTTLS although the config ${t.advertised ? 'does' : 'does not'}`, r.starttlsAdvertised, t.advertised);
    }
    if (r.tlsRequired !== null && r.tlsRequired !== t.required) {
        add('required', t.required ? 'error' : 'warning', `${where} ${r.tlsRequired ? 'requires' : 'does not require'} TLS before MAIL FROM although the config ${t.required ? 'requires' : 'does not require'} it (level ${t.level})`, r.tlsRequired, t.required);
    }
    if (r.authBeforeTls !== t.authBeforeTls) {
        add('authBeforeTls', r.authBeforeTls ? 'error' : 'warning', `${where} ${r.authBeforeTls ? 'offers' : 'does not offer'} AUTH before TLS although the config ${t.authBeforeTls ? 'does' : 'does not'}`, r.authBeforeTls, t.authBeforeTls);
    }
    if (r.starttls || t.offered) {
        const model = new Set(t.protocols);
        for (const v of [...r.protocols, ...r.protocolsRefused]) {
            const accepted = r.protocols.includes(v);
            if (accepted && !model.has(v))
                add('protocol', 'error', `${where} accepts ${v} although ${protocolSetting(e)} allows ${t.protocols.length ? t.protocols.join(', ') : 'no protocol'}: the deployed config is not this one`, true, false, v);
            if (!accepted && model.has(v))
                add('protocol', 'warning', `${where} refuses ${v} although ${protocolSetting(e)} allows it`, false, true, v);
        }
    }
    if (r.tls12Ciphers && t.ciphers) {
        const model = new Set(t.ciphers);
        const accepted = r.tls12Ciphers.filter((s) => !model.has(s));
        if (accepted.length)
            add('tls12Cipher', 'error', `${where} accepts TLS 1.2 suites the config excludes: ${accepted.join(' ')}`, accepted, [], 'accepts');
        // Only suites this certificate can serve: an RSA certificate never negotiates ECDSA suites.
        const au = AUTH_OF_KEY[r.certificate?.keyType ?? ''];
        const byName = new Map(ciphers/* CIPHER_SUITES */.eD.map((s) => [s.name, s]));
        const probed = new Set(r.tls12Ciphers);
        const refused = t.ciphers.filter((s) => !probed.has(s) && au !== undefined && byName.get(s)?.au === au && /^(ECDH|RSA)$/.test(byName.get(s)?.kx ?? ''));
        if (refused.length)
            add('tls12Cipher', 'warning', `${where} refuses TLS 1.2 suites the config allows: ${refused.join(' ')}`, [], refused, 'refuses');
    }
    if (r.tls13Ciphers && t.tls13Ciphersuites && t.protocols.includes('TLSv1.3')) {
        const model = new Set(t.tls13Ciphersuites);
        const extra = r.tls13Ciphers.filter((s) => !model.has(s));
        if (extra.length)
            add('tls13Cipher', 'error', `${where} accepts TLS 1.3 suites the config excludes: ${extra.join(' ')}`, extra, [], 'accepts');
        const missing = t.tls13Ciphersuites.filter((s) => !r.tls13Ciphers.includes(s));
        if (missing.length)
            add('tls13Cipher', 'warning', `${where} refuses TLS 1.3 suites the config allows: ${missing.join(' ')}`, [], missing, 'refuses');
    }
    return out;
}
/** Compare every probed target with already built models (the Action passes the audit's models). */
function compareWithModels(results, models, explicit, configPath) {
    const paired = pairTargets(results, models, explicit);
    const drift = [];
    paired.forEach(({ pairing, endpoint }, i) => {
        const r = results[i];
        if (!endpoint || !pairing.endpoint) {
            drift.push({ target: r.target, endpoint: null, aspect: 'unpaired', severity: 'warning', message: `${r.target}: not compared (${pairing.reason})`, observed: null, expected: null });
            return;
        }
        const front = driftOf(r, endpoint, pairing.endpoint);
        // postscreen: a client it allowlists (or that passed its tests) talks to the smtpd pass service, the others
        // get postscreen's own STARTTLS via tlsproxy when after-220 tests are on (reference §5.3). The probe cannot
        // tell which it was, so the observation drifts only when it matches neither.
        const passName = endpoint.postscreen?.passService;
        const model = models.find((m) => m.endpoints.includes(endpoint));
        const pass = passName ? model?.endpoints.find((e) => e.type === 'pass' && e.service === passName) : undefined;
        if (front.length > 0 && pass && model) {
            const passRef = refOf(model, pass);
            const behind = driftOf(r, pass, passRef);
            if (behind.length < front.length) {
                pairing.endpoint = passRef;
                pairing.reason = `answered like the ${passName} pass service behind postscreen ${endpoint.service} (the probing client is allowlisted or passed)`;
                drift.push(...behind);
                return;
            }
        }
        drift.push(...front);
    });
    return { path: configPath, pairings: paired.map((p) => p.pairing), drift };
}

// EXTERNAL MODULE: ./src/model/index.ts
var model = __webpack_require__(4365);
// EXTERNAL MODULE: ./src/scan.ts
var src_scan = __webpack_require__(4798);
// EXTERNAL MODULE: ./src/cli/root-argument.ts + 1 modules
var root_argument = __webpack_require__(3546);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
var external_node_net_default = /*#__PURE__*/__webpack_require__.n(external_node_net_);
// EXTERNAL MODULE: ./src/tls/ciphers/classify.ts
var classify = __webpack_require__(7278);
// EXTERNAL MODULE: ./src/tls/protocols.ts
var protocols = __webpack_require__(9320);
// EXTERNAL MODULE: ./src/policy/probe-rules.ts
var probe_rules = __webpack_require__(7382);
;// CONCATENATED MODULE: ./src/probe/rules.ts
/** The probe's rule metadata lives with the policy (policy files may override these ids too). */


;// CONCATENATED MODULE: ./src/probe/judge.ts
/**
 * The policy judges live observations (issue 7 §3): the same Policy, RolePolicy and rule ids as the config scan,
 * applied to what a server was seen to do. Findings carry the target ("host:port") instead of a file position.
 * What could not be observed is reported as untested (probe-untested / probe-failed), never as a pass.
 */








/** Role policy for a target: its role's policy, then the policy's `services` entries for "host:port" or the port. */
function rolePolicyForTarget(policy, r, explicit) {
    let role = explicit ?? probe_target/* POLICY_ROLE_OF */.In[r.role];
    let rp = policy.roles[role];
    for (const k of [...new Set([String(r.port), `${r.host}:${r.port}`, r.target])]) {
        const o = policy.services[k];
        if (!o)
            continue;
        const { role: overrideRole, ...rest } = o;
        if (overrideRole && !explicit) {
            role = overrideRole;
            rp = policy.roles[overrideRole];
        }
        rp = { ...rp, ...rest };
    }
    return { role, rp };
}
const SUITE_BY_NAME = new Map(ciphers/* CIPHER_SUITES */.eD.map((s) => [s.name, s]));
const below = (p, floor) => protocols/* TLS_PROTOCOLS */.AL.indexOf(p) < protocols/* TLS_PROTOCOLS */.AL.indexOf(floor);
/** The probe's group names and the OpenSSL names a profile may use for them. */
const GROUP_ALIASES = { 'P-256': ['P-256', 'secp256r1', 'prime256v1'], 'P-384': ['P-384', 'secp384r1'], 'P-521': ['P-521', 'secp521r1'] };
const WEAK_SIGNATURE = /^(md5|sha1|dsa-with-SHA1|ecdsa-with-SHA1)/i;
const list = (xs, n = 6) => xs.slice(0, n).join(', ') + (xs.length > n ? `, ... (${xs.length} in all)` : '');
/** RFC 6125 §6.4: exact (case-insensitive) or a wildcard for the whole left-most label. */
function certificateNames(names, host) {
    const h = host.toLowerCase().replace(/\.$/, '');
    return names.some((n) => {
        const name = n.toLowerCase().replace(/\.$/, '');
        if (name === h)
            return true;
        if (!name.startsWith('*.'))
            return false;
        const dot = h.indexOf('.');
        return dot > 0 && h.slice(dot + 1) === name.slice(2) && name.slice(2).includes('.');
    });
}
function judgeProbe(results, policy, options = {}, compare) {
    const findings = [];
    const now = options.now ?? Date.now();
    const warnDays = options.expiryWarningDays ?? 30;
    for (const r of results) {
        const { role, rp } = rolePolicyForTarget(policy, r, options.roles?.get(r.target));
        const seen = new Set();
        const report = (ruleId, subject, message, severity) => {
            const level = policy.rules[ruleId]?.level;
            if (level === 'off')
                return;
            const fingerprint = (0,external_node_crypto_.createHash)('sha256').update(['probe', ruleId, r.target, subject].join('\u0000')).digest('hex').slice(0, 16);
            if (seen.has(fingerprint))
                return;
            seen.add(fingerprint);
            findings.push({
                ruleId, severity: level ?? severity ?? (0,probe_rules/* probeRule */.JR)(ruleId).defaultSeverity, message,
                file: '', line: 0, column: 0, endLine: 0, endColumn: 0, configSet: '', service: null, role, fingerprint, target: r.target,
            });
        };
        const who = `${r.target} (${role})`;
        const profile = policy.profile.id;
        // Nothing observed: judge nothing, say so.
        // (An implicit-TLS port that refuses every handshake counts as unreachable in the result, but it did answer.)
        const observedNothing = r.handshakeRefused === null && (!r.reachable || (r.starttlsAdvertised === null && !r.starttls && r.tlsRequired === null));
        if (observedNothing) {
            report('probe-failed', 'unreachable', `${who} could not be probed: ${r.errors.map((e) => e.message).join('; ') || 'no answer'}. Nothing about it was judged.`);
            continue;
        }
        const tlsUsable = r.starttls;
        const noTls = !tlsUsable;
        const untested = [];
        const untestedByError = [];
        // TLS offered at all.
        if ((rp.tlsOffered || rp.tls === 'required') && noTls) {
            const cause = r.starttlsAdvertised === false
                ? 'does not advertise STARTTLS'
                : r.errors.some((e) => e.kind === 'starttls-refused')
                    ? `advertises STARTTLS but refuses it (${r.errors.find((e) => e.kind === 'starttls-refused').message})`
                    : r.handshakeRefused !== null
                        ? `refuses every TLS handshake this client can offer (${r.handshakeRefused})`
                        : `completed no TLS handshake (${r.errors.map((e) => e.message).join('; ') || 'no reason given'})`;
            report('tls-not-available', 'tls', `${who} ${cause}; the policy (${profile}) expects TLS here.`);
        }
        // TLS required / must not be required; AUTH before TLS.
        if (rp.tls === 'required' && r.tlsRequired === false) {
            report('submission-tls-not-required', 'tls-required', `${who} accepts MAIL FROM before TLS${r.authBeforeTls ? ' and offers AUTH in plaintext' : ''}: clients may submit mail in plaintext. The policy (${profile}) requires TLS here (RFC 8314).`);
        }
        // Implicit TLS has no plaintext phase: nothing to ask there.
        if (rp.tls === 'required' && r.tlsRequired === null && r.mode !== 'implicit')
            untestedByError.push('whether TLS is required (MAIL FROM before TLS was not answered)');
        if (rp.tls === 'must-not-require' && r.tlsRequired === true) {
            report('mx-requires-tls', 'tls-required', `${who} requires TLS${r.implicit ? ' (implicit TLS)' : ' (MAIL FROM before STARTTLS answered 530)'}: senders that cannot do TLS are refused instead of delivering in plaintext (RFC 3207 §4).`);
        }
        if (rp.authOnlyAfterTls && r.authBeforeTls) {
            report('auth-before-tls', 'auth', `${who} offers SASL AUTH before STARTTLS: passwords can be sent in cleartext.`);
        }
        // Protocol versions: only what was accepted counts; what was not tested is said.
        const maybeTls = tlsUsable || r.handshakeRefused !== null;
        // STARTTLS was there (or implicit TLS was tried) but the handshake ended in an error, not a refusal.
        if (!maybeTls && (r.starttlsAdvertised === true || r.mode === 'implicit') && !r.errors.some((e) => e.kind === 'starttls-refused')) {
            untestedByError.push('TLS itself (protocol versions, suites, groups, certificate)');
        }
        if (maybeTls) {
            for (const p of protocols/* TLS_PROTOCOLS */.AL) {
                const machine = r.protocolsNotTestable.find((u) => u.what === p);
                const known = r.protocols.includes(p) || r.protocolsRefused.includes(p);
                const matters = (rp.minProtocol !== null && below(p, rp.minProtocol)) || p === rp.maxProtocol;
                if (!known && matters)
                    (machine ? untested : untestedByError).push(machine ? `${p} (${machine.reason})` : p);
            }
            if (rp.minProtocol) {
                const low = r.protocols.filter((p) => below(p, rp.minProtocol));
                if (low.length)
                    report('protocol-floor', 'protocols', `${who} accepts ${low.join(', ')}: the policy (${profile}) needs ${rp.minProtocol} or newer.`);
            }
            if (rp.maxProtocol && tlsUsable && r.protocols.length > 0 && r.protocolsRefused.includes(rp.maxProtocol)) {
                report('protocol-ceiling', 'protocols-max', `${who} refuses ${rp.maxProtocol}: it accepts only ${r.protocols.join(', ')}.`);
            }
        }
        // Suites: TLS 1.2 suites as probed; TLS 1.0/1.1-only servers' suites were not probed.
        if (tlsUsable) {
            const forbidden = new Set(rp.forbiddenCipherClasses);
            const judgeSuites = forbidden.size > 0 || rp.allowedCiphers !== undefined;
            const bad = [];
            const classes = new Set();
            if (judgeSuites && r.protocols.some((p) => p !== 'TLSv1.3')) {
                if (r.tls12Ciphers === null) {
                    (r.protocols.includes('TLSv1.2') && r.errors.length > 0 ? untestedByError : untested).push(r.protocols.includes('TLSv1.2') ? 'TLS 1.2 suites (not probed)' : `suites of ${r.protocols.filter((p) => p !== 'TLSv1.3').join(', ')} (only TLS 1.2 suites are probed)`);
                }
                else {
                    for (const name of r.tls12Ciphers) {
                        const suite = SUITE_BY_NAME.get(name);
                        if (!suite)
                            continue;
                        const c = (0,classify/* classifySuite */.$9)(suite);
                        const hit = [...forbidden].filter((k) => c[k]);
                        const notAllowed = rp.allowedCiphers !== undefined && !rp.allowedCiphers.includes(name);
                        if (hit.length || notAllowed) {
                            bad.push(name);
                            for (const h of hit)
                                classes.add(h);
                            if (!hit.length)
                                classes.add('not in the allowed list');
                        }
                    }
                    if (!r.protocols.includes('TLSv1.2'))
                        untested.push('suites of TLS 1.0/1.1');
                }
            }
            if (rp.allowedTls13Ciphersuites && r.protocols.includes('TLSv1.3')) {
                if (r.tls13Ciphers === null)
                    (r.errors.length ? untestedByError : untested).push('TLS 1.3 suites (not probed)');
                else
                    for (const s of r.tls13Ciphers)
                        if (!rp.allowedTls13Ciphersuites.includes(s)) {
                            bad.push(s);
                            classes.add('TLS 1.3 suite not in the allowed list');
                        }
            }
            if (bad.length) {
                report('weak-cipher-suites', [...classes].sort().join(','), `${who} accepts suites the policy (${profile}) forbids [${[...classes].join(', ')}]: ${list(bad)}.`, rp.tls === 'required' ? 'error' : undefined);
            }
        }
        // Key exchange: only where the profile says something (its live demands).
        const live = policy.profile.live;
        if (tlsUsable && live) {
            const strict = rp.tls === 'required' ? 'error' : undefined;
            if (live.groups) {
                const allowed = new Set(live.groups.map((g) => g.toLowerCase()));
                if (r.groups === null)
                    (r.errors.length ? untestedByError : untested).push('key-exchange groups (not probed)');
                else {
                    const extra = r.groups.filter((g) => !(GROUP_ALIASES[g] ?? [g]).some((a) => allowed.has(a.toLowerCase())));
                    if (extra.length)
                        report('key-exchange', 'groups', `${who} accepts key-exchange groups the policy (${profile}) does not list: ${extra.join(', ')}.`, strict);
                }
            }
            const dhe = (r.tls12Ciphers ?? []).some((n) => SUITE_BY_NAME.get(n)?.kx === 'DH');
            if (live.minDhBits !== undefined && dhe) {
                if (r.dhBits === null)
                    untested.push('the DH group size of the accepted DHE suites');
                else if (r.dhBits < live.minDhBits)
                    report('key-exchange', 'dh', `${who} accepts DHE suites with a ${r.dhBits}-bit DH group; the policy (${profile}) needs ${live.minDhBits} bits.`, strict);
            }
        }
        // Certificate.
        const c = r.certificate;
        if (c) {
            const strict = rp.tls === 'required' ? 'error' : undefined;
            const days = Math.floor((Date.parse(c.notAfter) - now) / 86_400_000);
            if (Date.parse(c.notAfter) < now)
                report('certificate-expiry', 'expired', `${who}: the certificate expired on ${c.notAfter.slice(0, 10)} (${-days} days ago).`, 'error');
            else if (days < warnDays)
                report('certificate-expiry', 'expiring', `${who}: the certificate expires on ${c.notAfter.slice(0, 10)}, in ${days} days (warning window ${warnDays} days).`);
            const minBits = c.keyType === 'EC' ? 256 : /^(RSA|RSA-PSS|DSA|DH)$/.test(c.keyType) ? (policy.profile.live?.minRsaBits ?? 2048) : 0;
            if (c.keyBits !== null && c.keyBits < minBits)
                report('certificate-weak-key', 'key', `${who}: the certificate has a ${c.keyType} ${c.keyBits}-bit key; at least ${minBits} bits are needed.`, strict);
            const weakSigned = r.chain.filter((x) => !x.selfSigned && WEAK_SIGNATURE.test(x.signatureAlgorithm));
            if (weakSigned.length)
                report('certificate-weak-signature', 'signature', `${who}: ${weakSigned.map((x) => `"${x.subject}" is signed with ${x.signatureAlgorithm}`).join('; ')}.`, strict);
            if (rp.certificateRequired && external_node_net_default().isIP(r.host) === 0 && !certificateNames(c.names, r.host)) {
                report('certificate-name-mismatch', 'name', `${who}: the certificate names ${c.names.length ? c.names.join(', ') : 'no host'}, not ${r.host}.`, strict);
            }
        }
        // Untested: a machine limit is a notice; an aspect lost to a probe error is a warning.
        if (untested.length)
            report('probe-untested', 'untested', `${who}: not tested here: ${untested.join('; ')}. Untested is not a pass.`);
        if (untestedByError.length) {
            report('probe-untested', 'untested-error', `${who}: left untested by probe errors: ${untestedByError.join('; ')} (${r.errors.map((e) => e.message).join('; ') || 'no error recorded'}). Untested is not a pass.`, 'warning');
        }
    }
    if (compare)
        findings.push(...driftFindings(compare, policy, results, options));
    const order = new Map(probe_rules/* PROBE_RULES */.$J.map((rule, i) => [rule.id, i]));
    const targets = results.map((r) => r.target);
    return findings.sort((a, b) => targets.indexOf(a.target ?? '') - targets.indexOf(b.target ?? '') || (order.get(a.ruleId) ?? 99) - (order.get(b.ruleId) ?? 99));
}
/** --compare drift as findings of rule config-drift (same report, same --fail-on). */
function driftFindings(compare, policy, results, options = {}) {
    const level = policy.rules['config-drift']?.level;
    if (level === 'off')
        return [];
    return compare.drift.map((d) => {
        const r = results.find((x) => x.target === d.target);
        const role = r ? rolePolicyForTarget(policy, r, options.roles?.get(r.target)).role : null;
        const subject = `${d.aspect}|${d.subject ?? ''}`;
        return {
            ruleId: 'config-drift',
            severity: level ?? d.severity,
            message: d.message,
            file: '', line: 0, column: 0, endLine: 0, endColumn: 0,
            configSet: d.endpoint?.configSet ?? '',
            service: d.endpoint ? `${d.endpoint.service}/${d.endpoint.type}` : null,
            role,
            fingerprint: (0,external_node_crypto_.createHash)('sha256').update(['probe', 'config-drift', d.target, subject].join('\u0000')).digest('hex').slice(0, 16),
            target: d.target,
        };
    });
}

;// CONCATENATED MODULE: ./src/probe/limiter.ts
/** A counting semaphore: never more than `limit` tasks at once; records the highest concurrency seen. */
class Limiter {
    limit;
    active = 0;
    queue = [];
    maxSeen = 0;
    started = 0;
    constructor(limit) {
        this.limit = limit;
        if (!Number.isInteger(limit) || limit < 1)
            throw new RangeError(`concurrency must be a positive integer, got ${limit}`);
    }
    async run(task) {
        if (this.active >= this.limit)
            await new Promise((resolve) => this.queue.push(resolve));
        this.active++;
        this.started++;
        this.maxSeen = Math.max(this.maxSeen, this.active);
        try {
            return await task();
        }
        finally {
            this.active--;
            this.queue.shift()?.();
        }
    }
    map(items, fn) {
        return Promise.all(items.map((item) => this.run(() => fn(item))));
    }
}

// EXTERNAL MODULE: external "node:dns/promises"
var promises_ = __webpack_require__(1553);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
var external_node_tls_default = /*#__PURE__*/__webpack_require__.n(external_node_tls_);
;// CONCATENATED MODULE: ./src/probe/capabilities.ts
/**
 * What this machine's TLS library (Node's OpenSSL) can offer as a client: which protocol versions, which TLS
 * 1.2 suites of the cipher table, which TLS 1.3 suites and groups. What it cannot offer cannot be tested.
 */


const PROBE_PROTOCOLS = ['SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];
/** Offer everything the client has at security level 0, so only the server decides. */
const BROAD_CIPHERS = 'ALL:COMPLEMENTOFALL:@SECLEVEL=0';
const PROBE_GROUPS = ['X25519', 'P-256', 'P-384', 'P-521', 'X448', 'ffdhe2048', 'ffdhe3072', 'ffdhe4096'];
function contextError(options) {
    try {
        external_node_tls_default().createSecureContext(options);
        return null;
    }
    catch (e) {
        return e.message;
    }
}
let cached;
function clientCapabilities() {
    if (cached)
        return cached;
    const protocols = [];
    const untestableProtocols = [];
    for (const p of PROBE_PROTOCOLS) {
        // Node refuses SSLv3 outright (no SSLv3_method): minVersion has no 'SSLv3' value.
        const error = p === 'SSLv3'
            ? (contextError({ secureProtocol: 'SSLv3_method' }) ?? null)
            : contextError({ minVersion: p, maxVersion: p, ciphers: BROAD_CIPHERS });
        if (error)
            untestableProtocols.push({ what: p, reason: `Node ${process.version} with OpenSSL ${process.versions.openssl}: ${error}` });
        else
            protocols.push(p);
    }
    const tls12Candidates = [];
    const untestableSuites = [];
    for (const s of ciphers/* CIPHER_SUITES */.eD) {
        if (/PSK|SRP/.test(s.kx)) {
            untestableSuites.push({ what: s.name, reason: 'PSK/SRP suites need credentials a probe does not have' });
            continue;
        }
        const error = contextError({ ciphers: `${s.name}:@SECLEVEL=0`, minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2' });
        if (error)
            untestableSuites.push({ what: s.name, reason: `not offered by this client's OpenSSL ${process.versions.openssl}${s.legacyProvider ? ' (legacy provider)' : ''}` });
        else
            tls12Candidates.push(s.name);
    }
    const tls13Candidates = ciphers/* TLS13_SUITES */.IA.map((s) => s.name).filter((n) => contextError({ ciphers: n, minVersion: 'TLSv1.3' }) === null);
    const groups = PROBE_GROUPS.filter((g) => contextError({ ecdhCurve: g }) === null);
    cached = { protocols, untestableProtocols, tls12Candidates, untestableSuites, tls13Candidates, groups, library: `OpenSSL ${process.versions.openssl}` };
    return cached;
}

;// CONCATENATED MODULE: ./src/probe/certificate.ts
/** Facts about the server's certificate chain, from the DER bytes it sent (node:crypto X509Certificate). */

const SIGNATURE_OIDS = {
    '1.2.840.113549.1.1.4': 'md5WithRSAEncryption',
    '1.2.840.113549.1.1.5': 'sha1WithRSAEncryption',
    '1.2.840.113549.1.1.10': 'rsassaPss',
    '1.2.840.113549.1.1.11': 'sha256WithRSAEncryption',
    '1.2.840.113549.1.1.12': 'sha384WithRSAEncryption',
    '1.2.840.113549.1.1.13': 'sha512WithRSAEncryption',
    '1.2.840.10045.4.1': 'ecdsa-with-SHA1',
    '1.2.840.10045.4.3.2': 'ecdsa-with-SHA256',
    '1.2.840.10045.4.3.3': 'ecdsa-with-SHA384',
    '1.2.840.10045.4.3.4': 'ecdsa-with-SHA512',
    '1.3.101.112': 'ED25519',
    '1.3.101.113': 'ED448',
    '1.2.840.10040.4.3': 'dsa-with-SHA1',
    '2.16.840.1.101.3.4.3.2': 'dsa-with-SHA256',
};
const CURVE_BITS = { prime256v1: 256, secp384r1: 384, secp521r1: 521, secp256k1: 256 };
/** One DER TLV header at `offset`: tag, content start and length. */
function tlv(der, offset) {
    if (offset + 2 > der.length)
        return null;
    const tag = der[offset];
    let len = der[offset + 1];
    let start = offset + 2;
    if (len & 0x80) {
        const n = len & 0x7f;
        if (n === 0 || n > 4 || start + n > der.length)
            return null;
        len = 0;
        for (let i = 0; i < n; i++)
            len = len * 256 + der[start + i];
        start += n;
    }
    if (start + len > der.length)
        return null;
    return { tag, start, length: len };
}
function decodeOid(bytes) {
    const first = bytes[0];
    const parts = [Math.floor(first / 40), first % 40];
    let value = 0;
    for (let i = 1; i < bytes.length; i++) {
        const b = bytes[i];
        value = value * 128 + (b & 0x7f);
        if ((b & 0x80) === 0) {
            parts.push(value);
            value = 0;
        }
    }
    return parts.join('.');
}
/** Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm AlgorithmIdentifier, signature } (RFC 5280 §4.1). */
function signatureAlgorithmOf(der) {
    const outer = tlv(der, 0);
    if (!outer || outer.tag !== 0x30)
        return 'unknown';
    const tbs = tlv(der, outer.start);
    if (!tbs)
        return 'unknown';
    const alg = tlv(der, tbs.start + tbs.length);
    if (!alg || alg.tag !== 0x30)
        return 'unknown';
    const oid = tlv(der, alg.start);
    if (!oid || oid.tag !== 0x06)
        return 'unknown';
    const dotted = decodeOid(der.subarray(oid.start, oid.start + oid.length));
    return SIGNATURE_OIDS[dotted] ?? dotted;
}
function certificateFacts(der, now = Date.now()) {
    let cert;
    try {
        cert = new external_node_crypto_.X509Certificate(der);
    }
    catch {
        return null;
    }
    const key = cert.publicKey;
    const details = key.asymmetricKeyDetails ?? {};
    const curve = details.namedCurve ?? null;
    const keyBits = details.modulusLength ?? (curve ? (CURVE_BITS[curve] ?? null) : key.asymmetricKeyType === 'ed25519' ? 256 : key.asymmetricKeyType === 'ed448' ? 456 : null);
    const dns = (cert.subjectAltName ?? '')
        .split(/,\s*/)
        .filter((x) => x.startsWith('DNS:'))
        .map((x) => x.slice(4));
    const cn = /(?:^|\n)CN=([^\n]*)/.exec(cert.subject)?.[1];
    const notAfter = new Date(cert.validTo);
    return {
        subject: cert.subject.replace(/\n/g, ', '),
        issuer: cert.issuer.replace(/\n/g, ', '),
        names: dns.length > 0 ? dns : cn ? [cn] : [],
        keyType: (key.asymmetricKeyType ?? 'unknown').toUpperCase(),
        keyBits,
        curve,
        signatureAlgorithm: signatureAlgorithmOf(der),
        notBefore: new Date(cert.validFrom).toISOString(),
        notAfter: notAfter.toISOString(),
        daysToExpiry: Math.floor((notAfter.getTime() - now) / 86_400_000),
        selfSigned: cert.subject === cert.issuer && cert.checkIssued(cert),
        sha256: cert.fingerprint256,
    };
}

;// CONCATENATED MODULE: ./src/probe/smtp-reader.ts
/** A reply longer than this (bytes) is garbage, not SMTP. */
const MAX_BUFFER = 64 * 1024;
class SmtpReader {
    buffer = '';
    closedError;
    waiter;
    socket;
    constructor(socket) {
        this.socket = socket;
        socket.setEncoding('latin1');
        socket.on('data', this.onData);
        socket.on('end', this.onEnd);
        socket.on('close', this.onEnd);
        socket.on('error', this.onError);
    }
    onData = (chunk) => {
        this.buffer += chunk;
        this.waiter?.();
    };
    onEnd = () => {
        if (this.closedError === undefined)
            this.closedError = null;
        this.waiter?.();
    };
    onError = (e) => {
        this.closedError = describeSocketError(e);
        this.waiter?.();
    };
    /** One (possibly multi-line) reply, within `timeoutMs`. */
    async read(timeoutMs) {
        const until = Date.now() + timeoutMs;
        for (;;) {
            const parsed = this.take();
            if (parsed)
                return parsed;
            if (this.closedError !== undefined)
                return { kind: 'closed', partial: this.buffer, error: this.closedError };
            const left = until - Date.now();
            if (left <= 0)
                return { kind: 'timeout', partial: this.buffer };
            await new Promise((resolve) => {
                const t = setTimeout(resolve, left);
                this.waiter = () => {
                    clearTimeout(t);
                    resolve();
                };
            });
            this.waiter = undefined;
        }
    }
    take() {
        if (this.buffer.length > MAX_BUFFER)
            return { kind: 'garbage', text: this.buffer.slice(0, 80) };
        const lines = [];
        let offset = 0;
        for (;;) {
            const nl = this.buffer.indexOf('\n', offset);
            if (nl < 0) {
                // A first line that cannot become a reply code is garbage already.
                const head = this.buffer.slice(offset, offset + 4);
                if (head.length >= 4 && !/^\d{3}[ -]/.test(head))
                    return { kind: 'garbage', text: this.buffer.slice(offset, offset + 80) };
                return null;
            }
            const line = this.buffer.slice(offset, nl).replace(/\r$/, '');
            if (!/^\d{3}([ -]|$)/.test(line))
                return { kind: 'garbage', text: line.slice(0, 80) };
            offset = nl + 1;
            lines.push(line);
            if (line[3] !== '-') {
                this.buffer = this.buffer.slice(offset);
                return { kind: 'reply', reply: { code: Number(line.slice(0, 3)), lines } };
            }
        }
    }
    send(line) {
        if (this.closedError === undefined)
            this.socket.write(`${line}\r\n`);
    }
    /** Stop reading: the socket is handed to node:tls. */
    detach() {
        this.socket.removeListener('data', this.onData);
        this.socket.removeListener('end', this.onEnd);
        this.socket.removeListener('close', this.onEnd);
        this.socket.removeListener('error', this.onError);
    }
}
/** A readable message for a socket error (errno code first). */
function describeSocketError(e) {
    const code = e.code;
    switch (code) {
        case 'ECONNREFUSED':
            return 'connection refused';
        case 'ECONNRESET':
            return 'connection reset by peer';
        case 'EHOSTUNREACH':
            return 'host unreachable';
        case 'ENETUNREACH':
            return 'network unreachable';
        case 'ENOTFOUND':
        case 'EAI_AGAIN':
            return `host name not resolved (${code})`;
        case 'EPIPE':
            return 'connection closed by peer while sending';
        default:
            return code ? `${code}: ${e.message}` : e.message;
    }
}
/** Printable form of untrusted server text (control characters escaped, length bounded). */
function printable(text, max = 80) {
    const cut = text.length > max ? `${text.slice(0, max)}...` : text;
    return cut.replace(/[\x00-\x1f\x7f-\x9f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

;// CONCATENATED MODULE: ./src/probe/session.ts
/**
 * One connection to a target: TCP connect, the SMTP/LMTP greeting and EHLO/LHLO, STARTTLS, and the TLS
 * handshake with the given client settings. Every stage is bounded by its own timeout and by the probe's total
 * deadline; the socket is always destroyed before the promise settles.
 */



const fail = (kind, stage, message) => ({ kind, stage, message });
function bounded(plan, ms) {
    return Math.max(0, Math.min(ms, plan.deadline - Date.now()));
}
function connectTcp(plan) {
    const ms = bounded(plan, plan.timeouts.connectMs);
    if (ms <= 0)
        return Promise.resolve({ failure: fail('deadline', 'connect', 'total deadline reached before connecting') });
    return new Promise((resolve) => {
        const socket = external_node_net_default().connect({ host: plan.address, port: plan.port });
        const timer = setTimeout(() => {
            socket.destroy();
            const byDeadline = ms < plan.timeouts.connectMs;
            resolve({ failure: byDeadline ? fail('deadline', 'connect', 'total deadline reached while connecting') : fail('connect-timeout', 'connect', `TCP connect timed out after ${ms} ms`) });
        }, ms);
        socket.once('connect', () => {
            clearTimeout(timer);
            socket.removeAllListeners('error');
            resolve({ socket });
        });
        socket.once('error', (e) => {
            clearTimeout(timer);
            socket.destroy();
            const message = describeSocketError(e);
            const code = e.code;
            resolve({ failure: fail(code === 'ECONNREFUSED' ? 'refused' : code === 'ECONNRESET' ? 'reset' : 'connect-error', 'connect', message) });
        });
    });
}
function readFailure(outcome, stage, what, ms, byDeadline) {
    switch (outcome.kind) {
        case 'timeout':
            if (byDeadline)
                return fail('deadline', stage, `total deadline reached waiting for ${what}`);
            return outcome.partial.length > 0
                ? fail('garbage', stage, `incomplete reply (${what}) within ${ms} ms: "${printable(outcome.partial)}"`)
                : fail(stage === 'banner' ? 'silent' : 'closed', stage, stage === 'banner' ? `no SMTP banner within ${ms} ms (silent or slow server)` : `no reply to ${what} within ${ms} ms`);
        case 'closed':
            if (outcome.error === 'connection reset by peer')
                return fail('reset', stage, `connection reset by peer waiting for ${what}`);
            return fail('closed', stage, `connection closed waiting for ${what}${outcome.error ? ` (${outcome.error})` : ''}${outcome.partial ? `: "${printable(outcome.partial)}"` : ''}`);
        case 'garbage':
            return fail('garbage', stage, `not an SMTP reply (${what}): "${printable(outcome.text)}"`);
    }
}
async function readReply(reader, plan, stage, what) {
    const ms = bounded(plan, plan.timeouts.readMs);
    const outcome = await reader.read(ms);
    if (outcome.kind === 'reply')
        return outcome.reply;
    return readFailure(outcome, stage, what, ms, ms < plan.timeouts.readMs);
}
const isFailure = (x) => 'kind' in x;
function keywordsOf(reply) {
    return reply.lines.slice(1).map((l) => l.slice(4).trim());
}
function handshake(plan, socket) {
    const ms = bounded(plan, plan.timeouts.handshakeMs);
    const servername = external_node_net_default().isIP(plan.host) === 0 ? plan.host : undefined;
    const secure = external_node_tls_default().connect({ ...plan.tlsOptions, socket, rejectUnauthorized: false, ...(servername ? { servername } : {}) });
    return new Promise((resolve) => {
        let settled = false;
        const done = (r) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            resolve(r);
        };
        const timer = setTimeout(() => {
            done({
                secure,
                failure: ms < plan.timeouts.handshakeMs
                    ? fail('deadline', 'handshake', 'total deadline reached during the TLS handshake')
                    : fail('tls-stall', 'handshake', `TLS handshake stalled: not completed within ${ms} ms`),
            });
        }, ms);
        secure.once('secureConnect', () => done({ secure }));
        secure.once('error', (e) => {
            const code = e.code;
            const kind = code === 'ECONNRESET' ? 'reset' : 'tls-refused';
            done({ secure, failure: fail(kind, 'handshake', kind === 'reset' ? 'connection reset during the TLS handshake' : `TLS handshake failed: ${e.message.replace(/^error:[0-9A-F]+:SSL routines::/, '')}`) });
        });
        secure.once('close', () => done({ secure, failure: fail('tls-refused', 'handshake', 'connection closed during the TLS handshake') }));
    });
}
function chainOf(secure) {
    const chain = [];
    let cert = secure.getPeerCertificate(true);
    const seen = new Set();
    while (cert && cert.raw && !seen.has(cert.fingerprint256) && chain.length < 10) {
        seen.add(cert.fingerprint256);
        chain.push(cert.raw);
        cert = cert.issuerCertificate;
    }
    return chain;
}
function tlsFacts(secure) {
    const key = secure.getEphemeralKeyInfo();
    const group = key && key.type ? (key.name ?? (key.type === 'DH' && key.size ? `ffdhe${key.size}` : key.type)) : null;
    return { protocol: secure.getProtocol(), cipher: secure.getCipher()?.name ?? null, group, chain: chainOf(secure) };
}
/** Run one session; never throws, never leaves a socket open. */
async function runSession(plan) {
    const result = { failure: null, banner: null, keywords: null, mailFromBeforeTls: null, starttlsReply: null, tls: null, keywordsAfterTls: null };
    const connected = await connectTcp(plan);
    if ('failure' in connected)
        return { ...result, failure: connected.failure };
    const socket = connected.socket;
    let secure;
    try {
        const hello = plan.mode === 'lmtp' ? 'LHLO' : 'EHLO';
        if (plan.mode === 'implicit') {
            const hs = await handshake(plan, socket);
            secure = hs.secure;
            if ('failure' in hs)
                return { ...result, failure: hs.failure };
            result.tls = tlsFacts(hs.secure);
            if (!plan.dialogue)
                return result;
            const reader = new SmtpReader(hs.secure);
            const banner = await readReply(reader, plan, 'banner', 'the banner inside TLS');
            if (isFailure(banner))
                return { ...result, failure: banner };
            result.banner = banner.lines;
            if (banner.code !== 220)
                return { ...result, failure: fail('rejected', 'banner', `banner is not 220: "${printable(banner.lines[0] ?? '')}"`) };
            reader.send(`${hello} ${plan.heloName}`);
            const ehlo = await readReply(reader, plan, 'after-tls', hello);
            if (isFailure(ehlo))
                return { ...result, failure: ehlo };
            result.keywords = ehlo.code === 250 ? keywordsOf(ehlo) : [];
            reader.send('QUIT');
            return result;
        }
        const reader = new SmtpReader(socket);
        const banner = await readReply(reader, plan, 'banner', 'the banner');
        if (isFailure(banner))
            return { ...result, failure: banner };
        result.banner = banner.lines;
        if (banner.code !== 220)
            return { ...result, failure: fail('rejected', 'banner', `banner is not 220: "${printable(banner.lines[0] ?? '')}"`) };
        reader.send(`${hello} ${plan.heloName}`);
        const ehlo = await readReply(reader, plan, 'ehlo', hello);
        if (isFailure(ehlo))
            return { ...result, failure: ehlo };
        if (ehlo.code !== 250)
            return { ...result, failure: fail('rejected', 'ehlo', `${hello} refused: "${printable(ehlo.lines[0] ?? '')}"`) };
        result.keywords = keywordsOf(ehlo);
        if (plan.dialogue) {
            reader.send('MAIL FROM:<>');
            const mail = await readReply(reader, plan, 'ehlo', 'MAIL FROM');
            if (isFailure(mail))
                return { ...result, failure: mail };
            result.mailFromBeforeTls = mail.code;
            reader.send('RSET');
            const rset = await readReply(reader, plan, 'ehlo', 'RSET');
            if (isFailure(rset))
                return { ...result, failure: rset };
        }
        if (!result.keywords.some((k) => /^STARTTLS$/i.test(k))) {
            reader.send('QUIT');
            return { ...result, failure: fail('no-starttls', 'starttls', `STARTTLS not advertised in the ${hello} reply`) };
        }
        reader.send('STARTTLS');
        const starttls = await readReply(reader, plan, 'starttls', 'STARTTLS');
        if (isFailure(starttls))
            return { ...result, failure: starttls };
        result.starttlsReply = starttls.code;
        if (starttls.code !== 220)
            return { ...result, failure: fail('starttls-refused', 'starttls', `STARTTLS answered "${printable(starttls.lines[0] ?? '')}"`) };
        reader.detach();
        const hs = await handshake(plan, socket);
        secure = hs.secure;
        if ('failure' in hs)
            return { ...result, failure: hs.failure };
        result.tls = tlsFacts(hs.secure);
        if (!plan.dialogue)
            return result;
        const inner = new SmtpReader(hs.secure);
        inner.send(`${hello} ${plan.heloName}`);
        const ehlo2 = await readReply(inner, plan, 'after-tls', `${hello} after STARTTLS`);
        if (isFailure(ehlo2))
            return { ...result, failure: ehlo2 };
        result.keywordsAfterTls = ehlo2.code === 250 ? keywordsOf(ehlo2) : [];
        inner.send('QUIT');
        return result;
    }
    finally {
        // The connection counts against the concurrency bound until the kernel socket is really closed.
        const closed = new Promise((resolve) => (socket.destroyed && socket.closed ? resolve() : socket.once('close', () => resolve())));
        secure?.destroy();
        socket.destroy();
        await closed;
    }
}

;// CONCATENATED MODULE: ./src/probe/probe.ts
/**
 * Probe one live SMTP/LMTP server (issue 7): greeting, STARTTLS, AUTH before TLS, each protocol version, the TLS
 * 1.2 suites (one handshake per candidate of the cipher table), the TLS 1.3 suites, key-exchange groups and the
 * certificate. Only the named host and port are contacted; never more than `concurrency` connections at once;
 * nothing runs past the deadline.
 */







const DEFAULT_TIMEOUTS = { connectMs: 5000, readMs: 10_000, handshakeMs: 10_000 };
const DEFAULT_DEADLINE_MS = 120_000;
const DEFAULT_CONCURRENCY = 8;
const GROUP_NAMES = { prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521' };
const groupName = (g) => (g ? (GROUP_NAMES[g] ?? g) : null);
/** Outcomes of a handshake-only probe that say "the server refuses this", not "we could not tell". */
const REFUSAL = new Set(['tls-refused', 'reset']);
async function probeTarget(options) {
    const started = Date.now();
    const timeouts = { ...DEFAULT_TIMEOUTS, ...options.timeouts };
    const deadline = Math.min(started + (options.deadlineMs ?? DEFAULT_DEADLINE_MS), options.deadlineAt ?? Infinity);
    const limiter = options.limiter ?? new Limiter(options.concurrency ?? DEFAULT_CONCURRENCY);
    const startedBefore = limiter.started;
    const caps = clientCapabilities();
    const requested = options.mode ?? 'auto';
    let mode = requested === 'auto' ? (0,probe_target/* modeFromPort */.Hd)(options.port) : requested;
    const errors = [];
    const addError = (f, what) => {
        const message = what ? `${what}: ${f.message}` : f.message;
        if (!errors.some((e) => e.kind === f.kind && e.stage === f.stage))
            errors.push({ stage: f.stage, kind: f.kind, message });
    };
    // Resolve a name once: every connection must reach the same server, and nothing else is contacted.
    let address = options.host;
    if (external_node_net_default().isIP(options.host) === 0) {
        const resolved = await resolveOnce(options.host, Math.min(timeouts.connectMs, Math.max(0, deadline - Date.now())));
        if ('error' in resolved)
            return unresolved(options, mode, resolved.error, started);
        address = resolved.address;
    }
    const plan = (tlsOptions, dialogue) => ({
        address,
        host: options.host, port: options.port, mode, timeouts, deadline, heloName: options.heloName ?? 'probe.postfix-tls-audit.invalid', tlsOptions, dialogue,
    });
    const broad = { minVersion: 'TLSv1', maxVersion: 'TLSv1.3', ciphers: BROAD_CIPHERS };
    let first = await limiter.run(() => runSession(plan(broad, true)));
    if (requested === 'auto' && mode !== 'implicit' && first.failure?.kind === 'silent') {
        // No plaintext banner: maybe wrapper mode on a port that does not say so.
        mode = 'implicit';
        const second = await limiter.run(() => runSession(plan(broad, true)));
        if (second.tls) {
            first = second;
            if (second.failure)
                addError(second.failure);
        }
        else {
            mode = (0,probe_target/* modeFromPort */.Hd)(options.port);
            addError(first.failure);
            addError(second.failure ?? first.failure, 'implicit TLS attempt');
        }
    }
    else if (first.failure && !(first.failure.stage === 'handshake' && REFUSAL.has(first.failure.kind))) {
        addError(first.failure);
    }
    const implicit = mode === 'implicit' && first.tls !== null;
    const roleInfo = options.role ? { role: options.role, reason: 'given' } : (0,probe_target/* roleFromPort */.qX)(options.port, implicit);
    const auth = (kw) => kw?.find((k) => /^AUTH[ =]/i.test(k)) ?? null;
    const result = {
        target: (0,probe_target/* targetName */.je)(options.host, options.port),
        host: options.host,
        port: options.port,
        mode,
        role: roleInfo.role,
        roleReason: roleInfo.reason,
        reachable: first.banner !== null || first.tls !== null,
        banner: first.banner?.[0] ?? null,
        starttlsAdvertised: mode === 'implicit' || first.keywords === null ? null : first.keywords.some((k) => /^STARTTLS$/i.test(k)),
        starttls: first.tls !== null,
        implicit,
        tlsRequired: implicit ? true : first.mailFromBeforeTls === null ? null : first.mailFromBeforeTls === 530,
        authBeforeTls: mode !== 'implicit' && auth(first.keywords) !== null,
        authAfterTls: implicit ? auth(first.keywords) : auth(first.keywordsAfterTls),
        protocols: [],
        protocolsRefused: [],
        protocolsNotTestable: caps.untestableProtocols,
        tls12Ciphers: null,
        tls12CandidateCount: caps.tls12Candidates.length,
        tls13Ciphers: null,
        group: groupName(first.tls?.group ?? null),
        groups: null,
        dhBits: null,
        negotiated: first.tls ? { protocol: first.tls.protocol, cipher: first.tls.cipher } : null,
        handshakeRefused: null,
        certificate: null,
        chain: [],
        errors,
        connections: 0,
        maxConcurrentConnections: 0,
        durationMs: 0,
    };
    const chain = (first.tls?.chain ?? []).map((der) => certificateFacts(der)).filter((c) => c !== null);
    result.chain = chain;
    result.certificate = chain[0] ?? null;
    // Going on only makes sense when a TLS handshake can start at all.
    const refusedHandshake = first.failure?.stage === 'handshake' && REFUSAL.has(first.failure.kind) ? first.failure.message : null;
    result.handshakeRefused = refusedHandshake;
    const canHandshake = first.tls !== null || refusedHandshake !== null;
    if (canHandshake) {
        const handshakeOnly = (o, what) => limiter.run(async () => {
            if (Date.now() >= deadline) {
                addError({ kind: 'deadline', stage: 'connect', message: 'total deadline reached; remaining probes skipped' });
                return null;
            }
            const r = await runSession(plan(o, false));
            if (r.failure && !(r.failure.stage === 'handshake' && REFUSAL.has(r.failure.kind))) {
                addError(r.failure, what);
                return null;
            }
            return r;
        });
        const testable = caps.protocols;
        const versionResults = await Promise.all(testable.map((v) => handshakeOnly({ minVersion: v, maxVersion: v, ciphers: BROAD_CIPHERS }, `${v} probe`)));
        testable.forEach((v, i) => {
            const r = versionResults[i];
            if (r === null || r === undefined)
                return;
            if (r.tls && r.tls.protocol === v)
                result.protocols.push(v);
            else
                result.protocolsRefused.push(v);
        });
        if (!options.quick) {
            const jobs = [];
            if (result.protocols.includes('TLSv1.2')) {
                jobs.push(Promise.all(caps.tls12Candidates.map((s) => handshakeOnly({ minVersion: 'TLSv1.2', maxVersion: 'TLSv1.2', ciphers: `${s}:@SECLEVEL=0` }, `TLS 1.2 suite ${s}`))).then((rs) => {
                    if (rs.some((r) => r === null))
                        return; // incomplete: say nothing rather than something wrong
                    result.tls12Ciphers = caps.tls12Candidates.filter((s, i) => rs[i]?.tls?.cipher === s);
                    const dh = rs.map((r) => /^ffdhe(\d+)$/.exec(r?.tls?.group ?? '')?.[1]).filter((b) => b !== undefined).map(Number);
                    result.dhBits = dh.length ? Math.min(...dh) : null;
                }));
            }
            if (result.protocols.includes('TLSv1.3')) {
                jobs.push(Promise.all(caps.tls13Candidates.map((s) => handshakeOnly({ minVersion: 'TLSv1.3', maxVersion: 'TLSv1.3', ciphers: s }, `TLS 1.3 suite ${s}`))).then((rs) => {
                    if (rs.some((r) => r === null))
                        return;
                    result.tls13Ciphers = caps.tls13Candidates.filter((s, i) => rs[i]?.tls?.cipher === s);
                }));
            }
            const best = result.protocols.includes('TLSv1.3') ? 'TLSv1.3' : result.protocols.includes('TLSv1.2') ? 'TLSv1.2' : null;
            if (best) {
                jobs.push(Promise.all(caps.groups.map((g) => handshakeOnly({ minVersion: best, maxVersion: best, ciphers: BROAD_CIPHERS, ecdhCurve: g }, `group ${g}`))).then((rs) => {
                    if (rs.some((r) => r === null))
                        return;
                    result.groups = caps.groups.filter((g, i) => groupName(rs[i]?.tls?.group ?? null) === g);
                }));
            }
            await Promise.all(jobs);
        }
    }
    result.connections = limiter.started - startedBefore;
    result.maxConcurrentConnections = limiter.maxSeen;
    result.durationMs = Date.now() - started;
    return result;
}
async function resolveOnce(host, ms) {
    let timer;
    const timeout = new Promise((resolve) => {
        timer = setTimeout(() => resolve({ error: `name lookup of ${host} timed out after ${ms} ms` }), ms);
    });
    try {
        return await Promise.race([
            (0,promises_.lookup)(host).then((r) => ({ address: r.address }), (e) => ({ error: `name lookup of ${host} failed (${e.code ?? e.message})` })),
            timeout,
        ]);
    }
    finally {
        clearTimeout(timer);
    }
}
function unresolved(options, mode, message, started) {
    const caps = clientCapabilities();
    const roleInfo = options.role ? { role: options.role, reason: 'given' } : (0,probe_target/* roleFromPort */.qX)(options.port, false);
    return {
        target: (0,probe_target/* targetName */.je)(options.host, options.port), host: options.host, port: options.port, mode, role: roleInfo.role, roleReason: roleInfo.reason,
        reachable: false, banner: null, starttlsAdvertised: null, starttls: false, implicit: false, tlsRequired: null, authBeforeTls: false, authAfterTls: null,
        protocols: [], protocolsRefused: [], protocolsNotTestable: caps.untestableProtocols, tls12Ciphers: null, tls12CandidateCount: caps.tls12Candidates.length,
        tls13Ciphers: null, group: null, groups: null, dhBits: null, negotiated: null, handshakeRefused: null, certificate: null, chain: [],
        errors: [{ stage: 'connect', kind: 'resolve', message }], connections: 0, maxConcurrentConnections: 0, durationMs: Date.now() - started,
    };
}

// EXTERNAL MODULE: ./src/policy/report.ts
var report = __webpack_require__(2742);
// EXTERNAL MODULE: ./src/report/findings-markdown.ts + 2 modules
var findings_markdown = __webpack_require__(7445);
// EXTERNAL MODULE: ./src/report/findings-text.ts
var findings_text = __webpack_require__(8188);
// EXTERNAL MODULE: ./src/report/sarif.ts + 1 modules
var sarif = __webpack_require__(4011);
;// CONCATENATED MODULE: ./src/report/probe-report.ts






const DOCS = 'https://github.com/postfix-tls-audit/postfix-tls-audit/blob/main/docs/rules';
const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
function formatProbeFindings(findings, policy, format) {
    return format === 'markdown' ? (0,findings_markdown/* findingsToMarkdown */.j_)(findings, policy, '') : (0,findings_text/* formatFindingsText */.$u)(findings, policy, new Map());
}
function probeFindingsToSarif(findings, policy, toolVersion) {
    const ids = probe_rules/* PROBE_RULES */.$J.map((r) => r.id);
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
                tool: {
                    driver: {
                        name: 'postfix-tls-audit', version: toolVersion, informationUri: 'https://github.com/postfix-tls-audit/postfix-tls-audit',
                        rules: probe_rules/* PROBE_RULES */.$J.map((r) => {
                            const o = policy.rules[r.id]?.level;
                            return {
                                id: r.id, name: r.id, shortDescription: { text: r.title }, fullDescription: { text: r.rationale },
                                help: { text: `${r.rationale}\n\nMore: ${DOCS}/${r.id}.md` }, helpUri: `${DOCS}/${r.id}.md`,
                                defaultConfiguration: { level: LEVEL[o !== undefined && o !== 'off' ? o : r.defaultSeverity] },
                                properties: { references: r.references },
                            };
                        }),
                    },
                },
                automationDetails: { id: 'postfix-tls-audit-probe/' },
                properties: { profile: policy.profile.id, profileVersion: policy.profile.version, policy: policy.origin },
                results: findings.map((f) => ({
                    ruleId: f.ruleId,
                    ruleIndex: ids.indexOf(f.ruleId),
                    level: LEVEL[f.severity],
                    message: { text: (0,sarif/* sarifText */.BC)(f.message) },
                    locations: [{ logicalLocations: [{ fullyQualifiedName: f.target ?? '', kind: 'resource' }] }],
                    partialFingerprints: { 'postfixTlsAudit/v1': f.fingerprint },
                })),
            }],
    };
}
function probeToJson(results, toolVersion, compare, findings, policy) {
    return {
        tool: { name: 'postfix-tls-audit', version: toolVersion },
        targets: results.map((r) => ({
            target: r.target,
            mode: r.mode,
            role: r.role,
            roleReason: r.roleReason,
            reachable: r.reachable,
            banner: r.banner === null ? null : printable(r.banner, 200),
            starttls: r.starttls,
            starttlsAdvertised: r.starttlsAdvertised,
            implicit: r.implicit,
            tlsRequired: r.tlsRequired,
            authBeforeTls: r.authBeforeTls,
            authAfterTls: r.authAfterTls === null ? null : printable(r.authAfterTls, 200),
            protocols: r.protocols,
            protocolsRefused: r.protocolsRefused,
            protocolsNotTestable: r.protocolsNotTestable,
            tls12Ciphers: r.tls12Ciphers,
            tls13Ciphers: r.tls13Ciphers,
            group: r.group,
            groups: r.groups,
            dhBits: r.dhBits,
            negotiated: r.negotiated,
            handshakeRefused: r.handshakeRefused,
            certificate: r.certificate,
            chain: r.chain,
            errors: r.errors,
            connections: r.connections,
            durationMs: r.durationMs,
        })),
        ...(compare ? { compare } : {}),
        ...(policy ? { policy: { profile: policy.profile.id, profileVersion: policy.profile.version, origin: policy.origin } } : {}),
        ...(findings ? { summary: (0,report/* countBySeverity */.O)(findings), findings: findings.map((f) => ({ ...f })) } : {}),
    };
}
const yesNo = (b) => (b === null ? 'unknown' : b ? 'yes' : 'no');
function formatProbeText(results, compare) {
    const out = [];
    for (const r of results) {
        out.push(`${r.target} (${r.role}: ${r.roleReason}; ${r.mode})`);
        if (r.banner !== null)
            out.push(`  banner: ${printable(r.banner)}`);
        if (!r.implicit)
            out.push(`  STARTTLS advertised: ${yesNo(r.starttlsAdvertised)}`);
        out.push(`  TLS handshake: ${r.starttls ? 'yes' : 'no'}${r.implicit ? ' (implicit TLS)' : ''}${r.handshakeRefused ? ` (refused even with every protocol and suite offered: ${r.handshakeRefused})` : ''}`);
        out.push(`  TLS required before MAIL: ${yesNo(r.tlsRequired)}`);
        out.push(`  AUTH before TLS: ${r.authBeforeTls ? 'yes' : 'no'}${r.authAfterTls ? `; inside TLS: ${printable(r.authAfterTls)}` : ''}`);
        if (r.starttls || r.protocols.length || r.protocolsRefused.length) {
            out.push(`  protocols accepted: ${r.protocols.join(' ') || 'none'}${r.protocolsRefused.length ? `; refused: ${r.protocolsRefused.join(' ')}` : ''}`);
        }
        for (const u of r.protocolsNotTestable)
            out.push(`  not testable here: ${u.what} (${u.reason})`);
        if (r.tls12Ciphers)
            out.push(`  TLS 1.2 suites (${r.tls12Ciphers.length} of ${r.tls12CandidateCount} offered): ${r.tls12Ciphers.join(' ') || 'none'}`);
        if (r.tls13Ciphers)
            out.push(`  TLS 1.3 suites: ${r.tls13Ciphers.join(' ') || 'none'}`);
        if (r.group)
            out.push(`  key exchange: ${r.group}${r.groups ? `; groups accepted: ${r.groups.join(' ') || 'none'}` : ''}${r.dhBits !== null ? `; DHE suites: ${r.dhBits}-bit DH group` : ''}`);
        const c = r.certificate;
        if (c) {
            out.push(`  certificate: ${printable(c.subject, 200)}, ${c.keyType} ${c.keyBits ?? '?'} bits${c.curve ? ` (${c.curve})` : ''}, ${c.signatureAlgorithm}, expires ${c.notAfter.slice(0, 10)} (${c.daysToExpiry} days)${c.selfSigned ? ', self-signed' : ''}`);
            out.push(`  names: ${c.names.map((n) => printable(n)).join(' ') || 'none'}`);
        }
        for (const e of r.errors)
            out.push(`  error (${e.stage}, ${e.kind}): ${e.message}`);
        out.push(`  ${r.connections} connections, ${(r.durationMs / 1000).toFixed(1)} s`);
        out.push('');
    }
    if (compare) {
        out.push(`Compared with ${compare.path}:`);
        for (const p of compare.pairings) {
            out.push(p.endpoint ? `  ${p.target} = ${p.endpoint.configSet}: ${p.endpoint.service}/${p.endpoint.type}${p.endpoint.line !== null ? ` (master.cf:${p.endpoint.line})` : ''}, paired by ${p.how}${p.reason ? ` (${p.reason})` : ''}` : `  ${p.target}: not paired (${p.reason})`);
        }
        if (compare.drift.length === 0)
            out.push('  no drift: every observation matches the config');
        for (const d of compare.drift)
            out.push(`  ${d.severity}: ${d.message}`);
        out.push('');
    }
    return out.join('\n');
}

// EXTERNAL MODULE: ./src/report/terminal-safe.ts
var terminal_safe = __webpack_require__(5688);
// EXTERNAL MODULE: ./src/cli/usage.ts
var usage = __webpack_require__(7485);
// EXTERNAL MODULE: ./src/postfix/defaults/versions.ts
var versions = __webpack_require__(6575);
;// CONCATENATED MODULE: ./src/cli/probe-command.ts
/** `postfix-tls-audit probe HOST:PORT... [options]`: argument handling, kept out of src/cli/run.ts. */
















const MODES = ['auto', 'starttls', 'implicit', 'lmtp'];
const FORMATS = ['text', 'json', 'sarif', 'markdown'];
const FAIL_ON = ['error', 'warning', 'notice', 'never'];
function positiveInt(name, value, fallback) {
    if (value === undefined)
        return fallback;
    if (!/^\d+$/.test(value) || Number(value) < 1)
        throw new Error(`${name} must be a positive integer, got "${value}"`);
    return Number(value);
}
async function runProbeCommand(args, cwd, toolVersion) {
    let values;
    let positionals;
    try {
        ({ values, positionals } = (0,external_node_util_.parseArgs)({
            args,
            allowPositionals: true,
            options: {
                format: { type: 'string', default: 'text' },
                compare: { type: 'string' },
                pair: { type: 'string', multiple: true },
                timeout: { type: 'string' },
                deadline: { type: 'string' },
                concurrency: { type: 'string' },
                mode: { type: 'string', default: 'auto' },
                role: { type: 'string' },
                quick: { type: 'boolean', default: false },
                'postfix-version': { type: 'string' },
                policy: { type: 'string' },
                profile: { type: 'string' },
                'fail-on': { type: 'string', default: 'error' },
            },
        }));
    }
    catch (error) {
        return probe_command_usage(error.message);
    }
    let targets, timeout, deadline, concurrency;
    const pairs = new Map();
    const format = values.format;
    const failOn = values['fail-on'];
    try {
        if (positionals.length === 0)
            throw new Error('probe needs at least one HOST:PORT');
        targets = positionals.map(probe_target/* parseTargetSpec */.Sf);
        if (!FORMATS.includes(format))
            throw new Error(`unknown --format "${format}" (${FORMATS.join(', ')})`);
        if (!FAIL_ON.includes(failOn))
            throw new Error(`unknown --fail-on "${failOn}" (${FAIL_ON.join(', ')})`);
        if (!MODES.includes(values.mode))
            throw new Error(`unknown --mode "${values.mode}" (${MODES.join(', ')})`);
        if (values.role !== undefined && !probe_target/* TARGET_ROLES */.sS.includes(values.role))
            throw new Error(`unknown --role "${values.role}" (${probe_target/* TARGET_ROLES */.sS.join(', ')})`);
        if (values.policy !== undefined && values.profile !== undefined)
            throw new Error('--policy and --profile exclude each other (a policy file names its profile)');
        // Checked before any connection: the version is only used after the probes (--compare's models).
        const postfixVersion = values['postfix-version'];
        if (postfixVersion !== undefined && !(0,versions/* isSupportedPostfixVersion */.KN)(postfixVersion)) {
            throw new Error((0,usage/* unsupportedVersionMessage */.x3)(postfixVersion));
        }
        if (postfixVersion !== undefined && values.compare === undefined)
            throw new Error('--postfix-version needs --compare PATH (it is the version of the config compared with)');
        timeout = positiveInt('--timeout', values.timeout, 10_000);
        deadline = positiveInt('--deadline', values.deadline, DEFAULT_DEADLINE_MS);
        concurrency = positiveInt('--concurrency', values.concurrency, DEFAULT_CONCURRENCY);
        for (const p of values.pair ?? []) {
            const { target, service } = parsePair(p);
            (0,probe_target/* parseTarget */.hu)(target);
            pairs.set(target, service);
        }
        if (pairs.size > 0 && values.compare === undefined)
            throw new Error('--pair needs --compare PATH');
    }
    catch (error) {
        return probe_command_usage(error.message);
    }
    const root = values.compare !== undefined ? external_node_path_default().resolve(cwd, values.compare) : cwd;
    if (values.compare !== undefined) {
        const badRoot = (0,root_argument/* rootError */.h)(values.compare, root);
        if (badRoot)
            return probe_command_usage(`--compare ${badRoot}`);
    }
    const loaded = await (0,audit/* loadPolicy */.tb)({ root, cwd, ...(values.policy !== undefined ? { file: values.policy } : {}), ...(values.profile !== undefined ? { profile: values.profile } : {}) });
    if (!loaded.ok)
        return { stdout: '', stderr: loaded.messages.map((m) => `postfix-tls-audit: ${m}\n`).join(''), exitCode: 2 };
    const policy = loaded.policy;
    // --role applies to targets without their own "=ROLE".
    const roleOf = (t) => t.role ?? (values.role !== undefined ? (0,probe_target/* parseTargetSpec */.Sf)(`${t.target}=${values.role}`).role : undefined);
    // One limiter for all targets, probed one after another: never more than N connections at once in total.
    const limiter = new Limiter(concurrency);
    // --deadline bounds the whole run, all targets together.
    const deadlineAt = Date.now() + deadline;
    const results = [];
    const roles = new Map();
    for (const t of targets) {
        const role = roleOf(t);
        if (role)
            roles.set(t.target, role.policy);
        // A role given outright also names the wire: submissions is implicit TLS (RFC 8314), lmtp speaks LHLO.
        const wire = { lmtp: 'lmtp', submissions: 'implicit' };
        const mode = values.mode === 'auto' && role ? (wire[role.probe] ?? 'auto') : values.mode;
        results.push(await probeTarget({
            host: t.host,
            port: t.port,
            mode,
            ...(role ? { role: role.probe } : {}),
            timeouts: { connectMs: Math.min(timeout, 5000), readMs: timeout, handshakeMs: timeout },
            deadlineMs: deadline,
            deadlineAt,
            limiter,
            quick: values.quick === true,
        }));
    }
    let compare = null;
    if (values.compare !== undefined)
        compare = await compareWithConfig(results, root, pairs, (0,evaluate.modelOptionsFor)(policy, values['postfix-version']));
    if (compare)
        compare = { ...compare, path: values.compare ?? compare.path };
    const findings = judgeProbe(results, policy, { roles }, compare);
    let stdout;
    if (format === 'json')
        stdout = (0,terminal_safe/* jsonSafe */.y)(`${JSON.stringify(probeToJson(results, toolVersion, compare, findings, policy), null, 2)}\n`);
    else if (format === 'sarif')
        stdout = (0,terminal_safe/* jsonSafe */.y)(`${JSON.stringify(probeFindingsToSarif(findings, policy, toolVersion), null, 2)}\n`);
    else if (format === 'markdown')
        stdout = formatProbeFindings(findings, policy, 'markdown');
    else
        stdout = (0,terminal_safe/* terminalSafe */.k)(`${formatProbeText(results, compare)}\n${formatProbeFindings(findings, policy, 'text')}`);
    const failed = failOn !== 'never' && findings.some((f) => (0,evaluate.severityAtLeast)(f.severity, failOn));
    return { stdout, stderr: '', exitCode: failed ? 1 : 0 };
}
function probe_command_usage(message) {
    return { stdout: '', stderr: `postfix-tls-audit: ${message}\n\nUsage:\n${usage/* PROBE_USAGE */.ts}`, exitCode: 2 };
}
/** Load the config sets under `configPath` (as `explain` does) and compare every probed target with them. */
async function compareWithConfig(results, configPath, explicit, postfixVersion) {
    const scan = await (0,src_scan/* scanRepository */.G)(external_node_path_default().resolve(configPath));
    const options = typeof postfixVersion === 'string' ? { postfixVersion } : (postfixVersion ?? {});
    const models = scan.sets.map((set) => (0,model/* buildConfigSetModel */.ET)(set, options));
    return compareWithModels(results, models, explicit, configPath);
}


/***/ }),

/***/ 7382:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $J: () => (/* binding */ PROBE_RULES),
/* harmony export */   BQ: () => (/* binding */ PROBE_RULE_IDS),
/* harmony export */   JR: () => (/* binding */ probeRule)
/* harmony export */ });
/* unused harmony export SHARED_RULE_IDS */
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6039);

const shared = (id) => {
    const r = _rules_index_js__WEBPACK_IMPORTED_MODULE_0__/* .RULES */ .y.find((x) => x.id === id);
    if (!r)
        throw new Error(`no config rule ${id}`);
    const { check: _check, ...info } = r;
    return info;
};
const own = (id, title, defaultSeverity, rationale, references) => ({ id, title, defaultSeverity, rationale, references });
const SHARED_RULE_IDS = ['protocol-floor', 'protocol-ceiling', 'weak-cipher-suites', 'auth-before-tls', 'submission-tls-not-required', 'mx-requires-tls'];
/** Every rule a probe finding can carry, in report order. */
const PROBE_RULES = [
    own('probe-failed', 'The target could not be probed', 'error', 'Nothing could be observed (no answer, refused, reset, garbage or a deadline): the target is not judged, and the absence of other findings says nothing about it.', ['issue 7 §5']),
    own('probe-untested', 'Part of the target could not be tested', 'notice', 'An aspect the policy judges was left untested: a protocol version this machine\'s TLS library cannot offer (SSLv3 with Node\'s OpenSSL), suites not probed (quick mode, or TLS 1.2 refused while older versions are accepted), or a probe that failed. Untested is never a pass.', ['issue 7 §2']),
    ...SHARED_RULE_IDS.map(shared),
    own('tls-not-available', 'TLS is not available where the policy expects it', 'error', 'The policy says this role offers TLS, but the server does not advertise STARTTLS, answers it with an error (454: e.g. no certificate or a broken TLS setting), or refuses every handshake the client can offer.', ['RFC 3207', 'RFC 8314 §3', 'reference postfix-semantics §5.2']),
    own('key-exchange', 'Key exchange the policy does not allow is accepted', 'warning', 'The profile lists the key-exchange groups its standard accepts and the smallest finite-field DH group: a group accepted when offered alone that the list does not name, or DHE suites with a smaller DH group, is reported. Error where the policy requires TLS.', ['RFC 9325 §4.1', 'RFC 7919', 'the profile\'s live demands (docs/profiles)']),
    own('certificate-expiry', 'The server certificate has expired or expires soon', 'warning', 'An expired certificate fails every verifying client (MTA-STS, DANE-TA, submission clients); a renewal that did not happen within the warning window usually means automation broke. Expired: error; expiring: warning.', ['RFC 5280 §4.1.2.5', 'RFC 8461 §4.2 (MTA-STS)']),
    own('certificate-weak-key', 'The server certificate key is too small', 'warning', 'RSA, DSA and DH keys below the profile\'s minimum (default 2048 bits) and EC keys below 256 bits are too weak (RFC 9325 §4.3, NIST SP 800-57). Error where the policy requires TLS.', ['RFC 9325 §4.3', 'NIST SP 800-57 Part 1 §5.6.1']),
    own('certificate-weak-signature', 'A certificate in the chain is signed with MD5 or SHA-1', 'warning', 'MD5 and SHA-1 signatures can be forged (chosen-prefix collisions); verifying clients reject them. Self-signed roots are not judged: their signature is never checked.', ['RFC 9155', 'RFC 6151']),
    own('certificate-name-mismatch', 'The server certificate does not name the host probed', 'warning', 'A verifying client (MTA-STS, submission clients) checks that the certificate names the host it connected to (RFC 6125). Judged only when the target was given as a host name and the policy requires a certificate for this role.', ['RFC 6125 §6', 'RFC 8461 §4.2']),
    own('config-drift', 'The live server differs from the config (--compare)', 'error', 'The server does something the repository\'s config does not predict (or does not do what it predicts): the deployed config is not this one. Error where the server allows what the config forbids; warning where it is stricter or could not be paired.', ['issue 7 §4']),
];
const PROBE_RULE_IDS = PROBE_RULES.map((r) => r.id);
function probeRule(id) {
    const r = PROBE_RULES.find((x) => x.id === id);
    if (!r)
        throw new Error(`unknown probe rule ${id}`);
    return r;
}


/***/ })

};
