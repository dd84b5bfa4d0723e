export const id = 466;
export const ids = [466,643];
export const modules = {

/***/ 6466:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  probeForAction: () => (/* binding */ probeForAction)
});

// EXTERNAL MODULE: ./src/tls/ciphers/index.ts
var ciphers = __webpack_require__(4810);
// EXTERNAL MODULE: ./src/probe/target.ts
var target = __webpack_require__(7341);
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
        const byRole = all.filter(({ e }) => e.type === 'inet' && e.role === target/* POLICY_ROLE_OF */.In[r.role]);
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
    let role = explicit ?? target/* POLICY_ROLE_OF */.In[r.role];
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
function smtp_reader_printable(text, max = 80) {
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
                ? fail('garbage', stage, `incomplete reply (${what}) within ${ms} ms: "${smtp_reader_printable(outcome.partial)}"`)
                : fail(stage === 'banner' ? 'silent' : 'closed', stage, stage === 'banner' ? `no SMTP banner within ${ms} ms (silent or slow server)` : `no reply to ${what} within ${ms} ms`);
        case 'closed':
            if (outcome.error === 'connection reset by peer')
                return fail('reset', stage, `connection reset by peer waiting for ${what}`);
            return fail('closed', stage, `connection closed waiting for ${what}${outcome.error ? ` (${outcome.error})` : ''}${outcome.partial ? `: "${smtp_reader_printable(outcome.partial)}"` : ''}`);
        case 'garbage':
            return fail('garbage', stage, `not an SMTP reply (${what}): "${smtp_reader_printable(outcome.text)}"`);
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
                return { ...result, failure: fail('rejected', 'banner', `banner is not 220: "${smtp_reader_printable(banner.lines[0] ?? '')}"`) };
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
            return { ...result, failure: fail('rejected', 'banner', `banner is not 220: "${smtp_reader_printable(banner.lines[0] ?? '')}"`) };
        reader.send(`${hello} ${plan.heloName}`);
        const ehlo = await readReply(reader, plan, 'ehlo', hello);
        if (isFailure(ehlo))
            return { ...result, failure: ehlo };
        if (ehlo.code !== 250)
            return { ...result, failure: fail('rejected', 'ehlo', `${hello} refused: "${smtp_reader_printable(ehlo.lines[0] ?? '')}"`) };
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
            return { ...result, failure: fail('starttls-refused', 'starttls', `STARTTLS answered "${smtp_reader_printable(starttls.lines[0] ?? '')}"`) };
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
    let mode = requested === 'auto' ? (0,target/* modeFromPort */.Hd)(options.port) : requested;
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
            mode = (0,target/* modeFromPort */.Hd)(options.port);
            addError(first.failure);
            addError(second.failure ?? first.failure, 'implicit TLS attempt');
        }
    }
    else if (first.failure && !(first.failure.stage === 'handshake' && REFUSAL.has(first.failure.kind))) {
        addError(first.failure);
    }
    const implicit = mode === 'implicit' && first.tls !== null;
    const roleInfo = options.role ? { role: options.role, reason: 'given' } : (0,target/* roleFromPort */.qX)(options.port, implicit);
    const auth = (kw) => kw?.find((k) => /^AUTH[ =]/i.test(k)) ?? null;
    const result = {
        target: (0,target/* targetName */.je)(options.host, options.port),
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
    const roleInfo = options.role ? { role: options.role, reason: 'given' } : (0,target/* roleFromPort */.qX)(options.port, false);
    return {
        target: (0,target/* targetName */.je)(options.host, options.port), host: options.host, port: options.port, mode, role: roleInfo.role, roleReason: roleInfo.reason,
        reachable: false, banner: null, starttlsAdvertised: null, starttls: false, implicit: false, tlsRequired: null, authBeforeTls: false, authAfterTls: null,
        protocols: [], protocolsRefused: [], protocolsNotTestable: caps.untestableProtocols, tls12Ciphers: null, tls12CandidateCount: caps.tls12Candidates.length,
        tls13Ciphers: null, group: null, groups: null, dhBits: null, negotiated: null, handshakeRefused: null, certificate: null, chain: [],
        errors: [{ stage: 'connect', kind: 'resolve', message }], connections: 0, maxConcurrentConnections: 0, durationMs: Date.now() - started,
    };
}

