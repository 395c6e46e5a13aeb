// web/components/lesson/ — the lesson page's parts around its widgets: the
// experiment panel and the questions.
//
// <dp-experiment-panel>: a lesson's claim, the button that runs its default
// experiment, a table of its runs that fills in live (epoch, losses,
// accuracy; steps and loss for optimizer paths), and, once done, the numbers
// the run measured and whether they bear the claim out. For a lesson with a
// live figure the claim states what its defaults show, and the measured box
// says whether the learner's settings (`changes`, in words) still show it.
// Fires 'run-experiment' with { seed } (undefined: the lesson's own seeds).
// On a narrow screen the table's rows become stacked blocks.
import { LitElement, html, css, nothing } from 'lit';
import { sharedStyles } from '../base/shared-styles.js';
import { formatNumber, tidy } from '../../domain/widget-math.js';

const PLAIN = { type: 'sgd' };

class ExperimentPanel extends LitElement {
  static properties = {
    lesson: { attribute: false },
    status: { attribute: false },
    progress: { attribute: false },
    results: { attribute: false },
    timing: { attribute: false },
    error: { attribute: false },
    seed: { attribute: false },
    measured: { attribute: false },
    /** Whether the results came from a live figure's run (drawn at once, not replayed). */
    live: { type: Boolean },
    /** The learner's settings where they differ from the figure's defaults, in words ('' for none). */
    changes: { attribute: false },
    /** run → the href of the playground with that run, or null. */
    playgroundHref: { attribute: false },
    /** Whether the Run buttons show (false: a script or autoplay runs it). */
    controls: { type: Boolean },
  };

  constructor() {
    super();
    this.controls = true;
  }

  static styles = [
    sharedStyles,
    css`
      :host {
        display: block;
        container-type: inline-size;
      }
      .claim {
        font-size: 1.05rem;
        margin: 0 0 0.8rem;
      }
      .controls {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem 0.8rem;
        margin-bottom: 0.8rem;
      }
      .controls button.primary {
        font-size: 1.05rem;
        padding: 0.5rem 1.2rem;
      }
      .status {
        color: var(--muted);
        font-size: 0.9rem;
      }
      .scroller {
        overflow-x: auto;
      }
      table {
        border-collapse: collapse;
        width: 100%;
        font-size: 0.88rem;
      }
      th,
      td {
        text-align: left;
        padding: 0.3rem 0.5rem;
        border-bottom: 1px solid var(--line);
        vertical-align: top;
      }
      th {
        color: var(--muted);
        font-weight: 600;
        font-size: 0.8rem;
      }
      td.num {
        font-family: var(--mono);
        font-variant-numeric: tabular-nums;
        white-space: nowrap;
      }
      .setup {
        color: var(--muted);
        font-size: 0.8rem;
        font-weight: 400;
      }
      progress {
        width: 6rem;
        height: 0.6rem;
        vertical-align: middle;
        accent-color: var(--accent);
      }
      .danger {
        color: var(--danger);
        font-weight: 600;
      }
      .measured {
        margin-top: 1rem;
        padding: 0.7rem 0.9rem;
        border-radius: var(--radius);
        border-left: 4px solid var(--accent);
        background: var(--accent-soft);
      }
      .measured.miss {
        border-left-color: var(--focus);
        background: color-mix(in srgb, var(--focus) 12%, var(--surface));
      }
      /* Not upper case: the settings it names hold symbols (η, β) a capital would turn into others. */
      .measured h3 {
        margin: 0 0 0.3rem;
        color: var(--ink);
        text-transform: none;
        letter-spacing: 0;
        font-size: 0.95rem;
      }
      .measured ul {
        margin: 0.2rem 0 0.4rem;
        padding-left: 1.2rem;
      }
      .verdict {
        font-weight: 700;
        margin: 0;
      }
      .error {
        color: var(--danger);
      }
      /* A phone: each run a block, each number on its own line under its column's name. */
      @container (max-width: 34rem) {
        table,
        tbody,
        tr,
        th,
        td {
          display: block;
        }
        thead {
          display: none;
        }
        tr {
          border-bottom: 1px solid var(--line);
          padding: 0.3rem 0;
        }
        th,
        td {
          border: 0;
          padding: 0.1rem 0.3rem;
        }
        td[data-column]::before {
          content: attr(data-column) ': ';
          color: var(--muted);
          font-family: var(--sans);
          font-size: 0.8rem;
        }
      }
    `,
  ];

