import { chmodSync, chownSync, mkdirSync, readFileSync, realpathSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { discoverConfigSets, type ConfigSet, type DiscoveryResult } from '../../src/discover/index.js';
import { loadConfigSet } from '../../src/postfix/config-set.js';
import { parseMainCf } from '../../src/postfix/main-cf.js';
import { makeSource } from '../../src/postfix/source.js';
import { findPlaceholders } from '../../src/postfix/templates.js';
import { gitUnavailable, git, link, makeTempDir, readsIgnoringPermissions, removeTempDir, writeTree } from './tree-helpers.js';

const MAIN = 'smtpd_tls_security_level = may\n';
const MASTER = 'smtp      inet  n       -       y       -       -       smtpd\n';

const dirs: string[] = [];
function tempDir(label: string): string {
  const dir = makeTempDir(label);
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) {
    // Restore permissions so that removal works even after chmod 000 tests.
    try {
      chmodSync(path.join(dir, 'locked'), 0o755);
    } catch {
      /* not every test has one */
    }
    removeTempDir(dir);
  }
});

/** A compact view of the sets: directory → role → path. */
function summary(result: DiscoveryResult): Array<Record<string, unknown>> {
  return result.sets.map((s: ConfigSet) => ({
    directory: s.directory,
    ...(s.variant ? { variant: s.variant } : {}),
    files: s.files.map((f) => f.path),
    ...(s.main ? { main: s.main.path } : {}),
    ...(s.master ? { master: s.master.path } : {}),
    ...(s.mainOverride ? { mainOverride: s.mainOverride.path } : {}),
    ...(s.masterOverride ? { masterOverride: s.masterOverride.path } : {}),
    stock: s.pairedWithStockMaster,
    builtin: s.pairedWithBuiltinDefaults,
  }));
}

function codes(result: DiscoveryResult): string[] {
  return result.diagnostics.map((d) => `${d.code} ${d.path}`);
}

function allPaths(result: DiscoveryResult): string[] {
  return result.sets.flatMap((s) => s.files.map((f) => f.path));
}

