/** The built-in profiles, by id. */
import type { Profile } from '../types.js';
import { baseline } from './baseline.js';
import { bsiTr021022 } from './bsi-tr-02102-2.js';
import { ncscNl2025 } from './ncsc-nl-2025.js';
import { nistSp80052r2 } from './nist-sp800-52r2.js';
import { pciDss4 } from './pci-dss-4.js';
import { tlsrefIntermediate, tlsrefModern } from './tlsref.js';

export const PROFILES: ReadonlyMap<string, Profile> = new Map(
  [baseline, tlsrefIntermediate, tlsrefModern, ncscNl2025, bsiTr021022, nistSp80052r2, pciDss4].map((p) => [p.id, p]),
);
export const DEFAULT_PROFILE = 'baseline';
export const PROFILE_IDS: readonly string[] = [...PROFILES.keys()];
