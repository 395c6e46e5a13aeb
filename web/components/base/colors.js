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
const NEUTRAL = [240, 241, 242];
const NEGATIVE = CLASS_COLORS[0];
const POSITIVE = CLASS_COLORS[1];

export function cssColor([r, g, b]) {
  return `rgb(${r} ${g} ${b})`;
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
