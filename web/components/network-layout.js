// Where the network diagram puts its neurons: one column per layer, each
// spreading its nodes over the same height (so a layer of 64 gets small
// nodes and a layer of 4 keeps big ones). Inputs sit at the right of their
// column (labels to their left), outputs at the left of theirs (labels to
// their right), hidden layers in the middle.
const MIN_PITCH = 7;
const MAX_PITCH = 38;
const COMFORTABLE_NODES = 8; // columns up to this many nodes get the full pitch
const PADDING = 8;
const EDGE_MARGIN = 8;
/** The input column is this many times wider than the others, to hold the feature names. */
export const INPUT_COLUMN_SHARE = 1.4;

/** counts: nodes per column. Returns { width, height, columns: [{ size, pitch, nodes: [{ x, y }] }] }. */
export function networkLayout(width, counts) {
  const most = Math.max(1, ...counts);
  const inner = Math.max(Math.min(most, COMFORTABLE_NODES) * MAX_PITCH, most * MIN_PITCH);
  const unit = width / (counts.length - 1 + INPUT_COLUMN_SHARE);
  const columns = counts.map((count, c) => {
    const pitch = Math.min(MAX_PITCH, inner / Math.max(1, count));
    const size = Math.round(pitch * 0.74);
    const left = c === 0 ? 0 : (c - 1 + INPUT_COLUMN_SHARE) * unit;
    const columnWidth = c === 0 ? INPUT_COLUMN_SHARE * unit : unit;
    const x =
      c === 0 ? left + columnWidth - size / 2 - EDGE_MARGIN
      : c === counts.length - 1 ? left + size / 2 + EDGE_MARGIN
      : left + columnWidth / 2;
    const top = PADDING + (inner - count * pitch) / 2 + pitch / 2;
    return { size, pitch, nodes: Array.from({ length: count }, (_, i) => ({ x, y: top + i * pitch })) };
  });
  return { width, height: inner + 2 * PADDING, columns };
}
