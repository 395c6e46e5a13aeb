// A course page of someone else's: files written to a temporary folder and
// served on an origin of their own (another port), to embed the site from.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer } from '../../scripts/serve.mjs';

/** Serves `files` ({ name: text }; an empty favicon.ico added) with `csp`, if given. Resolves to { url, close() }. */
export async function serveHostPage(files, { csp = null } = {}) {
  const folder = await mkdtemp(path.join(tmpdir(), 'deep-playground-host-'));
  for (const [name, text] of Object.entries({ 'favicon.ico': '', ...files }))
    await writeFile(path.join(folder, name), text);
  const server = await startServer({ root: folder, csp });
  return {
    url: server.url,
    async close() {
      await server.close();
      await rm(folder, { recursive: true, force: true });
    },
  };
}
