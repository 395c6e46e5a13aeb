// <dp-playground-guide>: "What am I looking at?" under the playground — what
// the colours, thumbnails, lines and numbers mean, each linked to the lesson
// that explains it, and three things to try. A try's button fires 'try' with
// the state to train, made from the defaults (the page applies it and
// presses Play).
import { LitElement, html, css } from 'lit';
import { sharedStyles } from '../base/shared-styles.js';
import { defaultState } from '../../domain/playground-state.js';
import {
  withData,
  withFeatures,
  withHidden,
  withInitializer,
  withOptimizer,
  withOptimizerType,
} from '../../domain/state-edits.js';

const TRIES = [
  {
    label: 'Solve the circle without hidden layers',
    text: 'Give the network x1² and x2² as its inputs: one output neuron then draws the circle by itself.',
    lesson: 'neural-networks',
    state: () => withHidden(withFeatures(defaultState(), ['x1Squared', 'x2Squared']), []),
  },
  {
    label: 'Learn the spiral with depth',
    text: 'Three hidden layers of eight ReLU neurons, trained with Adam, bend the plane until the two arms come apart.',
    lesson: 'why-deep',
    state: () => {
      const spiral = withData(defaultState(), { dataset: 'spiral' });
      const deep = withHidden(
        spiral,
        Array.from({ length: 3 }, () => ({ units: 8, activation: 'relu', dropout: 0 })),
      );
      return withOptimizer(withOptimizerType(withInitializer(deep, 'he_normal'), 'adam'), { learningRate: 0.01 });
    },
  },
  {
    label: 'Set the learning rate too high',
    text: 'A learning rate of 3 jumps past the minimum: watch the loss jump about instead of falling.',
    lesson: 'learning-rate',
    state: () => withOptimizer(defaultState(), { learningRate: 3 }),
  },
];

class PlaygroundGuide extends LitElement {
  static properties = {
    /** lesson id -> its URL; without it the lessons are named, not linked. */
    lessonHref: { attribute: false },
  };

  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        max-width: 60rem;
      }
      h2 {
        font-size: 1.1rem;
        letter-spacing: 0;
        text-transform: none;
        color: var(--ink);
      }
      dl {
        display: grid;
        grid-template-columns: minmax(7rem, auto) 1fr;
        gap: 0.4rem 1rem;
        margin: 0 0 1rem;
      }
      dt {
        font-weight: 600;
      }
      dd {
        margin: 0;
      }
      ol {
        display: grid;
        gap: 0.5rem;
        padding-left: 1.2rem;
        margin: 0;
      }
      li button {
        margin-right: 0.5rem;
      }
      @container (max-width: 700px) {
        dl {
          grid-template-columns: minmax(0, 1fr);
        }
        dd {
          margin-bottom: 0.4rem;
        }
      }
    `,
  ];

  render() {
    const lesson = (id, text) => (this.lessonHref ? html`<a href=${this.lessonHref(id)}>${text}</a>` : text);
    return html`
      <h2 id="guide-title">What am I looking at?</h2>
      <dl>
        <dt>Dots</dt>
        <dd>
          The data: each dot is one example, coloured by its class (orange or blue; more classes, more colours). The
          network learns from the training dots and is judged on the test dots it never saw
          (${lesson('what-is-deep-learning', 'what deep learning is')}).
        </dd>
        <dt>Background</dt>
        <dd>
          What the network predicts at each point of the plane: the colour of the class it picks, stronger where it is
          surer; where the colours meet is the decision boundary.
        </dd>
        <dt>Squares</dt>
        <dd>
          One per neuron: its output over the same plane, blue where it is positive and orange where it is negative.
          Point at one to see it on the big plot and read its weights (${lesson('neural-networks', 'neural networks')},
          ${lesson('activations', 'activation functions')}).
        </dd>
        <dt>Lines</dt>
        <dd>
          The weights: blue positive, orange negative, thicker for larger. Point at one to read it, click it to set it
          yourself.
        </dd>
        <dt>Numbers</dt>
        <dd>
          The loss says how wrong the network is on average (${lesson('loss-functions', 'loss functions')}); accuracy is
          the share of examples it classifies right. An epoch is one pass over the training data, in mini-batches of the
          batch size (${lesson('gd-vs-sgd', 'GD vs SGD')}), each a step of size the learning rate
          (${lesson('learning-rate', 'learning rate')}).
        </dd>
      </dl>
      <h3>Three things to try</h3>
      <p class="hint">Each starts from the playground's defaults and trains at once.</p>
      <ol>
        ${TRIES.map(
          (tried) =>
            html`<li>
              <button type="button" @click=${() => this.#try(tried)}>${tried.label}</button>
              ${tried.text} (${lesson(tried.lesson, 'the lesson')})
            </li>`,
        )}
      </ol>
    `;
  }

  #try(tried) {
    this.dispatchEvent(new CustomEvent('try', { detail: tried.state(), bubbles: true, composed: true }));
  }
}

customElements.define('dp-playground-guide', PlaygroundGuide);
