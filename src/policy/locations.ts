import type { ConfigSetModel, Endpoint } from '../model/types.js';
import { spanOf, type SourceText } from '../postfix/source.js';
import type { FindingInput } from './types.js';

/**
 * Where a finding points when no setting decides: the service's master.cf line; for a set without a
 * master.cf of its own (Postfix's stock master.cf is assumed, and it is no file of the repository) the
 * last line of main.cf, which is where a missing main.cf setting gets added.
 */
export function serviceLocation(model: ConfigSetModel, e?: Endpoint): { file: string; span?: FindingInput['span'] } {
  const master = model.loaded.master;
  if (e && master && !model.loaded.masterIsStock) {
    const s = e.masterService;
    return { file: master.source.path, span: spanOf(master.source, s.line.startOffset, s.line.endOffset) };
  }
  const main = model.loaded.main;
  if (main) return { file: main.source.path, span: lastLine(main.source) };
  return { file: model.mainCf ?? model.root };
}

/** The last line of a file that is not blank (line 1 of an empty file). */
function lastLine(source: SourceText): FindingInput['span'] {
  const text = source.text;
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1] as string)) end--;
  const start = text.lastIndexOf('\n', end - 1) + 1;
  return spanOf(source, start, end);
}

/** True when the endpoint's service is one of the stock master.cf (the set has no master.cf). */
export function fromStockMaster(model: ConfigSetModel): boolean {
  return model.loaded.masterIsStock && model.loaded.master !== undefined;
}

/**
 * A sentence to append to a finding's message when it points into main.cf for a service of the stock
 * master.cf, so the reader knows where the service comes from.
 */
export function stockMasterNote(model: ConfigSetModel, e: Endpoint | undefined): string {
  return e && fromStockMaster(model) ? ` (${e.service}/${e.type} is a service of Postfix's stock master.cf: this config set has no master.cf of its own.)` : '';
}
