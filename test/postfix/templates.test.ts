import { existsSync, readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  commentLineTest,
  findPlaceholders,
  templateLanguageFromName,
  templateLanguageOfText,
  type Placeholder,
  type TemplateLanguage,
} from '../../src/postfix/templates.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const FIXTURES = path.join(here, 'templates-fixtures');

function fixture(rel: string): string {
  return readFileSync(path.join(FIXTURES, rel), 'latin1');
}

function texts(text: string, found: Placeholder[]): string[] {
  return found.map((p) => text.slice(p.start, p.end));
}

function countByLanguage(found: Placeholder[]): Partial<Record<TemplateLanguage, number>> {
  const out: Partial<Record<TemplateLanguage, number>> = {};
  for (const p of found) out[p.language] = (out[p.language] ?? 0) + 1;
  return out;
}

/** Placeholders that carry the given literal, e.g. every "{{ DOMAIN }}". */
function spanOf(text: string, literal: string, from = 0): [number, number] {
  const start = text.indexOf(literal, from);
  if (start === -1) throw new Error(`fixture lacks ${literal}`);
  return [start, start + literal.length];
}

describe('findPlaceholders on real templates (copies from the shared corpus)', () => {
  it('Mailu main.cf (Jinja2): every {{ }} {% %} {# #} tag, and nothing of ${podop} or milter {macros}', () => {
    const text = fixture('Mailu__Mailu/core__postfix__conf__main.cf');
    const found = findPlaceholders(text);
    expect(countByLanguage(found)).toEqual({ jinja: 24 });
    const literals = texts(text, found);
    expect(literals).toContain('{{ DOMAIN }}');
    expect(literals).toContain(`{{ OUTBOUND_TLS_LEVEL|default('dane') }}`);
    // A string literal holding braces does not end the tag early.
    expect(literals).toContain('{{ "[{}]/{}".format(*SUBNET6.translate({91: None, 93: None}).split("/")) }}');
    expect(literals).toContain('{# Ensure that the rendered file ends with newline in order to make `postconf` work correctly #}');
    expect(literals).toContain('{{- "\\n" }}');
    // Postfix syntax on the same file stays untouched.
    expect(literals.some((l) => l.includes('podop'))).toBe(false);
    expect(literals.some((l) => l.includes('{client_addr}'))).toBe(false);
    // `inet:{{ ANTISPAM_ADDRESS }}` is Jinja: inet is not a table type that takes a brace text.
    expect(literals).toContain('{{ ANTISPAM_ADDRESS }}');
    expect(templateLanguageOfText(text)).toBe('jinja');
  });

  it('Mailu master.cf: {% if %} inside an -o value', () => {
    const text = fixture('Mailu__Mailu/core__postfix__conf__master.cf');
    const found = findPlaceholders(text);
    expect(texts(text, found)).toEqual([
      '{% if REJECT_UNLISTED_RECIPIENT %}',
      '{{ REJECT_UNLISTED_RECIPIENT }}',
      '{% else %}',
      '{% endif %}',
      '{# Ensure that the rendered file ends with a newline #}',
      '{{- "\\n" }}',
    ]);
  });

  it('Oefenweb main.cf.j2: all 67 {{ }} and 70 {% %} tags', () => {
    const text = fixture('Oefenweb__ansible-postfix/templates__etc__postfix__main.cf.j2');
    const found = findPlaceholders(text);
    expect(found).toHaveLength(137);
    expect(found.every((p) => p.language === 'jinja')).toBe(true);
    expect(texts(text, found)[0]).toBe('{{ ansible_managed | comment }}');
    expect(texts(text, found)).toContain('{% if postfix_smtpd_tls_security_level is defined %}');
    // ${data_directory} is Postfix expansion, not a placeholder.
    expect(found.some((p) => text.slice(p.start, p.end).includes('data_directory'))).toBe(false);
  });

  it('voxpupuli master.cf.debian.erb: 37 ERB tags including <%- -%> forms', () => {
    const text = fixture('voxpupuli__puppet-postfix/templates__master.cf.debian.erb');
    const found = findPlaceholders(text);
    expect(countByLanguage(found)).toEqual({ erb: 37 });
    const literals = texts(text, found);
    expect(literals[0]).toBe('<% if @master_smtp -%>');
    expect(literals).toContain('<%= @jail %>');
    expect(literals).toContain(
      "<%- (@smtp_listen.is_a?(Array) ? @smtp_listen : @smtp_listen.split(' ')).each do |listen_address| -%>",
    );
  });

  it('Zimbra master.cf.in: %%var%% and %%uncomment ...%% (26), the rendered master.cf none', () => {
    const text = fixture('manickamk__zimbraconf/root__master.cf.in');
    const found = findPlaceholders(text);
    expect(countByLanguage(found)).toEqual({ 'percent-var': 26 });
    const literals = new Set(texts(text, found));
    expect([...literals].sort()).toEqual([
      '%%uncomment LOCAL:postfix_enable_smtpd_policyd%%',
      '%%uncomment LOCAL:postjournal_enabled%%',
      '%%uncomment SERVICE:antispam%%',
      '%%uncomment SERVICE:opendkim%%',
      '%%zimbraLocalBindAddress%%',
      '%%zimbraMtaSaslAuthEnable%%',
      '%%zimbraMtaTlsSecurityLevel%%',
    ]);
    // pipe(8) macros ${recipient} and friends in the same file are Postfix's.
    expect(text).toContain('${recipient}');
    expect(findPlaceholders(fixture('manickamk__zimbraconf/root__master.cf'))).toEqual([]);
  });

  it('iRedMail samples: sed placeholders PH_*, but not inside comment lines', () => {
    const main = fixture('iredmail__iRedMail/samples__postfix__main.cf');
    const found = findPlaceholders(main);
    expect(countByLanguage(found)).toEqual({ 'sed-placeholder': 39 });
    expect(texts(main, found)).toContain('PH_SSL_CERT_FILE');
    expect(texts(main, found)).toContain('PH_SSL_DH1024_PARAM_FILE');
    const commented = spanOf(main, '#sender_canonical_maps = tcp:PH_IREDAPD_SERVER_ADDRESS');
    expect(found.some((p) => p.start >= commented[0] && p.start < commented[1] + 40)).toBe(false);

    const master = fixture('iredmail__iRedMail/samples__postfix__master.cf');
    const inMaster = findPlaceholders(master);
    expect(countByLanguage(inMaster)).toEqual({ 'sed-placeholder': 18 });
    expect(texts(master, inMaster)).toContain('PH_AMAVISD_MAX_SERVERS');
    // ${sender} ${user}@${domain} on the same lines are pipe(8) macros.
    expect(texts(master, inMaster).some((l) => l.includes('$'))).toBe(false);
  });

  it('Univention UCR: @!@ python blocks (multi-line) and @%@var@%@', () => {
    const tls = fixture(
      'univention__univention-corporate-server/mail__univention-mail-postfix__conffiles__etc__postfix__main.cf.d__60_tls',
    );
    const found = findPlaceholders(tls);
    expect(countByLanguage(found)).toEqual({ univention: 9 });
    const literals = texts(tls, found);
    expect(literals).toContain('@%@mail/postfix/smtpd/tls/eecdh/grade@%@');
    const block = literals.find((l) => l.includes('smtpd_tls_mandatory_protocols'));
    expect(block?.startsWith('@!@\n')).toBe(true);
    expect(block?.endsWith('\n@!@')).toBe(true);
    // Literal lines between blocks are not covered.
    const [s] = spanOf(tls, 'smtpd_tls_received_header = no');
    expect(found.some((p) => p.start <= s && s < p.end)).toBe(false);

    const services = fixture(
      'univention__univention-corporate-server/mail__univention-mail-postfix__conffiles__etc__postfix__master.cf.d__10_services',
    );
    expect(texts(services, findPlaceholders(services)).map((l) => l.slice(0, 12))).toEqual(['@%@UCRWARNIN', '@!@\nopt_verb']);
  });

  it.each([
    'DanWin__mail-hosting/etc__postfix__main.cf',
    'DanWin__mail-hosting/etc__postfix__master.cf',
    'filegarden__mail/etc__postfix__main.cf',
    'filegarden__mail/etc__postfix__master.cf',
    'mailcow__mailcow-dockerized/data__conf__postfix__main.cf',
    'mailcow__mailcow-dockerized/data__conf__postfix__master.cf',
    'vdukhovni__postfix/postfix__conf__main.cf',
    'vdukhovni__postfix/postfix__conf__master.cf',
  ])('plain Postfix file %s (inline:{{...}}, regexp:{ { } }, -o { }, $$) has no placeholder', (rel) => {
    const text = fixture(rel);
    expect(findPlaceholders(text)).toEqual([]);
    expect(templateLanguageOfText(text)).toBeUndefined();
  });

  it('the DanWin and filegarden fixtures really contain the Postfix brace forms the test is about', () => {
    expect(fixture('DanWin__mail-hosting/etc__postfix__main.cf')).toContain('inline:{{@localhost=@danwin1210.de}');
    expect(fixture('DanWin__mail-hosting/etc__postfix__main.cf')).toContain('inline:{{<> = REJECT}}');
    expect(fixture('filegarden__mail/etc__postfix__main.cf')).toContain('regexp:{ { /^(.*)$$/ $$1 } }');
    expect(fixture('filegarden__mail/etc__postfix__master.cf')).toContain('-o { ');
  });
});

