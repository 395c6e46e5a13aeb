// <dp-boundary-compare>: the decision boundaries of several train runs side
// by side ({ runs: [label, ...] }), growing while they train: the plane
// coloured by what each model predicts, the data points on top, and each
// run's test accuracy under it.
import { html, css, nothing } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { LessonWidget, uniqueId } from './lesson-widget.js';
import { widgetStyles } from './widget-styles.js';
import { percent, runView, testAccuracy } from './run-view.js';
import '../plots/boundary-plot.js';

class BoundaryCompare extends LessonWidget {
  static properties = { showTest: { state: true } };

  static styles = [
    widgetStyles,
    css`
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, 11.5rem), 1fr));
        gap: 0.8rem;
      }
      /* Two to four runs stay in one row (four in two rows of two on a phone), so they compare at a glance. */
      .grid.row {
        grid-template-columns: repeat(var(--columns), minmax(0, 1fr));
      }
      /* A phone: the boundaries stay side by side, small, so they can be compared at a glance. */
      @container (max-width: 30rem) {
        .grid {
          grid-template-columns: repeat(auto-fit, minmax(5.5rem, 1fr));
          gap: 0.4rem;
        }
        .grid.row {
          grid-template-columns: repeat(var(--phone-columns), minmax(0, 1fr));
        }
        figcaption {
          font-size: 0.75rem;
        }
      }
      figure {
        margin: 0;
        min-width: 0;
      }
      figcaption {
        margin-top: 0.3rem;
        font-size: 0.85rem;
        line-height: 1.35;
      }
      figcaption strong {
        display: block;
      }
      .placeholder {
        max-width: 22rem;
      }
    `,
  ];

  #checkId = uniqueId('test-points');

  constructor() {
    super();
    this.showTest = false;
  }

  render() {
    const labels = this.config?.runs ?? [];
    const multi = labels.some((label) => runView(this.results, this.progress, label).shape?.task === 'multiclass');
    return html`
      <h3 class="title">Decision boundaries</h3>
      <p class="hint">
        The background is what each model predicts at every point of the plane
        (${multi ? 'one colour per class, paler where it is less sure' : 'orange for class 0, blue for class 1, paler where it is less sure'});
        dots are the training points${this.showTest ? ', and the dark-ringed dots the test points' : ''}.
      </p>
      <div class="toolbar">
        <label class="check"
          ><input
            id=${this.#checkId}
            type="checkbox"
            .checked=${this.showTest}
            @change=${(e) => (this.showTest = e.target.checked)}
          />Show the test points</label
        >
      </div>
      <div class="grid ${this.#inRow(labels) ? 'row' : ''}" style=${styleMap(this.#columns(labels))}>
        ${labels.map((label) => this.#plot(label))}
      </div>
    `;
  }

  #inRow(labels) {
    return labels.length >= 2 && labels.length <= 4;
  }

  #columns(labels) {
    const count = labels.length;
    return this.#inRow(labels) ? { '--columns': count, '--phone-columns': count === 4 ? 2 : count } : {};
  }

  #plot(label) {
    const view = runView(this.results, this.progress, label);
    if (view.state === 'waiting' || !view.points) {
      return html`<figure>
        <div class="placeholder">
          ${this.lesson?.figure ? 'Training in your browser…' : 'Run the experiment to draw this boundary.'}
        </div>
        <figcaption><strong>${label}</strong></figcaption>
      </figure>`;
    }
    const accuracy = testAccuracy(view);
    return html`<figure>
      <dp-boundary-plot
        .shape=${view.shape}
        .shown=${view.points}
        .boundary=${view.boundary}
        ?showTestData=${this.showTest}
        .drawClass=${null}
      ></dp-boundary-plot>
      <figcaption>
        <strong>${label}</strong>
        ${accuracy !== null ? html`test accuracy <span class="readout">${percent(accuracy)}</span>` : nothing}
        ${view.state === 'training' ? html`<span class="muted"> · epoch ${view.epoch} of ${view.epochs}</span>` : nothing}
      </figcaption>
    </figure>`;
  }
}

customElements.define('dp-boundary-compare', BoundaryCompare);