describe('naming, grouping and pairing', () => {
  it('groups files by directory and pairs lone files with stock master.cf or built-in defaults', async () => {
    const root = tempDir('group');
    writeTree(root, {
      'main.cf': MAIN,
      'postfix/main.cf': MAIN,
      'postfix/master.cf': MASTER,
      'lone-main/main.cf': MAIN,
      'lone-master/master.cf': MASTER,
      'dms/config/postfix-main.cf': 'smtpd_tls_mandatory_protocols = >=TLSv1.2\n',
      'dms/config/postfix-master.cf': 'submission/inet/smtpd_tls_security_level = encrypt\n',
      'roles/postfix/templates/main.cf.j2': 'myhostname = {{ fqdn }}\n',
      'roles/postfix/templates/master.cf.j2': MASTER,
      'puppet/templates/master.cf.debian.erb': 'smtp inet n - <%= @jail %> - - smtpd\n',
      'puppet/templates/master.cf.SLES11.2.erb': 'smtp inet n - <%= @jail %> - - smtpd\n',
      // Not config files: corpus-style names, distribution copies, backups, other tables.
      'corpus/etc__postfix__main.cf': MAIN,
      'corpus/etc__postfix__master.cf': MASTER,
      'postfix/main.cf.proto': MAIN,
      'postfix/main.cf.dist': MAIN,
      'postfix/main.cf.bak': MAIN,
      'postfix/transport': 'example.com smtp:[relay]\n',
      'postfix/Main.cf': MAIN,
      'docs/main.cf.md': '# notes\n',
    });
    const result = await discoverConfigSets(root, {});
    expect(result.mode).toBe('walk');
    expect(result.diagnostics).toEqual([]);
    expect(summary(result)).toEqual([
      { directory: '.', files: ['main.cf'], main: 'main.cf', stock: true, builtin: false },
      {
        directory: 'dms/config',
        files: ['dms/config/postfix-main.cf', 'dms/config/postfix-master.cf'],
        mainOverride: 'dms/config/postfix-main.cf',
        masterOverride: 'dms/config/postfix-master.cf',
        stock: false,
        builtin: false,
      },
      { directory: 'lone-main', files: ['lone-main/main.cf'], main: 'lone-main/main.cf', stock: true, builtin: false },
      { directory: 'lone-master', files: ['lone-master/master.cf'], master: 'lone-master/master.cf', stock: false, builtin: true },
      {
        directory: 'postfix',
        files: ['postfix/main.cf', 'postfix/master.cf'],
        main: 'postfix/main.cf',
        master: 'postfix/master.cf',
        stock: false,
        builtin: false,
      },
      {
        directory: 'puppet/templates',
        variant: 'SLES11.2',
        files: ['puppet/templates/master.cf.SLES11.2.erb'],
        master: 'puppet/templates/master.cf.SLES11.2.erb',
        stock: false,
        builtin: true,
      },
      {
        directory: 'puppet/templates',
        variant: 'debian',
        files: ['puppet/templates/master.cf.debian.erb'],
        master: 'puppet/templates/master.cf.debian.erb',
        stock: false,
        builtin: true,
      },
      {
        directory: 'roles/postfix/templates',
        files: ['roles/postfix/templates/main.cf.j2', 'roles/postfix/templates/master.cf.j2'],
        main: 'roles/postfix/templates/main.cf.j2',
        master: 'roles/postfix/templates/master.cf.j2',
        stock: false,
        builtin: false,
      },
    ]);
    const postfix = result.sets.find((s) => s.directory === 'postfix');
    expect(postfix?.main).toEqual({
      path: 'postfix/main.cf',
      absolutePath: path.join(root, 'postfix', 'main.cf'),
      kind: 'main.cf',
      bytes: readFileSync(path.join(root, 'postfix', 'main.cf')),
      placeholders: [],
    });
    const dms = result.sets.find((s) => s.directory === 'dms/config');
    expect(dms?.mainOverride?.kind).toBe('postfix-main.cf');
    expect(dms?.masterOverride?.kind).toBe('postfix-master.cf');
  });

  it('tells templates from the name, and from the content where the name does not say', async () => {
    const root = tempDir('templates');
    writeTree(root, {
      'a/main.cf.j2': 'biff = no\n',
      'b/main.cf.tmpl': 'myhostname = {{ .Hostname }}\n',
      'c/main.cf.template': 'biff = no\n',
      'd/master.cf.in': 'submission inet n - n - - smtpd\n\t-o smtpd_tls_security_level=%%zimbraMtaTlsSecurityLevel%%\n',
      'e/main.cf': 'smtpd_tls_cert_file = PH_SSL_CERT_FILE\n',
      'f/main.cf': 'virtual_alias_maps = inline:{{ a = b }, { c = d }}\n',
      'g/main.cf.jinja2': '{% if x %}\n',
      'h/postfix-main.cf.erb': 'myhostname = <%= @fqdn %>\n',
      'i/main.cf': 'myhostname = ${MAIL_HOSTNAME}\n',
    });
    const result = await discoverConfigSets(root, {});
    const byPath = Object.fromEntries(result.sets.flatMap((s) => s.files).map((f) => [f.path, [f.kind, f.template]]));
    expect(byPath).toEqual({
      'a/main.cf.j2': ['main.cf', 'jinja'],
      'b/main.cf.tmpl': ['main.cf', 'go-template'],
      'c/main.cf.template': ['main.cf', 'unknown'],
      'd/master.cf.in': ['master.cf', 'percent-var'],
      'e/main.cf': ['main.cf', 'sed-placeholder'],
      'f/main.cf': ['main.cf', undefined],
      'g/main.cf.jinja2': ['main.cf', 'jinja'],
      'h/postfix-main.cf.erb': ['postfix-main.cf', 'erb'],
      'i/main.cf': ['main.cf', 'envsubst'],
    });
    expect(result.sets.flatMap((s) => s.files).find((f) => f.path === 'f/main.cf')).not.toHaveProperty('template');
  });

  it('hands the placeholders it found over to loading: the same as a search of the text the parsers decode', async () => {
    const root = tempDir('handover');
    writeTree(root, {
      'ascii/main.cf': 'myhostname = {{ host }}\n',
      'utf8/main.cf': '# héllo wörld\nmyhostname = {{ host }}\nrelayhost = ${RELAY}\n',
      'named/main.cf.j2': 'myhostname = {{ host }}\n',
    });
    mkdirSync(path.join(root, 'latin1'));
    writeFileSync(path.join(root, 'latin1', 'main.cf'), Buffer.from('# caf\xe9\nmyhostname = {{ host }}\n', 'latin1'));
    const result = await discoverConfigSets(root, {});
    const files = result.sets.flatMap((s) => s.files);
    expect(files.map((f) => f.path)).toEqual(['ascii/main.cf', 'latin1/main.cf', 'named/main.cf.j2', 'utf8/main.cf']);
    for (const file of files) {
      const source = makeSource(file.path, file.bytes);
      if (file.path.endsWith('.j2')) expect(file.placeholders).toBeUndefined(); // the name says it is a template
      else expect(file.placeholders).toEqual(findPlaceholders(source.text));
    }
    const set = result.sets.find((s) => s.directory === 'utf8') as ConfigSet;
    const loaded = loadConfigSet(set);
    const fresh = parseMainCf(makeSource(set.main!.path, set.main!.bytes));
    expect(loaded.main?.entries.map((e) => [e.name, e.templated, e.valueSpan])).toEqual(fresh.entries.map((e) => [e.name, e.templated, e.valueSpan]));
    expect(loaded.main?.entries.map((e) => e.templated)).toEqual([true, true]);
  });

  it('a plain file and a template of the same role: the plain one is used, the other reported', async () => {
    const root = tempDir('dup');
    writeTree(root, { 'postfix/main.cf': MAIN, 'postfix/main.cf.j2': 'x = {{ y }}\n', 'postfix/master.cf': MASTER });
    const result = await discoverConfigSets(root, {});
    expect(summary(result)).toEqual([
      {
        directory: 'postfix',
        files: ['postfix/main.cf', 'postfix/main.cf.j2', 'postfix/master.cf'],
        main: 'postfix/main.cf',
        master: 'postfix/master.cf',
        stock: false,
        builtin: false,
      },
    ]);
    expect(codes(result)).toEqual(['discover/duplicate-role postfix/main.cf.j2']);
    expect(result.diagnostics[0]?.severity).toBe('warning');
  });

  it('is deterministic: sets and files sorted by path (code-unit order), same result twice', async () => {
    const root = tempDir('order');
    writeTree(root, {
      'b/main.cf': MAIN,
      'B/main.cf': MAIN,
      'a/z/master.cf': MASTER,
      'a/main.cf': MAIN,
      'a-b/main.cf': MAIN,
      'a/master.cf': MASTER,
      'é/main.cf': MAIN,
    });
    const first = await discoverConfigSets(root, {});
    const second = await discoverConfigSets(root, {});
    expect(first).toEqual(second);
    expect(first.sets.map((s) => s.directory)).toEqual(['B', 'a', 'a-b', 'a/z', 'b', 'é']);
    expect(first.sets[1]?.files.map((f) => f.path)).toEqual(['a/main.cf', 'a/master.cf']);
  });

  it('always skips node_modules and .git', async () => {
    const root = tempDir('skip');
    writeTree(root, {
      'node_modules/some-pkg/main.cf': MAIN,
      'deep/node_modules/x/master.cf': MASTER,
      '.git/main.cf': MAIN,
      'sub/.git/master.cf': MASTER,
      'ok/main.cf': MAIN,
    });
    const result = await discoverConfigSets(root, {});
    expect(allPaths(result)).toEqual(['ok/main.cf']);
  });
});

