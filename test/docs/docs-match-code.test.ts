/**
 * What the documentation says, checked against the code mechanically: rule pages and the rules table,
 * the rule pages' examples against the rules' fixtures, the CLI's options against its usage text and
 * the README, the policy examples against the schema, the Action's workflow examples against
 * action.yml, and the files the documents name against the tree. (action.yml against the code and
 * docs/action.md: test/action/action-yml.test.ts; docs/profiles against the profiles:
 * test/policy/profiles-roles.test.ts.)
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { USAGE } from '../../src/cli/usage.js';
import { parsePolicy } from '../../src/policy/policy-file.js';
import { PROBE_RULES } from '../../src/policy/probe-rules.js';
import { PROFILES } from '../../src/policy/profiles/index.js';
import { RULES } from '../../src/policy/rules/index.js';
import { UNUSED_SUPPRESSION } from '../../src/policy/suppressions.js';

const repo = path.resolve(import.meta.dirname, '../..');
const read = (file: string): string => readFileSync(path.join(repo, file), 'utf8');

const policyMd = read('docs/policy.md');
const readme = read('README.md');
/** A README section: from its heading to the next heading of the same or a higher level. */
function section(text: string, heading: string): string {
  const start = text.indexOf(`\n${heading}\n`);
  if (start === -1) throw new Error(`no section ${heading}`);
  const level = heading.split(' ')[0] as string;
  const rest = text.slice(start + heading.length + 2);
  const end = rest.search(new RegExp(`^#{1,${level.length}} `, 'm'));
  return end === -1 ? rest : rest.slice(0, end);
}

/** Every rule a finding can carry: the config rules, the probe's own, and unused-suppression. */
const allRules: { id: string; title?: string; defaultSeverity: string }[] = [
  ...RULES,
  ...PROBE_RULES.filter((p) => !RULES.some((r) => r.id === p.id)),
  { id: UNUSED_SUPPRESSION, defaultSeverity: 'warning' },
];

describe('rule pages', () => {
  it('docs/rules holds one page per rule and nothing else', () => {
    const pages = readdirSync(path.join(repo, 'docs/rules')).map((f) => f.replace(/\.md$/, '')).sort();
    expect(pages).toEqual(allRules.map((r) => r.id).sort());
  });

  it.each(allRules.map((r) => [r.id, r] as const))('%s: its page states the rule\'s title and default severity, and policy.md links it', (id, rule) => {
    const page = read(`docs/rules/${id}.md`);
    expect(page.startsWith(`# ${id}\n`)).toBe(true);
    if (rule.title !== undefined) expect(page).toContain(`\n**${rule.title}**\n`);
    expect(page).toContain(`Default severity: \`${rule.defaultSeverity}\``);
    expect(policyMd).toContain(`](rules/${id}.md)`);
  });

  it('the rules table of policy.md gives every config rule its default severity', () => {
    for (const rule of [...RULES, { id: UNUSED_SUPPRESSION, defaultSeverity: 'warning' }]) {
      const row = policyMd.split('\n').find((l) => l.startsWith(`| [${rule.id}](rules/${rule.id}.md) |`));
      expect(row, rule.id).toBeDefined();
      expect(row!.split('|')[2]!.trim().split(' ')[0], rule.id).toBe(rule.defaultSeverity);
    }
  });

  it.each(RULES.map((r) => r.id))('%s: the page\'s examples are the rule\'s fixtures, byte for byte', (id) => {
    const page = read(`docs/rules/${id}.md`);
    const fails = page.indexOf('## Example that fails');
    const passes = page.indexOf('## Example that passes');
    expect(fails).toBeGreaterThan(-1);
    expect(passes).toBeGreaterThan(fails);
    const parts = { fail: page.slice(fails, passes), pass: page.slice(passes) };
    const dir = path.join(repo, 'test/fixtures/rules', id);
    const block = (name: string, text: string) => `\`${name}\`:\n\n\`\`\`\n${text.replace(/^\uFEFF/, '<BOM>').replace(/\n$/, '')}\n\`\`\``;
    if (existsSync(path.join(dir, 'policy.yml'))) {
      // Shown as a `policy.yml` block, or as "With the policy:" and a yaml block.
      const policy = readFileSync(path.join(dir, 'policy.yml'), 'utf8').replace(/\n$/, '');
      expect(parts.fail).toMatch(new RegExp(`\`\`\`(?:yaml)?\n${policy.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\n\`\`\``));
    }
    for (const kind of ['fail', 'pass'] as const) {
      for (const file of readdirSync(path.join(dir, kind)).filter((f) => f !== 'expect.json')) {
        expect(parts[kind], `${id}/${kind}/${file}`).toContain(block(file, readFileSync(path.join(dir, kind, file), 'utf8')));
      }
    }
  });
});

