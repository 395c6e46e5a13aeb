// Line charts (the playground's loss chart, the lessons' loss curves, the race): several
// series of (x, y) points on shared axes, optionally with a log-scaled y,
// drawn with the plot-canvas helpers.
import { sizeCanvas, plotFrame, drawAxes } from './plot-canvas.js';
import { formatNumber } from '../../domain/widget-math.js';

const MARGIN = { left: 52, right: 12, top: 10, bottom: 34 };
const LOG_FLOOR = 1e-6;

/**
 * Draws `series` ([{ xs, ys, color, dash = [], width = 2 }]) on `canvas`,
 * width x height CSS pixels. xMax fixes the x range (so curves grow into it);
 * log puts y on a log10 scale; margin leaves room around the plot for the axes.
 */
export function drawCurves(
  canvas,
  width,
  height,
  series,
  { xMax, xLabel = '', yLabel = '', log = false, yMin, margin = MARGIN, yTicks } = {},
) {
  const ctx = sizeCanvas(canvas, width, height);
  const ty = (v) => (log ? Math.log10(Math.max(LOG_FLOOR, v)) : v);
  let lo = Infinity;
  let hi = -Infinity;
  let xHi = xMax ?? 1;
  for (const { xs, ys } of series) {
    ys.forEach((v, i) => {
      if (!Number.isFinite(v)) return;
      lo = Math.min(lo, ty(v));
      hi = Math.max(hi, ty(v));
      if (xMax === undefined) xHi = Math.max(xHi, xs[i]);
    });
  }
  if (!Number.isFinite(lo)) [lo, hi] = log ? [-2, 0] : [0, 1];
  if (!log) lo = Math.min(lo, yMin ?? 0);
  if (hi - lo < 1e-9) hi = lo + (log ? 1 : Math.abs(lo) || 1);
  const pad = (hi - lo) * 0.05;
  const frame = plotFrame(width, height, margin, [0, xHi], [log ? lo - pad : lo, hi + pad]);
  drawAxes(ctx, frame, { xLabel, yLabel, yTicks, formatY: log ? (v) => formatNumber(10 ** v, 2) : formatNumber });
  ctx.save();
  ctx.beginPath();
  ctx.rect(frame.left, frame.top, frame.width, frame.height);
  ctx.clip();
  ctx.lineJoin = 'round';
  for (const { xs, ys, color, dash = [], width: lineWidth = 2 } of series) {
    ctx.strokeStyle = color;
    ctx.lineWidth = lineWidth;
    ctx.setLineDash(dash);
    ctx.beginPath();
    let pen = false;
    ys.forEach((v, i) => {
      if (!Number.isFinite(v)) {
        pen = false;
        return;
      }
      const px = frame.x(xs[i]);
      const py = frame.y(ty(v));
      if (pen) ctx.lineTo(px, py);
      else ctx.moveTo(px, py);
      pen = true;
    });
    ctx.stroke();
  }
  ctx.restore();
  return frame;
}

/** 1, 2, ... n: the epoch numbers of a per-epoch history. */
export const epochNumbers = (n, scale = 1) => Array.from({ length: n }, (_, i) => (i + 1) * scale);
