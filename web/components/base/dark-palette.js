// The dark theme's palette: the site's when its theme is dark
// (web/site/color-theme.js), an embedded element's with theme="dark"
// (web/embed/embed-styles.js). An embedding page's --dp-* properties win over
// it; the site sets none.
import { css } from 'lit';

export const darkPalette = css`
  color-scheme: dark;
  --ink: var(--dp-fg, #e6e8eb);
  --muted: var(--dp-muted, #a3aab3);
  --line: var(--dp-line, #3a4048);
  --surface: var(--dp-surface, #1f2329);
  --page: var(--dp-bg, #16191d);
  --accent: var(--dp-accent, #4aa3df);
  --on-accent: #0d1117;
  --accent-soft: var(--dp-accent-soft, color-mix(in srgb, var(--accent) 22%, var(--surface)));
  --danger: var(--dp-danger, #ff8a80);
  --danger-soft: var(--dp-danger-soft, #3d1f1d);
  --success: var(--dp-success, #81c784);
  --success-soft: var(--dp-success-soft, #1e3a21);
  --panel: var(--dp-panel, #252a31);
  --faint: #7d8590;
  --grid: #2c323a;
  --shade: #2e343c;
  --plot-ground: #2a2f36;
`;