describe('include and exclude globs', () => {
  const files = {
    'prod/postfix/main.cf': MAIN,
    'prod/postfix/master.cf': MASTER,
    'staging/postfix/main.cf': MAIN,
    'vendor/lib/postfix/main.cf': MAIN,
    'templates/main.cf.j2': 'a = {{ b }}\n',
  };

  it('include keeps only matching files', async () => {
    const root = tempDir('include');
    writeTree(root, files);
    const result = await discoverConfigSets(root, { include: ['prod/**'] });
    expect(allPaths(result)).toEqual(['prod/postfix/main.cf', 'prod/postfix/master.cf']);
  });

  it('exclude removes files and whole directories; it wins over include', async () => {
    const root = tempDir('exclude');
    writeTree(root, files);
    const result = await discoverConfigSets(root, { exclude: ['vendor/**', '**/*.j2'] });
    expect(allPaths(result)).toEqual(['prod/postfix/main.cf', 'prod/postfix/master.cf', 'staging/postfix/main.cf']);
    const both = await discoverConfigSets(root, { include: ['**/postfix/*'], exclude: ['staging'] });
    expect(allPaths(both)).toEqual(['prod/postfix/main.cf', 'prod/postfix/master.cf', 'vendor/lib/postfix/main.cf']);
  });

  it('globs match dot directories too', async () => {
    const root = tempDir('dot');
    writeTree(root, { '.config/postfix/main.cf': MAIN, 'x/main.cf': MAIN });
    expect(allPaths(await discoverConfigSets(root, { include: ['**/postfix/**'] }))).toEqual(['.config/postfix/main.cf']);
    expect(allPaths(await discoverConfigSets(root, { exclude: ['.config/**'] }))).toEqual(['x/main.cf']);
  });
});

