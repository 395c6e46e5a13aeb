// A dependency-free static server for the built site (dist/, or any folder),
// at "/" or under a prefix such as "/deep/" to stand in for a sub-folder of a
// static host. Like most static hosts, it serves a folder's index.html and
// redirects a folder's address without its trailing slash to the one with it.
// A missing file gets the folder's 404.html (with status 404) when it has one,
// as static hosts do. Run it directly (`node scripts/serve.mjs`, after `npm run build`) or import
// startServer() (the browser tests do).
//
// Every response allows any origin to read it (Access-Control-Allow-Origin: *),
// as public static hosts do, so that a course page elsewhere can load
// embed.js, its chunks, wasm and fonts. With --csp (or startServer({ csp })),
// every response also carries a strict Content-Security-Policy, STRICT_CSP
// or the one given: the site and the embeds must work under it.
import { createServer } from 'node:http';
import { createReadStream, existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** No eval, no inline script; only the engine's wasm compilation, workers from the site or blobs, inline styles (KaTeX positions glyphs with them). */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "frame-src 'self'",
].join('; ');

const mimeTypes = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
};

// Maps a URL path to a file inside the served folder, or null when the path
// is malformed, outside the prefix or would leave the folder.
function resolveFile(mount, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || !decoded.startsWith(mount.prefix)) return null;
  const relative = decoded.slice(mount.prefix.length);
  const file = path.resolve(mount.dir, '.' + path.posix.sep + relative);
  if (file !== mount.dir && !file.startsWith(mount.dir + path.sep)) return null;
  return file;
}

// { file, size } to send, { redirect } for a folder asked for without its
// trailing slash, or null.
async function findFile(mount, urlPath) {
  const file = resolveFile(mount, urlPath);
  if (!file) return null;
  try {
    const info = await stat(file);
    if (info.isFile()) return { file, size: info.size };
    if (info.isDirectory()) {
      const index = path.join(file, 'index.html');
      const indexInfo = await stat(index);
      if (!indexInfo.isFile()) return null;
      return urlPath.endsWith('/') ? { file: index, size: indexInfo.size } : { redirect: urlPath + '/' };
    }
  } catch {
    // Missing file: fall through to 404.
  }
  return null;
}

async function handle(mount, req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain' });
    res.end('Method Not Allowed\n');
    return;
  }
  const { pathname, search } = new URL(req.url, 'http://localhost');
  const found = await findFile(mount, pathname);
  if (!found) {
    await sendNotFound(mount, res, req.method === 'HEAD');
    return;
  }
  if (found.redirect) {
    res.writeHead(301, { Location: found.redirect + search });
    res.end();
    return;
  }
  sendFile(mount, res, 200, found, req.method === 'HEAD');
}

// The served folder's 404.html, else a line of text.
async function sendNotFound(mount, res, headOnly) {
  const file = path.join(mount.dir, '404.html');
  const info = await stat(file).catch(() => null);
  if (info?.isFile()) return sendFile(mount, res, 404, { file, size: info.size }, headOnly);
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end('Not Found\n');
}

function sendFile(mount, res, status, found, headOnly) {
  const type = mimeTypes[path.extname(found.file).toLowerCase()] ?? 'application/octet-stream';
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Length': found.size,
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
    'Access-Control-Allow-Origin': '*',
    ...(mount.csp && { 'Content-Security-Policy': mount.csp }),
  });
  if (headOnly) {
    res.end();
    return;
  }
  const stream = createReadStream(found.file);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}

function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    const onError = (err) => {
      server.off('listening', onListening);
      reject(err);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

/**
 * Serves the folder `root` (default dist/) at `prefix` (default "/", else
 * like "/deep/"). `port` 0 picks any free port; with `scan`, a busy port
 * moves on to the next one (up to 100 tries). `csp`: true for STRICT_CSP, or
 * a policy of its own, sent with every response.
 * Resolves to { server, port, url (of the prefix), close() }.
 */
export async function startServer({
  root = path.join(repoRoot, 'dist'),
  prefix = '/',
  port = 0,
  host = '127.0.0.1',
  scan = false,
  csp = null,
} = {}) {
  if (!prefix.startsWith('/') || !prefix.endsWith('/'))
    throw new Error(`prefix must start and end with "/", got "${prefix}"`);
  const mount = { prefix, dir: path.resolve(root), csp: csp === true ? STRICT_CSP : csp || null };
  const server = createServer((req, res) => {
    handle(mount, req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end('Internal Server Error\n');
    });
  });
  for (let attempt = 0; ; attempt += 1) {
    try {
      await listen(server, port + (scan ? attempt : 0), host);
      break;
    } catch (err) {
      if (!scan || err.code !== 'EADDRINUSE' || attempt >= 99) throw err;
    }
  }
  const actualPort = server.address().port;
  return {
    server,
    port: actualPort,
    url: `http://${host}:${actualPort}${prefix}`,
    close() {
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

const USAGE = `Usage: node scripts/serve.mjs [--csp] [--help]

Serves the built site (dist/, from \`npm run build\`) at http://127.0.0.1:5173/,
or the next free port when 5173 is taken.

Options:
  --csp    send a strict Content-Security-Policy with every response
  --help   print this help and exit

Environment:
  PORT     serve on exactly this port (0-65535; 0 picks any free one)`;

const OPTIONS = new Set(['--csp', '--help']);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const unknown = args.find((arg) => !OPTIONS.has(arg));
  if (unknown !== undefined) {
    console.error(`Unknown option "${unknown}": the options are ${[...OPTIONS].join(', ')}.\n\n${USAGE}`);
    process.exit(2);
  }
  if (args.includes('--help')) {
    console.log(USAGE);
    process.exit(0);
  }
  const fromEnv = process.env.PORT;
  const port = fromEnv ? Number(fromEnv) : 5173;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be a port number (0-65535), got "${fromEnv}"`);
    process.exit(1);
  }
  if (!existsSync(path.join(repoRoot, 'dist/index.html'))) {
    console.error('dist/ has no site yet: run `npm run build` first (or `npm start` for the development server)');
    process.exit(1);
  }
  const csp = args.includes('--csp');
  try {
    const { url } = await startServer({ port, scan: !fromEnv, csp });
    console.log(`Deep Playground is running at ${url}${csp ? ' (with a strict Content-Security-Policy)' : ''}`);
  } catch (err) {
    console.error(`Could not start the server on port ${port}: ${err.message}`);
    process.exit(1);
  }
}
