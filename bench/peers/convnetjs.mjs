// ConvNetJS: a Net of fc layers trained the way its Trainer works, forward
// and backward one sample at a time with a step every batch_size samples.
// It has no sigmoid/BCE output, so a 1-unit sigmoid becomes a 2-class
// softmax (the same function, one more output column).
import convnetjs from 'convnetjs';

export async function createRunner(workload, data) {
  const hidden = workload.layers.slice(0, -1);
  const outputs = workload.layers.at(-1).units;
  const net = new convnetjs.Net();
  net.makeLayers([
    { type: 'input', out_sx: 1, out_sy: 1, out_depth: workload.inputs },
    ...hidden.map((l) => ({ type: 'fc', num_neurons: l.units, activation: l.activation })),
    { type: 'softmax', num_classes: Math.max(outputs, 2) },
  ]);
  const { type, learningRate } = workload.optimizer;
  const options = { learning_rate: learningRate, batch_size: workload.batchSize, l2_decay: 0 };
  const trainer =
    type === 'adam'
      ? adamTrainer(net, options)
      : new convnetjs.Trainer(net, { ...options, method: 'sgd', momentum: 0 });
  // Inputs as Vols and labels as class indices, made once, outside the timing.
  const vols = [];
  const labels = [];
  for (let i = 0; i < data.n; i++) {
    const vol = new convnetjs.Vol(1, 1, workload.inputs, 0);
    vol.w.set(data.x.subarray(i * workload.inputs, (i + 1) * workload.inputs));
    vols.push(vol);
    labels.push(outputs === 1 ? data.y[i] : argmax(data.y.subarray(i * outputs, (i + 1) * outputs)));
  }
  let lastLoss = NaN;
  return {
    path:
      type === 'adam'
        ? "per-sample forward/backward, Adam step added here (npm's 0.3.0 Trainer has no 'adam')"
        : `Trainer.train(vol, label) per sample, method 'sgd'${outputs === 1 ? ', 2-class softmax for sigmoid/BCE' : ''}`,
    runEpoch: async () => {
      let sum = 0;
      for (let i = 0; i < data.n; i++) sum += trainer.train(vols[i], labels[i]).loss;
      lastLoss = sum / data.n;
    },
    lastLoss: () => lastLoss,
    dispose: () => {},
  };
}

// convnetjs 0.3.0, the version on npm, has no Adam: its Trainer quietly runs
// plain SGD for method 'adam'. This is Trainer.train with an Adam step
// (Keras's: lr_t = lr sqrt(1 - b2^t) / (1 - b1^t); w -= lr_t m / (sqrt(v) + eps)).
function adamTrainer(net, { learning_rate, batch_size }, beta1 = 0.9, beta2 = 0.999, eps = 1e-7) {
  const moments = net
    .getParamsAndGrads()
    .map((pg) => [new Float64Array(pg.params.length), new Float64Array(pg.params.length)]);
  let samples = 0;
  let t = 0;
  return {
    train(x, label) {
      net.forward(x, true);
      const loss = net.backward(label);
      if (++samples % batch_size === 0) {
        t++;
        const lr = (learning_rate * Math.sqrt(1 - beta2 ** t)) / (1 - beta1 ** t);
        net.getParamsAndGrads().forEach(({ params: p, grads: g }, i) => {
          const [m, v] = moments[i];
          for (let j = 0; j < p.length; j++) {
            const gj = g[j] / batch_size;
            m[j] = beta1 * m[j] + (1 - beta1) * gj;
            v[j] = beta2 * v[j] + (1 - beta2) * gj * gj;
            p[j] -= (lr * m[j]) / (Math.sqrt(v[j]) + eps);
            g[j] = 0; // the net accumulates gradients until a step
          }
        });
      }
      return { loss };
    },
  };
}

function argmax(row) {
  let best = 0;
  for (let j = 1; j < row.length; j++) if (row[j] > row[best]) best = j;
  return best;
}
