// Links and specs are untrusted input. Each hostile one below — broken or
// oversized JSON, script payloads, prototype keys, impossible numbers,
// networks past the 8 × 64 the playground draws — must end in a message in
// words and the default playground (or the adapted state, where adapting is
// the documented answer), without running a script, polluting a prototype,
// logging an error or freezing the page; and the engine must still train.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openSite, saveScreenshot, TEST_TIMEOUT, visibleText } from './browser-session.mjs';
import { assertTrains, nextFrameMs } from './training-helpers.mjs';
import { defaultState, readState } from '../../web/domain/playground-state.js';
import { stateToHash } from '../../web/domain/url-hash.js';

let site;
before(async () => {
  site = await openSite();
});
after(async () => {
  await site?.close();
});

// A valid link (XOR, so that falling back to the defaults' circle shows), edited into a hostile one.
function linkState() {
  const state = defaultState();
  state.data.dataset = 'xor';
  return state;
}
const hashOf = (edit) => {
  const state = linkState();
  edit(state);
  return stateToHash(state).slice(1);
};
const encoded = (text) => encodeURIComponent(text);
// The valid link's JSON with `extra` spliced in before its last brace: for what JSON.stringify cannot write.
const splice = (extra) => encoded(JSON.stringify(linkState()).replace(/}$/, `,${extra}}`));
const nested = (levels) => '{"a":'.repeat(levels) + '1' + '}'.repeat(levels);
const hidden = (count, units) => Array.from({ length: count }, () => ({ type: 'dense', units, activation: 'tanh' }));
// A link with `points` drawn points: 53,000 make 2 MB; 8,000 are just past the 300,000 characters a link may have.
const drawnHash = (points) =>
  hashOf((s) => (s.data.drawn = Array.from({ length: points }, () => [0.123456789, -0.987654321, 1])));
const PAYLOAD = `<img src=x onerror="window.__pwned=1;alert('pwned')">`;

const DEFAULT_HASH = stateToHash(defaultState());

