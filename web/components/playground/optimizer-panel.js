// <dp-optimizer-panel>: the optimizer with every hyper-parameter, its update
// rule in KaTeX, and the learning-rate schedule.
import { LitElement, html, css, nothing } from 'lit';
import { sharedStyles } from '../base/shared-styles.js';
import { checkField, numberField, selectField } from '../base/fields.js';
import { emitEdit } from '../base/edit-event.js';
import {
  OPTIMIZER_LABELS,
  SCHEDULE_DEFAULTS,
  SCHEDULE_LABELS,
  momentumForm,
  optimizerOf,
  scheduleOf,
} from '../../domain/optimizers.js';
import { optimizerTex, scheduleTex } from '../../domain/update-rules.js';
import { withMomentumForm, withOptimizer, withOptimizerType } from '../../domain/state-edits.js';
import '../tex/formula.js';

const FORMS = [
  { value: 'classic', label: 'classic: v = βv + g' },
  { value: 'average', label: 'average: v = βv + (1 − β)g' },
];

class OptimizerPanel extends LitElement {
  static properties = { state: { attribute: false } };

  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr));
        gap: 0 0.75rem;
      }
      dp-formula {
        display: block;
        overflow-x: auto;
        font-size: 0.95rem;
        margin: 0.25rem 0 0.5rem;
      }
      h3 {
        margin-top: 0.75rem;
      }
      /* A field whose choices are formulas: the grid's whole row, so they show in full. */
      .wide {
        grid-column: 1 / -1;
      }
    `,
  ];

  render() {
    const optimizer = optimizerOf(this.state.spec);
    const schedule = scheduleOf(optimizer);
    return html`
      ${selectField({
        label: 'Optimizer',
        value: optimizer.type,
        options: Object.entries(OPTIMIZER_LABELS).map(([value, label]) => ({ value, label })),
        onChange: (type) => emitEdit(this, withOptimizerType(this.state, type)),
      })}
      <dp-formula .tex=${optimizerTex(optimizer)}></dp-formula>
      <div class="grid">${this.#parameters(optimizer)}</div>
      <h3>Learning-rate schedule</h3>
      ${selectField({
        label: 'Schedule',
        value: schedule.type,
        options: Object.entries(SCHEDULE_LABELS).map(([value, label]) => ({ value, label })),
        onChange: (type) => this.#setSchedule(type === 'constant' ? undefined : { type, ...SCHEDULE_DEFAULTS[type] }),
      })}
      <dp-formula .tex=${scheduleTex(schedule)}></dp-formula>
      <div class="grid">${this.#scheduleParameters(schedule)}</div>
    `;
  }

  #parameters(optimizer) {
    const number = (key, label, limits = {}) =>
      numberField({ label, value: optimizer[key], ...limits, onChange: (value) => this.#set({ [key]: value }) });
    const beta = { min: 0, max: 0.9999, step: 0.01 };
    const epsilon = number('epsilon', 'Epsilon ε', { min: 0, step: 1e-7 });
    if (optimizer.type === 'sgd') {
      return html`
        ${number('momentum', 'Momentum β', beta)}
        <div class="wide">
          ${selectField({
            label: 'Momentum form',
            value: momentumForm(optimizer),
            options: FORMS,
            onChange: (form) => emitEdit(this, withMomentumForm(this.state, form)),
          })}
        </div>
        ${checkField({ label: 'Nesterov', checked: optimizer.nesterov, onChange: (nesterov) => this.#set({ nesterov }) })}
      `;
    }
    if (optimizer.type === 'rmsprop') {
      return html`
        ${number('rho', 'Decay ρ (rho)', beta)} ${number('momentum', 'Momentum μ', beta)} ${epsilon}
        ${checkField({ label: 'Centered', checked: optimizer.centered, onChange: (centered) => this.#set({ centered }) })}
      `;
    }
    return html`${number('beta1', 'β₁ (first moment)', beta)} ${number('beta2', 'β₂ (second moment)', beta)} ${epsilon}`;
  }

  #scheduleParameters(schedule) {
    if (schedule.type === 'constant') return nothing;
    const number = (key, label, limits) =>
      numberField({
        label,
        value: schedule[key],
        ...limits,
        onChange: (value) => this.#setSchedule({ ...schedule, [key]: value }),
      });
    const steps = number('decaySteps', 'Decay steps T', { min: 1, step: 1 });
    if (schedule.type === 'cosine') {
      return html`${steps} ${number('alpha', 'Final fraction α', { min: 0, max: 1, step: 0.05 })}
      ${number('warmupSteps', 'Warm-up steps', { min: 0, step: 1 })}`;
    }
    return html`${steps} ${number('decayRate', 'Decay rate r', { min: 0, max: 1, step: 0.01 })}`;
  }

  #set(patch) {
    emitEdit(this, withOptimizer(this.state, patch));
  }

  #setSchedule(schedule) {
    emitEdit(this, withOptimizer(this.state, { schedule }));
  }
}

customElements.define('dp-optimizer-panel', OptimizerPanel);
