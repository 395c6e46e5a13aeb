// Whether a model's full spec fits a data set: the engine checks a spec and a
// data set each on its own; only together do the inputs, outputs and label
// form have to agree.

/** Why `spec` cannot train on data set `name` (`data` as dp.dataset returns it), or ''. */
export function specDataMismatch(spec, data, name) {
  if (spec.inputs !== data.inputs) return `spec.inputs is ${spec.inputs} but ${name} has ${data.inputs} inputs`;
  const last = spec.layers.length - 1;
  const units = spec.layers[last].units;
  const sparse = spec.loss === 'sparse_categorical_crossentropy' || spec.loss === 'nll';
  if (units !== data.outputs && !(data.task === 'binary' && units === 2 && sparse)) {
    const hint = data.task === 'binary' ? ' (binary: 1 unit, or 2 with sparse_categorical_crossentropy)' : '';
    return `spec.layers[${last}].units is ${units} but ${name} has ${data.outputs} output${data.outputs === 1 ? '' : 's'}${hint}`;
  }
  if (spec.loss === 'categorical_crossentropy' && data.labelWidth !== units) {
    return 'categorical_crossentropy needs one-hot labels: set the data option oneHot (--one-hot), or use sparse_categorical_crossentropy';
  }
  if (sparse && data.labelWidth > 1)
    return `${spec.loss} takes integer class ids: leave the data option oneHot (--one-hot) off`;
  return '';
}