/** [what, hash (without '#'), message the page must show]; every one ends in the defaults. */
const HOSTILE_LINKS = [
  ['JSON cut short', '{"version":1,"data":', /not valid JSON/],
  ['a broken percent-encoding', '%E0%A4%A', /not a properly encoded address/],
  ['HTML with a script as the hash', encoded(PAYLOAD), /not valid JSON/],
  ['a javascript: URL as the hash', 'javascript:alert(document.domain)', /not valid JSON/],
  ['JSON that is not an object', 'null', /must be a JSON object/],
  ['an array', '[1,2,3]', /must be a JSON object/],
  [
    'HTML with a script as the data set',
    hashOf((s) => (s.data.dataset = PAYLOAD)),
    /data\.dataset: must be one of circle/,
  ],
  [
    'HTML with a script as an activation',
    hashOf((s) => (s.spec.layers[0].activation = PAYLOAD)),
    /layers\[0\]\.activation: '<img src=x onerror=/,
  ],
  [
    'a javascript: URL as the speed',
    hashOf((s) => (s.view.speed = 'javascript:alert(1)')),
    /view\.speed: must be one of/,
  ],
  ['a huge batch size', hashOf((s) => (s.batchSize = 1e308)), /batchSize: must be a whole number from 1/],
  [
    'a huge learning rate',
    hashOf((s) => (s.spec.optimizer.learningRate = 1e308)),
    /optimizer\.learningRate: 1e\+308 must be a number/,
  ],
  [
    'a learning rate of 1e999 (Infinity)',
    hashOf(() => {}).replace('0.03', '1e999'),
    /optimizer\.learningRate: 'Infinity' must be a number/,
  ],
  ['NaN as a string', hashOf((s) => (s.data.noise = 'NaN')), /data\.noise: must be a number/],
  ['a negative Infinity seed', hashOf(() => {}).replace(encoded('"seed":1}'), encoded('"seed":-1e999}')), /seed/],
  ['JSON nested 5,000 deep', splice(`"x":${nested(5000)}`), /nests deeper than 16 levels/],
  ['a 2 MB hash', drawnHash(53_000), /characters long, more than the/],
  ['a __proto__ key', splice('"__proto__":{"polluted":"yes"}'), /a key named "__proto__"/],
  [
    'a constructor.prototype key in the spec',
    hashOf((s) => (s.spec.constructor = { prototype: { polluted: 'yes' } })),
    /a key named "constructor"/,
  ],
  ['an unknown data set', hashOf((s) => (s.data.dataset = 'mnist')), /data\.dataset: must be one of/],
  [
    'an unknown activation',
    hashOf((s) => (s.spec.layers[1].activation = 'swish')),
    /layers\[1\]\.activation: 'swish' is not one of/,
  ],
  [
    'an unknown optimizer',
    hashOf((s) => (s.spec.optimizer = { type: 'toString', learningRate: 0.1 })),
    /optimizer\.type: 'toString' is not one of/,
  ],
  [
    '1,000 hidden layers',
    hashOf((s) => (s.spec.layers = [...hidden(1000, 2), s.spec.layers.at(-1)])),
    /at most 8 hidden layers, this spec has 1000/,
  ],
  [
    '9 hidden layers of 64',
    hashOf((s) => (s.spec.layers = [...hidden(9, 64), s.spec.layers.at(-1)])),
    /at most 8 hidden layers, this spec has 9/,
  ],
  [
    'a million neurons',
    hashOf((s) => (s.spec.layers[0].units = 1e6)),
    /layers\[0\]\.units: the playground draws 1 to 64 neurons/,
  ],
  [
    '65 neurons',
    hashOf((s) => (s.spec.layers[1].units = 65)),
    /layers\[1\]\.units: the playground draws 1 to 64 neurons/,
  ],
  ['a batch size of 0', hashOf((s) => (s.batchSize = 0)), /batchSize: must be a whole number from 1/],
  ['a negative batch size', hashOf((s) => (s.batchSize = -32)), /batchSize: must be a whole number from 1/],
  ['a fractional batch size', hashOf((s) => (s.batchSize = 2.5)), /batchSize: must be a whole number from 1/],
  ['the version as a string', hashOf((s) => (s.version = '1')), /version: must be 1/],
  [
    'layers as an object',
    hashOf((s) => (s.spec.layers = { 0: { type: 'dense', units: 1 } })),
    /spec\.layers: must be a non-empty array/,
  ],
  [
    'a yes/no given as a string',
    hashOf((s) => (s.view.showTestData = 'yes')),
    /view\.showTestData: must be true or false/,
  ],
  [
    'too many drawn points',
    hashOf((s) => (s.data.drawn = Array.from({ length: 501 }, () => [0, 0, 1]))),
    /data\.drawn: must be a list of at most 500/,
  ],
  [
    'a drawn point off the plane',
    hashOf((s) => (s.data.drawn = [[1e308, 0, 1]])),
    /data\.drawn\[0\]: must be \[x1, x2, class\]/,
  ],
];

// Opened as a new document, a link is read before the app loads (web/main.js starts the worker with it)
// and again by the page: one link of each kind of fault goes that way; every link of the list is also set
// on an open page (below), through the same checks. A 2 MB address costs Chromium itself about a minute
// before any script of ours runs, so a fresh load tries a hash just past the length limit instead.
const FRESH_KINDS = [
  'JSON cut short',
  'a broken percent-encoding',
  'HTML with a script as the hash',
  'HTML with a script as an activation',
  'a learning rate of 1e999 (Infinity)',
  'JSON nested 5,000 deep',
  'a __proto__ key',
  '1,000 hidden layers',
  'a drawn point off the plane',
];
const FRESH_LINKS = [
  ...HOSTILE_LINKS.filter(([what]) => FRESH_KINDS.includes(what)),
  ['a hash just past the length limit', drawnHash(8_000), /characters long, more than the/],
];

// A link whose output layer does not fit its data is adapted, not refused (the documented answer).
const ADAPTED = hashOf((s) => (s.spec.layers[2] = { type: 'dense', units: 1e6, activation: 'relu' }));
const ADAPTED_HASH = stateToHash(readState(JSON.parse(decodeURIComponent(ADAPTED))).state);

