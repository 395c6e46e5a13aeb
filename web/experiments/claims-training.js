// The claims of the lessons on training (lessons 6-14): measured facts and
// named checks, by lesson id (see claim-measures.js).
import {
  pct,
  fixed,
  sci,
  small,
  steps,
  check,
  firstBelow,
  staysBelow,
  jitter,
  TARGETS,
  ESCAPED,
  raceChecks,
  penaltyMeasures,
  penaltyChecks,
} from './claim-tools.js';
import { formatNumber, tidy } from '../domain/widget-math.js';

export const TRAINING_CLAIMS = {
  'gradient-descent'(lesson, r) {
    const { path } = r[lesson.experiment.runs[0].label];
    const last = path.loss.length - 1;
    const drops = Array.from({ length: last }, (_, i) => path.loss[i] - path.loss[i + 1]);
    const lastTen = drops.slice(-10).reduce((a, b) => a + b, 0);
    const distance = Math.hypot(path.w1[last], path.w2[last]);
    return {
      facts: [
        `Loss ${fixed(path.loss[0], 2)} at (${fixed(path.w1[0], 1)}, ${fixed(path.w2[0], 1)}) → ${sci(path.loss[last])} after ${last} steps, ending at (${sci(path.w1[last])}, ${sci(path.w2[last])}).`,
        `The first step lowers the loss by ${fixed(drops[0], 2)}, the last ten together by ${sci(lastTen)}: the curve has flattened.`,
      ],
      checks: [
        check('the walk starts high on the bowl: loss above 3', path.loss[0] > 3, `start loss ${fixed(path.loss[0])}`),
        check(
          'gradient descent reaches the minimum at (0, 0): loss below 1e-5, within 0.01 of it, without diverging',
          !path.diverged && path.loss[last] < 1e-5 && distance < 1e-2,
          `after ${last} steps loss ${sci(path.loss[last])}, distance ${sci(distance)}`,
        ),
        check(
          'the loss falls at every step, each step less than the one before',
          drops.every((d, i) => d > 0 && (i === 0 || d < drops[i - 1])),
          `drops ${sci(drops[0])} … ${sci(drops.at(-1))}`,
        ),
        check(
          'the curve flattens: the last ten steps gain under 1e-4 of the first',
          lastTen < 1e-4 * drops[0],
          `first ${fixed(drops[0])}, last ten ${sci(lastTen)}`,
        ),
      ],
    };
  },
  'gd-vs-sgd'(lesson, r) {
    const labels = lesson.experiment.runs.map((run) => run.label);
    const [gd, mini, sgd] = labels.map((label) => r[label]);
    const noise = labels.map((label) => jitter(r[label].history.loss));
    const testNoise = labels.map((label) => jitter(r[label].history.valLoss));
    const passes = labels.map((label) => firstBelow(r[label].history.loss, TARGETS['gd-vs-sgd']));
    const listed = (values, show) => labels.map((label, i) => `${label} ${show(values[i])}`).join(', ');
    return {
      facts: [
        ...labels.map((label, i) => {
          const { history, updatesPerEpoch } = r[label];
          return `${label}: training loss ${fixed(history.loss.at(-1))} after ${history.loss.length} passes (${updatesPerEpoch} ${updatesPerEpoch === 1 ? 'update' : 'updates'} per pass); below ${TARGETS['gd-vs-sgd']} ${Number.isFinite(passes[i]) ? `after ${passes[i] + 1} passes` : 'never'}.`;
        }),
        `Jitter of the loss curves (second half): ${listed(noise, sci)}.`,
      ],
      checks: [
        ...raceChecks(gd.train.loss - Math.max(mini.train.loss, sgd.train.loss), noise),
        check(
          `SGD gets below loss ${TARGETS['gd-vs-sgd']} first, then mini-batch, then GD`,
          passes[2] < passes[1] && passes[1] < passes[0],
          `passes ${listed(passes, (i) => (Number.isFinite(i) ? i + 1 : 'never'))}`,
        ),
        check(
          "SGD's test loss curve is the noisiest too: over 3 times the others' jitter",
          testNoise[2] > 3 * Math.max(testNoise[0], testNoise[1]),
          `jitter ${listed(testNoise, sci)}`,
        ),
      ],
    };
  },
  'why-sgd'(lesson, r) {
    const end = (label) => ({
      w1: r[label].path.w1.at(-1),
      w2: r[label].path.w2.at(-1),
      loss: r[label].path.loss.at(-1),
      diverged: r[label].path.diverged,
    });
    // Each surface's runs by order, not by their noise (a knob can set it to 0): full-batch GD first, then the walkers.
    const on = (surface, noisy) => {
      const [gd, ...walkers] = lesson.experiment.runs.filter((run) => run.surface === surface).map((run) => run.label);
      return noisy ? walkers : [gd];
    };
    const at = (p) => `(${fixed(p.w1)}, ${fixed(p.w2)}) loss ${fixed(p.loss)}`;
    const saddleGd = end(on('saddle', false)[0]);
    const wellGd = end(on('local_minimum', false)[0]);
    const escaped = (surface) => on(surface, true).filter((label) => ESCAPED[surface](end(label))).length;
    const walkers = (surface) => on(surface, true).length;
    return {
      facts: [
        `Saddle: full-batch GD ends at loss ${fixed(saddleGd.loss)}; ${escaped('saddle')} of ${walkers('saddle')} mini-batch walkers escape to a minimum.`,
        `Double well: full-batch GD ends at ${at(wellGd)} (the shallow well is at w1 = 1); ${escaped('local_minimum')} of ${walkers('local_minimum')} walkers end in the deep well.`,
      ],
      checks: [
        check(
          'full-batch GD stalls on the saddle point: loss 1 on the ridge line w2 = 0',
          Math.abs(saddleGd.loss - 1) < 1e-3 && Math.abs(saddleGd.w2) < 1e-6 && !ESCAPED.saddle(saddleGd),
          `GD ends at ${at(saddleGd)}`,
        ),
        check(
          'full-batch GD stalls in the shallow well: w1 = 1, loss 1.6',
          Math.abs(wellGd.w1 - 1) < 1e-2 && Math.abs(wellGd.loss - 1.6) < 1e-2 && !ESCAPED.local_minimum(wellGd),
          `GD ends at ${at(wellGd)}`,
        ),
        check(
          'every mini-batch walker escapes the saddle to a minimum',
          escaped('saddle') === walkers('saddle'),
          `${escaped('saddle')} of ${walkers('saddle')}`,
        ),
        check(
          'every mini-batch walker ends in the deep well',
          escaped('local_minimum') === walkers('local_minimum'),
          `${escaped('local_minimum')} of ${walkers('local_minimum')}`,
        ),
      ],
    };
  },
  'negative-log-likelihood'(lesson, r) {
    const { before, after, sameStart, raised } = r.compute;
    const gap = (m) =>
      Math.max(Math.abs(m.nll - m.sparse), Math.abs(m.nll - m.categorical), Math.abs(m.nll - m.byHand));
    const [nll, ...others] = lesson.experiment.runs.map((run) => r[run.label].history);
    const apart = (key) => others.flatMap((h) => h[key].map((v, i) => Math.abs(v - nll[key][i])));
    const curves = Math.max(...apart('loss'), ...apart('valLoss'));
    return {
      facts: [
        `Before training: nll ${fixed(before.nll, 6)}, sparse CCE ${fixed(before.sparse, 6)}, one-hot CCE ${fixed(before.categorical, 6)}, −mean log p by hand ${fixed(before.byHand, 6)} (largest difference ${sci(gap(before))}).`,
        `After training: nll ${fixed(after.nll, 6)}, largest difference ${sci(gap(after))}.`,
        `Mean probability of the true class: ${fixed(before.meanTrueProbability, 2)} → ${fixed(after.meanTrueProbability, 2)}. The three training curves differ by at most ${sci(curves)}.`,
      ],
      checks: [
        check(
          'on the same weights nll, sparse CCE, one-hot CCE and −mean log p agree to 1e-6, before and after training',
          sameStart && gap(before) <= 1e-6 && gap(after) <= 1e-6,
          `largest difference ${sci(gap(before))} before, ${sci(gap(after))} after; same start ${sameStart}`,
        ),
        check(
          'training moves nll by more than 0.5',
          before.nll - after.nll > 0.5,
          `nll ${fixed(before.nll, 4)} → ${fixed(after.nll, 4)}`,
        ),
        check(
          'minimizing nll raises the mean probability of the true class from below 0.45 to above 0.9',
          before.meanTrueProbability < 0.45 && after.meanTrueProbability > 0.9,
          `${fixed(before.meanTrueProbability, 4)} → ${fixed(after.meanTrueProbability, 4)}`,
        ),
        check("the true class's probability rose on over 90% of the training rows", raised > 0.9, `${pct(raised)}`),
        check(
          'the three training runs trace the same loss curves to 1e-6, falling to under a fifth',
          curves <= 1e-6 && nll.loss.at(-1) < nll.loss[0] / 5,
          `largest difference ${sci(curves)}; nll ${fixed(nll.loss[0], 4)} → ${fixed(nll.loss.at(-1), 4)}`,
        ),
      ],
    };
  },
  optimizers(lesson, r) {
    const names = ['SGD', 'momentum', 'RMSprop', 'Adam'];
    const { valley: low, net: netLow } = TARGETS.optimizers;
    const valley = Object.fromEntries(
      [...names, 'SGD at 0.3'].map((n) => [n, firstBelow(r[`valley: ${n}`].path.loss, low)]),
    );
    const net = Object.fromEntries(names.map((n) => [n, firstBelow(r[`net: ${n}`].history.loss, netLow)]));
    const rosenbrock = Object.fromEntries(names.map((n) => [n, r[`Rosenbrock: ${n}`].path]));
    const adamEnd = [rosenbrock.Adam.w1.at(-1), rosenbrock.Adam.w2.at(-1)];
    const sgdFinal = r['net: SGD'].history.loss.at(-1);
    const epochs = (i) => (Number.isFinite(i) ? `${i + 1} epochs` : 'not within 150 epochs');
    const fast = ['Adam', 'RMSprop'];
    const ratios = (base) => fast.map((n) => `${n} ${fixed(valley[n] / valley[base])}`).join(', ');
    return {
      facts: [
        `Valley, steps to loss < ${low}: ${Object.entries(valley)
          .map(([n, s]) => `${n} ${steps(s)}`)
          .join(', ')}.`,
        `Sigmoid net on the circle, training loss < ${netLow}: ${names.map((n) => `${n} ${epochs(net[n])}`).join(', ')}.`,
        `Rosenbrock at rate 0.1: ${names.map((n) => `${n} ${rosenbrock[n].diverged ? 'diverged' : `ends at loss ${sci(rosenbrock[n].loss.at(-1))}`}`).join(', ')}.`,
      ],
      checks: [
        check(
          `plain SGD does reach loss ${low} on the valley, slowly`,
          Number.isFinite(valley.SGD) && Number.isFinite(valley['SGD at 0.3']),
          `SGD ${steps(valley.SGD)}, at 0.3 ${steps(valley['SGD at 0.3'])}`,
        ),
        check(
          "on the valley Adam and RMSprop need under a quarter of plain SGD's steps at the same rate",
          fast.every((n) => valley[n] < valley.SGD / 4),
          `ratios ${ratios('SGD')}`,
        ),
        check(
          'on the valley Adam and RMSprop need under half the steps of SGD at rate 0.3',
          fast.every((n) => valley[n] < valley['SGD at 0.3'] / 2),
          `ratios ${ratios('SGD at 0.3')}`,
        ),
        check(
          'on Rosenbrock at rate 0.1 SGD and momentum diverge, RMSprop and Adam do not',
          rosenbrock.SGD.diverged &&
            rosenbrock.momentum.diverged &&
            !rosenbrock.RMSprop.diverged &&
            !rosenbrock.Adam.diverged,
          names.map((n) => `${n} ${rosenbrock[n].diverged ? 'diverged' : 'did not diverge'}`).join(', '),
        ),
        check(
          "Adam ends within 0.05 of Rosenbrock's minimum (1, 1)",
          Math.hypot(adamEnd[0] - 1, adamEnd[1] - 1) < 0.05,
          `Adam ends at (${fixed(adamEnd[0])}, ${fixed(adamEnd[1])})`,
        ),
        check(
          `on the sigmoid net Adam and RMSprop get below loss ${netLow} within 20 epochs`,
          fast.every((n) => net[n] < 20),
          fast.map((n) => `${n} ${epochs(net[n])}`).join(', '),
        ),
        check(
          'plain SGD is still on the plateau (ln 2 = 0.69) after all its epochs',
          !Number.isFinite(net.SGD) && sgdFinal > 0.6,
          `SGD ${epochs(net.SGD)}, final loss ${fixed(sgdFinal)}`,
        ),
      ],
    };
  },
  'learning-rate'(lesson, r) {
    // The runs in the lesson's order, not found by rate (a knob sets the first walk's): the learner's walk on
    // the bowl, the fixed walks from the largest rate down, then the nets at a constant rate, at that rate
    // decaying, and at a rate too large.
    const [walk, ...fixedWalks] = lesson.experiment.runs.filter((run) => run.kind === 'surface');
    const [constant, decaying, exploding] = lesson.experiment.runs
      .filter((run) => run.kind === 'train')
      .map((run) => run.label);
    const rate = (run) => run.path.optimizer.learningRate;
    const path = (run) => r[run.label].path;
    const left = (run) => path(run).loss.at(-1) / path(run).loss[0];
    const share = (v) => (v >= 1e-3 ? pct(v) : `${small(100 * v)}%`);
    const taken = (run) => path(run).loss.length - 1;
    const planned = walk.path.steps;
    const [fast, middle, slow] = fixedWalks;
    const yours = `${walk.path.optimizer.type === 'adam' ? 'Adam' : 'SGD'} at rate ${rate(walk)}`;
    const rates = `${fixedWalks.slice(0, -1).map(rate).join(', ')} and ${rate(slow)}`;
    const diverged = r[exploding].history.diverged;
    const final = (label) => r[label].train.loss;
    const firstEpoch = r[constant].history.loss[0];
    return {
      facts: [
        `Bowl: ${yours} ${path(walk).diverged ? `diverged and was stopped at step ${taken(walk)}` : `goes from loss ${formatNumber(path(walk).loss[0])} to ${formatNumber(path(walk).loss.at(-1))} in ${taken(walk)} steps`}; rate ${rate(slow)} leaves ${share(left(slow))} of the loss after ${planned} steps, rate ${rate(middle)} ${share(left(middle))}, rate ${rate(fast)} ${share(left(fast))}.`,
        diverged
          ? `On the regression net, “${exploding}” diverged in epoch ${diverged.epoch + 1}, at step ${diverged.step} (last finite loss ${fixed(diverged.lastLoss, 1)}).`
          : 'On the regression net, no run diverged.',
        `Final training loss: “${constant}” ${small(final(constant))}, “${decaying}” ${small(final(decaying))}.`,
      ],
      checks: [
        check(
          `on the bowl ${yours} diverges and is stopped early`,
          path(walk).diverged && taken(walk) < planned,
          `diverged ${path(walk).diverged} after ${taken(walk)} of ${planned} steps`,
        ),
        check(
          `rates ${rates} run all their steps`,
          fixedWalks.every((run) => !path(run).diverged && taken(run) === planned),
          fixedWalks.map((run) => `${rate(run)}: ${taken(run)} steps`).join(', '),
        ),
        check(`rate ${rate(slow)} leaves more than 90% of the loss`, left(slow) > 0.9, share(left(slow))),
        check(`rate ${rate(fast)} ends below 0.1% of its starting loss`, left(fast) < 1e-3, share(left(fast))),
        check(
          'smaller rates end higher',
          left(slow) > left(middle) && left(middle) > left(fast),
          [slow, middle, fast].map((run) => `${rate(run)}: ${sci(path(run).loss.at(-1))}`).join(', '),
        ),
        check(
          'on the net the largest rate diverges within the first 10 steps of the first epoch, with a finite last loss; the rate-0.3 runs do not',
          Boolean(diverged) &&
            !r[constant].history.diverged &&
            !r[decaying].history.diverged &&
            diverged.epoch === 0 &&
            diverged.step <= 10 &&
            Number.isFinite(diverged.lastLoss),
          diverged
            ? `“${exploding}” diverged in epoch ${diverged.epoch + 1} at step ${diverged.step}, last loss ${fixed(diverged.lastLoss, 2)}`
            : 'no run diverged',
        ),
        check(
          'decaying the rate ends with a lower training loss than keeping it constant',
          final(decaying) < final(constant),
          `decaying ${small(final(decaying))}, constant ${small(final(constant))}`,
        ),
        check(
          "the constant rate does converge: below a third of its first epoch's loss",
          final(constant) < firstEpoch / 3,
          `${small(final(constant))} against ${small(firstEpoch)}`,
        ),
      ],
    };
  },
  momentum(lesson, r) {
    const target = TARGETS.momentum;
    // The runs in the lesson's order: plain SGD at η, momentum in both forms (the averaged one at the higher
    // rate η/(1−β)), plain SGD at η/(1−β). By order, not by setting, so any knob settings measure too.
    const [plain, first, second, fast] = lesson.experiment.runs;
    const rate = (run) => run.path.optimizer.learningRate;
    const [classic, averaged] = (rate(first) <= rate(second) ? [first, second] : [second, first]).map(
      (run) => run.label,
    );
    const loss = (label) => r[label].path.loss;
    const [p, c, a] = [plain.label, classic, averaged].map((label) => firstBelow(loss(label), target));
    const [pFor, cFor, aFor] = [plain.label, classic, averaged].map((label) => staysBelow(loss(label), target));
    const pa = r[averaged].path;
    const pc = r[classic].path;
    let apart = 0;
    for (let i = 0; i < Math.min(pa.w1.length, pc.w1.length); i++)
      apart = Math.max(apart, Math.abs(pa.w1[i] - pc.w1[i]), Math.abs(pa.w2[i] - pc.w2[i]));
    const blowUp = r[fast.label].path;
    const fastRate = tidy(rate(fast));
    return {
      facts: [
        `Steps to loss < ${target}: plain SGD ${steps(p)}, momentum (classic form) ${steps(c)}, momentum (averaged form) ${steps(a)}; below it for good after ${steps(pFor)}, ${steps(cFor)} and ${steps(aFor)}.`,
        `The two forms' paths differ by at most ${sci(apart)}; plain SGD at rate ${fastRate} ${blowUp.diverged ? `diverged after ${blowUp.loss.length - 1} steps` : 'did not diverge'}.`,
      ],
      checks: [
        check(`plain SGD reaches loss ${target} too, slowly`, Number.isFinite(p), `plain SGD ${steps(p)}`),
        check(
          `momentum 0.9 reaches loss ${target} in under half the steps of plain SGD, in both forms`,
          c < p / 2 && a < p / 2,
          `plain ${steps(p)}, classic ${steps(c)}, averaged ${steps(a)}`,
        ),
        check(
          `momentum 0.9 stays below loss ${target} for good in under half the steps of plain SGD, in both forms`,
          cFor < pFor / 2 && aFor < pFor / 2,
          `below for good after: plain ${steps(pFor)}, classic ${steps(cFor)}, averaged ${steps(aFor)}`,
        ),
        check(
          'the averaged form at rate η/(1−β) and the classic form at η trace the same path (within 1e-4)',
          pa.w1.length === pc.w1.length && apart < 1e-4,
          `largest difference ${sci(apart)} over ${pc.w1.length - 1} and ${pa.w1.length - 1} steps`,
        ),
        check(
          "plain SGD at the averaged form's rate diverges within 3 steps; momentum at that rate does not",
          blowUp.diverged && blowUp.loss.length - 1 <= 3 && !pa.diverged && pa.loss.at(-1) < target,
          `plain SGD diverged ${blowUp.diverged} after ${blowUp.loss.length - 1} steps; averaged form diverged ${pa.diverged}, final loss ${sci(pa.loss.at(-1))}`,
        ),
      ],
    };
  },
  dropout(lesson, r) {
    const labels = lesson.experiment.runs.map((run) => run.label);
    const gaps = labels.map((label) => r[label].test.loss - r[label].train.loss);
    const shown = labels.map((label, i) => `${label} ${fixed(gaps[i])}`).join(', ');
    return {
      facts: labels.map(
        (label, i) =>
          `${label}: training loss ${fixed(r[label].train.loss)}, test loss ${fixed(r[label].test.loss)}, gap ${fixed(gaps[i])}.`,
      ),
      checks: [
        check(
          'dropout narrows the gap between test and training loss, the higher rate more',
          gaps[1] < gaps[0] && gaps[2] < gaps[1],
          `gaps ${shown}`,
        ),
      ],
    };
  },
  regularization(lesson, r) {
    const nearZero = lesson.widgets.find((w) => w.type === 'weight-histogram').nearZero;
    const labels = lesson.experiment.runs.map((run) => run.label);
    const m = labels.map((label) => penaltyMeasures(r[label], nearZero));
    return {
      facts: labels.map(
        (label, i) =>
          `${label}: ${pct(m[i].nearZero)} of kernel weights have |w| < ${nearZero}, weight norm ${fixed(m[i].norm, 2)}, test − training loss ${fixed(m[i].gap)}.`,
      ),
      checks: penaltyChecks(m, nearZero),
    };
  },
};
