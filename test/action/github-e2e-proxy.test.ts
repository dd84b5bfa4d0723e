/**
 * The bundled Action behind an HTTP proxy (the runner's http_proxy / https_proxy): @actions/github sends
 * every API request through undici's ProxyAgent. In the bundle undici is loaded on demand
 * (src/github/undici-on-demand.cjs, issue 8's cold start); this holds the proxy path of the real bundle:
 * the PR comment is written, and each request went through the proxy. The API's host name is not a
 * loopback address (those bypass the proxy); only the proxy, a real one on 127.0.0.1, knows where it is.
 * CI runs the committed dist; locally run `npm run bundle` first (or name a bundle with PTA_DIST).
 */
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pullRequestEvent } from '../support/fake-github/events.js';
import { makeRunner, patchAdded, runDist, stageExample, type RunnerSetup } from '../support/fake-github/run-dist.js';
import { FakeGitHub } from '../support/fake-github/server.js';

const REPO = 'acme/mail';
const API_HOST = 'api.github.test';

let gh: FakeGitHub;
let proxy: http.Server;
let proxyUrl: string;
/** What the proxy was asked for: "CONNECT host:port" or "GET http://host:port/path". */
const seen: string[] = [];
const runners: RunnerSetup[] = [];

beforeAll(async () => {
  gh = await new FakeGitHub().start();
  const apiPort = Number(new URL(gh.url).port);
  const upstream = (host: string | undefined) => (host === API_HOST ? '127.0.0.1' : undefined);
  proxy = http.createServer((req, res) => {
    // A plain forwarded request (absolute URI).
    seen.push(`${req.method} ${req.url}`);
    const target = new URL(req.url ?? '/');
    const host = upstream(target.hostname);
    if (!host) return void res.writeHead(502).end();
    const forward = http.request({ host, port: Number(target.port), method: req.method, path: target.pathname + target.search, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    forward.on('error', () => res.writeHead(502).end());
    req.pipe(forward);
  });
  proxy.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    seen.push(`CONNECT ${req.url}`);
    const [name, port] = (req.url ?? '').split(':');
    const host = upstream(name);
    if (!host || Number(port) !== apiPort) return void client.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
    const up = net.connect(apiPort, host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      up.write(head);
      up.pipe(client);
      client.pipe(up);
    });
    up.on('error', () => client.destroy());
    client.on('error', () => up.destroy());
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await gh.stop();
  proxy.closeAllConnections();
  await new Promise((resolve) => proxy.close(resolve));
  for (const r of runners) rmSync(r.dir, { recursive: true, force: true });
});

describe('behind an HTTP proxy', () => {
  it('writes the PR comment through the proxy', async () => {
    const apiUrl = `http://${API_HOST}:${new URL(gh.url).port}`;
    const r = makeRunner(apiUrl, REPO);
    runners.push(r);
    stageExample(r, 'mail-stack/postfix', 'mail');
    const number = 31;
    const headSha = '3'.repeat(40);
    gh.addPullRequest(REPO, { number, headSha, files: [{ filename: 'mail/master.cf', patch: patchAdded(readFileSync(path.join(r.workspace, 'mail/master.cf'), 'utf8')) }] });
    gh.resetLog();
    const out = await runDist(r, {
      event: 'pull_request',
      payload: pullRequestEvent({ number, baseRepo: REPO, headSha }),
      inputs: { review: 'false' },
      env: { http_proxy: proxyUrl, https_proxy: proxyUrl },
    });
    expect(out.stderr).toBe('');
    expect(out.code).toBe(1); // the example's findings
    expect(gh.comments(REPO, number)).toHaveLength(1);
    expect(out.outputs['comment-url']).toMatch(new RegExp(`^https://github\\.com/${REPO}/pull/${number}#issuecomment-\\d+$`));
    expect(gh.writes().map((w) => w.operationId)).toEqual(['issues/create-comment']);
    // The API's host resolves nowhere but in the proxy: every request went through it.
    expect(seen.length).toBeGreaterThan(0);
    for (const s of seen) expect(s).toMatch(new RegExp(`^(CONNECT ${API_HOST}:\\d+|\\w+ http://${API_HOST}:\\d+/)`));
    expect(gh.violations).toEqual([]);
  });
});
