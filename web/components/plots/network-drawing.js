// Draws the network diagram on a canvas: a curve per weight (blue positive,
// orange negative, width growing with |w|), then every neuron as its
// thumbnail over the input plane, greyed and crossed out when dropout
// dropped it from the last training batch, its lines in and out left out.
import { CLASS_COLORS, cssColor, GRID, FAINT, PAPER_VEIL, MUTED } from '../base/colors.js';

const WIDTH_STEPS = 12; // line widths are drawn in this many buckets, one path each
const MAX_LINE_WIDTH = 6;
// Past this many weights, lines are straight and thinner: thousands of wide
// curves take the (software) rasterizer longer than a frame.
const CURVED_EDGES = 1500;
/** Between two layers, only this many of the largest weights are drawn. */
export const MAX_EDGES_PER_LAYER = 512;

/**
 * picture: { columns: [{ nodes: [{ active, row }], thumbnails?: canvas row in the atlas, dropped?: Float32Array }],
 *            kernels: [Float32Array [in, units] | null] }
 * atlas: a canvas of size×size thumbnails, one row per column, or null.
 */
export function drawNetwork(ctx, layout, picture, atlas, thumbnailSize) {
  ctx.clearRect(0, 0, layout.width, layout.height);
  drawEdges(ctx, layout, picture);
  picture.columns.forEach((column, c) => {
    const { size, nodes } = layout.columns[c];
    const half = size / 2;
    column.nodes.forEach((node, i) => {
      const { x, y } = nodes[i];
      ctx.globalAlpha = node.active ? 1 : 0.35;
      if (atlas && column.thumbnails !== undefined) {
        ctx.drawImage(
          atlas,
          i * thumbnailSize,
          column.thumbnails * thumbnailSize,
          thumbnailSize,
          thumbnailSize,
          x - half,
          y - half,
          size,
          size,
        );
      } else {
        ctx.fillStyle = GRID;
        ctx.fillRect(x - half, y - half, size, size);
      }
      ctx.strokeStyle = FAINT;
      ctx.lineWidth = 1;
      ctx.strokeRect(x - half + 0.5, y - half + 0.5, size - 1, size - 1);
      if (column.dropped?.[i] === 0) drawDropped(ctx, x, y, half);
    });
  });
  ctx.globalAlpha = 1;
}

function drawEdges(ctx, layout, picture) {
  const paths = new Map();
  const edges = picture.kernels.reduce((sum, kernel) => sum + Math.min(MAX_EDGES_PER_LAYER, kernel?.length ?? 0), 0);
  const curved = edges <= CURVED_EDGES;
  const maxWidth = curved ? MAX_LINE_WIDTH : MAX_LINE_WIDTH / 2;
  picture.kernels.forEach((kernel, d) => {
    if (!kernel) return;
    const smallest = smallestDrawn(kernel);
    const from = picture.columns[d];
    const to = layout.columns[d + 1].nodes;
    // A unit dropped for this step neither sends nor receives: its lines are left out, so the thinned net shows.
    const dropped = (column, i) => column.dropped?.[i] === 0;
    const toColumn = picture.columns[d + 1];
    const units = to.length;
    from.nodes.forEach((node, i) => {
      if (node.row < 0 || dropped(from, i)) return;
      const a = layout.columns[d].nodes[i];
      for (let u = 0; u < units; u++) {
        const w = kernel[node.row * units + u];
        if (Math.abs(w) < smallest || dropped(toColumn, u)) continue;
        const step = Math.min(WIDTH_STEPS, Math.ceil((Math.abs(w) / 1.5) * WIDTH_STEPS));
        if (step === 0) continue;
        const key = `${w > 0 ? 1 : 0}:${step}`;
        if (!paths.has(key)) paths.set(key, new Path2D());
        const b = to[u];
        const middle = (a.x + b.x) / 2;
        const path = paths.get(key);
        path.moveTo(a.x, a.y);
        if (curved) path.bezierCurveTo(middle, a.y, middle, b.y, b.x, b.y);
        else path.lineTo(b.x, b.y);
      }
    });
  });
  for (const [key, path] of paths) {
    const [positive, step] = key.split(':').map(Number);
    ctx.strokeStyle = cssColor(CLASS_COLORS[positive]);
    ctx.lineWidth = (step / WIDTH_STEPS) * maxWidth;
    ctx.globalAlpha = 0.35 + 0.55 * (step / WIDTH_STEPS);
    ctx.stroke(path);
  }
  ctx.globalAlpha = 1;
}

// The magnitude below which a weight is left out, so that at most
// MAX_EDGES_PER_LAYER lines are drawn for the kernel.
function smallestDrawn(kernel) {
  if (kernel.length <= MAX_EDGES_PER_LAYER) return 0;
  const magnitudes = kernel.map(Math.abs).sort();
  return magnitudes[magnitudes.length - MAX_EDGES_PER_LAYER];
}

function drawDropped(ctx, x, y, half) {
  ctx.fillStyle = PAPER_VEIL;
  ctx.fillRect(x - half, y - half, 2 * half, 2 * half);
  ctx.strokeStyle = MUTED;
  ctx.lineWidth = Math.max(1, half / 5);
  ctx.beginPath();
  ctx.moveTo(x - half * 0.6, y - half * 0.6);
  ctx.lineTo(x + half * 0.6, y + half * 0.6);
  ctx.moveTo(x + half * 0.6, y - half * 0.6);
  ctx.lineTo(x - half * 0.6, y + half * 0.6);
  ctx.stroke();
}
