// Drawing a surface-path map: the painted heatmap, the minima as stars, and
// each path — past steps bold, future steps faint, a ring at the start, the
// walker now, and a red cross where the engine stopped a diverged path.
import { paintSurface } from './surface-paint.js';
import { INK, DANGER, HIGHLIGHT, cssColor, NEUTRAL, PAPER } from '../base/colors.js';

const DOTS_UP_TO = 80; // paths this short show a dot at every step
const MINIMUM_FILL = HIGHLIGHT;

/** A canvas of surface.nx x surface.ny pixels holding the painted surface. */
export function paintHeatmap(surface) {
  const canvas = document.createElement('canvas');
  canvas.width = surface.nx;
  canvas.height = surface.ny;
  const ctx = canvas.getContext('2d');
  const image = ctx.createImageData(surface.nx, surface.ny);
  paintSurface(surface.values, surface.nx, surface.ny, image.data);
  ctx.putImageData(image, 0, 0);
  return canvas;
}

/** The heatmap stretched over the plot frame (a neutral grey until it exists). */
export function drawHeatmap(ctx, frame, heatmap) {
  if (!heatmap) {
    ctx.fillStyle = cssColor(NEUTRAL);
    ctx.fillRect(frame.left, frame.top, frame.width, frame.height);
    return;
  }
  ctx.imageSmoothingEnabled = true;
  ctx.drawImage(heatmap, frame.left, frame.top, frame.width, frame.height);
}

/** A star and "min" at every minimum. */
export function drawMinima(ctx, frame, minima) {
  ctx.font = '600 11px system-ui, sans-serif';
  ctx.textBaseline = 'middle';
  for (const { w1, w2 } of minima) {
    const x = frame.x(w1);
    const y = frame.y(w2);
    star(ctx, x, y, 7);
    ctx.fillStyle = INK;
    const right = x > frame.right - 40;
    ctx.textAlign = right ? 'right' : 'left';
    ctx.fillText('min', x + (right ? -9 : 9), y);
  }
}

/**
 * The path's line up to `step` (bold, with a white halo unless `busy`: many
 * long paths would hide each other and the map) and faint after it.
 */
export function drawPathLine(ctx, frame, path, color, step, busy) {
  const n = path.loss.length;
  const at = Math.min(step, n - 1);
  const px = (i) => frame.x(path.w1[i]);
  const py = (i) => frame.y(path.w2[i]);
  const thin = busy && n > DOTS_UP_TO;
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
  if (at < n - 1) polyline(ctx, px, py, at, n - 1, color, 1.5, 0.35);
  if (!thin) polyline(ctx, px, py, 0, at, PAPER, 4.5, 0.8);
  polyline(ctx, px, py, 0, at, color, thin ? 1.25 : 2, thin ? 0.85 : 1);
  if (n <= DOTS_UP_TO) {
    ctx.fillStyle = color;
    for (let i = 0; i <= at; i++) {
      ctx.beginPath();
      ctx.arc(clampPixel(px(i)), clampPixel(py(i)), 2.2, 0, 2 * Math.PI);
      ctx.fill();
    }
  }
}

/** A ring at the start; the walker at `step`, or a cross once a diverged path has ended. */
export function drawPathMarkers(ctx, frame, path, color, step) {
  const n = path.loss.length;
  const at = Math.min(step, n - 1);
  ctx.strokeStyle = color;
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.arc(clampPixel(frame.x(path.w1[0])), clampPixel(frame.y(path.w2[0])), 5, 0, 2 * Math.PI);
  ctx.stroke();
  // Kept inside the map, so that a path that flew off still shows where it left.
  const x = Math.min(Math.max(clampPixel(frame.x(path.w1[at])), frame.left + 6), frame.right - 6);
  const y = Math.min(Math.max(clampPixel(frame.y(path.w2[at])), frame.top + 6), frame.bottom - 6);
  if (path.diverged && at === n - 1) {
    cross(ctx, x, y, 7, DANGER);
    return;
  }
  ctx.fillStyle = color;
  ctx.strokeStyle = PAPER;
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.arc(x, y, 5.5, 0, 2 * Math.PI);
  ctx.fill();
  ctx.stroke();
}

// Canvas coordinates stay finite and modest even for a path that flew off to 1e6.
const FAR = 1e4; // pixels: far beyond any map, small enough for the canvas
const clampPixel = (v) => (Number.isFinite(v) ? Math.max(-FAR, Math.min(FAR, v)) : 0);

/**
 * The part of the segment (x0, y0)-(x1, y1) inside the square |x|, |y| ≤ FAR, in
 * the segment's own direction (Liang-Barsky: each edge is p·t ≤ q for the point
 * at t along it), as [x0, y0, x1, y1]; null when none of it is, or it is not finite.
 */
export function clipSegment(x0, y0, x1, y1) {
  if (![x0, y0, x1, y1].every(Number.isFinite)) return null;
  const dx = x1 - x0;
  const dy = y1 - y0;
  let enter = 0;
  let leave = 1;
  for (const [p, q] of [
    [-dx, x0 + FAR],
    [dx, FAR - x0],
    [-dy, y0 + FAR],
    [dy, FAR - y0],
  ]) {
    if (p === 0 && q < 0) return null;
    if (p < 0) enter = Math.max(enter, q / p);
    if (p > 0) leave = Math.min(leave, q / p);
  }
  return enter <= leave ? [x0 + enter * dx, y0 + enter * dy, x0 + leave * dx, y0 + leave * dy] : null;
}

// Each segment clipped on its own: a far point clamped coordinate by coordinate would bend the line.
function polyline(ctx, px, py, from, to, color, width, alpha) {
  ctx.globalAlpha = alpha;
  ctx.strokeStyle = color;
  ctx.lineWidth = width;
  ctx.beginPath();
  for (let i = from + 1; i <= to; i++) {
    const clipped = clipSegment(px(i - 1), py(i - 1), px(i), py(i));
    if (!clipped) continue;
    ctx.moveTo(clipped[0], clipped[1]);
    ctx.lineTo(clipped[2], clipped[3]);
  }
  ctx.stroke();
  ctx.globalAlpha = 1;
}

function star(ctx, x, y, r) {
  ctx.beginPath();
  for (let k = 0; k < 10; k++) {
    const radius = k % 2 ? r * 0.45 : r;
    const angle = -Math.PI / 2 + (k * Math.PI) / 5;
    ctx.lineTo(x + radius * Math.cos(angle), y + radius * Math.sin(angle));
  }
  ctx.closePath();
  ctx.fillStyle = MINIMUM_FILL;
  ctx.strokeStyle = INK;
  ctx.lineWidth = 1.2;
  ctx.fill();
  ctx.stroke();
}

function cross(ctx, x, y, r, color) {
  ctx.lineCap = 'round';
  for (const [width, stroke] of [
    [6, PAPER],
    [3, color],
  ]) {
    ctx.strokeStyle = stroke;
    ctx.lineWidth = width;
    ctx.beginPath();
    ctx.moveTo(x - r, y - r);
    ctx.lineTo(x + r, y + r);
    ctx.moveTo(x + r, y - r);
    ctx.lineTo(x - r, y + r);
    ctx.stroke();
  }
}
