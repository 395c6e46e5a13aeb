// Turns what users pass (typed arrays, plain numbers, nested arrays as in
// TF.js) into flat Float32Arrays, and moves them in and out of wasm memory.

/** Flattens `value` (a typed array or a nested array of numbers) row-major. */
export function toFloat32(value, field) {
  if (isTypedArray(value) && isDetached(value)) {
    throw new Error(`${field}: its ArrayBuffer is detached (transferred or freed), so it holds no numbers`);
  }
  if (value instanceof Float32Array) return value;
  if (isTypedArray(value)) return Float32Array.from(value);
  if (!Array.isArray(value)) {
    throw new Error(`${field}: expected a typed array or an array of numbers, got ${describe(value)}`);
  }
  if (value.length === 0 || !Array.isArray(value[0])) return numbersOf(value, field);
  const width = value[0].length;
  const out = new Float32Array(value.length * width);
  // Indexed loops, not forEach: forEach skips the holes of a sparse array ([1, , 3]) and would leave zeros.
  for (let r = 0; r < value.length; r++) {
    const row = value[r];
    if (!Array.isArray(row) || row.length !== width) {
      throw new Error(
        `${field}[${r}]: every row must be an array of ${width} numbers, got ${describe(row, r in value)}`,
      );
    }
    out.set(numbersOf(row, `${field}[${r}]`), r * width);
  }
  return out;
}

/** How many numbers toFloat32(value) gives, read off the lengths alone (0 if it would throw), to check sizes before copying. */
export function lengthOf(value) {
  if (isTypedArray(value)) return value.length;
  if (!Array.isArray(value)) return 0;
  return Array.isArray(value[0]) ? value.length * value[0].length : value.length;
}

/** [rows, columns] of a nested array, or null for a flat one or a typed array. */
export function nestedShape(value) {
  return Array.isArray(value) && Array.isArray(value[0]) ? [value.length, value[0].length] : null;
}

const isTypedArray = (value) => ArrayBuffer.isView(value) && !(value instanceof DataView);

// A view whose ArrayBuffer was transferred (postMessage) or freed reads as empty; constructing on it throws.
function isDetached(view) {
  if (view.byteLength > 0) return false;
  if ('detached' in view.buffer) return view.buffer.detached;
  try {
    new Uint8Array(view.buffer);
    return false;
  } catch {
    return true;
  }
}

function numbersOf(list, field) {
  const out = new Float32Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const v = list[i];
    if (typeof v !== 'number' && typeof v !== 'boolean') {
      throw new Error(`${field}[${i}]: ${describe(v, i in list)} is not a number`);
    }
    out[i] = Number(v);
  }
  return out;
}

/** A short, safe rendering of a bad value for a message; `present` false: a hole of a sparse array. */
export function describe(value, present = true) {
  if (!present) return 'a hole (no value)';
  if (value === null) return 'null';
  if (typeof value === 'bigint') return `${value}n, a BigInt,`;
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'string') return `'${value.length > 40 ? value.slice(0, 40) + '...' : value}'`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** JSON that keeps NaN and ±Infinity visible (as strings) so the engine can name them. */
export function toJson(value) {
  return JSON.stringify(value, (key, v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v));
}

/** Copies a Float32Array into a FloatBuffer in wasm memory. */
export function upload(module, buffer, array) {
  buffer.resize(array.length);
  // Memory may grow on resize: take the view after it (docs/toolchain.md, gotcha 6).
  module.HEAPF32.set(array, buffer.address() / 4);
  return buffer;
}

/** Copies `length` floats at `address` out of wasm memory. */
export function download(module, address, length) {
  return module.HEAPF32.slice(address / 4, address / 4 + length);
}
