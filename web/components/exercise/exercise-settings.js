// web/components/exercise/ — an exercise's constrained playground: the
// playground's pieces with only the controls it leaves free, the Check
// button, the grader's verdict and the hint.
//
// <dp-exercise-settings>: the settings beside the network that an exercise
// leaves free — the hidden activation, the optimizer, its learning rate and
// momentum, the regularization, the loss, the initializer — with the
// playground's controls and edits (each proposes a new state in an 'edit'
// event). Only the free ones show.
import { LitElement, html, css, nothing } from 'lit';
import { sharedStyles } from '../base/shared-styles.js';
import { numberField, selectField } from '../base/fields.js';
import { emitEdit } from '../base/edit-event.js';
import {
  HIDDEN_ACTIVATIONS,
  INITIALIZERS,
  INITIALIZER_LABELS,
  LEARNING_RATES,
  LOSSES_BY_TASK,
  LOSS_LABELS,
  REGULARIZATIONS,
  REGULARIZATION_LABELS,
  REGULARIZATION_RATES,
  formatRate,
  including,
  usesOneHot,
} from '../../domain/choices.js';
import { OPTIMIZER_LABELS, optimizerOf } from '../../domain/optimizers.js';
import {
  hiddenLayers,
  initializerOf,
  penaltiesOf,
  regularizationKind,
  regularizationRate,
} from '../../domain/network-spec.js';
import {
  withHiddenActivation,
  withInitializer,
  withLoss,
  withOptimizer,
  withOptimizerType,
  withRegularization,
} from '../../domain/state-edits.js';

/** The penalty rate offered when regularization is switched on. */
const FIRST_RATE = 0.001;

class ExerciseSettings extends LitElement {
  static properties = {
    state: { attribute: false },
    /** The controls the exercise leaves free (grader/exercise.js FREE_CONTROLS). */
    free: { attribute: false },
    /** The data's { task, labelWidth }: which losses fit its labels. */
    shape: { attribute: false },
  };

  static styles = [
    sharedStyles,
    css`
      :host {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(10rem, 1fr));
        gap: 0 1rem;
      }
    `,
  ];

  render() {
    const { state } = this;
    const optimizer = optimizerOf(state.spec);
    const options = (values, label) => values.map((value) => ({ value, label: label(value) }));
    const edit = (next) => emitEdit(this, next);
    return html`
      ${this.#activation()}
      ${this.#if('optimizer', () =>
        selectField({
          label: 'Optimizer',
          value: optimizer.type,
          options: options(Object.keys(OPTIMIZER_LABELS), (type) => OPTIMIZER_LABELS[type]),
          onChange: (type) => edit(withOptimizerType(state, type)),
        }),
      )}
      ${this.#if('learningRate', () =>
        selectField({
          label: 'Learning rate',
          value: optimizer.learningRate,
          options: options(including(LEARNING_RATES, optimizer.learningRate), formatRate),
          onChange: (learningRate) => edit(withOptimizer(state, { learningRate })),
        }),
      )}
      ${
        optimizer.momentum === undefined
          ? nothing
          : this.#if('momentum', () =>
              numberField({
                label: 'Momentum',
                value: optimizer.momentum,
                min: 0,
                max: 0.9999,
                step: 0.01,
                onChange: (momentum) => edit(withOptimizer(state, { momentum })),
              }),
            )
      }
      ${this.#if('regularization', () => this.#regularization())}
      ${this.#if('loss', () =>
        selectField({
          label: 'Loss',
          value: state.spec.loss,
          options: options(this.#losses(), (loss) => LOSS_LABELS[loss]),
          onChange: (loss) => edit(withLoss(state, loss)),
        }),
      )}
      ${this.#if('initializer', () =>
        selectField({
          label: 'Kernel initializer',
          value: initializerOf(state.spec),
          options: options(INITIALIZERS, (name) => INITIALIZER_LABELS[name]),
          onChange: (initializer) => edit(withInitializer(state, initializer)),
        }),
      )}
    `;
  }

  #if(control, render) {
    return this.free.includes(control) ? render() : nothing;
  }

  // One activation for every hidden layer (the network view also sets each layer's own).
  #activation() {
    const activations = [...new Set(hiddenLayers(this.state.spec).map((layer) => layer.activation))];
    if (activations.length === 0) return nothing;
    const value = activations.length === 1 ? activations[0] : 'mixed';
    return this.#if('activation', () =>
      selectField({
        label: 'Activation',
        value,
        options: [
          ...(value === 'mixed' ? [{ value, label: 'per layer' }] : []),
          ...including(HIDDEN_ACTIVATIONS, value === 'mixed' ? HIDDEN_ACTIVATIONS[0] : value).map((name) => ({
            value: name,
            label: name,
          })),
        ],
        onChange: (activation) => emitEdit(this, withHiddenActivation(this.state, activation)),
      }),
    );
  }

  #regularization() {
    const kind = regularizationKind(this.state.spec);
    const rate = regularizationRate(this.state.spec) || FIRST_RATE;
    const edit = (nextKind, nextRate) =>
      emitEdit(this, withRegularization(this.state, penaltiesOf(nextKind, nextRate)));
    return html`
      ${selectField({
        label: 'Regularization',
        value: kind,
        options: REGULARIZATIONS.map((value) => ({ value, label: REGULARIZATION_LABELS[value] })),
        onChange: (value) => edit(value, rate),
      })}
      ${
        kind === 'none'
          ? nothing
          : selectField({
              label: 'Regularization rate',
              value: rate,
              options: including(REGULARIZATION_RATES, rate).map((value) => ({ value, label: formatRate(value) })),
              onChange: (value) => edit(kind, value),
            })
      }
    `;
  }

  // The losses that fit the data's labels: class ids or one-hot rows are the exercise's to choose.
  #losses() {
    const { task, labelWidth } = this.shape;
    return LOSSES_BY_TASK[task].filter((loss) => usesOneHot(loss, task) === labelWidth > 1);
  }
}

customElements.define('dp-exercise-settings', ExerciseSettings);
