// The module src/github/undici-on-demand.cjs stands in for in the Action's bundle (see there): undici's
// own types, and the loader.
export * from 'undici/index.js';
export declare function loadUndici(): Promise<void>;
