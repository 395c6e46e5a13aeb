// Steps through optimizer paths one update at a time, or plays them at a pace
// a person can follow (a whole path in about PLAY_SECONDS), as a Lit reactive
// controller; toolbar() renders its buttons and step slider.
import { html } from 'lit';
import { rangeInput } from '../base/fields.js';

const PLAY_SECONDS = 6;
const MIN_STEPS_PER_SECOND = 3;

export class PathStepper {
  #host;
  #maxStep;
  #step = 0;
  #playing = false;
  #animation = 0;
  #clock = 0;
  #position = 0;

  /** maxStep() is the last step of the longest path. */
  constructor(host, maxStep) {
    this.#host = host;
    this.#maxStep = maxStep;
    host.addController(this);
  }

  get step() {
    return this.#step;
  }

  set step(step) {
    this.#step = step;
    this.#host.requestUpdate();
  }

  get playing() {
    return this.#playing;
  }

  hostDisconnected() {
    this.pause();
  }

  toggle() {
    if (this.#playing) {
      this.pause();
      return;
    }
    if (this.#step >= this.#maxStep()) this.#step = 0;
    this.#playing = true;
    this.#position = this.#step;
    this.#clock = performance.now();
    this.#animation = requestAnimationFrame(this.#tick);
    this.#host.requestUpdate();
  }

  pause() {
    this.#playing = false;
    cancelAnimationFrame(this.#animation);
    this.#host.requestUpdate();
  }

  goTo(step) {
    this.pause();
    this.step = Math.max(0, Math.min(this.#maxStep(), step));
  }

  #tick = (now) => {
    if (!this.#playing) return;
    const max = this.#maxStep();
    const speed = Math.max(MIN_STEPS_PER_SECOND, max / PLAY_SECONDS);
    this.#position += ((now - this.#clock) / 1000) * speed;
    this.#clock = now;
    this.#step = Math.min(max, Math.floor(this.#position));
    if (this.#step >= max) this.#playing = false;
    else this.#animation = requestAnimationFrame(this.#tick);
    this.#host.requestUpdate();
  };

  toolbar() {
    const max = this.#maxStep();
    return html`
      <div class="toolbar" role="group" aria-label="Step through the paths">
        <button type="button" title="Back to step 0" @click=${() => this.goTo(0)}>Reset</button>
        <button
          type="button"
          aria-label="One step back"
          title="One step back"
          @click=${() => this.goTo(this.#step - 1)}
        >
          ◀
        </button>
        <button type="button" class="primary" @click=${() => this.toggle()}>${this.#playing ? 'Pause' : 'Play'}</button>
        <button
          type="button"
          aria-label="One step forward"
          title="One step forward"
          @click=${() => this.goTo(this.#step + 1)}
        >
          ▶
        </button>
        ${rangeInput({ label: 'Step', min: 0, max, step: 1, value: this.#step, valueText: `step ${this.#step} of ${max}`, onInput: (step) => this.goTo(step) })}
        <span class="readout">step ${this.#step} / ${max}</span>
      </div>
    `;
  }
}
