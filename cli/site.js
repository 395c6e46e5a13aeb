// `deep-playground site FOLDER`: writes the ready static site — the package's
// built dist/: lessons, playground, exercises, the iframe embed pages,
// embed.js with its chunks, worker, wasm and fonts, the single-file lessons,
// the API reference — into a folder to upload to any static host. npm CDNs
// serve embed.js but send HTML as text, so iframes and the full site need a
// host of one's own.
import { cpSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { OUTPUT_FAILED, reason } from './output.js';

/** The built site this copy of the package carries. */
export const SITE_DIR = fileURLToPath(new URL('../dist/', import.meta.url));

const USAGE_ERROR = 2;
const fail = (message, exitCode) => Object.assign(new Error(message), { exitCode });

/** The files under `folder`: their count and total bytes. */
function measure(folder) {
  const files = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  const bytes = files.reduce((sum, entry) => sum + statSync(path.join(entry.parentPath, entry.name)).size, 0);
  return { files: files.length, bytes };
}

/** What is at `folder` now: 'missing' (or unreadable: writing will say why), 'empty', a number of entries, or 'file'. */
function occupancy(folder) {
  let info;
  try {
    info = statSync(folder);
  } catch {
    return 'missing';
  }
  if (!info.isDirectory()) return 'file';
  const entries = readdirSync(folder).length;
  return entries === 0 ? 'empty' : entries;
}

/**
 * Copies the built site into `folder` (created if missing). A folder that
 * already has files is refused unless `force`, which overwrites the files the
 * site has and leaves the others. Returns { files, bytes } written; throws an
 * Error with `exitCode` 2 (usage: no built site, a file in the way, a folder
 * not empty) or 4 (the copy failed: permissions, a full disk).
 */
export function writeSite(folder, { force = false } = {}) {
  if (occupancy(path.join(SITE_DIR, 'index.html')) !== 'file') {
    throw fail(
      `site: this copy of deep-playground has no built site in ${SITE_DIR} (run 'npm run build')`,
      USAGE_ERROR,
    );
  }
  const found = occupancy(folder);
  if (found === 'file') throw fail(`site: ${folder} is a file, not a folder`, USAGE_ERROR);
  if (typeof found === 'number' && !force) {
    throw fail(
      `site: ${folder} is not empty (${found} ${found === 1 ? 'entry' : 'entries'}); give an empty or new folder, or --force to write over its files`,
      USAGE_ERROR,
    );
  }
  try {
    mkdirSync(folder, { recursive: true });
    cpSync(SITE_DIR, folder, { recursive: true, force: true });
  } catch (e) {
    throw fail(`site: cannot write ${folder}: ${reason(e)}`, OUTPUT_FAILED);
  }
  return measure(SITE_DIR);
}

/** The lines the command prints after writing the site into `folder`. */
export function siteSummary(folder, { files, bytes }) {
  const size = `${(bytes / 1e6).toFixed(1)} MB`;
  return [
    `Wrote the Deep Playground site into ${folder} (${files} files, ${size}). Upload the folder to any static host:`,
    '  index.html the lessons, playground/ the playground, embed/<lesson>/ and embed/playground/ for iframes,',
    '  embed.js for <deep-lesson>, <deep-playground> and <deep-exercise>, single/<lesson>.html one file per lesson, api/ the API reference.',
  ].join('\n');
}
