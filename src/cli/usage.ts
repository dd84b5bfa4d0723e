/**
 * The CLI's usage text and usage errors, apart from the commands themselves: `--help`, `--version` and a
 * mistyped command load only this and src/cli/run.ts, not the analysis.
 */
import { PROFILE_IDS } from '../policy/profiles/index.js';
import { TARGET_ROLES } from '../probe/target.js';
import { SUPPORTED_POSTFIX_VERSIONS } from '../postfix/defaults/versions.js';

export const PROBE_USAGE = `  postfix-tls-audit probe HOST:PORT[=ROLE]... [--policy FILE | --profile ID] [--format text|json|sarif|markdown]
        [--fail-on error|warning|notice|never] [--compare PATH [--pair HOST:PORT=SERVICE]... [--postfix-version V]]
        [--timeout MS] [--deadline MS] [--concurrency N] [--mode auto|starttls|implicit|lmtp] [--role ROLE] [--quick]
      Connect to live SMTP/LMTP servers (only the named ones): STARTTLS, AUTH before TLS, protocol versions,
      TLS 1.2 and 1.3 suites, groups, certificate, and judge them with the policy (loaded as scan loads it, with
      --compare's PATH, else the current folder, as PATH; the role comes from the port unless given:
      ${TARGET_ROLES.join(', ')}). --compare PATH pairs each target with an
      endpoint of the config under PATH and reports drift as config-drift findings (--postfix-version: the
      version that config runs on). --timeout: each reply and handshake (default 10000; connect at most 5000),
      --deadline: all targets together (default 120000), --concurrency: connections at once, all targets
      together (default 8). --quick: no per-suite and per-group handshakes (reported as untested).
      Exit 1 when a finding reaches --fail-on (default error; a target that cannot be probed is a probe-failed
      error), 2 for usage or policy errors.
`;

export interface CliResult {
  stdout: string | Buffer;
  stderr: string;
  exitCode: number;
}

export const USAGE = `Usage:
  postfix-tls-audit scan [PATH] [--policy FILE] [--profile P] [--postfix-version V]
                         [--format text|json|sarif|markdown] [--fail-on error|warning|notice|never]
                         [--diff] [--fix] [--baseline FILE] [--list] [--include GLOB]... [--exclude GLOB]...
      Find the Postfix config sets under PATH (default: .), list their files, services and parameters, and
      judge them against a TLS policy (default: PATH/.github/postfix-tls-policy.yml if present, else the
      profile, default "baseline"). Exit 1 when a finding reaches --fail-on (default error), 2 for usage,
      policy or internal errors. --diff: only the unified diff of all verified fixes; --fix: write them (neither
      with --list or a --format other than text). --baseline:
      suppress the findings of an earlier \`scan --format json\` (by fingerprint). Inline suppression: a
      comment line "# postfix-tls-audit: ignore RULE -- reason" right above the setting.
      --list: only the listing, no policy. --include: only config files matching one of these globs; --exclude:
      skip files and folders matching one (globs relative to PATH). Profiles: ${PROFILE_IDS.join(', ')}.
  postfix-tls-audit explain [PATH] [--format text|json] [--postfix-version V] [--include GLOB]... [--exclude GLOB]...
      For every TLS endpoint of every config set under PATH: role, listen address, whether TLS is offered,
      required or implicit, the protocol versions and ciphers a peer can negotiate, and where each value comes from.
  postfix-tls-audit postconf [-c DIR] [-n] [-d] [-x] [-h] [-f] [-M] [-F] [-P] [--postfix-version V] [NAME...]
      Show what Postfix's postconf would show for the config directory DIR (default: $MAIL_CONFIG, else
      /etc/postfix), without Postfix installed.
${PROBE_USAGE}  postfix-tls-audit --version | --help
`;

export function usageError(message: string): CliResult {
  return { stdout: '', stderr: `postfix-tls-audit: ${message}\n\n${USAGE}`, exitCode: 2 };
}


/** What --postfix-version is told when its value is not a version we know (scan, explain, postconf, probe). */
export function unsupportedVersionMessage(version: string): string {
  return `--postfix-version ${version} is not supported (supported: ${SUPPORTED_POSTFIX_VERSIONS.join(', ')}, optionally with a patch level)`;
}
