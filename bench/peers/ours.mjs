// Deep Playground through its public API: one model.fit call per timed epoch.
import { specOf } from '../workloads.mjs';

export async function createRunner(dp, workload, data) {
  const model = dp.model(specOf(workload));
  const options = { epochs: 1, batchSize: workload.batchSize, shuffle: false };
  let lastLoss = NaN;
  return {
    path: 'model.fit({x, y}, {epochs: 1}) per epoch',
    runEpoch: async () => {
      lastLoss = model.fit({ x: data.x, y: data.y }, options).loss[0];
    },
    lastLoss: () => lastLoss,
    dispose: () => model.dispose(),
  };
}
