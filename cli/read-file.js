// Reading a file the command line was given — a spec, an exercise, a
// submission, or `-` for stdin — without ever holding more than its cap.
import { closeSync, openSync, readSync } from 'node:fs';

// A UTF-16 code unit takes at most 3 bytes of UTF-8: more bytes than this are surely too many characters.
const BYTES_PER_CHARACTER = 3;

/**
 * The text of `file` (`kind` names it in messages: 'spec file', …), a UTF-8
 * byte-order mark dropped. Throws an Error saying why it cannot be read, or
 * that it is longer than `maxCharacters` (a device like /dev/zero or endless
 * stdin included: reading stops just past the cap).
 */
export function readTextFile(file, kind, maxCharacters) {
  let fd;
  const tooLong = () => new Error(`longer than the ${maxCharacters.toLocaleString('en-US')} characters allowed`);
  try {
    fd = file === '-' ? 0 : openSync(file, 'r');
    const buffer = Buffer.alloc(BYTES_PER_CHARACTER * maxCharacters + 1);
    let length = 0;
    for (let read; length < buffer.length && (read = readSync(fd, buffer, length, buffer.length - length, null)) > 0;) {
      length += read;
    }
    if (length === buffer.length) throw tooLong();
    const text = buffer.toString('utf8', 0, length).replace(/^\uFEFF/, '');
    if (text.length > maxCharacters) throw tooLong();
    return text;
  } catch (e) {
    const reason = { ENOENT: 'no such file', EISDIR: 'a folder, not a file', EACCES: 'permission denied' }[e.code];
    throw new Error(`cannot read ${kind} ${file === '-' ? 'from stdin' : file}: ${reason ?? e.message}`, { cause: e });
  } finally {
    if (fd !== undefined && fd !== 0) closeSync(fd);
  }
}
