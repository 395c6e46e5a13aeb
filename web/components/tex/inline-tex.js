// Running text with inline $...$ math: the text parts stay text (Lit escapes
// them), the math parts are typeset by KaTeX. The element that shows the
// result must carry katexStyles (KaTeX's stylesheet) in its shadow root.
// Pages that use it typeset at once, so KaTeX comes with it (and every
// <dp-formula> on those pages uses the same copy: katex-loader.js).
import { css, html, unsafeCSS } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import katex from 'katex';
import katexCss from 'katex/dist/katex.min.css?inline';
import { provideKatex } from './katex-loader.js';

provideKatex(katex);

export const katexStyles = css`
  ${unsafeCSS(katexCss)}
  .katex {
    font-size: 1.08em;
  }
`;

const cache = new Map();

// KaTeX escapes what it typesets, so its markup is safe to insert.
function typeset(tex) {
  if (!cache.has(tex)) cache.set(tex, katex.renderToString(tex, { throwOnError: false }));
  return cache.get(tex);
}

/** `text` as a template: every $...$ typeset, everything else as plain text. */
export function inlineTex(text) {
  const parts = String(text).split(/\$([^$]+)\$/);
  return parts.map((part, i) => (i % 2 === 0 ? part : html`${unsafeHTML(typeset(part))}`));
}
