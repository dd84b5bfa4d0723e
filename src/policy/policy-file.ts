/**
 * The policy file (YAML, default .github/postfix-tls-policy.yml): parsed with `yaml`, validated
 * against POLICY_SCHEMA with ajv, then applied on top of the profile it extends.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Node } from 'yaml';
import type { Role } from '../model/types.js';
import { DEFAULT_PROFILE, PROFILE_IDS } from './profiles/index.js';
import { policyFromProfile } from './default-policy.js';
import { POLICY_SCHEMA } from './schema.js';
import { RULES } from './rules/index.js';
import { PROBE_RULE_IDS } from './probe-rules.js';
import { closestName } from './rules/unknown-parameter.js';
import { CIPHER_SUITES, TLS13_SUITES } from '../tls/ciphers/index.js';
import type { Policy, RolePolicy, RuleOverride, Severity } from './types.js';
import { globProblem } from '../discover/glob-limits.js';

export { DEFAULT_POLICY_PATH, policyFromProfile } from './default-policy.js';

export interface PolicyError {
  file: string;
  line: number;
  column: number;
  message: string;
}

export type PolicyLoad = { ok: true; policy: Policy } | { ok: false; errors: PolicyError[] };

interface PolicyDoc {
  extends?: string;
  postfixVersion?: string;
  ignore?: string[];
  roles?: Partial<Record<Role, Partial<RolePolicy>>>;
  services?: Record<string, Partial<RolePolicy> & { role?: Role }>;
  rules?: Record<string, Severity | 'off'>;
}

// Compiled on first use: most runs have no policy file, and compiling costs a noticeable part of start-up.
// yaml and ajv are imported on the first policy file (the built-in profiles need neither): the bundle keeps
// them in chunks of their own, off the start-up path.
let libraries: Promise<{ yaml: typeof import('yaml'); validate: ValidateFunction<PolicyDoc> }> | undefined;
const policyLibraries = () =>
  (libraries ??= Promise.all([import('yaml'), import('ajv')]).then(([yamlModule, ajvModule]) => {
    // Both are CommonJS: the bundle's dynamic import hands over module.exports as the default export only.
    const yaml = (yamlModule.default ?? yamlModule) as typeof import('yaml');
    const { Ajv } = (ajvModule.default ?? ajvModule) as unknown as typeof import('ajv');
    return { yaml, validate: new Ajv({ allErrors: true, strict: false, verbose: true }).compile<PolicyDoc>(POLICY_SCHEMA as unknown as object) };
  }));

/** Parse and validate a policy file's text; `profileOverride` (--profile) replaces its `extends`. */
export async function parsePolicy(file: string, text: string, profileOverride?: string): Promise<PolicyLoad> {
  const { yaml, validate } = await policyLibraries();
  const { isMap, isSeq } = yaml;
  const nodeAt = (root: Node | null, pointer: string, key?: string) => nodeAtWith(isMap, isSeq, root, pointer, key);
  const lineCounter = new yaml.LineCounter();
  const doc = yaml.parseDocument(text, { lineCounter, prettyErrors: false });
  const at = (offset: number): { line: number; column: number } => {
    const p = lineCounter.linePos(offset);
    return { line: p.line, column: p.col };
  };
  if (doc.errors.length > 0) {
    return { ok: false, errors: doc.errors.map((e) => ({ file, ...at(e.pos[0]), message: `YAML: ${e.message.split('\n')[0]}` })) };
  }
  let data: unknown;
  try {
    data = doc.toJS() ?? {};
  } catch (error) {
    // yaml refuses to expand aliases beyond a count (a "billion laughs" document) by throwing.
    return { ok: false, errors: [{ file, line: 1, column: 1, message: `YAML: ${(error as Error).message}` }] };
  }
  if (!validate(data)) {
    const errors = (validate.errors ?? []).map((e) => schemaError(file, e, doc.contents as Node | null, at, nodeAt));
    return { ok: false, errors: dedupe(errors) };
  }
  const d = data as PolicyDoc;
  const cipherErrors = cipherNameErrors(file, d, doc.contents as Node | null, at, nodeAt);
  if (cipherErrors.length > 0) return { ok: false, errors: cipherErrors };
  const globErrors = (d.ignore ?? []).flatMap((glob, i) => {
    const problem = globProblem(glob);
    if (!problem) return [];
    const range = nodeAt(doc.contents as Node | null, `/ignore/${i}`).node?.range;
    return [{ file, ...(range ? at(range[0]) : { line: 1, column: 1 }), message: `ignore: the glob "${glob}" is refused: ${problem}` }];
  });
  if (globErrors.length > 0) return { ok: false, errors: globErrors };
  const ruleIds = [...new Set([...RULES.map((r) => r.id), 'unused-suppression', ...PROBE_RULE_IDS])];
  const unknownRules = Object.keys(d.rules ?? {}).filter((k) => !ruleIds.includes(k));
  if (unknownRules.length > 0) {
    return {
      ok: false,
      errors: unknownRules.map((k) => {
        const { keyNode } = nodeAt(doc.contents as Node | null, '/rules', k);
        const range = keyNode?.range;
        return { file, ...(range ? at(range[0]) : { line: 1, column: 1 }), message: `rules: unknown rule "${k}" (allowed: ${ruleIds.join(', ')})` };
      }),
    };
  }
  const id = profileOverride ?? d.extends ?? DEFAULT_PROFILE;
  const base = policyFromProfile(id);
  if (!base) return { ok: false, errors: [{ file, line: 1, column: 1, message: `unknown profile "${id}" (allowed: ${PROFILE_IDS.join(', ')})` }] };
  const roles = { ...base.roles };
  for (const [role, o] of Object.entries(d.roles ?? {}) as [Role, Partial<RolePolicy>][]) roles[role] = { ...roles[role], ...o };
  const rules: Record<string, RuleOverride> = {};
  for (const [id, level] of Object.entries(d.rules ?? {})) rules[id] = { level };
  return {
    ok: true,
    policy: {
      profile: base.profile,
      roles,
      services: d.services ?? {},
      rules,
      ignore: d.ignore ?? [],
      ...(d.postfixVersion !== undefined ? { postfixVersion: d.postfixVersion } : {}),
      origin: file,
    },
  };
}

