/**
 * Which file names are Postfix configuration files: main.cf and master.cf, docker-mailserver's
 * postfix-main.cf / postfix-master.cf overrides, and template versions of all four
 * (main.cf.j2, master.cf.in, master.cf.debian.erb, ...).
 */
import { templateLanguageFromName, type TemplateLanguage } from '../postfix/templates.js';

export type ConfigFileKind = 'main.cf' | 'master.cf' | 'postfix-main.cf' | 'postfix-master.cf';

export const CONFIG_FILE_KINDS: readonly ConfigFileKind[] = ['main.cf', 'master.cf', 'postfix-main.cf', 'postfix-master.cf'];

export interface ClassifiedName {
  kind: ConfigFileKind;
  /** The language the name announces; undefined for a plain (non-template) name. */
  template?: TemplateLanguage | 'unknown';
  /**
   * The part between the base name and the template extension: "debian" for master.cf.debian.erb,
   * "" for main.cf and main.cf.j2. Template repositories keep one variant per platform side by side.
   */
  variant: string;
}

/** Directories never searched, whatever the ignore rules say. */
export const ALWAYS_SKIPPED_DIRECTORIES: ReadonlySet<string> = new Set(['node_modules', '.git']);

const VARIANT = /^[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*$/;

/** Classify a base name (no directory); undefined when it is not a config file name. */
export function classifyFileName(baseName: string): ClassifiedName | undefined {
  // Every config name holds ".cf" (discovery asks about every file of a repository: most fail here).
  if (!baseName.includes('.cf')) return undefined;
  for (const kind of CONFIG_FILE_KINDS) {
    if (baseName === kind) return { kind, variant: '' };
  }
  const template = templateLanguageFromName(baseName);
  if (template === undefined) return undefined;
  const stem = baseName.slice(0, baseName.lastIndexOf('.'));
  for (const kind of CONFIG_FILE_KINDS) {
    if (stem === kind) return { kind, template, variant: '' };
    if (stem.startsWith(`${kind}.`)) {
      const variant = stem.slice(kind.length + 1);
      if (VARIANT.test(variant)) return { kind, template, variant };
    }
  }
  return undefined;
}
