// Types for the public JS API of Deep Playground (bindings/index.js, model.js).
// Field names and string values are the engine's; the formulas behind them are
// in docs/design.md of the repository.
import type { Exercise, GradeResult } from './exercise.js';
import type { OptimizerPath, OptimizerPathOptions, Surface, SurfaceName, SurfaceOptions } from './surfaces.js';

/** Loads the wasm engine once per page or process; later calls share it. */
export function loadEngine(): Promise<Engine>;
/**
 * Makes loadEngine() build the engine from a compiled module or the wasm
 * file's bytes (or a promise of either) instead of fetching wasm/engine.wasm.
 * Call it before the first loadEngine().
 */
export function setEngineSource(source: EngineSource | Promise<EngineSource>): void;

/** A compiled engine (WebAssembly.Module) or the bytes of engine.wasm. */
export type EngineSource = CompiledModule | ArrayBuffer | Uint8Array;

/**
 * WebAssembly.Module where the project's types declare it (the DOM library,
 * or Node's); any object where they do not, as under `--lib es2022` alone.
 */
type CompiledModule = typeof globalThis extends { WebAssembly: { Module: abstract new (...args: never[]) => infer M } }
  ? M
  : object;

/**
 * Grades a model spec against an exercise (each an object or JSON text): the
 * limits are checked before anything trains, then the spec trains once per
 * goal seed (the seeds replace the spec's own) and the goal's metric is
 * compared. Throws an Error naming the field if the exercise is invalid; a bad
 * spec is a result with status 'rejected'. Runs in this thread, checking the
 * time limit between epochs.
 */
export function grade(
  exercise: Exercise | string,
  spec: ModelSpec | string,
  options?: { engine?: Engine },
): Promise<GradeResult>;

export type { CsvData, Exercise, GradeResult, GradeStatus } from './exercise.js';
export type { OptimizerPath, OptimizerPathOptions, Surface, SurfaceName, SurfaceOptions } from './surfaces.js';

export interface Engine {
  /** The names dataset() accepts. */
  datasetNames(): DatasetName[];
  /** A 2-D loss surface sampled as a heatmap (row 0 at the top); throws for a window where no loss is finite. */
  surface(name: SurfaceName, options?: SurfaceOptions): Surface;
  /** The path a real optimizer takes on a surface, the start point first. */
  optimizerPath(name: SurfaceName, options?: OptimizerPathOptions): OptimizerPath;
  /** A seeded data set split into train and test; throws an Error naming a bad option. */
  dataset(name: DatasetName, options?: DatasetOptions): Dataset;
  /** Fit options as model.fit() reads them, every default filled in; throws an Error naming any bad field. */
  fitOptions(
    options?: Pick<FitOptions, 'epochs' | 'batchSize' | 'shuffle'>,
  ): Required<Pick<FitOptions, 'epochs' | 'batchSize' | 'shuffle'>>;
  /**
   * Builds a model from a spec (an object or its JSON text, at most
   * limits().specText = 100,000 characters); throws an Error naming any bad field.
   */
  model(spec: ModelSpec | string): Model;
  /** The engine's limits; a fresh object on every call. */
  limits(): EngineLimits;
  /** Wasm memory in bytes, for leak checks: what malloc holds now, and the heap's size (it never shrinks). */
  memory(): MemoryUse;
  /** True once the engine has aborted: every call then throws saying so, and loadEngine() gives a fresh engine. */
  readonly aborted: boolean;
  /**
   * The values the engine gives an optimizer's and a schedule's fields when a
   * spec leaves them out (Keras's defaults), read off the engine's own spec
   * parser. A fresh object on every call.
   */
  defaults(): EngineDefaults;
}

/** Per optimizer and schedule type, every field of that type with its default value. */
export interface EngineDefaults {
  optimizers: {
    sgd: Required<Omit<SgdSpec, 'type' | 'schedule'>>;
    rmsprop: Required<Omit<RmspropSpec, 'type' | 'schedule'>>;
    adam: Required<Omit<AdamSpec, 'type' | 'schedule'>>;
  };
  schedules: {
    constant: Record<string, never>;
    step: Required<Omit<DecayScheduleSpec, 'type'>>;
    exponential: Required<Omit<DecayScheduleSpec, 'type'>>;
    cosine: Required<Omit<CosineScheduleSpec, 'type'>>;
  };
}

export interface EngineLimits {
  /** Characters of spec JSON model() reads: 100,000 (the web and the CLI cap spec text at the same). */
  specText: number;
  /**
   * Working memory one fit, trainBatch, evaluate, predict or layerOutputs call
   * may allocate: 256 MiB (268,435,456 bytes), counting the copies of its data,
   * its outputs and the batch buffers (rows x the widths of every layer). A call
   * over it, or one the wasm memory (at most 2 GiB) cannot hold now, throws an
   * Error naming the size and the limit before it copies anything.
   */
  callBytes: number;
}

