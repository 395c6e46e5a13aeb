// The spec file the playground downloads ("Download spec"): the engine's spec
// with the features and batch size it was trained with,
//   { "features": ["x1", ...] (2-D point data only), "batchSize": 10, "spec": { ... } },
// and reads back, as it does a model spec alone ({ "inputs", "layers", ... }).
import { checkBatchSize, checkFeatures } from './playground-state.js';

/** The file's text for a model: { spec, features (null when the data are not 2-D points), batchSize }. */
export function specFileText({ spec, features, batchSize }) {
  return `${JSON.stringify({ ...(features && { features }), batchSize, spec }, null, 2)}\n`;
}

/**
 * { spec, features?, batchSize? } from a parsed file (an object): a spec file
 * or a model spec alone; or { problem } naming the field at fault.
 */
export function readSpecFile(json) {
  if (!Object.hasOwn(json, 'spec')) return { spec: json };
  const { spec, features, batchSize } = json;
  const problem =
    (features === undefined ? null : checkFeatures(features)) ??
    (batchSize === undefined ? null : checkBatchSize(batchSize)) ??
    (spec !== null && typeof spec === 'object' && !Array.isArray(spec) ? null : 'spec: must be an object');
  return problem ? { problem } : { spec, features, batchSize };
}