  render() {
    const { lesson, status } = this;
    const running = status === 'running';
    return html`
      <p class="claim"><strong>Claim:</strong> ${lesson.claim}</p>
      <div class="controls">
        ${this.controls ? this.#buttons(running) : nothing}
        <span id="run-status" class="status" role="status">${this.#statusText()}</span>
      </div>
      ${lesson.experiment.runs.length ? this.#table() : nothing}
      <div aria-live="polite">${this.#measured()}</div>
    `;
  }

  #buttons(running) {
    const { status } = this;
    // Another seed only changes runs that draw random numbers: training, or a path with gradient noise.
    const random = this.lesson.experiment.runs.some((run) => run.kind === 'train' || run.path.gradientNoise > 0);
    return html`
      <button
        type="button"
        class="primary"
        ?disabled=${running}
        aria-describedby="run-status"
        @click=${() => this.#run(undefined)}
      >
        Run the experiment
      </button>
      ${
        random && (status === 'done' || status === 'failed')
          ? html`<button type="button" ?disabled=${running} @click=${() => this.#run((this.seed ?? 1) + 1)}>
              Run again with seed ${(this.seed ?? 1) + 1}
            </button>`
          : nothing
      }
    `;
  }

  #statusText() {
    const { status, timing, seed } = this;
    const seedText = seed === undefined ? 'the lesson’s own seeds' : `seed ${seed}`;
    if (status === 'running') return `Training in your browser with ${seedText}…`;
    if (status === 'failed') return html`<span class="error">The experiment failed: ${this.error}</span>`;
    if (status === 'done') {
      const trains = this.lesson.experiment.runs.some((run) => run.kind === 'train');
      if (this.live)
        return `Drawn for ${this.changes ? 'your' : 'the lesson’s'} settings: the engine took ${formatMs(timing.totalMs)} in your browser${trains ? '. “Run the experiment” replays the training so you can watch it' : ''}.`;
      return `Done with ${seedText}: the engine took ${formatMs(timing.totalMs)} in your browser${trains ? '; its training is replayed over a few seconds so you can watch it' : ''}.`;
    }
    const { runs } = this.lesson.experiment;
    const trains = runs.filter((run) => run.kind === 'train').length;
    const paths = runs.length - trains;
    const parts = [
      trains && `${trains} training ${trains === 1 ? 'run' : 'runs'}`,
      paths && `${paths} optimizer ${paths === 1 ? 'path' : 'paths'}`,
    ].filter(Boolean);
    return parts.length
      ? `Runs ${parts.join(' and ')} in your browser.`
      : 'Computes the lesson’s numbers with the engine, in your browser.';
  }

  #table() {
    const { runs } = this.lesson.experiment;
    const classification = runs.some((run) => run.kind === 'train' && !['plane', 'multigauss'].includes(run.data.name));
    const trains = runs.some((run) => run.kind === 'train');
    return html`<div class="scroller">
      <table>
        <caption class="visually-hidden">
          The experiment's runs
        </caption>
        <thead>
          <tr>
            <th scope="col">Run</th>
            <th scope="col">Progress</th>
            <th scope="col">${runs.some((run) => run.kind === 'surface') ? 'Loss' : 'Training loss'}</th>
            ${trains ? html`<th scope="col">Test loss</th>` : nothing}
            ${classification ? html`<th scope="col">Test accuracy</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${runs.map((run) => (run.kind === 'surface' ? this.#surfaceRow(run, trains, classification) : this.#trainRow(run, classification)))}
        </tbody>
      </table>
    </div>`;
  }

  #trainRow(run, classification) {
    const result = this.results?.[run.label];
    const frame = this.progress?.[run.label];
    const epochs = run.fit.epochs;
    const href = this.playgroundHref?.(run);
    let progress = html`<progress max=${epochs} value="0"></progress> 0 / ${epochs}`;
    let cells = [dash(), dash(), dash()];
    if (result?.history.diverged) {
      const { epoch, step } = result.history.diverged;
      progress = html`<span class="danger">diverged in epoch ${epoch + 1}, step ${step}</span>`;
      cells = [html`<span class="danger">diverged</span>`, dash(), dash()];
    } else if (result) {
      progress = html`<progress max=${epochs} value=${result.history.loss.length}></progress>
        ${result.history.loss.length} / ${epochs}`;
      cells = [num(result.train.loss), num(result.test.loss), percent(result.test.accuracy)];
    } else if (frame) {
      const { logs } = frame;
      progress = html`<progress max=${epochs} value=${frame.epoch + 1}></progress> ${frame.epoch + 1} / ${epochs}`;
      cells = [num(logs.loss), num(logs.valLoss), percent(logs.valAccuracy)];
    }
    return html`<tr>
      <th scope="row">
        ${run.label}
        <div class="setup">
          ${run.data.name}, ${epochs} epochs, batch ${run.fit.batchSize ?? 32}
          ${href ? html` · <a href=${href} aria-label="open in playground: ${run.label}">open in playground</a>` : nothing}
        </div>
      </th>
      <td class="num" data-column="Progress">${progress}</td>
      <td class="num" data-column="Training loss">${cells[0]}</td>
      <td class="num" data-column="Test loss">${cells[1]}</td>
      ${classification ? html`<td class="num" data-column="Test accuracy">${cells[2]}</td>` : nothing}
    </tr>`;
  }

  #surfaceRow(run, trains, classification) {
    const path = this.results?.[run.label]?.path;
    const steps = run.path.steps;
    const optimizer = { ...PLAIN, ...run.path.optimizer };
    let progress = html`<progress max=${steps} value="0"></progress> 0 / ${steps} steps`;
    let loss = dash();
    if (path) {
      const taken = path.loss.length - 1;
      progress = path.diverged
        ? html`<span class="danger">diverged at step ${taken}</span>`
        : html`<progress max=${steps} value=${taken}></progress> ${taken} / ${steps} steps`;
      loss = html`${formatNumber(path.loss[0])} → ${formatNumber(path.loss.at(-1))}`;
    }
    return html`<tr>
      <th scope="row">
        ${run.label}
        <div class="setup">
          ${run.surface.replace('_', ' ')} surface, ${optimizer.type} at rate ${tidy(optimizer.learningRate)}
        </div>
      </th>
      <td class="num" data-column="Progress">${progress}</td>
      <td class="num" data-column="Loss">${loss}</td>
      ${trains ? html`<td class="num">${dash()}</td>` : nothing}
      ${classification ? html`<td class="num">${dash()}</td>` : nothing}
    </tr>`;
  }

  #measured() {
    if (this.status !== 'done' || !this.measured) return nothing;
    const { facts, holds } = this.measured;
    const { totalMs, wallMs } = this.timing ?? {};
    return html`<div
      class="measured ${holds ? '' : 'miss'}"
      data-claim-result=${holds ? 'holds' : 'misses'}
      data-engine-ms=${totalMs}
      data-wall-ms=${wallMs}
    >
      <h3>${this.changes ? `Measured with your settings: ${this.changes}` : 'Measured in this run'}</h3>
      <ul>
        ${facts.map((fact) => html`<li>${fact}</li>`)}
      </ul>
      <p class="verdict">${this.#verdict()}</p>
    </div>`;
  }

  #verdict() {
    const { holds, checks } = this.measured;
    if (this.changes) {
      if (holds) return '✓ Your settings still show the claim.';
      const missed = checks.filter((c) => !c.holds).map((c) => c.name);
      return `✗ Your settings do not show the whole claim (it is about the lesson's settings). Not shown: ${missed.join('; ')}.`;
    }
    return holds
      ? '✓ The claim holds in this run.'
      : '✗ This run does not show the whole claim. Some claims hold on average over seeds rather than on every seed — run again with another seed.';
  }

  #run(seed) {
    this.dispatchEvent(new CustomEvent('run-experiment', { detail: { seed } }));
  }
}

const dash = () => '—';
const num = (value) => (Number.isFinite(value) ? formatNumber(value) : dash());
const percent = (value) => (Number.isFinite(value) ? `${(100 * value).toFixed(1)}%` : dash());
const formatMs = (ms) => (ms < 1000 ? `${Math.max(1, Math.round(ms))} ms` : `${(ms / 1000).toFixed(1)} s`);

customElements.define('dp-experiment-panel', ExperimentPanel);