export interface MemoryUse {
  /** Bytes malloc has handed out and not freed. */
  usedBytes: number;
  /** Size of wasm memory (the heap grows on demand and never shrinks). */
  totalBytes: number;
}

// ---- Data ----

export type DatasetName = 'circle' | 'xor' | 'gauss' | 'spiral' | 'plane' | 'multigauss' | 'blobs' | 'iris' | 'digits';

export interface DatasetOptions {
  /** Points before the split, 4..100000 (default 400; iris and digits use all their rows). */
  n?: number;
  /** 0..1, relative to the data's scale (default 0). */
  noise?: number;
  /** Data seed (default 0). */
  seed?: number;
  /** Share of rows held out for testing, 0..0.9 (default 0.5). */
  testFraction?: number;
  /** 0 = the data set's default; spiral 2..5, blobs 3..5. */
  classes?: number;
  /** Multi-class labels as one-hot rows instead of integer class ids. */
  oneHot?: boolean;
}

/** Rows of one split: x is [n, inputs] row-major, y is [n, labelWidth]. */
export interface Split {
  x: Float32Array;
  y: Float32Array;
  n: number;
}

export interface Dataset {
  train: Split;
  test: Split;
  inputs: number;
  /** Units the model's last layer needs: 1 for binary and regression, classes for multi-class. */
  outputs: number;
  /** 2 for binary, k for multi-class, 0 for regression. */
  classes: number;
  /** Numbers per label row in y: 1, or classes when one-hot. */
  labelWidth: number;
  task: 'binary' | 'multiclass' | 'regression';
  /**
   * The options it was made with, every default filled in with what was used:
   * n the rows it has (iris and digits: all of theirs), classes its classes.
   */
  options: Required<DatasetOptions>;
}

/** Numbers as the API takes them: any typed array, or flat / nested (row-major) arrays. */
export type Numbers =
  | Float32Array
  | Float64Array
  | Int8Array
  | Int16Array
  | Int32Array
  | Uint8Array
  | Uint8ClampedArray
  | Uint16Array
  | Uint32Array
  | readonly number[]
  | readonly (readonly number[])[];

/** x as [n, inputs]; y as [n, outputs] (one-hot for categorical_crossentropy) or [n] class ids for sparse losses and nll. */
export interface Data {
  x: Numbers;
  y: Numbers;
}

// ---- Spec ----

export type Activation = 'linear' | 'relu' | 'sigmoid' | 'tanh' | 'softmax' | 'leaky_relu' | 'elu' | 'gelu';
export type Loss =
  'binary_crossentropy' | 'categorical_crossentropy' | 'sparse_categorical_crossentropy' | 'nll' | 'mse' | 'mae';
export type Initializer = 'glorot_uniform' | 'he_normal' | 'zeros';
export type OptimizerType = 'sgd' | 'rmsprop' | 'adam';
export type ScheduleType = 'constant' | 'step' | 'exponential' | 'cosine';

/** Penalty on the kernel (not the bias): l1 * sum|w| + l2 * sum w^2; each 0..10. */
export interface RegularizerSpec {
  l1?: number;
  l2?: number;
}

export interface DenseLayerSpec {
  type: 'dense';
  /** 1..4096 */
  units: number;
  /** Default 'linear'. */
  activation?: Activation;
  /** Default 'glorot_uniform'; biases start at zero. */
  kernelInitializer?: Initializer;
  kernelRegularizer?: RegularizerSpec;
}

/** Inverted dropout: keeps a unit with probability 1 - rate at training time; identity at inference. */
export interface DropoutLayerSpec {
  type: 'dropout';
  /** 0 <= rate < 1 */
  rate: number;
}

export type LayerSpec = DenseLayerSpec | DropoutLayerSpec;

export interface ConstantScheduleSpec {
  type: 'constant';
}

/** lr * decayRate^(step / decaySteps); 'step' floors the exponent (staircase). */
export interface DecayScheduleSpec {
  type: 'step' | 'exponential';
  /** Default 1000. */
  decaySteps?: number;
  /** 0 < decayRate <= 1, default 0.96. */
  decayRate?: number;
}

/** Cosine decay to alpha * lr over decaySteps, after an optional linear warm-up. */
export interface CosineScheduleSpec {
  type: 'cosine';
  /** Default 1000. */
  decaySteps?: number;
  /** Final rate as a fraction of the initial one, default 0. */
  alpha?: number;
  /** Default 0. */
  warmupSteps?: number;
}

export type ScheduleSpec = ConstantScheduleSpec | DecayScheduleSpec | CosineScheduleSpec;

interface OptimizerBase {
  /** Any finite positive float32, as in Keras (one far too large diverges); default 0.01 for sgd, 0.001 for rmsprop and adam. */
  learningRate?: number;
  schedule?: ScheduleSpec;
}