describe('policy examples', () => {
  const docs = ['docs/policy.md', ...readdirSync(path.join(repo, 'docs/rules')).map((f) => `docs/rules/${f}`)];
  const examples = docs.flatMap((file) => [...read(file).matchAll(/```yaml\n([\s\S]*?)```/g)].map((m, i) => [`${file} #${i + 1}`, m[1] as string] as const));

  it('there are some', () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
  });

  it.each(examples)('%s is a valid policy file', async (_name, text) => {
    const r = await parsePolicy('example.yml', text);
    expect(r.ok ? [] : r.errors).toEqual([]);
  });

  it('policy.md names every built-in profile with its version', () => {
    for (const [id, profile] of PROFILES) {
      const row = policyMd.split('\n').find((l) => l.startsWith(`| [\`${id}\`](profiles/${id}.md)`));
      expect(row, id).toBeDefined();
      expect(row!.split('|')[2]!.trim(), id).toBe(profile.version);
    }
  });
});

/** The options a command's parseArgs call accepts, read from its source. */
function parsedOptions(file: string, from: string, to?: string): string[] {
  const source = read(file);
  const start = source.indexOf(from);
  expect(start, `${from} in ${file}`).toBeGreaterThan(-1);
  const end = to === undefined ? source.length : source.indexOf(to, start);
  const body = source.slice(start, end);
  const options = body.slice(body.indexOf('options: {'));
  return [...options.matchAll(/^\s+'?([a-z][a-z-]*)'?: \{ type: '(?:string|boolean)'/gm)].map((m) => m[1] as string);
}

/** The part of the usage text about one command. */
function usageOf(command: string): string {
  const start = USAGE.indexOf(`  postfix-tls-audit ${command} `);
  const next = USAGE.indexOf('\n  postfix-tls-audit ', start + 1);
  return USAGE.slice(start, next === -1 ? undefined : next);
}

describe('counts the README states', () => {
  const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
  it('config rules and built-in profiles', () => {
    expect(readme).toContain(`There are ${RULES.length} config rules`);
    expect(readme.toLowerCase()).toContain(`${words[PROFILES.size]} built-in profiles`);
    for (const id of PROFILES.keys()) expect(readme, id).toContain(`\`${id}\``);
  });
  it('action.yml\'s profile input names every profile', () => {
    const action = YAML.parse(read('action.yml')) as { inputs: Record<string, { description: string }> };
    for (const id of PROFILES.keys()) expect(action.inputs.profile!.description, id).toContain(id);
  });
});

describe('CLI options', () => {
  const commands = {
    scan: parsedOptions('src/cli/run.ts', 'async function scanCommand', 'function scanOptionsOf'),
    explain: parsedOptions('src/cli/run.ts', 'async function explainCommand', 'async function postconfCommand'),
    probe: parsedOptions('src/cli/probe-command.ts', 'export async function runProbeCommand'),
  };
  const commandLine = section(readme, '## Command line');

  it('the option lists were read', () => {
    expect(commands.scan).toContain('baseline');
    expect(commands.explain).toContain('format');
    expect(commands.probe).toContain('quick');
  });

  it.each(Object.entries(commands))('%s: every option it accepts is in its usage text and in the README\'s "Command line"', (command, options) => {
    for (const option of options) {
      expect(usageOf(command), `--${option} in the usage of ${command}`).toContain(`--${option}`);
      expect(commandLine, `--${option} in README`).toContain(`--${option}`);
    }
  });

  it.each(Object.entries(commands))('%s: every option its usage text names is accepted', (command, options) => {
    const named = [...usageOf(command).matchAll(/--([a-z][a-z-]*)/g)].map((m) => m[1] as string);
    for (const option of named) expect(options, `--${option} of ${command}`).toContain(option);
  });
});

describe('the Action in the documents', () => {
  const action = YAML.parse(read('action.yml')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };
  const workflows = ['README.md', 'docs/action.md'].flatMap((file) =>
    [...read(file).matchAll(/```yaml\n([\s\S]*?)```/g)].map((m, i) => [`${file} #${i + 1}`, m[1] as string] as const),
  );

  it.each(workflows)('%s uses only inputs and outputs that action.yml declares', (_name, text) => {
    const workflow = YAML.parse(text) as { jobs: Record<string, { steps: { uses?: string; id?: string; with?: Record<string, unknown> }[] }> };
    let used = 0;
    for (const job of Object.values(workflow.jobs)) {
      for (const step of job.steps) {
        if (!step.uses?.startsWith('postfix-tls-audit/postfix-tls-audit@')) continue;
        used++;
        for (const input of Object.keys(step.with ?? {})) expect(Object.keys(action.inputs), `input ${input}`).toContain(input);
      }
    }
    expect(used).toBeGreaterThan(0);
    for (const m of text.matchAll(/steps\.[\w-]+\.outputs\.([\w-]+)/g)) expect(Object.keys(action.outputs)).toContain(m[1]);
  });
});

describe('files the documents name', () => {
  const documents = ['README.md', 'SECURITY.md', 'docs/ARCHITECTURE.md', 'docs/action.md', 'docs/policy.md', 'src/probe/README.md', 'examples/README.md'];
  it.each(documents)('%s: every repository path in backticks exists', (file) => {
    const text = read(file);
    const named = [...text.matchAll(/`((?:src|test|docs|bench|examples|dist|\.ci|\.github)\/[^`\s<>*]*)`/g)].map((m) => m[1] as string);
    // .github/postfix-tls-policy.yml and .github/workflows/*.yml are the user's files, not ours.
    const ours = named.filter((p) => !p.startsWith('.github/'));
    for (const p of ours) expect(existsSync(path.join(repo, p)), `${file} names ${p}`).toBe(true);
  });
});