describe('findPlaceholders: Postfix syntax is not a placeholder', () => {
  it.each([
    'virtual_alias_maps = inline:{{ a = b }, { c = d }}',
    'virtual_alias_maps = inline:{ { a = b }, { c = d } }',
    'smtpd_client_restrictions = check_client_access cidr:{{10.0.0.0/8 OK}, {192.168.0.0/16 REJECT}}',
    'header_checks = pcre:{{/^Received:/ IGNORE}}',
    'smtpd_sender_login_maps = regexp:{ { /^(.*)$$/ $$1 } }',
    'mydestination = static:{a value with spaces}',
    'transport_maps = randmap:{relay1, relay2}',
    'x = pipemap:{inline:{{a=b}}, inline:{{b=c}}}',
    'x = unionmap:{inline:{{a=b}}, proxy:hash:/etc/postfix/x}',
    'smtpd_tls_protocols = ${name?{value}}',
    'smtpd_tls_protocols = ${name?{{braced}}}',
    'smtpd_tls_fingerprint_digest = ${{$compatibility_level} <level {3.6} ? {md5} : {sha256}}',
    'x = ${{$a} == {b} ? {x} : {y}}',
    'submission inet n - y - - smtpd\n  -o { smtpd_tls_protocols = !TLSv1, !TLSv1.1 }',
    'milter_mail_macros = i {mail_addr} {client_addr} {client_name} {auth_authen}',
    'maildrop unix - n n - - pipe\n  flags=DRXhu user=vmail argv=/usr/bin/maildrop -d ${recipient} ${user}@${nexthop}',
    'uucp unix - n n - - pipe\n  flags=Fqhu user=uucp argv=uux -r -n -z -a$sender - $nexthop!rmail ($recipient)',
    'myorigin = $mydomain\nmyhostname = ${myhostname}.$(mydomain)',
    'literal = $$HOME and $$PATH',
    'relay_recipient_maps = inline:{{postmaster@example.com = ok}}',
    '# a comment mentioning $HOME, PH_LIKE and __TOKEN__ is prose',
    'smtpd_banner = $myhostname ESMTP 100% ready',
    'always_bcc = archive@example.com',
  ])('%s', (text) => {
    expect(findPlaceholders(text)).toEqual([]);
  });
});

