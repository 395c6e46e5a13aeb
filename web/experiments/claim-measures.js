// What each lesson's experiment measured, and the checks its claim is made
// of: measureClaim(lesson, results) → { facts: [sentence, ...], checks:
// [{ name, holds, measured }], holds }. The page's claim box shows the facts
// and whether every check holds; tests/node/lesson_<id>.test.mjs asserts
// each check by name on the default run (and, for a claim about an average
// over seeds, on the seeds' means where the checks can read them), so the
// page and the test read the same thresholds. A claim about an average over
// seeds may miss on a single run.
// The measures themselves live in claims-networks.js and claims-training.js,
// their shared tools in claim-tools.js.
import { NETWORK_CLAIMS } from './claims-networks.js';
import { TRAINING_CLAIMS } from './claims-training.js';

const MEASURES = { ...NETWORK_CLAIMS, ...TRAINING_CLAIMS };

// Negative numbers with a true minus sign, as the rest of the page writes them.
const withMinus = (text) => text.replace(/(^|[\s(,])-(?=\d)/g, '$1−');

/** { facts, checks, holds } for the lesson's results (null when the lesson has no measure). */
export function measureClaim(lesson, results) {
  const measure = MEASURES[lesson.id];
  if (!measure) return null;
  const { facts, checks } = measure(lesson, results);
  return { facts: facts.map(withMinus), checks, holds: checks.every((c) => c.holds) };
}
