// The playground's whole state — data, features, network spec, training and
// view settings — as one plain object that a URL can carry. checkState()
// vets an untrusted one (from a link) field by field and keeps only the
// fields it knows.
import { DATASETS, dataShape, datasetInfo } from './datasets.js';
import { MAX_CSV_COLUMNS, MAX_CSV_ROWS } from '../../grader/csv-table.js';
import { MAX_LOCAL_CLASSES, MAX_NAME_LENGTH } from '../../grader/local-data.js';
import { FEATURES, isFeatureId } from './features.js';
import { SPEEDS } from './choices.js';
import { conformSpec, layoutProblem, specChanges } from './network-spec.js';
import { PLANE_EXTENT } from './plane.js';

const STATE_VERSION = 1;
export const MAX_DRAWN_POINTS = 500;
/**
 * How many points a generated data set may have (training and test together):
 * the engine takes 4 to 100,000; the playground draws every point a few times
 * a second, so it stops at 5,000.
 */
export const POINTS = { min: 4, max: 5000, initial: 500 };
/** The epoch training may stop at by itself (0: it trains until paused). */
export const MAX_STOP_EPOCH = 100000;

export function defaultState() {
  return {
    version: STATE_VERSION,
    data: { dataset: 'circle', classes: 2, points: POINTS.initial, noise: 0, trainPercent: 50, seed: 1, drawn: [] },
    features: ['x1', 'x2'],
    batchSize: 10,
    stopAtEpoch: 0,
    spec: {
      inputs: 2,
      layers: [
        { type: 'dense', units: 4, activation: 'tanh' },
        { type: 'dense', units: 2, activation: 'tanh' },
        { type: 'dense', units: 1, activation: 'sigmoid' },
      ],
      loss: 'binary_crossentropy',
      optimizer: { type: 'sgd', learningRate: 0.03 },
      seed: 1,
    },
    view: { showTestData: false, discretize: false, speed: 'normal' },
  };
}

/** The state with its spec made to fit its data and features. */
export function conformState(state) {
  return { ...state, spec: conformSpec(state.spec, dataShape(state.data, state.features.length)) };
}

/**
 * { state, changes } built from the known fields of an untrusted state (with
 * changes listing in words what was adapted to fit the network to the data),
 * or { problem: "field: what is wrong" }. The engine vets the spec's values.
 * Links from before data.points and stopAtEpoch existed open with 500 points
 * and no stop.
 */
export function readState(candidate) {
  const withDefaults = withOptionalFields(candidate);
  const problem = checkState(withDefaults);
  if (problem) return { problem };
  const { data, features, batchSize, stopAtEpoch, spec, view } = withDefaults;
  const { dataset, classes, points, noise, trainPercent, seed, drawn } = data;
  const { showTestData, discretize, speed } = view;
  const local = dataset === 'local' ? { local: localOf(data.local) } : {};
  const state = conformState({
    version: STATE_VERSION,
    data: { dataset, classes, points, noise, trainPercent, seed, drawn, ...local },
    features,
    batchSize,
    stopAtEpoch,
    spec,
    view: { showTestData, discretize, speed },
  });
  return { state, changes: specChanges(spec, state.spec) };
}

// The fields older links lack, at their defaults.
function withOptionalFields(s) {
  if (!isObject(s)) return s;
  const data = isObject(s.data) ? { points: POINTS.initial, ...s.data } : s.data;
  return { stopAtEpoch: 0, ...s, data };
}

function checkState(s) {
  if (!isObject(s)) return 'the state must be a JSON object';
  if (s.version !== STATE_VERSION) return `version: must be ${STATE_VERSION}`;
  return (
    checkData(s.data) ??
    checkFeatures(s.features) ??
    checkBatchSize(s.batchSize) ??
    checkNumber('stopAtEpoch', s.stopAtEpoch, 0, MAX_STOP_EPOCH, true) ??
    checkSpecShape(s.spec) ??
    checkView(s.view)
  );
}