describe('.gitignore without git (walking the tree)', () => {
  it('applies .gitignore files at every level, with negation and directory patterns', async () => {
    const root = tempDir('walk-ignore');
    writeTree(root, {
      '.gitignore': 'build/\n/secret/main.cf\n*.rendered/\n',
      'build/main.cf': MAIN,
      'src/build/master.cf': MASTER,
      'secret/main.cf': MAIN,
      'secret/master.cf': MASTER,
      'out.rendered/main.cf': MAIN,
      'nested/.gitignore': 'main.cf\n',
      'nested/main.cf': MAIN,
      'nested/master.cf': MASTER,
      'nested/deeper/.gitignore': '!main.cf\n',
      'nested/deeper/main.cf': MAIN,
      'kept/main.cf': MAIN,
    });
    const result = await discoverConfigSets(root, {});
    expect(result.mode).toBe('walk');
    expect(allPaths(result)).toEqual(['kept/main.cf', 'nested/master.cf', 'nested/deeper/main.cf', 'secret/master.cf']);
  });
});

describe.skipIf(gitUnavailable() !== undefined)('inside a git work tree (git ls-files)', () => {
  it('lists tracked and untracked-but-not-ignored files; honours .gitignore and .git/info/exclude', async () => {
    const root = tempDir('git');
    writeTree(root, {
      '.gitignore': 'generated/\n*.local/\n',
      'postfix/main.cf': MAIN,
      'postfix/master.cf': MASTER,
      'generated/main.cf': MAIN,
      'forced/main.cf': MAIN,
      'mine.local/main.cf': MAIN,
      'untracked/master.cf': MASTER,
      'private/main.cf': MAIN,
      'deleted/main.cf': MAIN,
    });
    git(root, 'init', '-q');
    writeFileSync(path.join(root, '.git', 'info', 'exclude'), 'private/\n');
    git(root, 'add', '.gitignore', 'postfix', 'deleted');
    git(root, 'add', '-f', 'forced/main.cf');
    git(root, 'commit', '-q', '-m', 'fixture');
    // Ignored by .gitignore, yet tracked (force-added): git's index wins, as git itself treats it.
    writeTree(root, { 'forced/main.cf': MAIN });
    // Tracked but deleted from the work tree: not a file any more.
    removeTempDir(path.join(root, 'deleted'));

    const result = await discoverConfigSets(root, {});
    expect(result.mode).toBe('git');
    expect(result.diagnostics).toEqual([]);
    expect(allPaths(result)).toEqual(['forced/main.cf', 'postfix/main.cf', 'postfix/master.cf', 'untracked/master.cf']);
  });

  it('a root below the top of the work tree sees only its own files, with paths relative to it', async () => {
    const top = tempDir('git-sub');
    writeTree(top, { 'main.cf': MAIN, 'infra/.gitignore': 'old/\n', 'infra/mail/main.cf': MAIN, 'infra/old/main.cf': MAIN });
    git(top, 'init', '-q');
    const result = await discoverConfigSets(path.join(top, 'infra'), {});
    expect(result.mode).toBe('git');
    expect(allPaths(result)).toEqual(['mail/main.cf']);
    expect(result.sets[0]?.main?.absolutePath).toBe(path.join(top, 'infra', 'mail', 'main.cf'));
  });

  it('a root that the surrounding work tree ignores is walked instead (git would list nothing)', async () => {
    const top = tempDir('git-ignored-root');
    writeTree(top, {
      '.gitignore': 'rendered/\n',
      'rendered/.gitignore': 'tmp/\n',
      'rendered/mx/main.cf': MAIN,
      'rendered/tmp/main.cf': MAIN,
    });
    git(top, 'init', '-q');
    const result = await discoverConfigSets(path.join(top, 'rendered'), {});
    expect(result.mode).toBe('walk');
    expect(allPaths(result)).toEqual(['mx/main.cf']);
    expect(codes(result)).toEqual(['discover/root-ignored-by-git .']);
  });

  it('agrees with the walk on the same tree when nothing is force-added', async () => {
    const files = {
      '.gitignore': 'build/\n*.bak/\n/secret/main.cf\n',
      'secret/main.cf': MAIN,
      'secret/master.cf': MASTER,
      'nested/.gitignore': 'main.cf\n',
      'nested/main.cf': MAIN,
      'nested/deeper/.gitignore': '!main.cf\n',
      'nested/deeper/main.cf': MAIN,
      'build/main.cf': MAIN,
      'x.bak/main.cf': MAIN,
      'a/main.cf': MAIN,
      'a/master.cf': MASTER,
      'b/sub/.gitignore': 'master.cf\n',
      'b/sub/master.cf': MASTER,
      'b/sub/main.cf.j2': 'x = {{ y }}\n',
      'node_modules/p/main.cf': MAIN,
    };
    const walked = tempDir('parity-walk');
    writeTree(walked, files);
    const tracked = tempDir('parity-git');
    writeTree(tracked, files);
    git(tracked, 'init', '-q');
    git(tracked, 'add', '.');
    git(tracked, 'commit', '-q', '-m', 'fixture');
    const a = await discoverConfigSets(walked, {});
    const b = await discoverConfigSets(tracked, {});
    expect(a.mode).toBe('walk');
    expect(b.mode).toBe('git');
    expect(summary(b)).toEqual(summary(a));
    expect(allPaths(a)).toEqual(['a/main.cf', 'a/master.cf', 'b/sub/main.cf.j2', 'nested/deeper/main.cf', 'secret/master.cf']);
  });

  it('walks submodule-like nested repositories that git lists as a directory', async () => {
    const root = tempDir('git-nested');
    writeTree(root, {
      'top/main.cf': MAIN,
      'vendored/.gitignore': 'skip/\n',
      'vendored/mail/main.cf': MAIN,
      'vendored/skip/main.cf': MAIN,
    });
    git(path.join(root, 'vendored'), 'init', '-q');
    git(root, 'init', '-q');
    const result = await discoverConfigSets(root, {});
    expect(result.mode).toBe('git');
    expect(allPaths(result)).toEqual(['top/main.cf', 'vendored/mail/main.cf']);
  });

  it('follows symlinks inside the root and reports those leaving it, in git mode too', async () => {
    const root = tempDir('git-links');
    const outside = tempDir('git-links-outside');
    writeTree(outside, { 'main.cf': MAIN });
    writeTree(root, { '.gitignore': 'store/\n', 'real/main.cf': MAIN, 'store/mail/master.cf': MASTER, 'deep/a/b/master.cf': MASTER, 'deep/a/c/x.txt': 'x', 'deep/a/d.txt': 'd' });
    link(root, 'alias/main.cf', '../real/main.cf');
    link(root, 'inner', 'deep/a/b'); // a folder git lists below two others: not listed twice either
    link(root, 'escape/main.cf', path.join(outside, 'main.cf'));
    link(root, 'current', 'real'); // same directory as real/: not listed twice
    link(root, 'live', 'store/mail'); // reaches an ignored directory only through the link
    link(root, 'loop/up', '..');
    git(root, 'init', '-q');
    git(root, 'add', 'alias', 'current', 'loop'); // tracked links (index mode 120000); the others stay untracked
    git(root, 'commit', '-q', '-m', 'links');
    const result = await discoverConfigSets(root, {});
    expect(result.mode).toBe('git');
    expect(allPaths(result)).toEqual(['alias/main.cf', 'deep/a/b/master.cf', 'live/master.cf', 'real/main.cf']);
    expect(codes(result)).toEqual(['discover/symlink-outside-root escape/main.cf', 'discover/symlink-loop loop/up']);
  });
});

