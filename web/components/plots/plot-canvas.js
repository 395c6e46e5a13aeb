// Canvas helpers the lesson widgets share: sizing at devicePixelRatio, linear
// scales, axes with round ticks, and one redraw per animation frame however
// many changes arrive in between.
import { classColor, MUTED, GRID, LINE, ACCENT } from '../base/colors.js';
import { niceTicks, formatNumber } from '../../domain/widget-math.js';

export const FONT = '11px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

/** The k-th series colour: the playground's class colours. */
export const seriesColor = classColor;

/**
 * Gives `canvas` a backing store of width x height CSS pixels at the device's
 * pixel ratio (resizing only when that changes) and returns its context,
 * scaled so that drawing happens in CSS pixels.
 */
export function sizeCanvas(canvas, width, height) {
  const ratio = window.devicePixelRatio || 1;
  const w = Math.max(1, Math.round(width * ratio));
  const h = Math.max(1, Math.round(height * ratio));
  if (canvas.width !== w || canvas.height !== h) {
    canvas.width = w;
    canvas.height = h;
  }
  canvas.style.height = `${height}px`;
  const ctx = canvas.getContext('2d');
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.clearRect(0, 0, width, height);
  return ctx;
}

/** A linear map from [d0, d1] to [r0, r1], with its inverse as .invert. */
export function linearScale(d0, d1, r0, r1) {
  const k = (r1 - r0) / (d1 - d0 || 1);
  const scale = (v) => r0 + (v - d0) * k;
  scale.invert = (r) => d0 + (r - r0) / k;
  scale.domain = [d0, d1];
  scale.range = [r0, r1];
  return scale;
}

/**
 * A plot area inside width x height with the given margins, and scales for
 * the x and y domains. y grows upward.
 */
export function plotFrame(width, height, margin, xDomain, yDomain) {
  const left = margin.left;
  const right = width - margin.right;
  const top = margin.top;
  const bottom = height - margin.bottom;
  return {
    left,
    right,
    top,
    bottom,
    width: right - left,
    height: bottom - top,
    x: linearScale(xDomain[0], xDomain[1], left, right),
    y: linearScale(yDomain[0], yDomain[1], bottom, top),
  };
}

/** Grid lines, tick labels and axis titles around a plot frame. */
export function drawAxes(
  ctx,
  frame,
  { xLabel = '', yLabel = '', xTicks = 5, yTicks = 4, formatX = formatNumber, formatY = formatNumber } = {},
) {
  const xs = niceTicks(...frame.x.domain, xTicks);
  const ys = niceTicks(...frame.y.domain, yTicks);
  ctx.save();
  ctx.lineWidth = 1;
  ctx.strokeStyle = GRID;
  ctx.beginPath();
  for (const v of xs) {
    const px = Math.round(frame.x(v)) + 0.5;
    ctx.moveTo(px, frame.top);
    ctx.lineTo(px, frame.bottom);
  }
  for (const v of ys) {
    const py = Math.round(frame.y(v)) + 0.5;
    ctx.moveTo(frame.left, py);
    ctx.lineTo(frame.right, py);
  }
  ctx.stroke();
  ctx.strokeStyle = LINE;
  ctx.strokeRect(frame.left + 0.5, frame.top + 0.5, frame.width - 1, frame.height - 1);
  ctx.fillStyle = MUTED;
  ctx.font = FONT;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  for (const v of xs) ctx.fillText(formatX(v), frame.x(v), frame.bottom + 4);
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  for (const v of ys) ctx.fillText(formatY(v), frame.left - 4, frame.y(v));
  if (xLabel) {
    ctx.textAlign = 'center';
    ctx.textBaseline = 'bottom';
    ctx.fillText(xLabel, (frame.left + frame.right) / 2, ctx.canvas.height / (window.devicePixelRatio || 1) - 1);
  }
  if (yLabel) {
    ctx.translate(10, (frame.top + frame.bottom) / 2);
    ctx.rotate(-Math.PI / 2);
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(yLabel, 0, 0);
  }
  ctx.restore();
}

/**
 * A cursor: a dashed muted vertical line at x = px across the frame (dashes
 * of `dash` px, gaps of 3). Leaves the stroke muted and 1px wide, so the dots
 * drawn on it next match it.
 */
export function drawCursorLine(ctx, frame, px, dash = 3) {
  ctx.strokeStyle = MUTED;
  ctx.lineWidth = 1;
  ctx.setLineDash([dash, 3]);
  ctx.beginPath();
  ctx.moveTo(px, frame.top);
  ctx.lineTo(px, frame.bottom);
  ctx.stroke();
  ctx.setLineDash([]);
}

/** Strokes y = f(x) over the frame's x domain, sampled every `stepPx` CSS pixels. */
export function strokeFunction(ctx, frame, f, { color = ACCENT, width = 2, dash = [], stepPx = 1 } = {}) {
  ctx.save();
  ctx.beginPath();
  ctx.rect(frame.left, frame.top, frame.width, frame.height);
  ctx.clip();
  ctx.strokeStyle = color;
  ctx.lineWidth = width;
  ctx.setLineDash(dash);
  ctx.lineJoin = 'round';
  ctx.beginPath();
  const [y0, y1] = frame.y.range;
  const pad = Math.abs(y0 - y1) * 4; // keep off-scale values finite for the canvas
  for (let px = frame.left; px <= frame.right + 1e-9; px += stepPx) {
    const v = f(frame.x.invert(px));
    const py = Math.max(Math.min(frame.y(v), y0 + pad), y1 - pad);
    if (px === frame.left) ctx.moveTo(px, py);
    else ctx.lineTo(px, py);
  }
  ctx.stroke();
  ctx.restore();
}

/** Calls `draw` once on the next animation frame, however often it is requested before then. */
export class FrameScheduler {
  #pending = false;
  #draw;

  constructor(draw) {
    this.#draw = draw;
  }

  request() {
    if (this.#pending) return;
    this.#pending = true;
    requestAnimationFrame(() => {
      this.#pending = false;
      this.#draw();
    });
  }
}

/** Watches an element's content width; calls back with whole CSS pixels when it changes. */
export function observeWidth(element, callback) {
  let last = -1;
  const observer = new ResizeObserver(([entry]) => {
    const width = Math.floor(entry.contentRect.width);
    if (width > 0 && width !== last) {
      last = width;
      callback(width);
    }
  });
  observer.observe(element);
  return observer;
}
