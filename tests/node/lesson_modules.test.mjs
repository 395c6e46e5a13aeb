// Every lesson module under web/lessons/ has the shape the lesson page and
// the claim tests rely on: catalog id, text, KaTeX that renders, known
// widgets pointing at real runs, specs the engine accepts, a claim, things to
// try and questions whose answers are in range. Importing each module here
// also proves it loads in Node (no DOM at module level).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import katex from 'katex';
import { loadEngine } from '../../bindings/index.js';
import { LESSONS, findLesson } from '../../web/lessons/catalog.js';
import { WIDGET_TYPES } from '../../web/components/lesson-widgets/widget-types.js';
import { experimentData, runExperiment } from '../../web/experiments/experiment.js';
import { allowedValues, changedSettings, figureExperiment, figureValues } from '../../web/lessons/figure.js';

const dp = await loadEngine();
const allowedImports = new Set([
  './catalog.js',
  '../experiments/experiment.js',
  './specs.js',
  './figure.js',
  '../domain/features.js',
]);
const surfaces = ['bowl', 'valley', 'rosenbrock', 'saddle', 'local_minimum'];
// Lessons whose first run is not the one worth opening in the playground, and the run their link opens instead.
const PLAYGROUND_OPENS = {
  'what-is-deep-learning': 'raw', // the hidden layers on raw x1, x2
  'why-deep': '3 hidden', // the deepest net on the spiral
  'neural-networks': 'hidden', // hidden neurons enclosing the circle
  activations: 'relu', // a non-linear net on the circle
  'gd-vs-sgd': 'mini-batch', // the balance (32 by default) between GD and SGD
};

// Each catalog entry's module, web/lessons/<id>.js.
const modules = [];
for (const { id } of LESSONS) {
  const file = `${id}.js`;
  const module = await import(new URL(`../../web/lessons/${file}`, import.meta.url));
  modules.push({ file, module, lesson: module.default });
}

const renders = (tex) => {
  try {
    katex.renderToString(tex, { throwOnError: true });
    return true;
  } catch (error) {
    return error.message;
  }
};
// Inline math in running text: $...$.
const inlineMath = (text) => [...text.matchAll(/\$([^$]+)\$/g)].map((m) => m[1]);
const nonEmptyString = (v) => typeof v === 'string' && v.trim().length > 0;

test('lesson modules exist', () => {
  assert.ok(modules.length > 0);
});

