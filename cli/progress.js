// What the command line prints while and after training: a one-line bar
// redrawn in place on a terminal, plain lines every ~10% of the epochs when
// piped (CI logs, `| tee`), and a short summary. Formatting only.

const NAMES = { loss: 'loss', accuracy: 'accuracy', valLoss: 'val_loss', valAccuracy: 'val_accuracy' };

/** Keras-style "loss: 0.6931 - accuracy: 0.5000 - val_loss: ..." for one epoch's logs. */
export function formatLogs(logs) {
  return Object.keys(NAMES)
    .filter((key) => logs[key] !== undefined)
    .map((key) => `${NAMES[key]}: ${logs[key].toFixed(4)}`)
    .join(' - ');
}

/** An onEpoch(epoch, logs) callback drawing progress on `stream`, and done() to end it. */
export function progress(epochs, stream = process.stderr) {
  const width = String(epochs).length;
  const label = (epoch) => `epoch ${String(epoch + 1).padStart(width)}/${epochs}`;
  if (!stream.isTTY) {
    const every = Math.max(1, Math.ceil(epochs / 10));
    return {
      onEpoch(epoch, logs) {
        if ((epoch + 1) % every === 0 || epoch + 1 === epochs) stream.write(`${label(epoch)} - ${formatLogs(logs)}\n`);
      },
      done() {},
    };
  }
  let drawn = false;
  let lastDraw = 0;
  return {
    onEpoch(epoch, logs) {
      const now = Date.now();
      if (now - lastDraw < 50 && epoch + 1 < epochs) return; // a redraw per epoch would cost more than the epoch
      lastDraw = now;
      const filled = Math.round((20 * (epoch + 1)) / epochs);
      const line = `${label(epoch)} [${'#'.repeat(filled)}${'.'.repeat(20 - filled)}] ${formatLogs(logs)}`;
      stream.write(`\r${line.slice(0, (stream.columns || 120) - 1)}\x1b[K`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write('\n');
    },
  };
}

/** The closing lines: train and test loss/accuracy and the time taken. */
export function summary({ train, test, seconds, epochs }) {
  const row = (name, e) => `${name.padEnd(6)}${formatLogs(e)}`;
  return [row('train', train), row('test', test), `time  ${seconds.toFixed(2)} s for ${epochs} epochs`].join('\n');
}
