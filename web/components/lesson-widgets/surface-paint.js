// Paints a loss surface into RGBA pixels: a light-to-dark ramp on a log scale
// (valleys stay visible next to steep walls) with thin contour lines where the
// log level crosses one of CONTOURS evenly spaced values. Plain JS, no DOM.
import { logLevel } from '../../domain/widget-math.js';
import { SURFACE_RAMP } from '../base/colors.js';

const CONTOURS = 14;
const CONTOUR_SHADE = 0.86; // contour pixels keep this share of their colour

/** Writes the ramp colour of level t in [0, 1] into pixels at offset. */
export function writeRampColor(t, pixels, offset) {
  let i = 1;
  while (i < SURFACE_RAMP.length - 1 && t > SURFACE_RAMP[i][0]) i++;
  const [t0, ...c0] = SURFACE_RAMP[i - 1];
  const [t1, ...c1] = SURFACE_RAMP[i];
  const f = Math.min(1, Math.max(0, (t - t0) / (t1 - t0)));
  for (let c = 0; c < 3; c++) pixels[offset + c] = c0[c] + (c1[c] - c0[c]) * f;
  pixels[offset + 3] = 255;
}

/**
 * Paints `values` ([ny, nx], row 0 at the top, as the engine's surface()
 * returns them) into `pixels` (an ImageData's data of the same size).
 */
export function paintSurface(values, nx, ny, pixels) {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const band = (i) => Math.floor(logLevel(values[i], min, max) * CONTOURS);
  for (let r = 0; r < ny; r++) {
    for (let c = 0; c < nx; c++) {
      const i = r * nx + c;
      const offset = 4 * i;
      writeRampColor(logLevel(values[i], min, max), pixels, offset);
      const own = band(i);
      const edge = (c + 1 < nx && band(i + 1) !== own) || (r + 1 < ny && band(i + nx) !== own);
      if (edge) for (let k = 0; k < 3; k++) pixels[offset + k] *= CONTOUR_SHADE;
    }
  }
  return { min, max };
}
