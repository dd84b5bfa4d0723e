/**
 * Request validation against GitHub's published OpenAPI description (@octokit/openapi,
 * generated/api.github.com.json): method + path matched to an operation, path and query parameters
 * checked against their schemas (unknown query parameters and missing required ones are violations),
 * JSON bodies validated with ajv (OpenAPI 3.0 `nullable` turned into JSON Schema null types; body
 * properties the operation does not declare are violations too). The description is loaded once per
 * process; only the operations a test actually hits are compiled.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import AjvModule from 'ajv';
import type { ValidateFunction } from 'ajv';

const Ajv = AjvModule as unknown as typeof AjvModule.default;

type Json = Record<string, unknown>;

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Json;
}

export interface Operation {
  method: string;
  template: string;
  operationId: string;
  regex: RegExp;
  pathNames: string[];
  literalSegments: number;
  parameters: Parameter[];
  bodySchema?: Json;
  bodyRequired: boolean;
  /** JSON response schemas by status code. */
  responses: Record<string, Json | undefined>;
}

export interface ValidationResult {
  operation?: Operation;
  pathParams: Record<string, string>;
  violations: string[];
}

/** OpenAPI 3.0 schema → JSON Schema: `nullable`, and refs into the components document. */
function convert(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(convert);
  if (!schema || typeof schema !== 'object') return schema;
  const s = schema as Json;
  const out: Json = {};
  for (const [k, v] of Object.entries(s)) {
    if (k === '$ref' && typeof v === 'string' && v.startsWith('#/')) out[k] = `openapi${v}`;
    else if (k === 'example' || k === 'examples' || k === 'description' || k === 'x-github') continue;
    else if (k === 'properties' && v && typeof v === 'object') {
      out[k] = Object.fromEntries(Object.entries(v as Json).map(([pk, pv]) => [pk, convert(pv)]));
    } else out[k] = convert(v);
  }
  if (s.nullable === true) {
    delete out.nullable;
    if (typeof out.type === 'string') out.type = [out.type, 'null'];
    if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    if (out.type === undefined && (out.oneOf || out.anyOf || out.allOf || out.$ref)) return { anyOf: [{ type: 'null' }, out] };
  }
  return out;
}

export class OpenApiDescription {
  private readonly operations: Operation[] = [];
  private readonly spec: Json;
  private readonly ajv: InstanceType<typeof Ajv>;
  private readonly compiled = new Map<string, ValidateFunction>();
  private readonly paramSchemas = new Map<string, ValidateFunction>();