// EXTERNAL MODULE: ./src/fix/diff.ts
var diff = __webpack_require__(2404);
// EXTERNAL MODULE: ./src/report/pr-comment.ts
var pr_comment = __webpack_require__(1914);
// EXTERNAL MODULE: ./src/report/sarif.ts
var sarif = __webpack_require__(643);
;// CONCATENATED MODULE: ./src/report/findings-markdown.ts
/** Findings as Markdown (`scan --format markdown`): everything from a config file is escaped. */





/**
 * Escape Markdown and HTML metacharacters; break @mentions, #refs, GH-refs and autolinks (http://,
 * www.) with a zero-width space: GitHub finds references and mentions in the rendered text, where a
 * backslash escape is gone; control, bidi and zero-width characters become blanks.
 */
function mdText(t) {
    return t
        .replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g, ' ')
        .replace(/[\\`*_[\]<>|~!#&$]/g, (c) => `\\${c}`)
        .replace(/[@#]/g, '$&\u200b')
        .replace(/\b(gh)-(?=\d)/gi, '$1-\u200b')
        .replace(/:\/\//g, ':\u200b//')
        .replace(/\bwww\./gi, 'www\u200b.');
}
/**
 * The most characters `scan --format markdown` writes: GitHub's limit for a comment, issue or pull
 * request body (reference github-actions.md §2.3), so that the output can be posted as one, and far
 * below a step summary's 1 MiB. The Action's own comment has the same bound (pr-comment.ts).
 */
const MARKDOWN_LIMIT = (/* unused pure expression or super */ null && (GITHUB_BODY_LIMIT));
/**
 * Findings as Markdown. Over the budget, the diff loses whole files from its end first (a cut file
 * would not apply), then the table loses rows from its end; each cut says what it left out and where
 * to find all of it. The counts in the heading are always of all findings.
 */
function findings_markdown_findingsToMarkdown(findings, policy, diff, options = {}) {
    const max = options.maxLength ?? MARKDOWN_LIMIT;
    const c = countBySeverity(findings);
    const head = [];
    head.push(`## postfix-tls-audit: ${c.error} error(s), ${c.warning} warning(s), ${c.notice} notice(s)`);
    head.push('');
    head.push(`Policy: \`${policy.profile.id}\` ${policy.profile.version}${policy.origin.startsWith('profile:') ? '' : ` from ${mdText(policy.origin)}`}`);
    const rows = findings.map((f) => {
        const where = f.target ? mdText(f.target) : `${mdText(f.file)}:${f.line}`;
        return `| ${f.severity} | [${f.ruleId}](${RULE_DOCS}/${f.ruleId}.md) | ${where} | ${f.service ? `${mdText(f.service)} (${f.role})` : ''} | ${mdText(f.message)}${f.fix ? ` **Fix:** ${mdText(f.fix.description)}` : ''} |`;
    });
    const sections = diffFileSections(diff);
    const withheld = (options.withheld ?? []).map((w) => mdText(w));
    const render = (rowCount, sectionCount) => {
        const out = [...head];
        if (findings.length) {
            out.push('', '| severity | rule | where | service | finding |', '|---|---|---|---|---|', ...rows.slice(0, rowCount));
            if (rowCount < rows.length) {
                out.push('', `… and ${rows.length - rowCount} more finding(s): this output is limited to ${max} characters (GitHub's comment limit); \`--format json\` or \`--format sarif\` lists all of them.`);
            }
        }
        if (sections.length || withheld.length) {
            const shown = sections.slice(0, sectionCount).join('');
            // fencedBlock: also control, bidi and zero-width characters of the config lines become U+FFFD.
            const block = shown ? ['', fencedBlock(shown.trimEnd(), 'diff')] : [];
            const cut = sectionCount < sections.length ? ['', `${sections.length - sectionCount} of ${sections.length} file(s) left out of this diff (the output is limited to ${max} characters); \`scan --diff\` prints all of it.`] : [];
            const left = withheld.length ? ['', ...withheld.map((w) => `- ${w}`)] : [];
            out.push('', '<details><summary>Suggested changes (verified)</summary>', ...block, ...cut, ...left, '', '</details>');
        }
        return `${out.join('\n')}\n`;
    };
    const full = render(rows.length, sections.length);
    if (full.length <= max)
        return full;
    const noDiff = render(rows.length, 0);
    if (noDiff.length <= max)
        return render(rows.length, largest(0, sections.length, (k) => render(rows.length, k).length <= max));
    return render(largest(0, rows.length, (k) => render(k, 0).length <= max), 0);
}

;// CONCATENATED MODULE: ./src/report/probe-report.ts






const DOCS = 'https://github.com/postfix-tls-audit/postfix-tls-audit/blob/main/docs/rules';
const LEVEL = { error: 'error', warning: 'warning', notice: 'note' };
function formatProbeFindings(findings, policy, format) {
    return format === 'markdown' ? findingsToMarkdown(findings, policy, '') : formatFindingsText(findings, policy, new Map());
}
function probeFindingsToSarif(findings, policy, toolVersion) {
    const ids = PROBE_RULES.map((r) => r.id);
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
                tool: {
                    driver: {
                        name: 'postfix-tls-audit', version: toolVersion, informationUri: 'https://github.com/postfix-tls-audit/postfix-tls-audit',
                        rules: PROBE_RULES.map((r) => {
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
                    message: { text: sarifText(f.message) },
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
        ...(findings ? { summary: countBySeverity(findings), findings: findings.map((f) => ({ ...f })) } : {}),
    };
}
const yesNo = (b) => (b === null ? 'unknown' : b ? 'yes' : 'no');
function formatProbeText(results, compare) {
    const out = [];
    for (const r of results) {
        out.push(`${r.target} (${r.role}: ${r.roleReason}; ${r.mode})`);
        if (r.banner !== null)
            out.push(`  banner: ${smtp_reader_printable(r.banner)}`);
        if (!r.implicit)
            out.push(`  STARTTLS advertised: ${yesNo(r.starttlsAdvertised)}`);
        out.push(`  TLS handshake: ${r.starttls ? 'yes' : 'no'}${r.implicit ? ' (implicit TLS)' : ''}${r.handshakeRefused ? ` (refused even with every protocol and suite offered: ${r.handshakeRefused})` : ''}`);
        out.push(`  TLS required before MAIL: ${yesNo(r.tlsRequired)}`);
        out.push(`  AUTH before TLS: ${r.authBeforeTls ? 'yes' : 'no'}${r.authAfterTls ? `; inside TLS: ${smtp_reader_printable(r.authAfterTls)}` : ''}`);
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
            out.push(`  certificate: ${smtp_reader_printable(c.subject, 200)}, ${c.keyType} ${c.keyBits ?? '?'} bits${c.curve ? ` (${c.curve})` : ''}, ${c.signatureAlgorithm}, expires ${c.notAfter.slice(0, 10)} (${c.daysToExpiry} days)${c.selfSigned ? ', self-signed' : ''}`);
            out.push(`  names: ${c.names.map((n) => smtp_reader_printable(n)).join(' ') || 'none'}`);
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

;// CONCATENATED MODULE: ./src/action/probe.ts






async function probeForAction(targets, policy, options = {}) {
    const errors = [];
    try {
        const specs = [];
        // One target per entry; entries holding several (a multi-line or comma-separated input) are split.
        for (const text of targets.flatMap((t) => t.split(/[\s,]+/))) {
            if (text === '')
                continue;
            try {
                const spec = (0,target/* parseTargetSpec */.Sf)(text);
                if (specs.some((s) => s.target === spec.target)) {
                    errors.push(`probe target "${text}": ${spec.target} is listed twice; probed once`);
                    continue;
                }
                specs.push(spec);
            }
            catch (error) {
                errors.push(`probe target: ${error.message}`);
            }
        }
        if (specs.length === 0)
            return { findings: [], log: '', errors };
        const deadlineMs = options.deadlineMs ?? DEFAULT_DEADLINE_MS;
        const deadlineAt = Date.now() + deadlineMs;
        const limiter = new Limiter(DEFAULT_CONCURRENCY);
        const results = [];
        const roles = new Map();
        for (const s of specs) {
            if (s.role)
                roles.set(s.target, s.role.policy);
            results.push(await probeTarget({
                host: s.host,
                port: s.port,
                // A role given outright also names the wire: submissions is implicit TLS (RFC 8314), lmtp speaks LHLO.
                mode: s.role?.probe === 'lmtp' ? 'lmtp' : s.role?.probe === 'submissions' ? 'implicit' : 'auto',
                ...(s.role ? { role: s.role.probe } : {}),
                deadlineMs,
                deadlineAt,
                limiter,
            }));
        }
        const compare = options.compareWith ? compareWithModels(results, options.compareWith, new Map(), '.') : null;
        const findings = judgeProbe(results, policy, { roles }, compare);
        return { findings, log: formatProbeText(results, compare), errors };
    }
    catch (error) {
        errors.push(`probe failed: ${error.message}`);
        return { findings: [], log: '', errors };
    }
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
    const r = _rules_index_js__WEBPACK_IMPORTED_MODULE_0__.RULES.find((x) => x.id === id);
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


/***/ }),

/***/ 6215:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lt: () => (/* binding */ fenceFor),
/* harmony export */   SS: () => (/* binding */ codeSpan),
/* harmony export */   en: () => (/* binding */ pathForUrl),
/* harmony export */   js: () => (/* binding */ htmlText),
/* harmony export */   ln: () => (/* binding */ inlineText),
/* harmony export */   nf: () => (/* binding */ link),
/* harmony export */   u: () => (/* binding */ markerValue),
/* harmony export */   zW: () => (/* binding */ fencedBlock)
/* harmony export */ });
/**
 * Escaping for text that reaches GitHub-flavoured Markdown (PR comments, reviews, issues).
 *
 * Everything quoted from a repository (paths, values, messages that cite values) goes through one
 * of these: it must not inject Markdown or HTML, ping people (@user, @org/team), link issues
 * (#123, GH-123), or close the code fence it sits in. GitHub does not turn @mentions or #refs into
 * links inside code spans and fenced blocks, so those only need a fence longer than any backtick
 * run; inline text gets backslash escapes, entities and a zero-width joiner after "@" and "#".
 */
const ZWJ = '\u200D';
/**
 * Control characters other than tab and newline (C0, DEL, C1); bidi controls that could disguise text
 * (embeddings, overrides, isolates, and the LRM/RLM/ALM marks); zero-width characters that hide in a
 * value (a setting that reads "may" but is not). Our own zero-width joiners are added afterwards.
 */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;
function stripControls(text) {
    return text.replace(CONTROL, '\uFFFD');
}
/** Longest run of `ch` in `text`. */
function longestRun(text, ch) {
    let best = 0;
    let run = 0;
    for (const c of text) {
        if (c === ch) {
            run += 1;
            if (run > best)
                best = run;
        }
        else
            run = 0;
    }
    return best;
}
/**
 * Text shown as plain prose on one line: Markdown punctuation backslash-escaped, HTML as entities,
 * mentions and references broken by a zero-width joiner, line breaks folded to spaces.
 */
function inlineText(text) {
    return stripControls(text)
        .replace(/\r\n?|\n/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        // "$" too: GitHub renders $…$ and $$…$$ as math.
        .replace(/[\\`*_{}[\]()#+\-.!|~"'$]/g, (c) => `\\${c}`)
        .replace(/@/g, `@${ZWJ}`)
        .replace(/\\#/g, `\\#${ZWJ}`)
        .replace(/\b(gh)\\-(?=\d)/gi, `$1\\-${ZWJ}`)
        .replace(/:\/\//g, `:${ZWJ}//`)
        .replace(/\bwww\\\./gi, `w${ZWJ}ww\\.`);
}
/** An inline code span holding `text` verbatim (one line; the delimiter outruns any backtick run). */
function codeSpan(text) {
    const one = stripControls(text).replace(/\r\n?|\n/g, ' ');
    if (one === '')
        return '` `';
    const ticks = '`'.repeat(longestRun(one, '`') + 1);
    // A leading/trailing backtick or space would merge with the delimiter or be stripped.
    const pad = one.startsWith('`') || one.endsWith('`') || one.startsWith(' ') || one.endsWith(' ') ? ' ' : '';
    return `${ticks}${pad}${one}${pad}${ticks}`;
}
/** A fence for `text`: at least three backticks and longer than any backtick run inside. */
function fenceFor(text) {
    return '`'.repeat(Math.max(3, longestRun(text, '`') + 1));
}
/** A fenced code block (```lang … ```) whose content cannot close it. */
function fencedBlock(text, info = '') {
    const body = stripControls(text).replace(/\r\n?/g, '\n').replace(/\n$/, '');
    const fence = fenceFor(body);
    return `${fence}${info}\n${body}\n${fence}`;
}
/** A value for an HTML attribute or a hidden-comment field: percent-encoded, so "-->" or quotes cannot appear. */
function markerValue(text) {
    return encodeURIComponent(text).replace(/[!'()*~-]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
/** A link whose URL we built ourselves from trusted parts; the label is escaped, the URL percent-safe. */
function link(label, url) {
    const safeUrl = url.replace(/[\s()<>"'`]/g, (c) => `%${c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`);
    return `[${label}](${safeUrl})`;
}
/** Percent-encode each segment of a repository-relative path for a blob URL. */
function pathForUrl(file) {
    return file.split('/').map((s) => encodeURIComponent(s)).join('/');
}
/** Text inside an HTML element we write (e.g. <summary>): entities, and mentions/refs broken. */
function htmlText(text) {
    return stripControls(text)
        .replace(/\r\n?|\n/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;')
        .replace(/[*_`~[\]\\|]/g, (c) => `&#${c.charCodeAt(0)};`)
        .replace(/@/g, `@${ZWJ}`)
        .replace(/#/g, `#${ZWJ}`);
}


/***/ }),

/***/ 1914:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $Y: () => (/* binding */ renderReportBody),
/* harmony export */   J7: () => (/* binding */ countsLine),
/* harmony export */   Q1: () => (/* binding */ renderPrComment),
/* harmony export */   nY: () => (/* binding */ GITHUB_BODY_LIMIT)
/* harmony export */ });
/* unused harmony exports verdictLine, groupFindings, diffForFiles, largest */
/* harmony import */ var _fix_diff_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2404);
/* harmony import */ var _markdown_safe_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6215);


const GITHUB_BODY_LIMIT = 65_536;
const ICON = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
}
function countsLine(report) {
    const c = report.counts;
    return `${plural(c.error, 'error')} · ${plural(c.warning, 'warning')} · ${plural(c.notice, 'notice')}`;
}
function verdictLine(report) {
    const total = report.findings.length;
    if (!report.passed)
        return `## ❌ postfix-tls-audit: TLS policy not met`;
    if (total === 0)
        return `## ✅ postfix-tls-audit: passed`;
    return `## ✅ postfix-tls-audit: passed (findings below fail-on)`;
}
function contextLine(report) {
    const parts = [
        `fail-on ${(0,_markdown_safe_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(report.failOn)}`,
        `policy ${(0,_markdown_safe_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(report.policy.profile)} ${(0,_markdown_safe_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(report.policy.profileVersion)}`,
        plural(report.configSets.length, 'config set'),
    ];
    if (report.commit)
        parts.push(`commit ${(0,_markdown_safe_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(report.commit.slice(0, 12))}`);
    return parts.join(' · ');
}
function locationOf(f, links) {
    if (f.file === null)
        return f.target ? (0,_markdown_safe_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(f.target) : '';
    const lines = f.line === null ? '' : f.endLine !== null && f.endLine !== f.line ? `:${f.line}-${f.endLine}` : `:${f.line}`;
    const label = (0,_markdown_safe_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(`${f.file}${lines}`);
    if (!links.blobBase)
        return label;
    const anchor = f.line === null ? '' : f.endLine !== null && f.endLine !== f.line ? `#L${f.line}-L${f.endLine}` : `#L${f.line}`;
    return (0,_markdown_safe_js__WEBPACK_IMPORTED_MODULE_1__/* .link */ .nf)(label, `${links.blobBase}${(0,_markdown_safe_js__WEBPACK_IMPORTED_MODULE_1__/* .pathForUrl */ .en)(f.file)}${anchor}`);
}
function findingItem(f, links) {
    const where = locationOf(f, links);
    return `- ${ICON[f.severity]} **${f.severity}** ${(0,_markdown_safe_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(f.ruleId)}: ${(0,_markdown_safe_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(f.message)}${where ? ` (${where})` : ''}`;
}
/** Findings grouped by config set (probe targets last) and, inside, by service; report order kept. */
function groupFindings(findings) {
    const groups = new Map();
    for (const f of findings) {
        const setKey = f.configSet !== null ? `set:${f.configSet}` : `probe:${f.target ?? ''}`;
        const serviceKey = f.service !== null ? `${f.service}\u0000${f.role ?? ''}` : '';
        let services = groups.get(setKey);
        if (!services)
            groups.set(setKey, (services = new Map()));
        let list = services.get(serviceKey);
        if (!list)
            services.set(serviceKey, (list = []));
        list.push(f);
    }
    const out = [];
    for (const [setKey, services] of groups) {
        const title = setKey.startsWith('set:')
            ? `Config set ${(0,_markdown_safe_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(setKey.slice(4) || '.')}`
            : `Probed server ${(0,_markdown_safe_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(setKey.slice(6) || '?')}`;
        const label = setKey.startsWith('set:') ? `Config set ${setKey.slice(4) || '.'}` : `Probed server ${setKey.slice(6) || '?'}`;
        out.push({
            title,
            label,
            services: [...services].map(([key, list]) => {
                if (key === '')
                    return { title: 'All services', findings: list };
                const [service, role] = key.split('\u0000');
                return { title: `Service ${(0,_markdown_safe_js__WEBPACK_IMPORTED_MODULE_1__/* .codeSpan */ .SS)(service)}${role ? ` (${(0,_markdown_safe_js__WEBPACK_IMPORTED_MODULE_1__/* .inlineText */ .ln)(role)})` : ''}`, findings: list };
            }),
        });
    }
    return out;
}
/**
 * The diff's file sections for the files of the shown findings: under only-changed the report's
 * diff still covers every fix of the full scan, the comment shows the edits for what it reports.
 */
function diffForFiles(diff, files) {
    return (0,_fix_diff_js__WEBPACK_IMPORTED_MODULE_0__/* .diffFileSections */ .O4)(diff)
        .filter((section) => {
        const m = /^\+\+\+ (?:b\/)?(.*)$/m.exec(section);
        return m ? files.has(m[1]) : false;
    })
        .join('');
}
/**
 * The files whose diff sections the comment shows: the findings' files, and the real file behind a
 * finding's file that is a symbolic link (the diff patches that file: its suggestion names it, while
 * the fix's edits name the link's path).
 */
function diffFilesOfFindings(findings) {
    const files = new Set();
    for (const f of findings) {
        if (f.file !== null)
            files.add(f.file);
        const s = f.suggestion;
        if (s && f.fix && !f.fix.edits.some((e) => e.file === s.file))
            files.add(s.file);
    }
    return files;
}
function diffFiles(diff) {
    return (diff.match(/^\+\+\+ /gm) ?? []).length;
}
function renderWithShape(report, opts, shape) {
    const links = { ...(opts.blobBase ? { blobBase: opts.blobBase } : {}), ...(opts.runUrl ? { runUrl: opts.runUrl } : {}) };
    const out = [verdictLine(report), '', `**${countsLine(report)}** · ${contextLine(report)}`];
    const summaryLink = links.runUrl ? (0,_markdown_safe_js__WEBPACK_IMPORTED_MODULE_1__/* .link */ .nf)('job summary', links.runUrl) : 'job summary';
    if (opts.kind !== 'issue' && report.hiddenByOnlyChanged > 0) {
        out.push('', `> ${plural(report.hiddenByOnlyChanged, 'finding')} in files this pull request does not change ${report.hiddenByOnlyChanged === 1 ? 'is' : 'are'} not shown (\`only-changed\`); the ${summaryLink} has the full scan.`);
    }
    if (report.findings.length === 0) {
        out.push('', report.configSets.length === 0 ? 'No Postfix configuration found.' : 'No findings.');
        if (links.runUrl)
            out.push('', `Details: ${summaryLink}.`);
        return out.join('\n');
    }
    const shown = report.findings.slice(0, shape.findingLimit);
    for (const group of groupFindings(shown)) {
        const count = group.services.reduce((n, s) => n + s.findings.length, 0);
        const body = [];
        for (const service of group.services) {
            body.push(`**${service.title}**`, '', ...service.findings.map((f) => findingItem(f, links)), '');
        }
        if (shape.collapse) {
            out.push('', `<details><summary>${(0,_markdown_safe_js__WEBPACK_IMPORTED_MODULE_1__/* .htmlText */ .js)(group.label)}: ${plural(count, 'finding')}</summary>`, '', ...body, '</details>');
        }
        else {
            out.push('', `### ${group.title}`, '', ...body);
        }
    }
    const hiddenHere = report.findings.length - shown.length;
    if (hiddenHere > 0) {
        out.push('', `… and ${plural(hiddenHere, 'more finding')} (this comment is limited to ${GITHUB_BODY_LIMIT} characters): see the ${summaryLink}.`);
    }
    const diff = diffForFiles(report.diff, diffFilesOfFindings(report.findings));
    if (diff !== '') {
        const lines = diff.replace(/\n$/, '').split('\n');
        const kept = lines.slice(0, Math.min(lines.length, shape.diffLineLimit));
        const heading = `Suggested edits (${plural(diffFiles(diff), 'file')})`;
        const block = kept.length > 0 ? (0,_markdown_safe_js__WEBPACK_IMPORTED_MODULE_1__/* .fencedBlock */ .zW)(kept.join('\n'), 'diff') : '';
        const cut = kept.length < lines.length ? `The diff is cut after ${kept.length} of ${lines.length} lines: the ${summaryLink} has all of it.` : '';
        if (shape.collapse) {
            out.push('', `<details><summary>${heading}</summary>`, '', ...(block ? [block, ''] : []), ...(cut ? [cut, ''] : []), '</details>');
        }
        else {
            out.push('', `### ${heading}`, '', ...(block ? [block] : []), ...(cut ? ['', cut] : []));
        }
        if (kept.length === lines.length && opts.kind !== 'issue')
            out.push('', 'Apply with `git apply` or locally with `postfix-tls-audit scan --fix`.');
    }
    if (links.runUrl)
        out.push('', `Full report: ${summaryLink}.`);
    return out.join('\n');
}
/** Largest n in [lo, hi] with fits(n), assuming fits is monotone and fits(lo) (else lo). */
function largest(lo, hi, fits) {
    while (lo < hi) {
        const mid = Math.floor((lo + hi + 1) / 2);
        if (fits(mid))
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}
/** The report as a GitHub Markdown body no longer than `maxLength` characters. */
function renderReportBody(report, opts = {}) {
    const max = opts.maxLength ?? GITHUB_BODY_LIMIT;
    const all = report.findings.length;
    const fits = (s) => s.length <= max;
    const full = renderWithShape(report, opts, { collapse: false, findingLimit: all, diffLineLimit: Infinity });
    if (fits(full))
        return full;
    const collapsed = renderWithShape(report, opts, { collapse: true, findingLimit: all, diffLineLimit: Infinity });
    if (fits(collapsed))
        return collapsed;
    const diffLines = report.diff === '' ? 0 : report.diff.split('\n').length;
    const noDiff = renderWithShape(report, opts, { collapse: true, findingLimit: all, diffLineLimit: 0 });
    if (fits(noDiff)) {
        const n = largest(0, diffLines, (k) => fits(renderWithShape(report, opts, { collapse: true, findingLimit: all, diffLineLimit: k })));
        return renderWithShape(report, opts, { collapse: true, findingLimit: all, diffLineLimit: n });
    }
    const minimal = renderWithShape(report, opts, { collapse: true, findingLimit: 0, diffLineLimit: 0 });
    if (fits(minimal)) {
        const n = largest(0, all, (k) => fits(renderWithShape(report, opts, { collapse: true, findingLimit: k, diffLineLimit: 0 })));
        return renderWithShape(report, opts, { collapse: true, findingLimit: n, diffLineLimit: 0 });
    }
    // Only a pathological header gets here: cut at a line boundary (no fence is open at this level).
    const note = '\n\n… cut: see the job summary.';
    const cut = minimal.slice(0, Math.max(0, max - note.length));
    return cut.slice(0, Math.max(0, cut.lastIndexOf('\n'))) + note;
}
/** The pull request comment body (without the hidden marker, which the publisher appends). */
function renderPrComment(report, opts = {}) {
    return renderReportBody(report, { ...opts, kind: 'pr' });
}


/***/ }),

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
