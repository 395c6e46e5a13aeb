// The network diagram of a lesson run, drawn with the playground's own
// network drawing (network-layout.js, network-drawing.js): input features,
// every dense layer's neurons as thumbnails over the input plane, weights as
// lines, and dropped units crossed out.
import { networkLayout } from '../plots/network-layout.js';
import { drawNetwork } from '../plots/network-drawing.js';
import { paintOutputUnit, paintUnit } from '../plots/plane-paint.js';
import { FEATURES, featureRows } from '../../domain/features.js';
import { NEURON_GRID, planeGrid } from '../../domain/plane.js';
import { sizeCanvas, FONT } from '../plots/plot-canvas.js';
import { MUTED, classColor } from '../base/colors.js';
import { layerWidths } from '../../domain/widget-math.js';

const FEATURE_LABELS = Object.fromEntries(FEATURES.map((f) => [f.id, f.label]));

/** The run's input features (2-D runs), by id. */
export const featuresOf = (run) => run.features ?? ['x1', 'x2'];

/** For each hidden dense layer, the index of the dropout layer right after it, or -1. */
function dropoutIndexes(spec) {
  const indexes = [];
  let dropouts = 0;
  spec.layers.forEach((layer, i) => {
    if (layer.type !== 'dense' || i === spec.layers.length - 1) return;
    indexes.push(spec.layers[i + 1]?.type === 'dropout' ? dropouts++ : -1);
  });
  return indexes;
}

// The playground's layout with bigger nodes: big layers keep them large
// enough to see a unit dropped, and the input labels get room of their own.
const DIAGRAM_SIZING = { minPitch: 14, maxPitch: 40, padding: 10, labelRoom: 30 };

/**
 * Draws the network of `run` on `canvas` (width CSS pixels wide) from a run
 * view ({ neurons, weights, dropped, shape }); returns the layout (node
 * positions, for hit testing). `highlight`: { column, index } drawn ringed.
 * `maxPitch`: the largest distance between node centres (a small net read
 * neuron by neuron may want bigger nodes).
 * Where the weights are many, their lines are drawn thinner (the largest
 * |w| at `maxEdge` of the playground's full width).
 */
export function drawRunNetwork(canvas, width, run, view, atlas, highlight = null, maxPitch = DIAGRAM_SIZING.maxPitch) {
  const widths = layerWidths(run.spec);
  const layout = networkLayout(width, widths, { ...DIAGRAM_SIZING, maxPitch });
  const edges = widths.slice(1).reduce((sum, units, d) => sum + units * widths[d], 0);
  const ctx = sizeCanvas(canvas, width, layout.height);
  const features = featuresOf(run);
  const drops = dropoutIndexes(run.spec);
  const columns = widths.map((units, c) => {
    const nodes = Array.from({ length: units }, (_, row) => ({ active: true, row }));
    const hidden = c > 0 && c < widths.length - 1;
    const mask = hidden && drops[c - 1] >= 0 ? view.dropped?.[drops[c - 1]] : null;
    return { nodes, thumbnails: c, dropped: mask?.length === units ? mask : null };
  });
  let kernels = widths.slice(1).map((units, d) => {
    const kernel = view.weights?.[2 * d];
    return kernel?.length === widths[d] * units ? kernel : null;
  });
  if (edges > 200) {
    // network-drawing.js draws |w| >= 1.5 at full width: scale so the largest weight gets a third of it.
    const largest = Math.max(1e-9, ...kernels.flatMap((k) => (k ? Array.from(k, Math.abs) : [])));
    kernels = kernels.map((k) => k && k.map((w) => (w / largest) * 0.5));
  }
  const painted = paintAtlas(atlas, widths, features, view);
  drawNetwork(ctx, layout, { columns, kernels }, painted ? atlas : null, NEURON_GRID);
  ctx.font = FONT;
  ctx.fillStyle = MUTED;
  ctx.textAlign = 'right';
  ctx.textBaseline = 'middle';
  layout.columns[0].nodes.forEach(({ x, y }, i) =>
    ctx.fillText(FEATURE_LABELS[features[i]] ?? `x${i + 1}`, x - layout.columns[0].size / 2 - 6, y),
  );
  if (highlight) {
    const column = layout.columns[highlight.column];
    const node = column?.nodes[highlight.index];
    if (node) {
      const half = column.size / 2 + 3;
      ctx.strokeStyle = classColor(0);
      ctx.lineWidth = 3;
      ctx.strokeRect(node.x - half, node.y - half, 2 * half, 2 * half);
    }
  }
  return layout;
}

/** Paints every node's thumbnail into the atlas (a row per column); false when there is nothing to paint. */
function paintAtlas(atlas, widths, features, view) {
  const neurons = view.neurons;
  if (!neurons || neurons.length !== widths.length - 1) return false;
  const size = NEURON_GRID;
  atlas.width = size * Math.max(...widths);
  atlas.height = size * widths.length;
  const ctx = atlas.getContext('2d');
  const tile = ctx.createImageData(size, size);
  const inputs = featureRows(planeGrid(size), features);
  for (let f = 0; f < widths[0]; f++) {
    paintUnit(tile.data, inputs, widths[0], f);
    ctx.putImageData(tile, f * size, 0);
  }
  neurons.forEach((values, d) => {
    const units = widths[d + 1];
    const last = d === neurons.length - 1;
    for (let u = 0; u < units; u++) {
      if (last) paintOutputUnit(tile.data, values, units, u, view.shape?.task ?? 'binary');
      else paintUnit(tile.data, values, units, u);
      ctx.putImageData(tile, u * size, (d + 1) * size);
    }
  });
  return true;
}
