'use strict';
/**
 * `undici` as the Action's bundle sees it (tsconfig.json `paths`, which ncc applies): the real module,
 * loaded by loadUndici() into a chunk of its own, then read through this object export by export.
 *
 * Why: @actions/core imports @actions/http-client for getIDToken only, and http-client imports undici at
 * its top for its proxy agent. Compiling and evaluating undici (and the Node modules it loads) was about
 * half of the Action's cold start, though only @actions/github uses it: its `fetch` for every API request
 * and, behind a proxy, a `ProxyAgent` built while @actions/github is evaluated. createGitHubClient
 * (client.ts) therefore calls loadUndici() before it imports @actions/github; from then on every read
 * returns undici's own export, so requests and proxy support are undici's (issue 8,
 * test/github/undici-on-demand.test.ts).
 *
 * Before loadUndici() a read throws. Nothing the Action runs reads undici then: core's getIDToken, which
 * we never call, does not reach it either (http-client's getAgentDispatcher is @actions/github's).
 *
 * CommonJS on purpose: a bundle reads the exports of a CommonJS module where they are used, so the
 * static `import { ProxyAgent } from 'undici'` in http-client costs nothing at start-up. Outside the
 * bundle (tsc, tests) 'undici' is undici itself, and loadUndici() only loads it.
 */
let undici;

async function loadUndici() {
  // Not 'undici': the path mapping would lead back here. undici is CommonJS: its exports are the default.
  if (undici === undefined) {
    const loaded = await import('undici/index.js');
    undici = loaded.default ?? loaded;
  }
}

function real() {
  if (undici === undefined) throw new Error('undici is loaded on demand in this bundle: await loadUndici() (src/github/undici-on-demand.cjs) before anything reads it');
  return undici;
}

module.exports = new Proxy(
  { loadUndici },
  {
    get: (target, name) => {
      if (name === 'loadUndici') return target.loadUndici;
      // Asked by the bundle's interop when a module imports this one: not an ES module.
      if (name === '__esModule') return undefined;
      return real()[name];
    },
    // Enumerated (by a test runner's interop, say) before loadUndici(), the module shows its loader only.
    has: (target, name) => name in target || (undici !== undefined && name in undici),
    ownKeys: (target) => [...Reflect.ownKeys(target), ...(undici === undefined ? [] : Reflect.ownKeys(undici))],
    getOwnPropertyDescriptor: (target, name) => {
      if (name === 'loadUndici' || undici === undefined) return Reflect.getOwnPropertyDescriptor(target, name);
      const d = Reflect.getOwnPropertyDescriptor(real(), name);
      // A proxy may not report a property as non-configurable that its target lacks.
      return d && { ...d, configurable: true };
    },
  },
);