describe('findPlaceholders: template syntaxes', () => {
  const cases: Array<[string, string, TemplateLanguage, string]> = [
    ['jinja expression', 'myhostname = {{ hostname }}', 'jinja', '{{ hostname }}'],
    ['jinja statement', '{% if tls %}\nsmtpd_tls_security_level = may\n{% endif %}', 'jinja', '{% if tls %}'],
    ['jinja comment', '{# managed by salt #}\nbiff = no', 'jinja', '{# managed by salt #}'],
    ['salt pillar', "smtpd_tls_cert_file = {{ salt['pillar.get']('postfix:cert') }}", 'jinja', "{{ salt['pillar.get']('postfix:cert') }}"],
    ['jinja after inet:', 'smtpd_milters = inet:{{ MILTER }}:11332', 'jinja', '{{ MILTER }}'],
    ['go template field', 'myhostname = {{ .Hostname }}', 'go-template', '{{ .Hostname }}'],
    ['go template action', '{{ if .TLS }}smtpd_tls_security_level = may{{ end }}', 'go-template', '{{ if .TLS }}'],
    ['go template function', 'relayhost = {{ env "RELAYHOST" }}', 'go-template', '{{ env "RELAYHOST" }}'],
    ['go trim marker', 'x = {{- .Value -}}', 'go-template', '{{- .Value -}}'],
    ['erb output', 'myhostname = <%= @fqdn %>', 'erb', '<%= @fqdn %>'],
    ['erb code', "<% if @tls -%>\nsmtpd_use_tls = yes\n<% end -%>", 'erb', '<% if @tls -%>'],
    ['erb comment', '<%# managed by puppet %>', 'erb', '<%# managed by puppet %>'],
    ['mojolicious tag', 'myhostname = <%= $hostname %>', 'mojolicious', '<%= $hostname %>'],
    ['mojolicious line', "% if ($tls) {\nsmtpd_use_tls = yes\n% }", 'mojolicious', '% if ($tls) {'],
    ['zimbra variable', 'smtpd_tls_security_level = %%zimbraMtaTlsSecurityLevel%%', 'percent-var', '%%zimbraMtaTlsSecurityLevel%%'],
    ['zimbra uncomment', '%%uncomment VAR:zimbraMtaTlsAuthOnly%%smtpd_tls_auth_only = yes', 'percent-var', '%%uncomment VAR:zimbraMtaTlsAuthOnly%%'],
    ['envsubst braced', 'myhostname = ${MAIL_HOSTNAME}', 'envsubst', '${MAIL_HOSTNAME}'],
    ['envsubst default', 'relayhost = ${RELAY_HOST:-[smtp.example.net]:587}', 'envsubst', '${RELAY_HOST:-[smtp.example.net]:587}'],
    ['envsubst bare', 'smtpd_tls_cert_file = /certs/$DOMAIN/fullchain.pem', 'envsubst', '$DOMAIN'],
    ['univention variable', 'smtpd_tls_loglevel = @%@mail/postfix/smtpd/tls/loglevel@%@', 'univention', '@%@mail/postfix/smtpd/tls/loglevel@%@'],
    ['univention block', "@!@\nprint 'x = y'\n@!@\nbiff = no", 'univention', "@!@\nprint 'x = y'\n@!@"],
    ['univention open block', "@!@\nprint 'x = y'\n", 'univention', "@!@\nprint 'x = y'\n"],
    ['iredmail sed', 'smtpd_tls_key_file = PH_SSL_KEY_FILE', 'sed-placeholder', 'PH_SSL_KEY_FILE'],
    ['autoconf', 'command_directory = @sbindir@', 'sed-placeholder', '@sbindir@'],
    ['double underscore', 'myhostname = __HOSTNAME__', 'sed-placeholder', '__HOSTNAME__'],
  ];
  it.each(cases)('%s', (_name, text, language, literal) => {
    const found = findPlaceholders(text);
    expect(found.length).toBeGreaterThan(0);
    const first = found[0] as Placeholder;
    expect(text.slice(first.start, first.end)).toBe(literal);
    expect(first.language).toBe(language);
  });

  it('a placeholder inside a Postfix inline table is still found', () => {
    const text = 'virtual_alias_maps = inline:{{ postmaster = {{ admin_address }} }}';
    expect(texts(text, findPlaceholders(text))).toEqual(['{{ admin_address }}']);
  });

  it('placeholders nested in another are reported once (the outer one)', () => {
    const text = 'x = {{ PH_VALUE }} and <%= "${HOME}" %>';
    expect(texts(text, findPlaceholders(text))).toEqual(['{{ PH_VALUE }}', '<%= "${HOME}" %>']);
  });

  it('results are sorted, do not overlap, and stay inside the text', () => {
    const text = '@%@a@%@ {{ b }} <%= c %> %%d%% ${E} PH_F @g@ __H__\n% i\n';
    const found = findPlaceholders(text);
    // The "% i" line makes this a Mojolicious file, so its <%= %> tag is Mojolicious too.
    expect(found.map((p) => p.language)).toEqual([
      'univention',
      'jinja',
      'mojolicious',
      'percent-var',
      'envsubst',
      'sed-placeholder',
      'sed-placeholder',
      'sed-placeholder',
      'mojolicious',
    ]);
    for (let i = 1; i < found.length; i++) expect((found[i] as Placeholder).start).toBeGreaterThanOrEqual((found[i - 1] as Placeholder).end);
  });

  it('unterminated tags are not placeholders (a stray "{{" could be anything)', () => {
    expect(findPlaceholders('x = {{ unterminated')).toEqual([]);
    expect(findPlaceholders('x = <% open')).toEqual([]);
    expect(findPlaceholders('x = <%% literal %>')).toEqual([]);
  });

  it('a hint decides between ERB and Mojolicious for <% %> tags (Puppet EPP uses $var too)', () => {
    const text = 'myhostname = <%= $hostname %>';
    expect(findPlaceholders(text, { hint: 'erb' })[0]?.language).toBe('erb');
    expect(findPlaceholders(text, { hint: 'mojolicious' })[0]?.language).toBe('mojolicious');
  });
});

