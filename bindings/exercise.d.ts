// Types of exercise files and grading results (grader/ in the repository),
// re-exported by index.d.ts.
import type { DatasetName, DatasetOptions, ModelSpec } from './index.js';

/** An exercise file: a data set, how to train, limits on the network and a goal. */
export interface Exercise {
  /** Lower-case letters, digits and dashes, 1..64 characters. */
  id: string;
  title: string;
  /** What to do, in plain text. */
  text: string;
  /** A built-in data set and its options, as dataset(name, options) takes them, or the exercise's own CSV table. */
  data: ({ name: DatasetName } & DatasetOptions) | CsvData;
  /** How the grader trains. */
  fit: { epochs?: number; batchSize?: number; shuffle?: boolean };
  limits?: {
    /** The units of every dense layer but the last, summed. */
    maxHiddenUnits?: number;
    /** Dense layers before the output layer. */
    maxHiddenLayers?: number;
    /** Kernels and biases, counted. */
    maxParams?: number;
    /** Wall-clock budget per submission, default 30. */
    maxSeconds?: number;
  };
  goal: {
    metric: 'accuracy' | 'loss';
    /** Default 'test'. */
    split?: 'test' | 'train';
    /** Exactly one of atLeast and atMost. */
    atLeast?: number;
    atMost?: number;
    /** The model seeds the grader trains with (default [1]); they replace the submission's seed. */
    seeds?: number[];
    /** How the seeds' values combine; default the worst: 'min' for atLeast, 'max' for atMost. */
    aggregate?: 'min' | 'mean' | 'max';
  };
  /** For the browser: the network a learner starts from. */
  start?: ModelSpec;
  /** For the browser: what the learner may change (default: all of them). */
  free?: (
    | 'layers'
    | 'units'
    | 'activation'
    | 'optimizer'
    | 'learningRate'
    | 'momentum'
    | 'regularization'
    | 'dropout'
    | 'loss'
    | 'initializer'
  )[];
  /** For the browser: what to tell a learner after a miss. */
  hint?: string;
}

/**
 * An exercise's own data: a CSV table read as the playground's CSV loader
 * reads a file (header row; 3 to 65 columns; at most 5,000 rows), its
 * features scaled onto -1..1. A label of text, or of at most 10 distinct whole
 * numbers, makes a classification; other numbers, a regression.
 */
export interface CsvData {
  /** The CSV text, header line first. */
  csv: string;
  /** The label column's name. */
  label: string;
  /** The feature columns' names, 2 to 64 (default: every column but the label). */
  features?: string[];
  /** The fraction of rows held out for testing, 0..0.9 (default 0.5). */
  testFraction?: number;
  /** Shuffles the rows before the split (default 0). */
  seed?: number;
  /** One-hot labels for a multiclass label (default false). */
  oneHot?: boolean;
}

export type GradeStatus = 'pass' | 'fail' | 'rejected' | 'diverged' | 'timeout' | 'error';

export interface GradeResult {
  passed: boolean;
  /** pass; fail (trained, missed the goal); rejected (invalid or over a limit, before training); diverged; timeout; error (the engine failed). */
  status: GradeStatus;
  /** Why, in words, e.g. "test accuracy 0.930 (min over seeds 1, 2, 3) >= 0.900". */
  message: string;
  /** Once it trained: the goal's metric per seed and combined. */
  metrics: {
    metric: 'accuracy' | 'loss';
    split: 'test' | 'train';
    aggregate: 'min' | 'mean' | 'max';
    value: number;
    seeds: { seed: number; loss: number; accuracy: number; epochs: number }[];
  } | null;
}
