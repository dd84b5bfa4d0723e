import { editAtOffsets } from '../../fix/edits.js';
import { optionText } from '../../fix/master-cf-edits.js';
import type { Diagnostic } from '../../postfix/diagnostics.js';
import type { ConfigSetModel } from '../../model/types.js';
import type { Fix } from '../types.js';
import { diagnosticRule } from './helpers.js';

/**
 * `-o name=a, b`: the option's value ends with "," and the next words became arguments. Rejoin them
 * as `-o { name = a, b }` (Postfix 3.0+), up to the next word that starts with "-".
 */
function rejoin(model: ConfigSetModel, d: Diagnostic): Fix | undefined {
  const master = model.loaded.master;
  if (!master || model.loaded.masterIsStock || !d.span || d.code !== 'master-cf/unexpected-argument') return undefined;
  const off = d.span.start.offset;
  const service = master.services.find((s) => s.strayArguments.some((a) => a.span.start.offset === off));
  if (!service) return undefined;
  const first = service.strayArguments.findIndex((a) => a.span.start.offset === off);
  const option = [...service.options].reverse().find((o) => o.span.end.offset <= off);
  if (!option || option.form === 'braced' || !/,$/.test(option.value)) return undefined;
  const words: { text: string; end: number }[] = [];
  for (const a of service.strayArguments.slice(first)) {
    if (a.text.startsWith('-')) break;
    words.push({ text: a.text, end: a.span.end.offset });
  }
  if (words.length === 0) return undefined;
  const value = [option.value, ...words.map((w) => w.text)].join(' ');
  const edit = editAtOffsets(master.source, option.span.start.offset, (words[words.length - 1] as { end: number }).end, optionText(option.name, value));
  return { description: `Write -o { ${option.name} = ${value} } (one argument with blanks)`, edits: [edit] };
}

export const strayArgument = diagnosticRule(
  {
    id: 'stray-argument',
    title: '"-o name=a, b" with blanks: the service dies',
    defaultSeverity: 'error',
    rationale: 'master.cf splits arguments at blanks: "-o name=a, b" passes "b" as a non-option argument and smtpd exits ("unexpected command-line argument"); later -o options are never applied. Use "-o { name = a, b }" (Postfix 3.0+) or no blanks.',
    references: ['reference postfix-semantics §2.3', 'master(5)'],
  },
  ['master-cf/unexpected-argument', 'master-cf/options-after-argument'],
  { fix: (d, ctx) => rejoin(ctx.model, d) },
);