/** v = momentum*v + (1 - dampening)*g; w -= lr*v. */
export interface SgdSpec extends OptimizerBase {
  type: 'sgd';
  momentum?: number;
  dampening?: number;
  nesterov?: boolean;
}

/** s = rho*s + (1 - rho)*g^2; w -= lr*g/sqrt(s + epsilon) (epsilon inside the root, as Keras 3). */
export interface RmspropSpec extends OptimizerBase {
  type: 'rmsprop';
  rho?: number;
  momentum?: number;
  epsilon?: number;
  centered?: boolean;
}

/** Keras's Adam: defaults beta1 0.9, beta2 0.999, epsilon 1e-7. */
export interface AdamSpec extends OptimizerBase {
  type: 'adam';
  beta1?: number;
  beta2?: number;
  epsilon?: number;
}

export type OptimizerSpec = SgdSpec | RmspropSpec | AdamSpec;

export interface ModelSpec {
  /** Features per row, 1..4096. */
  inputs: number;
  /** 1..64 layers; the last must be dense (it produces the outputs). */
  layers: LayerSpec[];
  loss: Loss;
  /** An optimizer or just its name; default { type: 'sgd', learningRate: 0.01 }. */
  optimizer?: OptimizerSpec | OptimizerType;
  /** Fixes initialization, shuffling and dropout masks (default 0). */
  seed?: number;
}

/** What toSpec() returns: every default spelled out. */
export interface ResolvedModelSpec extends ModelSpec {
  optimizer: OptimizerSpec;
  seed: number;
}

// ---- Training ----

/** One epoch's numbers, as onEpoch receives them. */
export interface EpochLogs {
  loss: number;
  /** Present for classification losses. */
  accuracy?: number;
  /** Present when fit was given validation data. */
  valLoss?: number;
  valAccuracy?: number;
}

export interface FitOptions {
  /** 1..1000000, default 1. */
  epochs?: number;
  /** Default 32; the data size gives full-batch gradient descent, 1 gives SGD. */
  batchSize?: number;
  /** Reshuffle the rows every epoch (default true). */
  shuffle?: boolean;
  /** Evaluated after every epoch into valLoss / valAccuracy. */
  validation?: Data;
  /**
   * Called after every epoch (epoch counts from 0); return false to stop early.
   * It may predict and evaluate with the model, but fit or trainBatch on the
   * same model throws (train it after this fit ends); dispose() ends the fit.
   */
  onEpoch?: (epoch: number, logs: EpochLogs) => boolean | void;
}

/** Like Keras's History.history: one entry per completed epoch. */
export interface History {
  loss: number[];
  accuracy?: number[];
  valLoss?: number[];
  valAccuracy?: number[];
  /**
   * Set when training stopped (epoch from 0, step from 1): at a step whose loss or gradients were NaN/Infinity
   * or whose loss exploded (that step is not taken, the weights stay finite), or at a step whose update
   * overflowed a weight to NaN/Infinity (a learning rate far too large; taken, the weights are not finite).
   * lastLoss: the last finite training loss, or null if no step had one.
   */
  diverged?: { epoch: number; step: number; lastLoss: number | null };
}

/** Loss (with regularization, as Keras reports it) and, for classification, accuracy. */
export interface Evaluation {
  loss: number;
  accuracy?: number;
}

/** mask is [rows, units] row-major, 0 where a unit was dropped; empty before any training step. */
export interface DropoutMask {
  rows: number;
  units: number;
  mask: Float32Array;
}

export interface Model {
  /** Trains on data.x / data.y (e.g. dp.dataset(...).train). */
  fit(data: Data, options?: FitOptions): History;
  /** Loss and accuracy at inference (dropout off). */
  evaluate(x: Numbers, y: Numbers): Evaluation;
  /** One optimizer step on the given batch; returns its loss (NaN/Infinity: step skipped, weights kept). */
  trainBatch(x: Numbers, y: Numbers): number;
  /** Outputs for rows of x, as a Float32Array [n, outputs]. */
  predict(x: Numbers): Float32Array;
  /** Every dense layer's activations for rows of x: one Float32Array [n, units] per dense layer. */
  layerOutputs(x: Numbers): Float32Array[];
  /** Per dropout layer, the last training batch's mask. */
  dropoutMasks(): DropoutMask[];
  /** Per dense layer: kernel [inputs, units] row-major, then bias [units] (Keras order). */
  getWeights(): Float32Array[];
  /** The same layout getWeights() returns, flat or as nested rows of the same shape ([inputs][units] for a kernel). */
  setWeights(weights: readonly Numbers[]): void;
  /** The full spec; engine.model(toSpec()) rebuilds the same model. */
  toSpec(): ResolvedModelSpec;
  /** Python source that builds and compiles the same model in Keras 3. */
  toKeras(): string;
  /** Frees the model's wasm memory; using the model afterwards throws. */
  dispose(): void;
  readonly disposed: boolean;
}
