/**
 * `undici` as the Action's bundle sees it (tsconfig.json `paths`, which ncc applies): the two exports
 * the bundled libraries read, `ProxyAgent` and `fetch`, bound to undici's own by loadUndici(), which
 * imports undici into a chunk of its own.
 *
 * Why: @actions/core imports @actions/http-client for getIDToken only, and http-client imports undici
 * at its top for its proxy agent. Compiling and evaluating undici (and the Node modules it loads) was
 * about half of the Action's cold start, though only @actions/github uses it: `fetch` for every API
 * request and, behind a proxy, a `ProxyAgent` built while @actions/github is evaluated.
 * createGitHubClient (client.ts) therefore awaits loadUndici() before it imports @actions/github; the
 * libraries read these bindings where they use them (ES module bindings are live, also through the
 * bundle's require()), so from then on their requests and proxy support are undici's own (issue 8;
 * test/action/github-e2e-proxy.test.ts runs the bundle behind a real proxy).
 *
 * Before loadUndici() both throw. Nothing the Action runs uses them then: core's getIDToken, which we
 * never call, does not reach them either (only @actions/github calls http-client's getAgentDispatcher).
 * Outside the bundle (tsc's build, the tests) 'undici' is undici itself, and loadUndici() only loads it.
 */
import type * as Undici from 'undici/index.js';

function notLoaded(name: string): never {
  throw new Error(`undici.${name} used before loadUndici() (src/github/undici-on-demand.ts): undici is loaded on demand in this bundle`);
}

export let ProxyAgent: typeof Undici.ProxyAgent = class {
  constructor() {
    notLoaded('ProxyAgent');
  }
} as unknown as typeof Undici.ProxyAgent;

export let fetch: typeof Undici.fetch = () => notLoaded('fetch');

export async function loadUndici(): Promise<void> {
  // Not 'undici': the path mapping would lead back here. undici is CommonJS: its exports are the default.
  const loaded = (await import('undici/index.js')) as typeof Undici & { default?: typeof Undici };
  const undici = loaded.default ?? loaded;
  ProxyAgent = undici.ProxyAgent;
  fetch = undici.fetch;
}
