// The API reference in the built site (dist/api/, generated from the type
// declarations): the footer of every site page links it, and its pages load
// and link each other under the site's strict Content-Security-Policy, from a
// sub-folder of the host as from its root.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openSite } from './browser-session.mjs';

let site;
before(async () => {
  site = await openSite({ prefix: '/deep/', csp: true });
});
after(() => site?.close());

test('the footer links the API reference, whose pages work under the strict CSP', async () => {
  const { page, errors } = await site.newPage();
  const violations = [];
  page.on('console', (msg) => /Content.Security.Policy/i.test(msg.text()) && violations.push(msg.text()));
  await page.goto(`${site.url}playground/`);
  await page.getByRole('contentinfo').getByRole('link', { name: 'API reference' }).click();
  await page.waitForURL(`${site.url}api/`);
  assert.equal(await page.title(), 'Deep Playground API');
  await page.getByRole('link', { name: 'Model', exact: true }).first().click();
  await page.waitForURL(`${site.url}api/interfaces/Model.html`);
  await page.getByRole('heading', { name: 'Interface Model' }).waitFor();
  await page.getByRole('link', { name: 'fit', exact: true }).first().waitFor();
  assert.deepEqual(violations, []);
  assert.deepEqual(errors, []);
});
