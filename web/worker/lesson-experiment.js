// A lesson page's experiment, as a Lit reactive controller: runs it in the
// worker (LessonClient) and plays its training back at a pace a person can
// watch. The engine often finishes a lesson in a fraction of a second, so the
// frames it posts (real snapshots of the training, sampled by epoch) are
// buffered and shown over about PLAYBACK_MS — every train run in step, so
// side-by-side widgets grow together — and never ahead of what has arrived.
// Widgets get `progress` (the frame on show, by run label) and, once the
// playback ends, `results` (by run label, plus `compute` when the lesson has
// one). A live run (a figure redrawn as its controls move) skips the
// playback: the results on show stay until the new ones replace them, and a
// newer run cancels it in the worker.
const PLAYBACK_MS = 2500;
/** The worker channel of live runs: each supersedes the one before it. */
const LIVE_CHANNEL = 'lesson-figure';

export class LessonExperiment {
  /** 'idle' | 'running' | 'done' | 'failed' */
  status = 'idle';
  /**
   * { [label]: frame } on show: train { kind, epoch, epochs, logs, history,
   * shape, trainRows, points?, boundary?, dropped?, neurons?, weights? }, surface { kind, points }.
   */
  progress = {};
  /** { [label]: result, compute? } after the run, else null. */
  results = null;
  /** The worker's timing of the last run: { totalMs, runs: { [label]: ms }, computeMs? }; wallMs adds the round trip. */
  timing = null;
  error = null;
  seed = undefined;
  /** The figure's control values the results (or the run in flight, with playback) belong to; undefined: the defaults. */
  settings = undefined;
  /** Whether a live run is in flight while the previous results stay on show. */
  updating = false;
  /** Whether the results on show came from a live run (no playback). */
  live = false;

  #host;
  #runs = new Map(); // label -> { frames: [...], history: { key: [] } }
  #started = 0;
  #reply = null;
  #frame = 0;
  #generation = 0;

  constructor(host) {
    this.#host = host;
    host.addController(this);
  }

  hostDisconnected() {
    this.reset();
  }

  /** Forgets the run shown (and any run in flight): back to 'idle'. */
  reset() {
    this.#replaceRun();
    this.#runs = new Map();
    this.#reply = null;
    Object.assign(this, {
      status: 'idle',
      progress: {},
      results: null,
      timing: null,
      error: null,
      seed: undefined,
      settings: undefined,
      updating: false,
      live: false,
    });
    this.#host.requestUpdate();
  }

  /** Share of the playback shown so far, 0..1 (1 when done). */
  get shownFraction() {
    if (this.status === 'done') return 1;
    if (this.status !== 'running') return 0;
    return Math.min(1, (performance.now() - this.#started) / PLAYBACK_MS);
  }

  /**
   * Runs the lesson's experiment (only the runs labelled in `only`, when
   * given; a figure lesson's runs for `settings`, when given) on `client` (a
   * LessonClient); resolves when the playback has ended, or at once with the
   * results when `live` (never rejects: see status), to whether this run is
   * still the one on show (false when another run or a reset replaced it).
   */
  async run(client, lessonId, { seed, only, settings, live = false } = {}) {
    const generation = this.#replaceRun();
    this.#runs = new Map();
    this.#reply = null;
    this.#started = performance.now();
    if (live) this.updating = true;
    else {
      Object.assign(this, {
        status: 'running',
        progress: {},
        results: null,
        timing: null,
        error: null,
        seed,
        settings,
        updating: false,
        live: false,
      });
      this.#tick();
    }
    this.#host.requestUpdate();
    try {
      const reply = await client.run(
        lessonId,
        { seed, only, settings, ...(live && { channel: LIVE_CHANNEL }) },
        (frame) => !live && generation === this.#generation && this.#receive(frame),
      );
      if (generation !== this.#generation) return false;
      reply.timing.wallMs = performance.now() - this.#started;
      this.#reply = reply;
      if (live) {
        Object.assign(this, { progress: {}, error: null, seed, settings, updating: false, live: true });
        this.#complete();
        return true;
      }
      await new Promise((resolve) => (this.#finish = resolve));
    } catch (error) {
      if (generation !== this.#generation) return false;
      cancelAnimationFrame(this.#frame);
      Object.assign(this, { status: 'failed', error: error.message, updating: false });
      this.#host.requestUpdate();
    }
    return generation === this.#generation;
  }

  #finish = () => {};

  // Stops the playback on show (its run() resolves, to false) and returns the next run's generation.
  #replaceRun() {
    cancelAnimationFrame(this.#frame);
    this.#generation += 1;
    this.#finish();
    this.#finish = () => {};
    return this.#generation;
  }

  #receive(frame) {
    if (frame.kind === 'surface') {
      this.progress = {
        ...this.progress,
        [frame.label]: { kind: 'surface', label: frame.label, points: frame.points },
      };
      this.#host.requestUpdate();
      return;
    }
    let run = this.#runs.get(frame.label);
    if (!run)
      this.#runs.set(
        frame.label,
        (run = {
          frames: [],
          history: {},
          shown: -1,
          shape: frame.shape,
          points: frame.points,
          trainRows: frame.trainRows,
        }),
      );
    for (const [key, values] of Object.entries(frame.history)) (run.history[key] ??= []).push(...values);
    run.frames.push(frame);
  }

  // One animation frame of the playback: each run shows its latest frame not past the clock.
  #tick = () => {
    const fraction = this.shownFraction;
    let changed = false;
    const progress = { ...this.progress };
    for (const [label, run] of this.#runs) {
      let index = run.shown;
      while (
        index + 1 < run.frames.length &&
        (run.frames[index + 1].epoch + 1) / run.frames[index + 1].epochs <= fraction + 1e-9
      )
        index += 1;
      // A run slower than the clock shows its newest frame as it comes.
      if (fraction >= 1) index = run.frames.length - 1;
      if (index === run.shown) continue;
      run.shown = index;
      progress[label] = this.#progressOf(label, run, run.frames[index]);
      changed = true;
    }
    if (changed) {
      this.progress = progress;
      this.#host.requestUpdate();
    }
    const caughtUp = [...this.#runs.values()].every((run) => run.shown === run.frames.length - 1);
    if (this.#reply && (fraction >= 1 || this.#runs.size === 0) && caughtUp) return this.#complete();
    this.#frame = requestAnimationFrame(this.#tick);
  };

  #progressOf(label, run, frame) {
    const upTo = frame.epoch + 1;
    const history = Object.fromEntries(
      Object.entries(run.history).map(([key, values]) => [key, values.slice(0, upTo)]),
    );
    const { epoch, epochs, logs, boundary, dropped, neurons, weights } = frame;
    return {
      kind: 'train',
      label,
      epoch,
      epochs,
      logs,
      history,
      boundary,
      dropped,
      neurons,
      weights,
      shape: run.shape,
      points: run.points,
      trainRows: run.trainRows,
    };
  }

  #complete() {
    const { results, compute, timing } = this.#reply;
    this.results = compute === undefined ? results : { ...results, compute };
    this.timing = timing;
    this.status = 'done';
    this.#host.requestUpdate();
    this.#finish();
  }
}
