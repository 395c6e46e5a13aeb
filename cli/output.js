// Where the command line writes its results: files named by --weights and
// --keras, checked before any training so that a typo costs nothing, and
// stdout, whose reader may go away (`| head`) or whose disk may fill. A
// failure is one line and exit status 4.
import { accessSync, constants, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The exit status when results cannot be written. */
export const OUTPUT_FAILED = 4;

const REASONS = {
  ENOENT: 'no such folder',
  EACCES: 'permission denied',
  ENOSPC: 'no space left on the device',
  EPIPE: 'the reader closed the pipe',
  EISDIR: 'a folder',
  ENOTDIR: 'a file stands where a folder should be',
};
/** Why a write failed, in words. */
export const reason = (error) => REASONS[error.code] ?? error.message;

/** Why `file` cannot be written (its folder missing or closed, or it is a folder), or ''. */
export function unwritable(file) {
  try {
    if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) return `${file} is a folder`;
    accessSync(path.dirname(path.resolve(file)), constants.W_OK);
    return '';
  } catch (e) {
    return `cannot write ${file}: ${reason(e)}`;
  }
}

/** Writes `text` to `file`; throws an Error with `exitCode` OUTPUT_FAILED saying why it could not. */
export function writeResult(file, text) {
  try {
    writeFileSync(file, text);
  } catch (e) {
    throw Object.assign(new Error(`cannot write ${file}: ${reason(e)}`, { cause: e }), { exitCode: OUTPUT_FAILED });
  }
}

/** From now on a failed write to stdout ends the process with one line on stderr and OUTPUT_FAILED. */
export function guardStdout(prefix) {
  process.stdout.on('error', (e) => {
    process.stderr.write(`${prefix}cannot write the results to stdout: ${reason(e)}\n`);
    process.exit(OUTPUT_FAILED);
  });
}
