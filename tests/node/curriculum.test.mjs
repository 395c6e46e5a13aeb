// The site's lessons are the curriculum's (docs/curriculum.md), with the same
// fixed ids in the same order: the ids are addresses that course pages link to.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { LESSONS } from '../../web/lessons/catalog.js';

const curriculum = await readFile(new URL('../../docs/curriculum.md', import.meta.url), 'utf8');

test('the lesson catalog has the 14 lesson ids of the curriculum, in order', () => {
  const ids = [...curriculum.matchAll(/^\| \d+ \| `([a-z-]+)` \|/gm)].map((m) => m[1]);
  assert.equal(ids.length, 14);
  assert.deepEqual(
    LESSONS.map((lesson) => lesson.id),
    ids,
  );
});
