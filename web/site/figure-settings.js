// The control values of a lesson's live figure (web/lessons/figure.js), as a
// Lit reactive controller: set() checks them against the figure's controls
// and asks for a run — at once for a button, after DEBOUNCE_MS of quiet for a
// knob being dragged, so a drag trains for the values it stops at (and the
// worker drops any run a newer one supersedes).
import { figureDefaults, figureValues } from '../lessons/figure.js';

const DEBOUNCE_MS = 60;

export class FigureSettings {
  /** The values the learner set, or null while no lesson is open. */
  values = null;

  #host;
  #run;
  #timer = 0;

  /** run(values) trains the figure for `values`. */
  constructor(host, run) {
    this.#host = host;
    this.#run = run;
    host.addController(this);
  }

  hostDisconnected() {
    clearTimeout(this.#timer);
  }

  /** Back to the defaults of `figure` (null: no lesson open). */
  open(figure) {
    clearTimeout(this.#timer);
    this.values = figure ? figureDefaults(figure) : null;
    this.#host.requestUpdate();
  }

  /** The learner set `values` on `figure`: run now, or once the knob rests. */
  set(figure, values, { now }) {
    this.values = figureValues(figure, values);
    this.#host.requestUpdate();
    clearTimeout(this.#timer);
    if (now) this.#run(this.values);
    else this.#timer = setTimeout(() => this.#run(this.values), DEBOUNCE_MS);
  }
}