/** Everything that must hold after a hostile input, whatever it was. */
async function assertUnharmed(page, { dialogs, errors }, what) {
  assert.deepEqual(dialogs, [], `${what}: a dialog opened`);
  assert.deepEqual(errors, [], `${what}: the page logged errors`);
  const leaks = await page.evaluate(() => ({
    polluted: {}.polluted,
    pwned: window.__pwned,
    arrayPolluted: [].polluted,
  }));
  assert.deepEqual(
    leaks,
    { polluted: undefined, pwned: undefined, arrayPolluted: undefined },
    `${what}: a payload ran or polluted a prototype`,
  );
  await nextFrameMs(page).catch((error) => assert.fail(`${what}: ${error.message}`));
}

async function openPage() {
  const { page, errors } = await site.newPage();
  const dialogs = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    dialog.dismiss();
  });
  return { page, errors, dialogs };
}

const alertText = (page) => page.locator('dp-playground-page .notice').textContent();

test(
  `${FRESH_LINKS.length} hostile links opened fresh each show why in words and open the defaults, harmlessly; training still works`,
  { timeout: TEST_TIMEOUT },
  async (t) => {
    assert.equal(FRESH_LINKS.length, FRESH_KINDS.length + 1, 'every kind names a link of the list');
    const started = Date.now();
    // One tab (its caches warm after the first link), each link opened as a new
    // document: through about:blank, so that it is loaded, not a hash change. The
    // test then waits for what the page shows, not for its load event.
    const opened = await openPage();
    const { page } = opened;
    for (const [what, hash, message] of FRESH_LINKS) {
      await page.goto('about:blank');
      await page.goto(`${site.url}playground/#${hash}`, { waitUntil: 'commit' });
      const notice = page.getByRole('alert').filter({ hasText: message });
      await notice
        .waitFor()
        .catch(async () =>
          assert.fail(`${what}: no message matching ${message}; the page says: ${await visibleText(page)}`),
        );
      assert.ok(await notice.isVisible(), `${what}: the message is not visible`);
      await page.waitForFunction((expected) => location.hash === expected, DEFAULT_HASH);
      assert.equal(await page.getByLabel('Circle').isChecked(), true, `${what}: the default data set is not shown`);
      await assertUnharmed(page, opened, what);
      await assertTrains(page, 10);
      if (what === 'HTML with a script as an activation')
        await saveScreenshot(page, 'playground-hostile-link', { fullPage: false });
      assert.deepEqual(opened.errors, [], `${what}: errors while training`);
    }
    t.diagnostic(`${FRESH_LINKS.length} links in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  },
);

test('a link whose output layer does not fit its data is adapted to it, and says so', async () => {
  const opened = await openPage();
  const { page } = opened;
  await page.goto(`${site.url}playground/#${ADAPTED}`);
  await page
    .getByRole('status')
    .filter({ hasText: 'adapted to fit its data: output units 1000000 → 1, output activation relu → sigmoid' })
    .waitFor();
  await page.waitForFunction((expected) => location.hash === expected, ADAPTED_HASH);
  assert.equal(await page.getByLabel('Exclusive or').isChecked(), true);
  await assertUnharmed(page, opened, 'adapted link');
  await assertTrains(page, 10);
});

test('hostile hashes typed into an open playground are refused the same way', { timeout: TEST_TIMEOUT }, async () => {
  const opened = await openPage();
  const { page } = opened;
  await page.goto(`${site.url}playground/`);
  await page.getByRole('button', { name: 'Play' }).waitFor();
  for (const [what, hash, message] of HOSTILE_LINKS) {
    const dismiss = page.getByRole('button', { name: 'Dismiss' });
    if (await dismiss.count()) await dismiss.click();
    await page.evaluate((h) => (location.hash = h), hash);
    await page
      .getByRole('alert')
      .filter({ hasText: message })
      .waitFor()
      .catch(async () =>
        assert.fail(
          `${what}: no message matching ${message}; it says: ${await alertText(page).catch(() => '(nothing)')}`,
        ),
      );
    await page.waitForFunction((expected) => location.hash === expected, DEFAULT_HASH);
    await assertUnharmed(page, opened, what);
  }
  await assertTrains(page);
});

const SPEC_LAYERS = [
  { type: 'dense', units: 3, activation: 'relu' },
  { type: 'dense', units: 1, activation: 'sigmoid' },
];
const spec = (edit) => {
  const value = {
    inputs: 2,
    layers: structuredClone(SPEC_LAYERS),
    loss: 'binary_crossentropy',
    optimizer: { type: 'adam', learningRate: 0.01 },
  };
  edit(value);
  return JSON.stringify(value);
};
const specWith = (extra) => spec(() => {}).replace(/}$/, `,${extra}}`);

