import { randomUUID } from 'node:crypto';
import { realpathSync } from 'node:fs';
import path from 'node:path';
import type * as coreModule from '@actions/core';
import type { Diagnostic } from '../postfix/diagnostics.js';
import { formatScanText } from '../report/scan-text.js';
import { scanRepository } from '../scan.js';

type Core = Pick<typeof coreModule, 'info' | 'error' | 'warning' | 'notice' | 'setOutput' | 'setFailed' | 'summary'>;

export interface ActionContext {
  workspace: string;
  getInput(name: string): string;
  getMultilineInput(name: string): string[];
  core: Core;
}

/** Resolve the `path` input inside the workspace; anything that escapes it is refused. */
export function resolveInsideWorkspace(workspace: string, input: string): string {
  const root = path.resolve(workspace);
  const resolved = path.resolve(root, input || '.');
  const outside = (base: string, p: string): boolean => {
    const rel = path.relative(base, p);
    return rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel);
  };
  if (outside(root, resolved)) {
    throw new Error(`input "path" (${input}) points outside the workspace ${root}`);
  }
  // A pull request can replace the scanned folder by a symbolic link: follow links before deciding.
  let real: string | undefined;
  try {
    real = realpathSync(resolved);
  } catch {
    real = undefined; // missing: the scan reports it
  }
  if (real !== undefined && outside(realpathSync(root), real)) {
    throw new Error(`input "path" (${input}) leads outside the workspace ${root} through a symbolic link`);
  }
  return resolved;
}

function annotate(core: Core, workspace: string, root: string, d: Diagnostic): void {
  const file = path.relative(workspace, path.join(root, d.path)).split(path.sep).join('/');
  const props = {
    title: d.code,
    file,
    ...(d.span
      ? { startLine: d.span.start.line, endLine: d.span.end.line, ...(d.span.start.line === d.span.end.line ? { startColumn: d.span.start.column, endColumn: d.span.end.column } : {}) }
      : {}),
  };
  if (d.severity === 'fatal' || d.severity === 'error') core.error(d.message, props);
  else if (d.severity === 'warning') core.warning(d.message, props);
  else core.notice(d.message, props);
}

/** addCodeBlock() inserts its text as raw HTML into the job summary. */
function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export async function runAction(ctx: ActionContext): Promise<void> {
  const { core } = ctx;
  const root = resolveInsideWorkspace(ctx.workspace, ctx.getInput('path'));
  const include = ctx.getMultilineInput('include');
  const exclude = ctx.getMultilineInput('exclude');
  const result = await scanRepository(root, {
    ...(include.length ? { include } : {}),
    ...(exclude.length ? { exclude } : {}),
  });
  const shown = { ...result, root: path.relative(ctx.workspace, root) || '.' };
  const text = formatScanText(shown);
  // The listing quotes paths and values from the repository: none of its lines may act as a workflow command.
  const stopToken = randomUUID();
  core.info(`::stop-commands::${stopToken}`);
  core.info(text);
  core.info(`::${stopToken}::`);
  const diagnostics = [...result.diagnostics, ...result.sets.flatMap((s) => s.diagnostics)];
  for (const d of diagnostics) annotate(core, ctx.workspace, root, d);
  core.setOutput('config-sets', String(result.sets.length));
  core.setOutput('problems', String(diagnostics.length));
  await core.summary.addHeading('postfix-tls-audit', 2).addCodeBlock(escapeHtml(text.slice(0, 200_000)), 'text').write();
}
