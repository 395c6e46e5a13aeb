// web/components/base/ — what every component shares: the palette (this file), the
// styles, the controls (slider, number and select fields), the edit event, the idle scheduler.
//
// The playground's colours: TensorFlow Playground's orange (negative, class 0)
// and blue (positive, class 1), then more classes, fading through a pale
// neutral; written into ImageData pixels as RGBA bytes.
export const CLASS_COLORS = [
  [245, 147, 34],
  [8, 119, 189],
  [46, 160, 67],
  [142, 68, 173],
  [214, 39, 40],
  [23, 166, 181],
  [158, 160, 33],
  [140, 86, 75],
  [219, 95, 172],
  [110, 110, 110],
];
// The ground that class colours fade into (reassigned by useThemeColors, as are the colours below).
export let NEUTRAL = [240, 241, 242];
const NEGATIVE = CLASS_COLORS[0];
const POSITIVE = CLASS_COLORS[1];

// [t, r, g, b]: a loss surface's ramp, pale where the loss is low, slate blue where it is high.
export const SURFACE_RAMP = [
  [0, 253, 253, 245],
  [0.35, 220, 235, 238],
  [0.7, 150, 184, 206],
  [1, 78, 110, 140],
];

// The theme's colours for canvas drawing, which cannot read CSS variables:
// the light theme's (web/styles/theme.css) until useThemeColors reads the
// page's. Embedded elements keep these: their plots are light figures.
export let INK = '#1f2328'; // text, test points, markers
export let MUTED = '#5b6168'; // axes and secondary text
export let FAINT = '#8a9199'; // the training loss, neuron outlines
export let GRID = '#eceff1'; // grid lines, a neuron without a thumbnail
export let LINE = '#d7dbe0'; // borders
export let ACCENT = '#0a6aa8';
export let DANGER = '#b3261e';
export let PAPER = '#fff'; // halos around lines and points, training points' outline
export let PAPER_VEIL = 'rgb(255 255 255 / 0.8)'; // under labels drawn over lines
export let SHADE = '#e6e9ec'; // a region set apart (an activation's saturated ends)
export const HIGHLIGHT = '#ffd43b'; // a loss surface's minima

/**
 * Takes the canvas colours from the theme's CSS variables (`style`: the
 * computed style of the element that sets them; colours as #rrggbb), so that
 * plots drawn next match the page's light or dark theme.
 */
export function useThemeColors(style) {
  const read = (name) => style.getPropertyValue(name).trim();
  INK = read('--ink');
  MUTED = read('--muted');
  FAINT = read('--faint');
  GRID = read('--grid');
  LINE = read('--line');
  ACCENT = read('--accent');
  DANGER = read('--danger');
  PAPER = read('--surface');
  PAPER_VEIL = cssColor(hexToRgb(PAPER), 0.8);
  SHADE = read('--shade');
  NEUTRAL = hexToRgb(read('--plot-ground'));
}

/** '#rrggbb' (or '#rgb') as [r, g, b]. */
export function hexToRgb(hex) {
  const digits = hex.slice(1);
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16));
}

/** An [r, g, b] colour in CSS, translucent when `alpha` is given. */
export function cssColor([r, g, b], alpha) {
  return alpha === undefined ? `rgb(${r} ${g} ${b})` : `rgb(${r} ${g} ${b} / ${alpha})`;
}

export function classColor(k) {
  return cssColor(CLASS_COLORS[k % CLASS_COLORS.length]);
}

/** The neutral colour mixed toward `color` by `amount` in [0, 1]. */
export function writeToward(color, amount, pixels, offset) {
  const t = Math.min(1, Math.max(0, amount));
  for (let c = 0; c < 3; c++) pixels[offset + c] = NEUTRAL[c] + (color[c] - NEUTRAL[c]) * t;
  pixels[offset + 3] = 255;
}

/** -1 → orange, 0 → neutral, +1 → blue (clamped). */
export function writeDiverging(value, pixels, offset) {
  if (value >= 0) writeToward(POSITIVE, value, pixels, offset);
  else writeToward(NEGATIVE, -value, pixels, offset);
}