/** [what, pasted text, message the spec box must show]. */
const HOSTILE_SPECS = [
  ['HTML with a script', PAYLOAD, /not valid JSON/],
  ['a javascript: URL', 'javascript:alert(1)', /not valid JSON/],
  ['JSON that is not an object', '[1, 2, 3]', /must be a JSON object/],
  ['JSON nested 5,000 deep', specWith(`"x":${nested(5000)}`), /nests deeper than 16 levels/],
  ['2 MB of text', specWith(`"x":"${'a'.repeat(2_000_000)}"`), /characters long, more than the 100,000 allowed/],
  ['a __proto__ key', specWith('"__proto__":{"polluted":"yes"}'), /a key named "__proto__"/],
  [
    'a constructor.prototype key',
    specWith('"constructor":{"prototype":{"polluted":"yes"}}'),
    /a key named "constructor"/,
  ],
  [
    'HTML with a script as an activation',
    spec((s) => (s.layers[0].activation = PAYLOAD)),
    /layers\[0\]\.activation: '<img src=x onerror=/,
  ],
  ['1,000 hidden layers', spec((s) => (s.layers = [...hidden(1000, 2), s.layers.at(-1)])), /at most 8 hidden layers/],
  ['a million neurons', spec((s) => (s.layers[0].units = 1e6)), /1 to 64 neurons/],
  [
    'a learning rate of 1e999 (Infinity)',
    spec(() => {}).replace('0.01', '1e999'),
    /learningRate: 'Infinity' must be a number/,
  ],
  ['a negative number of neurons', spec((s) => (s.layers[0].units = -5)), /1 to 64 neurons/],
  ['an unknown loss', spec((s) => (s.loss = 'hinge')), /loss: 'hinge' is not one of/],
];

test(
  `${HOSTILE_SPECS.length} hostile pasted specs each show why and change nothing; training still works`,
  { timeout: TEST_TIMEOUT },
  async () => {
    const opened = await openPage();
    const { page } = opened;
    await page.goto(`${site.url}playground/`);
    await page.getByRole('button', { name: 'Play' }).waitFor();
    const box = page.getByRole('textbox', { name: '…or paste one' });
    const specMessage = page.locator('dp-spec-io').getByRole('alert');
    for (const [what, text, message] of HOSTILE_SPECS) {
      await box.fill(text);
      await page.getByRole('button', { name: 'Load pasted spec' }).click();
      await specMessage
        .filter({ hasText: message })
        .waitFor()
        .catch(async () =>
          assert.fail(
            `${what}: no message matching ${message}; it says: ${await specMessage.textContent().catch(() => '(nothing)')}`,
          ),
        );
      assert.equal(await page.evaluate(() => location.hash), DEFAULT_HASH, `${what}: the state changed`);
      await page.getByText('2 hidden layers').waitFor();
      await assertUnharmed(page, opened, what);
    }
    // A file is refused by its size before it is read.
    await page
      .getByLabel('Load a spec from a file')
      .setInputFiles({ name: 'huge.json', mimeType: 'application/json', buffer: Buffer.alloc(5_000_000, ' ') });
    await specMessage.filter({ hasText: /The file is 5,000,000 bytes: far too large to be a spec/ }).waitFor();
    await assertUnharmed(page, opened, 'a 5 MB spec file');
    await box.fill('');
    await assertTrains(page);
    assert.deepEqual(opened.errors, []);
  },
);