describe('git index paths that are no longer real paths', () => {
  it('does not read a listed file whose folder was replaced by a link out of the root', async () => {
    const root = tempDir('git-moved');
    const outside = tempDir('git-moved-outside');
    writeTree(outside, { 'main.cf': MAIN, 'master.cf': MASTER });
    writeTree(root, { 'conf/main.cf': MAIN, 'conf/master.cf': MASTER, 'kept/main.cf': MAIN });
    git(root, 'init', '-q');
    git(root, 'add', '.');
    git(root, 'commit', '-q', '-m', 'fixture');
    rmSync(path.join(root, 'conf'), { recursive: true });
    link(root, 'conf', outside); // the index still lists conf/main.cf and conf/master.cf
    const result = await discoverConfigSets(root, {});
    expect(result.mode).toBe('git');
    expect(allPaths(result)).toEqual(['kept/main.cf']);
    // The link itself is an untracked entry that git lists too.
    expect(codes(result)).toEqual(['discover/symlink-outside-root conf', 'discover/outside-root conf/main.cf', 'discover/outside-root conf/master.cf']);
    expect(result.diagnostics.filter((d) => d.code === 'discover/outside-root').map((d) => d.message)).toEqual([
      `its real path is outside the scanned root (${path.join(realpathSync(outside), 'main.cf')}); not read`,
      `its real path is outside the scanned root (${path.join(realpathSync(outside), 'master.cf')}); not read`,
    ]);
  });
});

