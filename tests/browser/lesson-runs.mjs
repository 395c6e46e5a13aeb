// The end of a lesson's experiment as a learner sees it: the experiment
// panel's status line, which says "Done with …" or why the run failed.
import assert from 'node:assert/strict';

const ENDED = /^(Done with the lesson’s own seeds|The experiment failed)/;

/**
 * Waits until the run started on `scope` (a page, a frame or an element)
 * has ended, and asserts that it ended done: a failed run fails the test
 * with its own words rather than at the end of a wait. Waits for the "Done"
 * line, not for a claim result: a live figure measures its claim before any
 * click, so a result is on show before the run ends.
 */
export async function lessonRunDone(scope) {
  const status = scope.getByText(ENDED);
  await status.waitFor();
  const text = await status.textContent();
  assert.match(text, /^Done with/, `the lesson's run ended: ${text}`);
}