for (const { file, module, lesson } of modules) {
  test(`${file}: id, title and summary come from the catalog`, () => {
    assert.equal(file, `${lesson.id}.js`);
    const entry = findLesson(lesson.id);
    assert.ok(entry, `${lesson.id} is in the catalog`);
    assert.equal(lesson.title, entry.title);
    assert.equal(lesson.summary, entry.summary);
    assert.ok(LESSONS.includes(entry));
  });

  test(`${file}: imports only the experiment runner, features and catalog`, () => {
    const source = readFileSync(new URL(`../../web/lessons/${file}`, import.meta.url), 'utf8');
    for (const [, from] of source.matchAll(/^\s*import\s[^'"]*['"]([^'"]+)['"]/gm)) {
      assert.ok(allowedImports.has(from), `${file} imports ${from}`);
    }
  });

  test(`${file}: sections, formulas and questions render as KaTeX`, () => {
    assert.ok(Array.isArray(lesson.sections) && lesson.sections.length > 0);
    for (const section of lesson.sections) {
      assert.ok(nonEmptyString(section.heading));
      assert.ok(Array.isArray(section.paragraphs) && section.paragraphs.length > 0, section.heading);
      for (const paragraph of section.paragraphs) {
        assert.ok(nonEmptyString(paragraph), section.heading);
        assert.equal((paragraph.match(/\$/g) ?? []).length % 2, 0, `unbalanced $ in: ${paragraph}`);
        for (const tex of inlineMath(paragraph)) assert.equal(renders(tex), true, tex);
      }
    }
    assert.ok(Array.isArray(lesson.formulas) && lesson.formulas.length > 0);
    for (const formula of lesson.formulas) {
      assert.ok(nonEmptyString(formula.name) && nonEmptyString(formula.tex));
      assert.equal(renders(formula.tex), true, formula.tex);
    }
    for (const q of lesson.questions) for (const tex of inlineMath(q.prompt)) assert.equal(renders(tex), true, tex);
  });

  test(`${file}: experiment runs build, widgets are known and name real runs`, () => {
    const runs = lesson.experiment?.runs;
    assert.ok(Array.isArray(runs));
    assert.ok(runs.length > 0 || typeof module.compute === 'function', 'runs, or a compute(dp) experiment');
    const labels = runs.map((run) => run.label);
    assert.equal(new Set(labels).size, labels.length, 'labels are unique');
    const checkTrainRun = (run) => {
      assert.ok(nonEmptyString(run.label));
      const data = experimentData(dp, run);
      assert.equal(run.spec.inputs, data.inputs, `${run.label}: spec inputs match the data`);
      const model = dp.model(run.spec);
      model.dispose();
      assert.ok(run.fit && run.fit.epochs >= 1, `${run.label}: fit.epochs`);
    };
    for (const run of runs) {
      if (run.kind === 'surface') {
        assert.ok(surfaces.includes(run.surface), `${run.label}: surface ${run.surface}`);
        assert.ok(run.path && run.path.steps >= 1);
      } else {
        assert.equal(run.kind, 'train', `${run.label}: kind`);
        checkTrainRun(run);
      }
    }
    if (lesson.playground) {
      const { playground } = lesson;
      assert.equal(playground.kind, 'train', 'the playground entry is a train run');
      checkTrainRun({ label: 'playground', ...playground });
      // One that shares a label with a run of the experiment is that very run, not a copy that could drift from it.
      const same = runs.find((run) => run.label === playground.label);
      if (same) assert.equal(playground, same, `the playground entry "${playground.label}" is the experiment's run`);
    } else
      assert.ok(
        runs.some((run) => run.kind === 'train'),
        'a train run for the playground link, or a playground entry',
      );

    assert.ok(Array.isArray(lesson.widgets) && lesson.widgets.length > 0);
    for (const widget of lesson.widgets) {
      assert.ok(widget.type in WIDGET_TYPES, `unknown widget type ${widget.type}`);
      for (const name of [...(widget.runs ?? []), ...(widget.run ? [widget.run] : [])]) {
        assert.ok(labels.includes(name), `${widget.type} names run ${name}`);
      }
      if (widget.type === 'activation-switch') {
        // The switch changes one thing: the hidden layers' activation.
        const named = widget.runs.map((name) => runs.find((run) => run.label === name));
        const withoutHiddenActivation = ({ label, spec, ...run }) => {
          const hidden = spec.layers.slice(0, -1).map(({ activation, ...layer }) => layer);
          return { ...run, spec: { ...spec, layers: [...hidden, spec.layers.at(-1)] } };
        };
        assert.ok(
          named.length >= 2 && named.every((run) => run.kind === 'train'),
          'the switch names two or more train runs',
        );
        for (const run of named.slice(1))
          assert.deepEqual(
            withoutHiddenActivation(run),
            withoutHiddenActivation(named[0]),
            `${run.label} differs from ${named[0].label} only in its hidden activation`,
          );
      }
    }
  });

  if (lesson.id in PLAYGROUND_OPENS) {
    test(`${file}: "open in the playground" opens ${PLAYGROUND_OPENS[lesson.id]}, the run that shows the lesson's point`, () => {
      assert.equal(
        lesson.playground,
        lesson.experiment.runs.find((run) => run.label === PLAYGROUND_OPENS[lesson.id]),
      );
    });
  }

  test(`${file}: claim, things to try and questions`, () => {
    assert.ok(nonEmptyString(lesson.claim));
    assert.ok(Array.isArray(lesson.tryThis) && lesson.tryThis.length >= 3 && lesson.tryThis.length <= 5);
    assert.ok(Array.isArray(lesson.questions) && lesson.questions.length >= 1 && lesson.questions.length <= 2);
    for (const q of lesson.questions) {
      assert.ok(nonEmptyString(q.prompt));
      assert.ok(Array.isArray(q.choices) && q.choices.length >= 2 && q.choices.every(nonEmptyString));
      assert.ok(Number.isInteger(q.answer) && q.answer >= 0 && q.answer < q.choices.length, `answer ${q.answer}`);
      assert.equal(q.explanations?.length, q.choices.length, 'one explanation per choice');
      assert.ok(q.explanations.every(nonEmptyString));
    }
  });
}

// Every lesson opens on a live figure (web/lessons/figure.js): its controls,
// its runs for every setting a button asks for, Try-this items that set
// controls that exist, and predictions answered by the run of their settings
// (and by the lesson's compute for them, when it has one).
for (const { file, module, lesson } of modules) {
  const { figure } = lesson;
  const labelsOf = (runs) => runs.map((run) => run.label);

  test(`${file}: the figure's controls, its widget, and its default runs are the experiment`, () => {
    assert.ok(figure, 'every lesson opens on a live figure');
    assert.ok(nonEmptyString(lesson.lead), 'a lead above the figure');
    assert.ok(lesson.widgets.includes(figure.widget), 'the figure widget is one of the widgets');
    assert.ok(figure.controls.length >= 1);
    for (const control of figure.controls) {
      assert.ok(nonEmptyString(control.id) && nonEmptyString(control.label), control.id);
      assert.ok(allowedValues(control).includes(control.default), `${control.id}: the default is one of its values`);
    }
    assert.equal(new Set(figure.controls.map((c) => c.id)).size, figure.controls.length, 'control ids are unique');
    assert.deepEqual(lesson.experiment, figureExperiment(figure), 'the experiment is the figure at its defaults');
  });

  test(`${file}: every Try-this button sets controls that exist, and changes something`, () => {
    for (const item of lesson.tryThis) {
      assert.ok(nonEmptyString(item.label) && nonEmptyString(item.notice), item.label);
      const values = figureValues(figure, item.set);
      assert.ok(changedSettings(figure, values).length > 0, `${item.label} changes a control`);
      assert.deepEqual(labelsOf(figure.runs(values)), labelsOf(lesson.experiment.runs), 'the same runs, by label');
    }
  });

  test(`${file}: every prediction is answered, in range, by the run of its settings`, () => {
    assert.ok(Array.isArray(lesson.predictions) && lesson.predictions.length >= 1);
    for (const prediction of lesson.predictions) {
      assert.ok(nonEmptyString(prediction.prompt) && prediction.choices.every(nonEmptyString));
      const values = figureValues(figure, prediction.set);
      const results = runExperiment(dp, { runs: figure.runs(values) });
      // A lesson that draws its figure from compute(dp) answers from it too, as the page does.
      if (module.compute) results.compute = module.compute(dp, { values });
      const answer = prediction.answer(results);
      assert.ok(Number.isInteger(answer) && answer >= 0 && answer < prediction.choices.length, `answer ${answer}`);
    }
  });
}

test('figure values are checked: an unknown control or a value it does not offer is refused by name', async () => {
  const { figure } = (await import('../../web/lessons/momentum.js')).default;
  assert.throws(
    () => figureValues(figure, { bet: 0.9 }),
    /figure setting "bet" does not exist; the settings are beta, rate, form/,
  );
  assert.throws(() => figureValues(figure, { beta: 0.7 }), /figure setting "beta" must be one of 0, 0.5, .*, not 0.7/);
});
