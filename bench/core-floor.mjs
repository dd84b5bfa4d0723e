/**
 * The least an Action built on @actions/core can start with: the library and one workflow command.
 * The benchmark bundles this with the Action's ncc flags and times it beside dist/index.js, so that the
 * Action's cold start shows how much of it the library alone takes. Bundled as the Action is, it takes
 * tsconfig.json's `paths` too: undici, which @actions/core's http-client imports at its top, is then
 * src/github/undici-on-demand.ts and not evaluated (as published, @actions/core alone cost about +87 ms
 * of cold start, most of it undici).
 */
import * as core from '@actions/core';

core.info('postfix-tls-audit: @actions/core floor');