describe('symbolic links (walking)', () => {
  it('follows links inside the root, refuses links out of it, ends loops, reports broken links', async () => {
    const root = tempDir('links');
    const outside = tempDir('links-outside');
    writeTree(outside, { 'main.cf': MAIN, 'conf/master.cf': MASTER });
    writeTree(root, { 'real/main.cf': MAIN, 'releases/v2/main.cf': MAIN, 'releases/v2/master.cf': MASTER });
    link(root, 'alias/main.cf', '../real/main.cf'); // file link inside
    link(root, 'escape/main.cf', path.join(outside, 'main.cf')); // file link outside
    link(root, 'outdir', path.join(outside, 'conf')); // directory link outside
    link(root, 'current', 'releases/v2'); // directory link inside: already seen at its real path
    link(root, 'real/up', '..'); // loop back to the root
    link(root, 'self', 'self'); // a link to itself
    link(root, 'broken/master.cf', 'does-not-exist'); // dangling
    link(root, 'broken/other', 'does-not-exist'); // dangling, not a config name: not worth a word

    const result = await discoverConfigSets(root, {});
    expect(allPaths(result)).toEqual(['alias/main.cf', 'real/main.cf', 'releases/v2/main.cf', 'releases/v2/master.cf']);
    expect(codes(result)).toEqual([
      'discover/broken-symlink broken/master.cf',
      'discover/symlink-outside-root escape/main.cf',
      'discover/symlink-outside-root outdir',
      'discover/symlink-loop real/up',
      'discover/symlink-loop self',
    ]);
    expect(result.diagnostics.every((d) => d.severity === 'warning')).toBe(true);
  });

  it('walks a directory reached only through a link, under the link path', async () => {
    const root = tempDir('links-only');
    writeTree(root, { '.gitignore': 'store/\n', 'store/mail/main.cf': MAIN });
    link(root, 'live', 'store/mail');
    const result = await discoverConfigSets(root, {});
    expect(allPaths(result)).toEqual(['live/main.cf']);
  });

  it('a chain of links that loops through several directories ends', async () => {
    const root = tempDir('links-chain');
    writeTree(root, { 'a/main.cf': MAIN, 'b/master.cf': MASTER });
    link(root, 'a/to-b', '../b');
    link(root, 'b/to-a', '../a');
    const result = await discoverConfigSets(root, {});
    expect(allPaths(result)).toEqual(['a/main.cf', 'b/master.cf']);
    expect(result.diagnostics).toEqual([]);
  });

  it('a root that is itself a symlink is scanned', async () => {
    const holder = tempDir('links-root');
    writeTree(holder, { 'real/main.cf': MAIN });
    link(holder, 'root-link', 'real');
    const result = await discoverConfigSets(path.join(holder, 'root-link'), {});
    expect(allPaths(result)).toEqual(['main.cf']);
    expect(result.diagnostics).toEqual([]);
  });
});

