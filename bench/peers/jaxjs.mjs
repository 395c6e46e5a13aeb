// jax-js on its wasm device: the workload's network as a pure function of its
// parameters, one jit-compiled training step (valueAndGrad of the loss, then
// the optimizer's update written out) per batch. jax-js spreads wasm kernels
// over a pool of Workers only where a global Worker exists; Node has none, so
// it runs on one thread, as every other peer here does.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { blockUntilReady, defaultDevice, init, jit, nn, numpy as np, random, tree, valueAndGrad } from '@jax-js/jax';

const hiddenActivations = { tanh: np.tanh, relu: nn.relu };

// Losses on the output layer's pre-activation z, as JAX code writes them
// (the workloads pair BCE with a sigmoid output, CCE with a softmax one):
// BCE on a sigmoid is -mean(y log σ(z) + (1 - y) log σ(-z)),
// CCE on a softmax is -mean over rows of Σ y log softmax(z).
const losses = {
  binary_crossentropy: (z, y) =>
    nn
      .logSigmoid(z.ref)
      .mul(y.ref)
      .add(nn.logSigmoid(z.mul(-1)).mul(y.mul(-1).add(1)))
      .mean()
      .mul(-1),
  categorical_crossentropy: (z, y) => nn.logSoftmax(z, -1).mul(y).sum(-1).mean().mul(-1),
};

async function selectWasm() {
  if (!(await init('wasm')).includes('wasm')) throw new Error("jax-js device 'wasm' did not initialize");
  defaultDevice('wasm');
}

/** What runs jax-js here: { version, device, threads }. */
export async function wasmDeviceInfo() {
  await selectWasm();
  const entry = createRequire(import.meta.url).resolve('@jax-js/jax');
  const { version } = JSON.parse(readFileSync(new URL('../package.json', `file://${entry}`), 'utf8'));
  return { version, device: 'wasm', threads: globalThis.Worker ? navigator.hardwareConcurrency : 1 };
}

export async function createRunner(workload, data) {
  await selectWasm(); // the runner's arrays live on it
  const { layers, optimizer } = workload;
  const loss = losses[workload.loss];
  // z = a w + b per layer; hidden layers pass on f(z), the output layer z itself.
  const forward = (params, x) =>
    params.reduce((a, { w, b }, i) => {
      const z = np.dot(a, w).add(b);
      return i < params.length - 1 ? hiddenActivations[layers[i].activation](z) : z;
    }, x);
  const objective = (params, x, y) => loss(forward(params, x), y);
  const step = jit(optimizer.type === 'adam' ? adamStep(objective) : sgdStep(objective, optimizer.learningRate));

  const params = initialParams(workload);
  let state = optimizer.type === 'adam' ? { params, m: zerosLike(params), v: zerosLike(params) } : { params };
  const outputs = layers.at(-1).units;
  const batches = []; // made once, outside the timing
  for (let i = 0; i < data.n; i += workload.batchSize) {
    const rows = Math.min(workload.batchSize, data.n - i);
    batches.push([
      np.array(data.x.subarray(i * workload.inputs, (i + rows) * workload.inputs)).reshape([rows, workload.inputs]),
      np.array(data.y.subarray(i * outputs, (i + rows) * outputs)).reshape([rows, outputs]),
    ]);
  }
  let t = 0;
  let lastLoss = NaN;
  return {
    path: `jit(valueAndGrad(loss) + ${optimizer.type} update) per batch`,
    runEpoch: async () => {
      let value;
      for (const [x, y] of batches) {
        value?.dispose();
        const rate = optimizer.type === 'adam' ? [np.array(adamRate(optimizer.learningRate, ++t))] : [];
        [state, value] = step(state, x.ref, y.ref, ...rate);
      }
      await blockUntilReady(state);
      lastLoss = (await value.data())[0]; // data() frees the array
    },
    lastLoss: () => lastLoss,
    dispose: () => {
      tree.dispose([state, batches]);
      step.dispose();
    },
  };
}

const zerosLike = (params) => tree.map((p) => np.zerosLike(p.ref), params);

// Glorot-uniform kernels and zero biases, as Keras starts a dense layer.
function initialParams({ inputs, layers }) {
  const keys = random.split(random.key(1), layers.length);
  return layers.map(({ units }, i) => {
    const fanIn = i === 0 ? inputs : layers[i - 1].units;
    const limit = Math.sqrt(6 / (fanIn + units));
    return {
      w: random.uniform(keys.ref.slice(i), [fanIn, units], { minval: -limit, maxval: limit }),
      b: np.zeros([units]),
    };
  });
}

// w -= lr g
function sgdStep(objective, learningRate) {
  return ({ params }, x, y) => {
    const [value, grads] = valueAndGrad(objective)(tree.ref(params), x, y);
    return [{ params: tree.map((p, g) => p.sub(g.mul(learningRate)), params, grads) }, value];
  };
}

// Keras's Adam: m = b1 m + (1 - b1) g; v = b2 v + (1 - b2) g²;
// w -= lr_t m / (sqrt(v) + eps), lr_t = lr sqrt(1 - b2^t) / (1 - b1^t)
// (lr_t is computed outside and passed in, so one compiled step serves every t).
const adamRate = (lr, t, beta1 = 0.9, beta2 = 0.999) => (lr * Math.sqrt(1 - beta2 ** t)) / (1 - beta1 ** t);
function adamStep(objective, beta1 = 0.9, beta2 = 0.999, eps = 1e-7) {
  return ({ params, m, v }, x, y, rate) => {
    const [value, grads] = valueAndGrad(objective)(tree.ref(params), x, y);
    const m2 = tree.map((m, g) => m.mul(beta1).add(g.mul(1 - beta1)), m, tree.ref(grads));
    const v2 = tree.map((v, g) => v.mul(beta2).add(np.square(g).mul(1 - beta2)), v, grads);
    const params2 = tree.map(
      (p, m, v) => p.sub(m.mul(rate.ref).div(np.sqrt(v).add(eps))),
      params,
      tree.ref(m2),
      tree.ref(v2),
    );
    rate.dispose();
    return [{ params: params2, m: m2, v: v2 }, value];
  };
}
