// Every lesson page as a learner meets it, one test a lesson
// (tests/browser/lesson-figure-checks.mjs): its live figure first, its claim,
// a question, its knobs and Try-this buttons, the playground link, a phone.
import { before, after } from 'node:test';
import { openSite } from './browser-session.mjs';
import { testLesson } from './lesson-figure-checks.mjs';

const { LESSONS } = await import('../../web/lessons/catalog.js');

let site;
before(async () => {
  site = await openSite();
});
after(async () => {
  await site?.close();
});

// Every lesson: a new one needs no change here.
for (const { id } of LESSONS) testLesson(() => site, id);