function dedupe(errors: PolicyError[]): PolicyError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const k = `${e.line}:${e.column}:${e.message}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The YAML node at a JSON pointer (ajv's instancePath), for its position. */
type NodeAt = (root: Node | null, pointer: string, key?: string) => { node: Node | null; keyNode: Node | null };
function nodeAtWith(isMap: typeof import('yaml').isMap, isSeq: typeof import('yaml').isSeq, root: Node | null, pointer: string, key?: string): { node: Node | null; keyNode: Node | null } {
  let node: Node | null = root;
  let keyNode: Node | null = null;
  const parts = pointer === '' ? [] : pointer.slice(1).split('/').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (key !== undefined) parts.push(key);
  for (const part of parts) {
    if (isMap(node)) {
      const pair = node.items.find((i) => (i.key as { value?: unknown } | null)?.value === part);
      if (!pair) break;
      keyNode = pair.key as Node;
      node = (pair.value as Node | null) ?? keyNode;
    } else if (isSeq(node)) {
      node = (node.items[Number(part)] as Node | undefined) ?? node;
      keyNode = null;
    } else break;
  }
  return { node, keyNode };
}

const TYPE_HINT: Record<string, string> = {
  boolean: 'a boolean (allowed: true, false)',
  array: 'a list (YAML "- item" lines or [a, b])',
  object: 'a mapping (YAML "key: value" lines)',
  string: 'a string',
};

const TLS12_NAMES = new Set(CIPHER_SUITES.map((c) => c.name));
const TLS13_NAMES = TLS13_SUITES.map((c) => c.name);

/**
 * Cipher names of allowedCiphers / allowedTls13Ciphersuites must be ones OpenSSL 3.0 knows: an unknown
 * name would silently make every suite "not allowed" (the JSON Schema only says "string").
 */
function cipherNameErrors(file: string, d: PolicyDoc, root: Node | null, at: (o: number) => { line: number; column: number }, nodeAt: NodeAt): PolicyError[] {
  const errors: PolicyError[] = [];
  const scopes: [string, Partial<RolePolicy> | undefined][] = [
    ...Object.entries(d.roles ?? {}).map(([k, v]) => [`/roles/${k}`, v] as [string, Partial<RolePolicy>]),
    ...Object.entries(d.services ?? {}).map(([k, v]) => [`/services/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, v] as [string, Partial<RolePolicy>]),
  ];
  for (const [pointer, rp] of scopes) {
    const check = (key: 'allowedCiphers' | 'allowedTls13Ciphersuites', known: (n: string) => boolean, names: readonly string[], what: string, listAll: boolean): void => {
      (rp?.[key] ?? []).forEach((name, i) => {
        if (known(name)) return;
        const guess = closestName(name, names);
        const range = nodeAt(root, `${pointer}/${key}/${i}`).node?.range;
        const where = `${pointer.slice(1).replace(/\//g, '.')}.${key}.${i}`.replace(/~1/g, '/').replace(/~0/g, '~');
        errors.push({
          file,
          ...(range ? at(range[0]) : { line: 1, column: 1 }),
          message: `${where}: ${JSON.stringify(name)} is not ${what}${guess ? ` (did you mean "${guess}"?)` : ''}${listAll ? ` (allowed: ${names.join(', ')})` : ''}`,
        });
      });
    };
    check('allowedCiphers', (n) => TLS12_NAMES.has(n), [...TLS12_NAMES], 'an OpenSSL 3.0 cipher suite name (TLS 1.2 and older, e.g. ECDHE-RSA-AES128-GCM-SHA256)', false);
    check('allowedTls13Ciphersuites', (n) => TLS13_NAMES.includes(n), TLS13_NAMES, 'a TLS 1.3 cipher suite', true);
  }
  return errors;
}

