// What a lesson page or the playground tells an embedding page about its
// training, as events on the page element (neither bubbling nor composed:
// <deep-lesson>, <deep-playground> and the iframe routes pass them on, see
// web/embed/). Each is a Lit reactive controller that looks at the page's
// state after every update, so a burst of changes within one frame comes out
// as one event carrying the latest numbers.
//   lesson:     'train-start' { lesson, seed }
//               'epoch' { lesson, run, epoch, epochs, loss, accuracy, valLoss, valAccuracy }
//               'done' { lesson, claimHolds, facts, engineMs }    'error' { lesson, message }
//   playground: 'train-start' { epoch }
//               'epoch' { epoch, loss, accuracy, valLoss, valAccuracy }
//               'done' { epoch, reason: 'paused' | 'diverged', loss, accuracy, valLoss, valAccuracy }
//               'error' { message }
// An epoch is the number of epochs trained so far (1 after the first).

function emit(host, type, detail) {
  host.dispatchEvent(new CustomEvent(type, { detail }));
}

/** A finished lesson run as the 'done' event tells it; measure(results) -> { holds, facts } | null. */
function doneDetail(lesson, experiment, measure) {
  const measured = measure(experiment.results);
  return {
    lesson,
    claimHolds: measured?.holds ?? null,
    facts: measured?.facts ?? [],
    engineMs: experiment.timing?.totalMs,
  };
}

/**
 * What <dp-lesson-page>'s run() resolves to once its experiment's run ends:
 * the 'done' event's detail; throws the 'error' event's message, or says that
 * the run was not the one on show when it ended (`shown` false).
 */
export function runOutcome(shown, lesson, experiment, measure) {
  if (!shown)
    throw new Error(
      `The run of “${lesson}” did not finish: another run replaced it, or the lesson was changed or closed.`,
    );
  if (experiment.status === 'failed') throw new Error(experiment.error);
  return doneDetail(lesson, experiment, measure);
}

/** For <dp-lesson-page>: its LessonExperiment's run, as the learner sees it played back. */
export class LessonRunEvents {
  #host;
  #experiment;
  #measure;
  #status = 'idle';
  #epochs = new Map(); // run label -> epoch last reported

  /** measure(results) -> { holds, facts } | null: the lesson's claim measured on a finished run. */
  constructor(host, experiment, measure) {
    this.#host = host;
    this.#experiment = experiment;
    this.#measure = measure;
    host.addController(this);
  }

  hostUpdated() {
    const x = this.#experiment;
    const lesson = this.#host.lessonId;
    // A live figure redrawn as its knobs move is no run an embedding page asked for.
    if (x.live) {
      this.#status = x.status;
      return;
    }
    if (x.status === 'running' && this.#status !== 'running') {
      this.#epochs.clear();
      emit(this.#host, 'train-start', { lesson, seed: x.seed });
    }
    for (const [run, frame] of Object.entries(x.status === 'idle' ? {} : x.progress)) {
      if (frame.kind !== 'train' || this.#epochs.get(run) === frame.epoch) continue;
      this.#epochs.set(run, frame.epoch);
      const { loss, accuracy, valLoss, valAccuracy } = frame.logs ?? {};
      emit(this.#host, 'epoch', {
        lesson,
        run,
        epoch: frame.epoch + 1,
        epochs: frame.epochs,
        loss,
        accuracy,
        valLoss,
        valAccuracy,
      });
    }
    if (x.status === this.#status) return;
    if (x.status === 'done') {
      emit(this.#host, 'done', doneDetail(lesson, x, this.#measure));
    } else if (x.status === 'failed') {
      emit(this.#host, 'error', { lesson, message: x.error });
    }
    this.#status = x.status;
  }
}

/** For <dp-playground-page>: its PlaygroundController's training. */
export class PlaygroundRunEvents {
  #host;
  #controller;
  #training = 'no'; // 'no' | 'asked' (play was pressed) | 'yes' (a snapshot said it trains)
  #snapshot = null;
  #notice = null;

  constructor(host, controller) {
    this.#host = host;
    this.#controller = controller;
    host.addController(this);
  }

  /** Play was pressed (or called). */
  playing() {
    this.#training = 'asked';
    emit(this.#host, 'train-start', { epoch: this.#controller.snapshot?.epoch ?? 0 });
  }

  hostUpdated() {
    const { snapshot, notice } = this.#controller;
    if (snapshot && snapshot !== this.#snapshot) {
      this.#snapshot = snapshot;
      const numbers = { epoch: snapshot.epoch, ...snapshot.metrics };
      if (snapshot.history.loss?.length) emit(this.#host, 'epoch', numbers);
      if (snapshot.playing) this.#training = 'yes';
      else if (this.#training === 'yes') {
        this.#training = 'no';
        emit(this.#host, 'done', { ...numbers, reason: snapshot.diverged ? 'diverged' : 'paused' });
      }
    }
    if (notice !== this.#notice) {
      this.#notice = notice;
      if (notice?.kind === 'error') emit(this.#host, 'error', { message: notice.text });
    }
  }
}
