// Types of the loss surfaces and optimizer paths (dp.surface, dp.optimizerPath),
// re-exported by index.d.ts.
import type { OptimizerSpec, OptimizerType } from './index.js';

export type SurfaceName = 'bowl' | 'valley' | 'rosenbrock' | 'saddle' | 'local_minimum';

export interface SurfaceOptions {
  /** Grid columns and rows, 1..4096 (default 64). */
  nx?: number;
  ny?: number;
  /** [xmin, xmax, ymin, ymax] in (w1, w2); default: the surface's natural view. */
  window?: [number, number, number, number];
}

export interface Surface {
  values: Float32Array;
  nx: number;
  ny: number;
  window: [number, number, number, number];
  start: [number, number];
  minimum: { w1: number; w2: number; loss: number };
}

export interface OptimizerPathOptions {
  optimizer?: OptimizerSpec | OptimizerType;
  /** Default: the surface's own start. */
  start?: [number, number];
  /** Optimizer updates, 1..100000 (default 100). */
  steps?: number;
  /** Std of Gaussian noise added to each gradient component, 0..100 (models mini-batch noise). */
  gradientNoise?: number;
  seed?: number;
}

export interface OptimizerPath {
  w1: Float32Array;
  w2: Float32Array;
  loss: Float32Array;
  /** The loss became non-finite or exceeded 1e6; the path stops there. */
  diverged: boolean;
}
