// The base of every lesson widget: the properties the lesson page sets
// (config, lesson, results, progress, client) and the widget's own width,
// which its canvases follow.
import { LitElement } from 'lit';
import { observeWidth } from '../plots/plot-canvas.js';

export class LessonWidget extends LitElement {
  static properties = {
    /** The widget's entry in the lesson module's `widgets`. */
    config: { attribute: false },
    /** The lesson module. */
    lesson: { attribute: false },
    /** The default experiment's results by run label, or null before it ran. */
    results: { attribute: false },
    progress: { attribute: false },
    /** A LessonClient: call('surface' | 'optimizerPath', ...args) → Promise, or run(lessonId, { only }, onProgress). */
    client: { attribute: false },
    width: { state: true },
  };

  #observer = null;

  constructor() {
    super();
    this.width = 0;
    this.results = null;
  }

  connectedCallback() {
    super.connectedCallback();
    this.#observer = observeWidth(this, (width) => (this.width = width));
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    this.#observer = null;
  }
}

/** Serial ids for labelling controls inside one shadow root. */
let nextId = 0;
export const uniqueId = (prefix) => `${prefix}-${++nextId}`;