function schemaError(file: string, e: ErrorObject, root: Node | null, at: (o: number) => { line: number; column: number }, nodeAt: NodeAt): PolicyError {
  const where = e.instancePath === '' ? 'the policy' : e.instancePath.slice(1).replace(/\//g, '.');
  let message: string;
  let target: Node | null;
  if (e.keyword === 'additionalProperties') {
    const extra = (e.params as { additionalProperty: string }).additionalProperty;
    const { keyNode, node } = nodeAt(root, e.instancePath, extra);
    target = keyNode ?? node;
    // With a $ref, ajv's schemaPath is relative to the referenced schema: the parent schema is exact.
    const parent = (e.parentSchema as { properties?: Record<string, unknown> } | undefined)?.properties;
    const allowed = Object.keys(parent ?? propertiesAt(e.schemaPath));
    message = `unknown key "${extra}" in ${where}${allowed.length ? ` (allowed: ${allowed.join(', ')})` : ''}`;
  } else {
    target = nodeAt(root, e.instancePath).node;
    if (e.keyword === 'enum') message = `${where}: ${JSON.stringify(e.data)} is not allowed (allowed: ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => (v === null ? 'null' : String(v))).join(', ')})`;
    else if (e.keyword === 'pattern') message = `${where}: ${JSON.stringify(e.data)} is not a supported Postfix version (3.4 to 3.11, optionally with a patch level)`;
    else if (e.keyword === 'type') message = `${where}: ${JSON.stringify(e.data)} is not ${TYPE_HINT[(e.params as { type: string }).type] ?? `of type ${(e.params as { type: string }).type}`}`;
    else message = `${where} ${e.message ?? 'is invalid'}`;
  }
  const range = target?.range;
  return { file, ...(range ? at(range[0]) : { line: 1, column: 1 }), message };
}

/** The `properties` of the schema object at an ajv schemaPath like "#/definitions/rolePolicy/additionalProperties". */
function propertiesAt(schemaPath: string): Record<string, unknown> {
  const parts = schemaPath.replace(/^#\//, '').split('/').slice(0, -1);
  let s: unknown = POLICY_SCHEMA;
  for (const p of parts) s = (s as Record<string, unknown>)?.[p];
  return ((s as { properties?: Record<string, unknown> })?.properties) ?? {};
}
