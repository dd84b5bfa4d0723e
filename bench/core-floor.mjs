/**
 * The least an Action built on @actions/core can start with: the library and one workflow command.
 * The benchmark bundles this with the Action's ncc flags and times it beside dist/index.js, so that the
 * Action's cold start shows how much of it the library alone takes.
 */
import * as core from '@actions/core';

core.info('postfix-tls-audit: @actions/core floor');
