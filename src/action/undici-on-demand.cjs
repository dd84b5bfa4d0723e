'use strict';
/**
 * `undici` as the Action's bundle sees it (tsconfig.json `paths`, which ncc applies): the real module,
 * evaluated on the first read of one of its exports instead of at start-up. @actions/core imports
 * @actions/http-client for getIDToken only, and http-client imports undici at its top for its proxy
 * agent; evaluating undici (and the Node modules it loads) was about half of the Action's cold start.
 * @actions/github reads `fetch` and `ProxyAgent` when it builds its client: from then on every read
 * returns the real export, so its requests and proxy support are undici's own (issue 8;
 * test/action/undici-on-demand.test.ts).
 *
 * CommonJS on purpose: a bundle reads the exports of a CommonJS module where they are used, so an
 * `import { ProxyAgent } from 'undici'` costs nothing until the proxy agent is built.
 */
let undici;
// Not 'undici': the path mapping would lead back here.
const real = () => (undici ??= require('undici/index.js'));

module.exports = new Proxy(
  {},
  {
    // Asked by the bundle's interop when a module imports this one: not an ES module, and no reason to load undici.
    get: (_target, name) => (name === '__esModule' ? undefined : real()[name]),
    has: (_target, name) => name in real(),
    ownKeys: () => Reflect.ownKeys(real()),
    getOwnPropertyDescriptor: (_target, name) => {
      const d = Reflect.getOwnPropertyDescriptor(real(), name);
      // A proxy may not report a property as non-configurable that its (empty) target lacks.
      return d && { ...d, configurable: true };
    },
  },
);
