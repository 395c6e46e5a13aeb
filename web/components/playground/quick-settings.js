// <dp-quick-settings>: TensorFlow Playground's top row — learning rate,
// activation, regularization and its rate, problem type.
import { LitElement, html, css } from 'lit';
import { sharedStyles } from '../base/shared-styles.js';
import { selectField } from '../base/fields.js';
import { emitEdit } from '../base/edit-event.js';
import {
  HIDDEN_ACTIVATIONS,
  LEARNING_RATES,
  REGULARIZATION_LABELS,
  REGULARIZATION_RATES,
  REGULARIZATIONS,
  formatRate,
  including,
} from '../../domain/choices.js';
import { PROBLEMS, datasetInfo } from '../../domain/datasets.js';
import { hiddenLayers, penaltiesOf, regularizationKind, regularizationRate } from '../../domain/network-spec.js';
import { optimizerOf } from '../../domain/optimizers.js';
import { withHiddenActivation, withOptimizer, withProblem, withRegularization } from '../../domain/state-edits.js';

const PROBLEM_LABELS = { classification: 'Classification', regression: 'Regression' };

class QuickSettings extends LitElement {
  static properties = { state: { attribute: false } };

  static styles = [
    sharedStyles,
    css`
      /* Each field as wide as its label and choices, wrapping when the bar is narrow. */
      :host {
        display: flex;
        flex-wrap: wrap;
        gap: 0 1rem;
      }
      .field {
        margin-bottom: 0.25rem;
      }
    `,
  ];

  /** The last non-zero penalty rate, offered again when regularization is switched back on. */
  #rate = 0.001;

  render() {
    const { state } = this;
    const { learningRate } = optimizerOf(state.spec);
    const activations = new Set(hiddenLayers(state.spec).map((layer) => layer.activation));
    const activation = activations.size === 1 ? [...activations][0] : 'mixed';
    const kind = regularizationKind(state.spec);
    if (kind !== 'none') this.#rate = regularizationRate(state.spec);
    const rates = (values, current) => including(values, current).map((value) => ({ value, label: formatRate(value) }));
    return html`
      ${selectField({
        label: 'Learning rate',
        value: learningRate,
        options: rates(LEARNING_RATES, learningRate),
        onChange: (value) => emitEdit(this, withOptimizer(state, { learningRate: value })),
      })}
      ${selectField({
        label: 'Activation',
        value: activation,
        disabled: activations.size === 0,
        options: [
          ...(activation === 'mixed' || activations.size === 0
            ? [{ value: 'mixed', label: activations.size ? 'per layer' : '—' }]
            : []),
          ...HIDDEN_ACTIVATIONS.map((name) => ({ value: name, label: name })),
        ],
        onChange: (value) => emitEdit(this, withHiddenActivation(state, value)),
      })}
      ${selectField({
        label: 'Regularization',
        value: kind,
        options: REGULARIZATIONS.map((value) => ({ value, label: REGULARIZATION_LABELS[value] })),
        onChange: (value) => emitEdit(this, withRegularization(state, penaltiesOf(value, this.#rate))),
      })}
      ${selectField({
        label: 'Regularization rate',
        value: this.#rate,
        disabled: kind === 'none',
        options: rates(REGULARIZATION_RATES, this.#rate),
        onChange: (value) => emitEdit(this, withRegularization(state, penaltiesOf(kind, value))),
      })}
      ${selectField({
        label: 'Problem type',
        value: datasetInfo(state.data).problem,
        options: PROBLEMS.map((value) => ({ value, label: PROBLEM_LABELS[value] })),
        onChange: (value) => emitEdit(this, withProblem(state, value)),
      })}
    `;
  }
}

customElements.define('dp-quick-settings', QuickSettings);
