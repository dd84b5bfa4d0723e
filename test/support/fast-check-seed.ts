/**
 * Property tests run with a fixed seed unless a test sets its own (the cipher differential test
 * draws a fresh one per run on purpose and prints it). FC_SEED=<n> explores another seed locally.
 */
import fc from 'fast-check';

fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261124) });