  constructor(file: string) {
    this.spec = JSON.parse(readFileSync(file, 'utf8')) as Json;
    this.ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true, validateSchema: false });
    this.ajv.addSchema({ $id: 'openapi', components: convert((this.spec as { components: unknown }).components) } as Json);
    const paths = this.spec.paths as Record<string, Record<string, unknown>>;
    for (const [template, item] of Object.entries(paths)) {
      const shared = (item.parameters as Json[] | undefined) ?? [];
      for (const method of ['get', 'post', 'put', 'patch', 'delete', 'head']) {
        const op = item[method] as Json | undefined;
        if (!op) continue;
        const segments = template.split('/').slice(1);
        const pathNames: string[] = [];
        const pattern = segments
          .map((seg) =>
            seg.replace(/\{([^}]+)\}|[^{]+/g, (m, name: string | undefined) => {
              if (name) {
                pathNames.push(name);
                return '([^/]+)';
              }
              return m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
            }),
          )
          .join('/');
        const parameters = [...shared, ...((op.parameters as Json[] | undefined) ?? [])].map((p) => this.deref(p) as unknown as Parameter);
        const body = (op.requestBody as Json | undefined) && (this.deref(op.requestBody as Json) as Json);
        const bodySchema = (body?.content as Record<string, { schema?: Json }> | undefined)?.['application/json']?.schema;
        const responses: Record<string, Json | undefined> = {};
        for (const [status, resp] of Object.entries((op.responses as Record<string, Json> | undefined) ?? {})) {
          const content = (this.deref(resp).content as Record<string, { schema?: Json }> | undefined) ?? {};
          responses[status] = content['application/json']?.schema;
        }
        this.operations.push({
          responses,
          method: method.toUpperCase(),
          template,
          operationId: String(op.operationId),
          regex: new RegExp(`^/${pattern}$`),
          pathNames,
          literalSegments: segments.filter((s) => !s.includes('{')).length,
          parameters,
          ...(bodySchema ? { bodySchema } : {}),
          bodyRequired: body?.required === true,
        });
      }
    }
    // Prefer literal segments: /pulls/comments/{id} before /pulls/{pull_number}/…
    this.operations.sort((a, b) => b.literalSegments - a.literalSegments);
  }

  private deref(node: Json): Json {
    let n = node;
    while (typeof n.$ref === 'string') {
      const parts = (n.$ref as string).replace(/^#\//, '').split('/');
      let at: unknown = this.spec;
      for (const p of parts) at = (at as Json)[p];
      n = at as Json;
    }
    return n;
  }

  operationById(operationId: string): Operation | undefined {
    return this.operations.find((o) => o.operationId === operationId);
  }

  validate(method: string, pathname: string, query: URLSearchParams, body: unknown, hasBody: boolean): ValidationResult {
    const violations: string[] = [];
    const op = this.operations.find((o) => o.method === method && o.regex.test(pathname));
    if (!op) return { pathParams: {}, violations: [`${method} ${pathname}: no such operation in GitHub's REST API`] };
    const m = op.regex.exec(pathname)!;
    const pathParams: Record<string, string> = {};
    op.pathNames.forEach((name, i) => (pathParams[name] = decodeURIComponent(m[i + 1]!)));
    const where = `${op.operationId} (${method} ${op.template})`;
    for (const p of op.parameters) {
      if (p.in === 'path') {
        const v = pathParams[p.name];
        if (v === undefined) violations.push(`${where}: path parameter ${p.name} missing`);
        else this.checkParam(where, p, v, violations);
      } else if (p.in === 'query') {
        const values = query.getAll(p.name);
        if (values.length === 0) {
          if (p.required) violations.push(`${where}: required query parameter ${p.name} missing`);
        } else for (const v of values) this.checkParam(where, p, v, violations);
      }
    }
    const known = new Set(op.parameters.filter((p) => p.in === 'query').map((p) => p.name));
    for (const name of new Set(query.keys())) if (!known.has(name)) violations.push(`${where}: unknown query parameter ${name}`);
    if (hasBody) {
      if (!op.bodySchema) violations.push(`${where}: the operation takes no request body`);
      else {
        const validate = this.bodyValidator(op);
        if (!validate(body)) violations.push(`${where}: body: ${this.ajv.errorsText(validate.errors, { separator: '; ' })}`);
        const props = op.bodySchema.properties as Json | undefined;
        if (props && body && typeof body === 'object' && !Array.isArray(body)) {
          for (const k of Object.keys(body)) if (!(k in props)) violations.push(`${where}: body property ${k} is not part of the operation`);
        }
      }
    } else if (op.bodyRequired) violations.push(`${where}: request body required`);
    return { operation: op, pathParams, violations };
  }

  /** Violations of the stand-in itself: a response that GitHub's description does not allow. */
  validateResponse(op: Operation, status: number, data: unknown): string[] {
    if (!(String(status) in op.responses)) return [`${op.operationId}: the fake answered ${status}, which the description does not list`];
    const schema = op.responses[String(status)];
    if (!schema || status >= 400) return [];
    const key = `${op.operationId}#response:${status}`;
    let v = this.compiled.get(key);
    if (!v) {
      v = this.ajv.compile(convert(schema) as Json);
      this.compiled.set(key, v);
    }
    return v(data) ? [] : [`${op.operationId}: fake response ${status}: ${this.ajv.errorsText(v.errors, { separator: '; ' })}`];
  }

  private bodyValidator(op: Operation): ValidateFunction {
    let v = this.compiled.get(op.operationId);
    if (!v) {
      v = this.ajv.compile(convert(op.bodySchema) as Json);
      this.compiled.set(op.operationId, v);
    }
    return v;
  }

  private checkParam(where: string, p: Parameter, raw: string, violations: string[]): void {
    const schema = (p.schema ? this.deref(p.schema) : {}) as Json;
    let value: unknown = raw;
    if (schema.type === 'integer' || schema.type === 'number') {
      if (!/^-?\d+(\.\d+)?$/.test(raw)) {
        violations.push(`${where}: ${p.in} parameter ${p.name}=${JSON.stringify(raw)} is not a number`);
        return;
      }
      value = Number(raw);
    } else if (schema.type === 'boolean') {
      if (raw !== 'true' && raw !== 'false') {
        violations.push(`${where}: ${p.in} parameter ${p.name}=${JSON.stringify(raw)} is not a boolean`);
        return;
      }
      value = raw === 'true';
    }
    const key = `${where}#${p.in}:${p.name}`;
    let v = this.paramSchemas.get(key);
    if (!v) {
      v = this.ajv.compile(convert(schema) as Json);
      this.paramSchemas.set(key, v);
    }
    if (!v(value)) violations.push(`${where}: ${p.in} parameter ${p.name}=${JSON.stringify(raw)}: ${this.ajv.errorsText(v.errors)}`);
  }
}

let shared: OpenApiDescription | undefined;

/** GitHub's description, parsed once per process. */
export function githubOpenApi(): OpenApiDescription {
  if (!shared) {
    shared = new OpenApiDescription(fileURLToPath(new URL('../../../node_modules/@octokit/openapi/generated/api.github.com.json', import.meta.url)));
  }
  return shared;
}
