// A path that flew off the loss surface is drawn as far as the canvas can take
// it, in its own direction: clipSegment() cuts each segment to a square far
// beyond the map instead of clamping its end point coordinate by coordinate.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clipSegment } from '../../web/components/lesson-widgets/surface-drawing.js';

test('a segment inside the square is kept whole', () => {
  assert.deepEqual(clipSegment(1, 2, 300, -400), [1, 2, 300, -400]);
});

test('a segment leaving the square is cut where it leaves, in its own direction', () => {
  const [x0, y0, x1, y1] = clipSegment(-150, 120, 1.5e6, -1.2e6);
  assert.deepEqual([x0, y0], [-150, 120]);
  assert.equal(x1, 1e4);
  // Along the line from (-150, 120) with slope -0.8: clamping each coordinate would have given -1e4.
  assert.ok(Math.abs(y1 - (120 - 0.8 * (1e4 + 150))) < 1e-6, `y ${y1}`);
});

test('a segment that only crosses the square keeps the part inside', () => {
  assert.deepEqual(clipSegment(-2e4, 0, 2e4, 0), [-1e4, 0, 1e4, 0]);
});

test('a segment wholly outside, or with a point that is not finite, is not drawn', () => {
  assert.equal(clipSegment(2e4, 0, 3e4, 5), null);
  assert.equal(clipSegment(0, 2e4, 5, 3e4), null);
  assert.equal(clipSegment(0, 0, Infinity, 1), null);
  assert.equal(clipSegment(0, Number.NaN, 1, 1), null);
});