describe('unreadable and oversized files, bad roots', () => {
  it('an unreadable file becomes a diagnostic and discovery goes on', async () => {
    const root = tempDir('unreadable');
    writeTree(root, { 'locked/main.cf': MAIN, 'open/main.cf': MAIN });
    chmodSync(path.join(root, 'locked', 'main.cf'), 0o000);
    const result = await discoverConfigSets(root, {});
    expect(allPaths(result)).toContain('open/main.cf');
    if (readsIgnoringPermissions()) {
      console.warn('[skip] unreadable-file assertion: running as root, chmod 000 does not stop reads');
      expect(allPaths(result)).toContain('locked/main.cf');
      return;
    }
    expect(allPaths(result)).toEqual(['open/main.cf']);
    expect(codes(result)).toEqual(['discover/unreadable-file locked/main.cf']);
    expect(result.diagnostics[0]?.severity).toBe('error');
  });

  it('an unreadable directory becomes a diagnostic and discovery goes on', async () => {
    const root = tempDir('unreadable-dir');
    writeTree(root, { 'locked/main.cf': MAIN, 'open/main.cf': MAIN });
    chmodSync(path.join(root, 'locked'), 0o000);
    const result = await discoverConfigSets(root, {});
    if (readsIgnoringPermissions()) {
      console.warn('[skip] unreadable-directory assertion: running as root, chmod 000 does not stop reads');
      expect(allPaths(result)).toEqual(['locked/main.cf', 'open/main.cf']);
      return;
    }
    expect(allPaths(result)).toEqual(['open/main.cf']);
    expect(codes(result)).toEqual(['discover/unreadable-directory locked']);
  });

  it('a file over the 8 MiB limit is reported, not read', async () => {
    const root = tempDir('large');
    writeTree(root, { 'big/main.cf': '', 'big/master.cf': MASTER });
    truncateSync(path.join(root, 'big', 'main.cf'), 8 * 1024 * 1024 + 1);
    const result = await discoverConfigSets(root, {});
    expect(allPaths(result)).toEqual(['big/master.cf']);
    expect(codes(result)).toEqual(['discover/file-too-large big/main.cf']);
  });

  it('exactly 8 MiB is still read', async () => {
    const root = tempDir('limit');
    writeTree(root, { 'main.cf': '' });
    truncateSync(path.join(root, 'main.cf'), 8 * 1024 * 1024);
    expect(allPaths(await discoverConfigSets(root, {}))).toEqual(['main.cf']);
  });

  it('a missing root or a file as root gives a diagnostic, not a throw', async () => {
    const root = tempDir('missing');
    const missing = await discoverConfigSets(path.join(root, 'nope'), {});
    expect(missing.sets).toEqual([]);
    expect(codes(missing)).toEqual(['discover/root-missing .']);
    writeTree(root, { 'main.cf': MAIN });
    const file = await discoverConfigSets(path.join(root, 'main.cf'), {});
    expect(codes(file)).toEqual(['discover/root-not-directory .']);
  });
});

describe.skipIf(gitUnavailable() !== undefined)('when git refuses the work tree', () => {
  it('falls back to walking with .gitignore and says so (e.g. "dubious ownership")', async () => {
    if (!readsIgnoringPermissions()) {
      console.warn('[skip] git fallback test: needs root to give the repository to another owner');
      return;
    }
    const root = tempDir('dubious');
    writeTree(root, { '.gitignore': 'old/\n', 'mail/main.cf': MAIN, 'old/main.cf': MAIN });
    git(root, 'init', '-q');
    chownSync(root, 65534, 65534);
    let refused = false;
    try {
      git(root, 'rev-parse', '--is-inside-work-tree');
    } catch {
      refused = true;
    }
    if (!refused) {
      console.warn('[skip] git fallback test: this git accepts repositories of other owners (safe.directory set)');
      return;
    }
    const result = await discoverConfigSets(root, {});
    expect(result.mode).toBe('walk');
    expect(allPaths(result)).toEqual(['mail/main.cf']);
    expect(codes(result)).toEqual(['discover/git-failed .']);
    expect(result.diagnostics[0]?.severity).toBe('notice');
    expect(result.diagnostics[0]?.message).toMatch(/dubious ownership/);
  });
});
