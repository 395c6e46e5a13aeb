// The input plane the 2-D data live in, as every view of it draws it: the
// square [-EXTENT, EXTENT]² and the grids the network is probed on.
export const PLANE_EXTENT = 1.2;
/** Cells per side of the decision-boundary heatmap. */
export const BOUNDARY_GRID = 50;
/** Cells per side of each neuron's thumbnail. */
export const NEURON_GRID = 20;

/** Cell centres of a size×size grid over the plane, row by row from the top: [size², 2]. */
export function planeGrid(size) {
  const points = new Float32Array(size * size * 2);
  const cell = (2 * PLANE_EXTENT) / size;
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) {
      const i = row * size + col;
      points[2 * i] = -PLANE_EXTENT + (col + 0.5) * cell;
      points[2 * i + 1] = PLANE_EXTENT - (row + 0.5) * cell;
    }
  }
  return points;
}
