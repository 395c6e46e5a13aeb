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

/**
 * counts: nodes per column. Returns { width, height, columns: [{ size, pitch, nodes: [{ x, y }] }] }.
 * The options size it: the least and largest distance between node centres,
 * the padding above and below, and `labelRoom`, the least room kept left of
 * the input nodes for their labels (none by default).
 */
export function networkLayout(
  width,
  counts,
  { minPitch = MIN_PITCH, maxPitch = MAX_PITCH, padding = PADDING, labelRoom = -Infinity } = {},
) {
  const most = Math.max(1, ...counts);
  const inner = Math.max(Math.min(most, COMFORTABLE_NODES) * maxPitch, most * minPitch);
  const unit = width / (counts.length - 1 + INPUT_COLUMN_SHARE);
  const columns = counts.map((count, c) => {
    const pitch = Math.min(maxPitch, inner / Math.max(1, count));
    const size = Math.round(pitch * 0.74);
    const left = c === 0 ? 0 : (c - 1 + INPUT_COLUMN_SHARE) * unit;
    const columnWidth = c === 0 ? INPUT_COLUMN_SHARE * unit : unit;
    const x =
      c === 0
        ? Math.max(left + columnWidth - size / 2 - EDGE_MARGIN, labelRoom + size / 2)
        : c === counts.length - 1
          ? left + size / 2 + EDGE_MARGIN
          : left + columnWidth / 2;
    const top = padding + (inner - count * pitch) / 2 + pitch / 2;
    return { size, pitch, nodes: Array.from({ length: count }, (_, i) => ({ x, y: top + i * pitch })) };
  });
  return { width, height: inner + 2 * padding, columns };
}
