/** The explain JSON contract (phase-2 brief): plain data from the model, nothing decided here. */
import type { Diagnostic } from '../postfix/diagnostics.js';
import type { ConfigSetModel, Endpoint } from '../model/types.js';
import type { EffectiveValue } from '../model/namespace.js';
import { diagnosticToJson } from './scan-json.js';

function valueToJson(v: EffectiveValue) {
  return {
    value: v.value,
    raw: v.raw,
    source: v.source,
    chain: v.chain,
    ...(v.unknown ? { unknown: true } : {}),
  };
}

function endpointToJson(e: Endpoint) {
  const t = e.tls;
  return {
    service: e.service,
    type: e.type,
    command: e.command,
    line: e.line,
    kind: e.kind,
    role: e.role,
    roleReason: e.roleReason,
    listen: e.listen ? { host: e.listen.host, port: e.listen.port } : null,
    tls: {
      offered: t.offered,
      advertised: t.advertised,
      required: t.required,
      implicit: t.implicit,
      protocols: t.protocols,
      protocolList: t.protocolList
        ? { parameter: t.protocolList.parameter, value: t.protocolList.value, valid: t.protocolList.valid, ...(t.protocolList.invalidToken !== undefined ? { invalidToken: t.protocolList.invalidToken } : {}) }
        : null,
      cipherGrade: t.cipherGrade,
      cipherExclusions: t.cipherExclusions,
      ...(t.ciphers ? { ciphers: t.ciphers } : {}),
      ...(t.cipherClassCounts ? { cipherClassCounts: t.cipherClassCounts } : {}),
      ...(t.tls13Ciphersuites ? { tls13Ciphersuites: t.tls13Ciphersuites } : {}),
      certificateConfigured: t.certificateConfigured,
      authBeforeTls: t.authBeforeTls,
      dead: t.dead,
      level: t.level,
      ...(t.templated ? { templated: t.templated } : {}),
    },
    ...(e.postscreen ? { postscreen: e.postscreen } : {}),
    ...(e.behind ? { behind: e.behind } : {}),
    values: Object.fromEntries([...e.values].map(([name, v]) => [name, valueToJson(v)])),
  };
}

export function configSetModelToJson(m: ConfigSetModel) {
  return {
    root: m.root,
    mainCf: m.mainCf,
    masterCf: m.masterCf,
    postfixVersion: { version: m.postfixVersion.version, source: m.postfixVersion.source, reason: m.postfixVersion.reason },
    endpoints: m.endpoints.map(endpointToJson),
    diagnostics: m.diagnostics.map(diagnosticToJson),
  };
}

export function explainToJson(models: readonly ConfigSetModel[], toolVersion: string, diagnostics: readonly Diagnostic[] = []) {
  return {
    tool: { name: 'postfix-tls-audit', version: toolVersion },
    configSets: models.map(configSetModelToJson),
    diagnostics: diagnostics.map(diagnosticToJson),
  };
}
