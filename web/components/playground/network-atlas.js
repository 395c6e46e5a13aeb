// What the playground's network diagram shows, from its state, data shape
// and latest snapshot: each column's nodes (with the kernel row each input
// feeds), their names, the kernels whose shapes fit, dropout masks, and each
// neuron's thumbnail painted into one atlas canvas (a row per column). On
// 2-D data a thumbnail is the neuron's output over the plane; on digits a
// first-layer neuron shows its 8x8 weight image, the pixels it looks for.
import { paintNeuron, paintUnit } from '../plots/plane-paint.js';
import { neuronName } from '../neurons/neuron-detail.js';
import { FEATURES, featureRows } from '../../domain/features.js';
import { datasetInfo } from '../../domain/datasets.js';
import { NEURON_GRID, planeGrid } from '../../domain/plane.js';
import { hiddenLayers, outputLayer } from '../../domain/network-spec.js';

const FEATURE_VALUES = featureRows(
  planeGrid(NEURON_GRID),
  FEATURES.map((feature) => feature.id),
);

/** The names of a data set's inputs: the features' spoken names, its measurements, or its pixels. */
function inputNames(state, features) {
  const info = datasetInfo(state.data);
  if (info.planar) return features.map((feature) => feature.name);
  return info.inputNames ?? Array.from({ length: state.spec.inputs }, (_, i) => `pixel ${i + 1}`);
}

/**
 * { columns: [{ nodes: [{ active, row }], names, thumbnails?, dropped? }],
 *   kernels, thumbnailSize, widths } for drawNetwork() and the handles over
 * it; `features`: the input features drawn (every one the playground offers,
 * or an exercise's fixed ones).
 */
export function describeNetwork(state, shape, snapshot, features) {
  const planar = datasetInfo(state.data).planar;
  const hidden = hiddenLayers(state.spec);
  const widths = [state.spec.inputs, ...hidden.map((layer) => layer.units), outputLayer(state.spec).units];
  const inputs = planar
    ? features.map(({ id }) => ({ active: state.features.includes(id), row: state.features.indexOf(id) }))
    : Array.from({ length: state.spec.inputs }, (_, row) => ({ active: true, row }));
  const unitsNodes = (units) => Array.from({ length: units }, (_, row) => ({ active: true, row }));
  let dropoutIndex = 0;
  const hiddenColumns = hidden.map((layer) => {
    const masks = layer.dropout > 0 ? snapshot?.dropped?.[dropoutIndex++] : null;
    return {
      nodes: unitsNodes(layer.units),
      dropped: snapshot?.playing && masks?.length === layer.units ? masks : null,
    };
  });
  const columns = [{ nodes: inputs }, ...hiddenColumns, { nodes: unitsNodes(widths.at(-1)) }];
  const names = inputNames(state, features);
  columns.forEach((column, c) => {
    column.names = column.nodes.map((node, i) => neuronName(widths, c, i, names));
  });
  const kernels = widths.slice(1).map((units, d) => {
    const kernel = snapshot?.weights?.[2 * d];
    return kernel?.length === widths[d] * units ? kernel : null;
  });
  let thumbnailSize = 0;
  if (planar && shape?.planar) {
    thumbnailSize = NEURON_GRID;
    columns.forEach((column, c) => (column.thumbnails = c));
  } else if (state.data.dataset === 'digits' && kernels[0] && columns.length > 2) {
    thumbnailSize = Math.round(Math.sqrt(state.spec.inputs));
    columns[1].thumbnails = 1;
  }
  return { columns, kernels, thumbnailSize, widths };
}

/** Paints the picture's thumbnails into `atlas`; `task`: the data's. */
export function paintAtlas(atlas, picture, snapshot, features, task) {
  const size = picture.thumbnailSize;
  if (!size) return;
  const { columns } = picture;
  atlas.width = size * Math.max(...columns.map((column) => column.nodes.length));
  atlas.height = size * columns.length;
  const ctx = atlas.getContext('2d');
  const tile = ctx.createImageData(size, size);
  const put = (c, i) => ctx.putImageData(tile, i * size, c * size);
  if (size !== NEURON_GRID) {
    // digits: each first-layer neuron's incoming weights, one per pixel
    const units = columns[1].nodes.length;
    for (let u = 0; u < units; u++) {
      paintUnit(tile.data, picture.kernels[0], units, u);
      put(1, u);
    }
    return;
  }
  features.forEach((feature, i) => {
    paintUnit(tile.data, FEATURE_VALUES, FEATURES.length, FEATURES.indexOf(feature));
    put(0, i);
  });
  const neurons = snapshot?.neurons ?? [];
  columns.slice(1).forEach((column, d) => {
    const units = column.nodes.length;
    const values = neurons[d];
    if (values?.length !== NEURON_GRID * NEURON_GRID * units) return;
    const outputTask = d === columns.length - 2 ? task : null;
    for (let u = 0; u < units; u++) {
      paintNeuron(tile.data, values, units, u, outputTask);
      put(d + 1, u);
    }
  });
}
