// <dp-model-panel>: the loss, how the weights start, and the model's seed.
import { LitElement, html, css } from 'lit';
import { sharedStyles } from '../base/shared-styles.js';
import { numberField, selectField } from '../base/fields.js';
import { emitEdit } from '../base/edit-event.js';
import { dataShape } from '../../domain/datasets.js';
import { INITIALIZERS, INITIALIZER_LABELS, LOSSES_BY_TASK, LOSS_LABELS, usesOneHot } from '../../domain/choices.js';
import { initializerOf } from '../../domain/network-spec.js';
import { withInitializer, withLoss, withModelSeed } from '../../domain/state-edits.js';

class ModelPanel extends LitElement {
  static properties = { state: { attribute: false } };

  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
    `,
  ];

  render() {
    const { state } = this;
    const { task } = dataShape(state.data, state.features.length);
    const labels = usesOneHot(state.spec.loss, task)
      ? 'one-hot rows'
      : task === 'multiclass'
        ? 'class ids'
        : 'one number per row';
    return html`
      ${selectField({
        label: 'Loss',
        value: state.spec.loss,
        options: LOSSES_BY_TASK[task].map((value) => ({ value, label: LOSS_LABELS[value] })),
        onChange: (loss) => emitEdit(this, withLoss(state, loss)),
      })}
      <p class="hint">
        The output layer is ${state.spec.layers.at(-1).activation}; labels reach the engine as ${labels}.
      </p>
      ${selectField({
        label: 'Kernel initializer',
        value: initializerOf(state.spec),
        options: INITIALIZERS.map((value) => ({ value, label: INITIALIZER_LABELS[value] })),
        onChange: (initializer) => emitEdit(this, withInitializer(state, initializer)),
      })}
      ${numberField({
        label: 'Model seed',
        value: state.spec.seed ?? 0,
        min: 0,
        step: 1,
        hint: 'Fixes the starting weights, the shuffling and the dropout masks: the same seed gives the same run.',
        onChange: (seed) => emitEdit(this, withModelSeed(state, seed)),
      })}
    `;
  }
}

customElements.define('dp-model-panel', ModelPanel);
