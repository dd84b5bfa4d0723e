import type { ConfigSetModel, Endpoint } from '../model/types.js';
import { spanOf } from '../postfix/source.js';
import type { FindingInput } from './types.js';

/** Where a finding points when no setting decides: the service's master.cf line, else main.cf. */
export function serviceLocation(model: ConfigSetModel, e?: Endpoint): { file: string; span?: FindingInput['span'] } {
  const master = model.loaded.master;
  if (e && master && !model.loaded.masterIsStock) {
    const s = e.masterService;
    return { file: master.source.path, span: spanOf(master.source, s.line.startOffset, s.line.endOffset) };
  }
  return { file: model.mainCf ?? model.root };
}

