// Temporary demo: trains the spiral through the public API and draws the
// decision boundary. Training runs a few epochs per animation frame, so the
// page stays responsive without a worker.
import { loadEngine } from '/bindings/index.js';

const EPOCHS_PER_FRAME = 5;
const GRID = 100; // heatmap cells per side
const EXTENT = 1.2; // the plot shows [-EXTENT, EXTENT]² in data coordinates
const COLORS = [
  [245, 147, 34], // class 0: orange
  [8, 119, 189], // class 1: blue
];

const SPEC = {
  inputs: 2,
  layers: [
    { type: 'dense', units: 16, activation: 'relu' },
    { type: 'dense', units: 16, activation: 'relu' },
    { type: 'dense', units: 1, activation: 'sigmoid' },
  ],
  loss: 'binary_crossentropy',
  optimizer: { type: 'adam', learningRate: 0.02 },
  seed: 1,
};

const canvas = document.getElementById('boundary');
const ctx = canvas.getContext('2d');
const toggleButton = document.getElementById('toggle');
const resetButton = document.getElementById('reset');
const statusText = document.getElementById('status');
const fields = {
  epoch: document.getElementById('epoch'),
  trainLoss: document.getElementById('train-loss'),
  testLoss: document.getElementById('test-loss'),
  testAccuracy: document.getElementById('test-accuracy'),
};

// The heatmap is drawn at GRID×GRID and scaled up (smoothly) onto the canvas.
const heatmap = new OffscreenCanvas(GRID, GRID);
const heatmapCtx = heatmap.getContext('2d');
const heatmapPixels = heatmapCtx.createImageData(GRID, GRID);
const gridXs = makeGrid();

let dp;
let data;
let model;
let epoch = 0;
let running = false;
let frame = 0; // pending requestAnimationFrame id

// Cell centres, row by row from the top (largest y) down, as [GRID*GRID, 2].
function makeGrid() {
  const xs = new Float32Array(GRID * GRID * 2);
  const cell = (2 * EXTENT) / GRID;
  for (let row = 0; row < GRID; row += 1) {
    for (let col = 0; col < GRID; col += 1) {
      const i = row * GRID + col;
      xs[2 * i] = -EXTENT + (col + 0.5) * cell;
      xs[2 * i + 1] = EXTENT - (row + 0.5) * cell;
    }
  }
  return xs;
}

function toCanvas(x, y) {
  return [
    ((x + EXTENT) / (2 * EXTENT)) * canvas.width,
    ((EXTENT - y) / (2 * EXTENT)) * canvas.height,
  ];
}

// White where p = 0.5, shading toward the predicted class's colour (kept pale
// so the points stay visible).
function shade(p, out, offset) {
  const color = p >= 0.5 ? COLORS[1] : COLORS[0];
  const strength = Math.min(1, Math.abs(p - 0.5) * 2) * 0.6;
  for (let c = 0; c < 3; c += 1) {
    out[offset + c] = Math.round(255 + (color[c] - 255) * strength);
  }
  out[offset + 3] = 255;
}

function draw() {
  const probabilities = model.predict(gridXs);
  const pixels = heatmapPixels.data;
  for (let i = 0; i < GRID * GRID; i += 1) shade(probabilities[i], pixels, 4 * i);
  heatmapCtx.putImageData(heatmapPixels, 0, 0);
  ctx.imageSmoothingEnabled = true;
  ctx.drawImage(heatmap, 0, 0, canvas.width, canvas.height);

  const { x, y } = data.train;
  const radius = canvas.width / 120;
  ctx.lineWidth = 1;
  ctx.strokeStyle = '#fff';
  for (let i = 0; i < y.length; i += 1) {
    const [px, py] = toCanvas(x[2 * i], x[2 * i + 1]);
    ctx.fillStyle = `rgb(${COLORS[y[i] >= 0.5 ? 1 : 0].join(',')})`;
    ctx.beginPath();
    ctx.arc(px, py, radius, 0, 2 * Math.PI);
    ctx.fill();
    ctx.stroke();
  }
}

function format(value) {
  return Number.isFinite(value) ? value.toFixed(3) : '–';
}

function showStats(history) {
  fields.epoch.textContent = String(epoch);
  fields.trainLoss.textContent = history ? format(history.loss.at(-1)) : '–';
  fields.testLoss.textContent = history ? format(history.valLoss.at(-1)) : '–';
  fields.testAccuracy.textContent = history ? format(history.valAccuracy.at(-1)) : '–';
}

function trainFrame() {
  if (!running) return;
  const history = model.fit(data.train, {
    epochs: EPOCHS_PER_FRAME,
    batchSize: 16,
    validation: data.test,
  });
  epoch += history.loss.length;
  showStats(history);
  draw();
  if (history.diverged) {
    pause(`Training diverged at epoch ${epoch}. Press Reset to start over.`);
    toggleButton.disabled = true;
    return;
  }
  frame = requestAnimationFrame(trainFrame);
}

function start() {
  running = true;
  toggleButton.textContent = 'Pause';
  statusText.textContent = 'Training…';
  frame = requestAnimationFrame(trainFrame);
}

function pause(message = `Paused at epoch ${epoch}.`) {
  running = false;
  cancelAnimationFrame(frame);
  toggleButton.textContent = 'Start';
  statusText.textContent = message;
}

function reset() {
  running = false;
  cancelAnimationFrame(frame);
  model?.dispose();
  model = dp.model(SPEC);
  epoch = 0;
  showStats(null);
  draw();
  toggleButton.textContent = 'Start';
  toggleButton.disabled = false;
  statusText.textContent = `Ready: ${data.train.y.length} training and ${data.test.y.length} test points.`;
}

toggleButton.addEventListener('click', () => (running ? pause() : start()));
resetButton.addEventListener('click', reset);

try {
  dp = await loadEngine();
  data = dp.dataset('spiral', { n: 600, noise: 0.05, seed: 1 });
  reset();
  resetButton.disabled = false;
} catch (err) {
  statusText.textContent = `Could not start the engine: ${err.message}`;
  console.error(err);
}
