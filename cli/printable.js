// Messages quote what a file held: a binary file's control bytes (an escape
// sequence rewrites the terminal) are shown as \xNN instead of sent raw.

/** `text` with every control character (C0, DEL, C1) written as \xNN. */
export const printable = (text) =>
  text.replace(/\p{Cc}/gu, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
