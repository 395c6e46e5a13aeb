// The shadow root of <deep-lesson> and <deep-playground>: a wall against the
// host page's CSS and a door for its theme. Nothing the page's selectors
// match reaches inside, but inherited properties (color, font, line-height
// ...) do cross into a shadow root, so .root resets them all and sets its
// own. The page themes the element only through the --dp-* custom properties
// below, which the site's own palette names (--ink, --accent ...) are
// derived from. The embed build also rewrites every `rem` in the components'
// CSS to `var(--dp-rem)` (scripts/embed-build.mjs): a host page's
// `html { font-size: 40px }` would otherwise scale everything inside.
import { css } from 'lit';
import { darkPalette } from '../components/base/dark-palette.js';

export const embedStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  .root {
    all: initial;
    display: block;
    box-sizing: border-box;
    overflow: auto;
    color-scheme: light;
    --dp-rem: var(--dp-font-size, 16px);
    --ink: var(--dp-fg, #1f2328);
    --muted: var(--dp-muted, #5b6168);
    --line: var(--dp-line, #d7dbe0);
    --surface: var(--dp-surface, #ffffff);
    --page: var(--dp-bg, #f5f7f9);
    --accent: var(--dp-accent, #0a6aa8);
    --on-accent: #ffffff;
    --accent-soft: var(--dp-accent-soft, color-mix(in srgb, var(--accent) 12%, var(--surface)));
    --danger: var(--dp-danger, #b3261e);
    --danger-soft: var(--dp-danger-soft, #fdecea);
    --success: var(--dp-success, #2e7d32);
    --success-soft: var(--dp-success-soft, #e8f5e9);
    --panel: var(--dp-panel, #f7f8f9);
    --focus: var(--dp-focus, #f59322);
    --negative: #f59322;
    --positive: #0877bd;
    --radius: var(--dp-radius, 6px);
    --font: var(--dp-font, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', sans-serif);
    --mono: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
    font-family: var(--font);
    font-size: var(--dp-rem);
    line-height: 1.45;
    color: var(--ink);
    background: var(--page);
    text-align: start;
  }
  /* theme="dark" (and theme="auto" in a dark system theme). The plots keep
     their light colours: they read as figures on a light card. */
  :host([theme='dark']) .root {
    ${darkPalette}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) .root {
      ${darkPalette}
    }
  }
`;

/** The .root's height for a `height` attribute: a number of pixels or any CSS length; null for none (the element grows with its content). */
export function heightOf(value) {
  if (value === null || value === undefined || value === '') return null;
  const text = String(value).trim();
  if (/^\d+(\.\d+)?$/.test(text)) return `${text}px`;
  return CSS.supports('height', text) ? text : null;
}
