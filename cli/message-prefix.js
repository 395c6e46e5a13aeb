// A message under a prefix (a file's name, the program's), never saying the
// same twice: a message that already starts with the prefix, or with a word
// the prefix stands for ("spec: …" under the spec file's name), keeps one.

/** "prefix: message"; sameAs: the leading words (before ": ") the prefix replaces. */
export function prefixed(prefix, message, sameAs = []) {
  const own = [prefix, ...sameAs].find((word) => message.startsWith(`${word}: `));
  return `${prefix}: ${own === undefined ? message : message.slice(own.length + 2)}`;
}