describe('commentLineTest', () => {
  // The comment ranges as a whole-text search finds them (what findPlaceholders used before).
  const reference = (text: string, offset: number): boolean => {
    for (const m of text.matchAll(/^[ \t\r\v\f]*#[^\n]*/gm)) if (offset >= m.index && offset < m.index + m[0].length) return true;
    return false;
  };
  const piece = fc.constantFrom('#', ' ', '\t', '\r', '\n', '\v', '\f', '\u2028', '\u2029', 'x', '$A', 'a = b', '# c');

  it('answers as the whole-text search for every offset, asked in order', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (pieces) => {
        const text = pieces.join('');
        const test = commentLineTest(text);
        for (let i = 0; i <= text.length; i++) expect(test(i)).toBe(reference(text, i));
      }),
      { numRuns: 3000 },
    );
  });

  it('answers as the whole-text search for offsets asked in any order', () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 14 }), fc.array(fc.nat(), { maxLength: 20 }), (pieces, asked) => {
        const text = pieces.join('');
        const test = commentLineTest(text);
        for (const a of asked) expect(test(a % text.length)).toBe(reference(text, a % text.length));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('templateLanguageFromName', () => {
  it.each([
    ['main.cf.j2', 'jinja'],
    ['templates/etc/postfix/main.cf.jinja2', 'jinja'],
    ['master.cf.jinja', 'jinja'],
    ['master.cf.debian.erb', 'erb'],
    ['main.cf.epp', 'erb'],
    ['main.cf.ep', 'mojolicious'],
    ['main.cf.gotmpl', 'go-template'],
    ['main.cf.tmpl', 'unknown'],
    ['main.cf.tpl', 'unknown'],
    ['main.cf.template', 'unknown'],
    ['master.cf.in', 'unknown'],
    ['MAIN.CF.J2', 'jinja'],
  ] as const)('%s → %s', (name, language) => {
    expect(templateLanguageFromName(name)).toBe(language);
  });

  it.each(['main.cf', 'master.cf', 'main.cf.proto', 'main.cf.dist', 'etc__postfix__main.cf', '.j2', 'x/.in'])(
    '%s is not a template name',
    (name) => {
      expect(templateLanguageFromName(name)).toBeUndefined();
    },
  );

  it('answers as a test of every extension against the lower-cased name would', () => {
    const extensions = ['.j2', '.jinja2', '.jinja', '.erb', '.epp', '.ep', '.gotmpl', '.tmpl', '.tpl', '.template', '.in'];
    const languages = ['jinja', 'jinja', 'jinja', 'erb', 'erb', 'mojolicious', 'go-template', 'unknown', 'unknown', 'unknown', 'unknown'];
    const reference = (name: string): string | undefined => {
      const base = name.slice(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).toLowerCase();
      const i = extensions.findIndex((ext) => base.endsWith(ext) && base.length > ext.length);
      return i === -1 ? undefined : languages[i];
    };
    const piece = fc.oneof(
      fc.constantFrom(...extensions, ...extensions.map((e) => e.toUpperCase()), '.', '/', '\\', 'main.cf', 'İ', '\u212a', 'J2', 'IN'),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), (pieces) => {
        const name = pieces.join('');
        expect(templateLanguageFromName(name)).toBe(reference(name));
      }),
      { numRuns: 3000 },
    );
  });
});

