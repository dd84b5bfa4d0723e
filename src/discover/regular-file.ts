/**
 * Reading a file named by someone else (a policy file, a baseline, a config file about to be
 * rewritten) without being turned against the process: opened without blocking, so a FIFO put in its
 * place does not wait for a writer; read only when it is a regular file, so a device (/dev/zero) does
 * not fill memory; and refused above a size bound.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The bytes of a regular file of at most `maxBytes`. Throws an Error whose message says why not
 * ("not a regular file; not read", "N bytes, over the M-byte limit; not read"), or the open's own error.
 */
export function readRegularFile(file: string, maxBytes = Number.POSITIVE_INFINITY, tooLargeHint = ''): Buffer {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw new Error('not a regular file; not read');
    if (info.size > maxBytes) throw new Error(`${info.size} bytes, over the ${maxBytes}-byte limit; not read${tooLargeHint}`);
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Whether `p` lies outside the folder `base` (both absolute; the same folder is inside). */
export function isOutside(base: string, p: string): boolean {
  const rel = path.relative(base, p);
  return rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel);
}
