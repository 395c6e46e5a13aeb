// Reading a file the command line was given — a spec, an exercise, a
// submission, or `-` for stdin — without ever holding more than the cap.
import { closeSync, openSync, readSync } from 'node:fs';

/** The largest file the command line reads. */
export const MAX_FILE_BYTES = 1 << 20;

/**
 * The text of `file` (`kind` names it in messages: 'spec file', …), a UTF-8 byte-order mark dropped. Throws an Error saying
 * why it cannot be read, or that it is larger than MAX_FILE_BYTES (a device
 * like /dev/zero included: reading stops at the cap).
 */
export function readTextFile(file, kind) {
  let fd;
  try {
    fd = file === '-' ? 0 : openSync(file, 'r');
    const buffer = Buffer.alloc(MAX_FILE_BYTES + 1);
    let length = 0;
    for (let read; length < buffer.length && (read = readSync(fd, buffer, length, buffer.length - length, null)) > 0;) {
      length += read;
    }
    if (length > MAX_FILE_BYTES) throw new Error(`larger than the ${MAX_FILE_BYTES / (1 << 20)} MiB allowed`);
    return buffer.toString('utf8', 0, length).replace(/^\uFEFF/, '');
  } catch (e) {
    const reason = { ENOENT: 'no such file', EISDIR: 'a folder, not a file', EACCES: 'permission denied' }[e.code];
    throw new Error(`cannot read ${kind} ${file === '-' ? 'from stdin' : file}: ${reason ?? e.message}`, { cause: e });
  } finally {
    if (fd !== undefined && fd !== 0) closeSync(fd);
  }
}
