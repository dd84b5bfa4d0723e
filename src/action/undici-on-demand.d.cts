// The types of the module src/action/undici-on-demand.cjs stands in for (see there).
export * from 'undici/index.js';
