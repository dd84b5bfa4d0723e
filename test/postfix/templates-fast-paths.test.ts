/**
 * The template detector's fast paths give what the plain definitions give: `@name@` found at each "@"
 * (instead of one regex with a leading lookbehind over the whole text), and the template language of a
 * file name found from its last dot (instead of from the base name's).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPlaceholders, TEMPLATE_EXTENSIONS, templateLanguageFromName } from '../../src/postfix/templates.js';

/** The definition: `@name@` not joined to [\w.@%!-] on either side. */
const AT_NAME_AT = /(?<![\w.@%!-])@[A-Za-z_][A-Za-z0-9_]*@(?![\w.@%!-])/g;

describe('sed-style @name@ placeholders', () => {
  // No "#" or newline (comment lines), no "$", "{", "<", "PH_"; no "@!@", "@%@", "%%" or a line that starts
  // with "%" (Univention, Zimbra, Mojolicious): only @name@ and __NAME__ can be found in these texts.
  const text = fc
    .array(fc.constantFrom('@', '@', '@', 'a', 'Z', 'q', '_', '.', '-', '%', '!', '1', ' ', '\t', 'é', '='), { maxLength: 40 })
    .map((chars) => chars.join(''))
    .filter((t) => !/@!@|@%@|%%|^[ \t]*%/.test(t));

  it('are the matches of the regex with its lookbehind', () => {
    fc.assert(
      fc.property(text, (t) => {
        const found = findPlaceholders(t).filter((p) => t[p.start] === '@').map((p) => [p.start, p.end, p.language]);
        const expected = [...t.matchAll(AT_NAME_AT)].map((m) => [m.index, m.index + m[0].length, 'sed-placeholder']);
        expect(found).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('examples', () => {
    const at = (t: string): string[] => findPlaceholders(t).map((p) => t.slice(p.start, p.end));
    expect(at('relayhost = @RELAY@')).toEqual(['@RELAY@']);
    expect(at('a=@x@@y@ b=@z@ c=me@host@d@ e=@_1@')).toEqual(['@z@', '@_1@']);
    expect(at('@a@b@ @c@-')).toEqual([]);
    expect(at('!@a@ %@b@ .@c@ -@d@ x@e@ =@f@')).toEqual(['@f@']);
  });
});

describe('templateLanguageFromName', () => {
  /** The definition: the extension of the base name, from its last dot that is not its first character. */
  const byBaseName = (name: string): ReturnType<typeof templateLanguageFromName> => {
    const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    const dot = base.lastIndexOf('.');
    if (dot <= 0) return undefined;
    const ext = base.slice(dot).toLowerCase();
    return TEMPLATE_EXTENSIONS.includes(ext) ? templateLanguageFromName(`x${ext}`) : undefined;
  };
  const part = fc.constantFrom('main', 'cf', '.', '/', '\\', 'J2', 'j2', 'tmpl', 'TEMPLATE', 'in', 'epp', 'ep', 'x', 'İ', '.in', '.j2');

  it('answers as the lookup of the base name extension', () => {
    fc.assert(
      fc.property(fc.array(part, { maxLength: 8 }), (parts) => {
        const name = parts.join('');
        expect(templateLanguageFromName(name)).toBe(byBaseName(name));
      }),
      { numRuns: 3000 },
    );
  });

  it('examples', () => {
    expect(templateLanguageFromName('etc/postfix/main.cf.j2')).toBe('jinja');
    expect(templateLanguageFromName('a.j2/main.cf')).toBeUndefined();
    expect(templateLanguageFromName('dir/.j2')).toBeUndefined();
    expect(templateLanguageFromName('dir\\x.TEMPLATE')).toBe('unknown');
    expect(templateLanguageFromName('main.cf.erb')).toBe('erb');
    expect(templateLanguageFromName('main.cf.templates')).toBeUndefined();
  });
});
