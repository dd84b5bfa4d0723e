/**
 * `probe --postfix-version` (the version of the config `--compare` reads) is checked like scan's and
 * explain's, before any connection: an unsupported one used to probe every target first and then end
 * in an internal error with a stack trace, from building the compared models. A --compare PATH that is
 * not a folder compared with nothing and said so only as unpaired drift.
 */
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';

const examples = path.resolve(import.meta.dirname, '../../examples');

let server: net.Server | undefined;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

/** A loopback port that counts the connections it gets (and closes them). */
async function countingPort(): Promise<{ port: number; accepted: () => number }> {
  let accepted = 0;
  server = net.createServer((socket) => {
    accepted++;
    socket.destroy();
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', () => resolve()));
  return { port: (server!.address() as net.AddressInfo).port, accepted: () => accepted };
}

describe('probe arguments checked before any connection', () => {
  it('an unsupported version is a usage error, before anything is contacted', async () => {
    const { port, accepted } = await countingPort();
    const r = await runCli(['probe', `127.0.0.1:${port}`, '--compare', examples, '--postfix-version', '9.9', '--timeout', '500', '--deadline', '2000'], process.cwd());
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/--postfix-version 9\.9 is not supported \(supported: 3\.4, .*3\.11/);
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(accepted()).toBe(0);
  });

  it('without --compare it has nothing to apply to: a usage error', async () => {
    const { port, accepted } = await countingPort();
    const r = await runCli(['probe', `127.0.0.1:${port}`, '--postfix-version', '3.5'], process.cwd());
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/--postfix-version needs --compare PATH/);
    expect(accepted()).toBe(0);
  });

  it('a supported version with --compare probes and compares', async () => {
    const { port, accepted } = await countingPort();
    const r = await runCli(['probe', `127.0.0.1:${port}`, '--compare', examples, '--postfix-version', '3.5', '--timeout', '500', '--deadline', '3000', '--format', 'json'], process.cwd());
    expect(r.stderr).toBe('');
    expect(accepted()).toBeGreaterThan(0);
    expect(JSON.parse(r.stdout as string)).toHaveProperty('compare');
  });

  it('--compare names a folder that is there, checked before anything is contacted', async () => {
    const { port, accepted } = await countingPort();
    for (const compare of ['exampels', path.join(examples, 'good/main.cf')]) {
      const r = await runCli(['probe', `127.0.0.1:${port}`, '--compare', compare], process.cwd());
      expect(r.exitCode).toBe(2);
      expect(r.stderr).toContain(`--compare PATH ${compare}: `);
    }
    expect(accepted()).toBe(0);
  });
});