function checkData(data) {
  if (!isObject(data)) return 'data: must be an object';
  if (!Object.hasOwn(DATASETS, data.dataset)) return `data.dataset: must be one of ${Object.keys(DATASETS).join(', ')}`;
  const localProblem = data.dataset === 'local' ? checkLocal(data.local) : null;
  if (localProblem) return localProblem;
  const info = datasetInfo(data);
  if (!info.classes.includes(data.classes)) return `data.classes: ${data.dataset} takes ${info.classes.join(' or ')}`;
  return (
    checkNumber('data.points', data.points, POINTS.min, POINTS.max, true) ??
    checkNumber('data.noise', data.noise, 0, 50, false) ??
    checkNumber('data.trainPercent', data.trainPercent, 10, 90, true) ??
    checkNumber('data.seed', data.seed, 0, 2 ** 31 - 1, true) ??
    checkDrawn(data)
  );
}

function checkDrawn({ drawn, classes, dataset, local }) {
  if (!Array.isArray(drawn) || drawn.length > MAX_DRAWN_POINTS)
    return `data.drawn: must be a list of at most ${MAX_DRAWN_POINTS} points`;
  if (drawn.length > 0 && datasetInfo({ dataset, local }).problem !== 'classification')
    return 'data.drawn: only classification data take drawn points';
  const bad = drawn.findIndex(
    (p) =>
      !Array.isArray(p) ||
      p.length !== 3 ||
      !p.slice(0, 2).every((v) => Number.isFinite(v) && Math.abs(v) <= PLANE_EXTENT) ||
      !Number.isInteger(p[2]) ||
      p[2] < 0 ||
      p[2] >= classes,
  );
  return bad >= 0 ? `data.drawn[${bad}]: must be [x1, x2, class] inside the plane` : null;
}

// What a link says of a loaded file (its rows stay in the page that loaded it).
function checkLocal(local) {
  if (!isObject(local)) return 'data.local: must describe the loaded file';
  const isName = (name) => typeof name === 'string' && name.length > 0 && name.length <= MAX_NAME_LENGTH;
  const areNames = (names, min, max) =>
    Array.isArray(names) && names.length >= min && names.length <= max && names.every(isName);
  if (!isName(local.file) || !isName(local.labelName))
    return `data.local.file and data.local.labelName: must be names of 1 to ${MAX_NAME_LENGTH} characters`;
  if (!areNames(local.inputNames, 2, MAX_CSV_COLUMNS - 1))
    return `data.local.inputNames: must be 2 to ${MAX_CSV_COLUMNS - 1} names`;
  if (local.classNames !== undefined && !areNames(local.classNames, 2, MAX_LOCAL_CLASSES))
    return `data.local.classNames: must be 2 to ${MAX_LOCAL_CLASSES} names, or absent for regression`;
  if (typeof local.checksum !== 'string' || !/^[0-9a-f]{8}$/.test(local.checksum))
    return 'data.local.checksum: must be 8 hexadecimal digits';
  return checkNumber('data.local.rows', local.rows, 1, MAX_CSV_ROWS, true);
}

// The known fields of a checked data.local.
function localOf({ file, rows, checksum, inputNames, labelName, classNames }) {
  return { file, rows, checksum, inputNames, labelName, ...(classNames && { classNames }) };
}

/** What is wrong with a batch size, or null. */
export function checkBatchSize(batchSize) {
  return checkNumber('batchSize', batchSize, 1, 100000, true);
}

/** What is wrong with a list of feature ids, or null. */
export function checkFeatures(features) {
  const valid = Array.isArray(features) && features.length > 0 && features.every(isFeatureId);
  if (!valid || new Set(features).size !== features.length) {
    return `features: must be a list of distinct names from ${FEATURES.map((f) => f.id).join(', ')}`;
  }
  return null;
}

function checkSpecShape(spec) {
  if (!isObject(spec)) return 'spec: must be an object';
  const problem = layoutProblem(spec);
  return problem && `spec.${problem}`;
}

function checkView(view) {
  if (!isObject(view)) return 'view: must be an object';
  for (const key of ['showTestData', 'discretize']) {
    if (typeof view[key] !== 'boolean') return `view.${key}: must be true or false`;
  }
  if (!Object.hasOwn(SPEEDS, view.speed)) return `view.speed: must be one of ${Object.keys(SPEEDS).join(', ')}`;
  return null;
}

function checkNumber(field, value, min, max, integer) {
  const ok = typeof value === 'number' && value >= min && value <= max && (!integer || Number.isInteger(value));
  return ok ? null : `${field}: must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}`;
}

function isObject(value) {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
