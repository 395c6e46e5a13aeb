// The embeddings' training worker: training-worker.js with its engine handed
// over by the page (shared-engine.js). Module order matters: engine-source.js
// must listen before training-worker.js does.
import './engine-source.js';
import '../worker/training-worker.js';