// The whole shared corpus, where this checkout has it beside the repository (as CI does).
const CORPUS = path.resolve(here, '../../../shared/corpus');
const TEMPLATE_FILES: Record<string, TemplateLanguage> = {
  'Mailu__Mailu/core__postfix__conf__main.cf': 'jinja',
  'Mailu__Mailu/core__postfix__conf__master.cf': 'jinja',
  'Oefenweb__ansible-postfix/templates__etc__postfix__main.cf.j2': 'jinja',
  'iredmail__iRedMail/samples__postfix__main.cf': 'sed-placeholder',
  'iredmail__iRedMail/samples__postfix__master.cf': 'sed-placeholder',
  'manickamk__zimbraconf/master.cf.in': 'percent-var',
  'univention__univention-corporate-server/mail__univention-mail-postfix__conffiles__etc__postfix__main.cf.d__60_tls': 'univention',
  'univention__univention-corporate-server/mail__univention-mail-postfix__conffiles__etc__postfix__master.cf.d__10_services': 'univention',
  'voxpupuli__puppet-postfix/templates__master.cf.debian.erb': 'erb',
};

describe.skipIf(!existsSync(CORPUS))('every file of the shared corpus', () => {
  const files = existsSync(CORPUS)
    ? readdirSync(CORPUS, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .flatMap((d) => readdirSync(path.join(CORPUS, d.name)).map((f) => `${d.name}/${f}`))
        .sort()
    : [];
  it.each(files)('%s', (rel) => {
    const text = readFileSync(path.join(CORPUS, rel), 'latin1');
    expect(templateLanguageOfText(text)).toBe(TEMPLATE_FILES[rel]);
  });
});

describe('findPlaceholders properties', () => {
  const alphabet = fc.constantFrom(...'{}%<>$@#!_ PHAZaz.:=-\n\t\'"'.split(''));
  const messy = fc.array(alphabet, { maxLength: 200 }).map((chars) => chars.join(''));

  it('results are sorted, disjoint and inside the text, for any input', () => {
    fc.assert(
      fc.property(fc.oneof(messy, fc.string({ maxLength: 200 })), (text) => {
        const found = findPlaceholders(text);
        let last = 0;
        for (const p of found) {
          expect(p.start).toBeGreaterThanOrEqual(last);
          expect(p.end).toBeGreaterThan(p.start);
          expect(p.end).toBeLessThanOrEqual(text.length);
          last = p.end;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a Jinja tag spliced into plain Postfix text is found exactly', () => {
    const plain = fc.stringMatching(/^[a-z_ =,.\/0-9]{0,40}$/);
    // Go-template action keywords ({{ if }}, {{ end }}, ...) are read as Go templates, not Jinja variables.
    const GO_KEYWORDS = new Set(['if', 'else', 'end', 'range', 'with', 'define', 'template', 'block', 'break', 'continue']);
    const name = fc.stringMatching(/^[a-z_][a-z0-9_]{0,12}$/).filter((n) => !GO_KEYWORDS.has(n));
    fc.assert(
      fc.property(plain, name, plain, (before, variable, after) => {
        const tag = `{{ ${variable} }}`;
        const text = `${before}${tag}${after}`;
        expect(findPlaceholders(text)).toEqual([{ start: before.length, end: before.length + tag.length, language: 'jinja' }]);
      }),
      { numRuns: 300, seed: 20878255 },
    );
  });
});
