// A real WordPress 6.5 for the plugin test, offline: the builds from the npm package
// @wp-playground/wordpress-builds (a WordPress with a pre-installed SQLite database, and the SQLite
// database drop-in), unpacked into a temporary folder and served by PHP's built-in server.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';

export const WORDPRESS_BUILDS = '@wp-playground/wordpress-builds@0.9.19';
const WORDPRESS_ZIP = 'package/src/wordpress/wp-6.5.zip';
const SQLITE_ZIP = 'package/src/sqlite-database-integration/sqlite-database-integration.zip';

/** Where the two zips are kept between runs (outside the repository, so `npm ci` keeps them). */
export function cacheDir(): string {
  const base = process.env.CARE_CHOICE_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'care-choice');
  return join(base, 'wordpress-builds-0.9.19');
}

/** The PHP binary when it can run WordPress on SQLite, else null. */
export function findPhp(): string | null {
  const php = process.env.PHP_BINARY ?? 'php';
  try {
    const out = execFileSync(php, ['-r', 'echo extension_loaded("pdo_sqlite") && extension_loaded("mbstring") ? "ok" : "missing";'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return out.trim() === 'ok' ? php : null;
  } catch {
    return null;
  }
}

/**
 * Makes sure the WordPress and SQLite zips are in the cache: on a miss, `npm pack` fetches the
 * 158 MB tarball through the npm client (integrity checked), the two zips (5 MB) are kept and the
 * tarball is deleted.
 */
export function ensureWordPressBuilds(): { dir: string; downloaded: boolean; ms: number } {
  const started = performance.now();
  const dir = cacheDir();
  const wordpress = join(dir, 'wp-6.5.zip');
  const sqlite = join(dir, 'sqlite-database-integration.zip');
  if (existsSync(wordpress) && existsSync(sqlite)) return { dir, downloaded: false, ms: performance.now() - started };

  mkdirSync(dirname(dir), { recursive: true });
  const scratch = mkdtempSync(join(dirname(dir), 'download-'));
  try {
    const tarball = execFileSync('npm', ['pack', WORDPRESS_BUILDS, '--silent', '--pack-destination', scratch], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .pop()!;
    execFileSync('tar', ['xzf', join(scratch, tarball), '-C', scratch, WORDPRESS_ZIP, SQLITE_ZIP]);
    const staged = join(scratch, 'builds');
    mkdirSync(staged);
    copyFileSync(join(scratch, WORDPRESS_ZIP), join(staged, 'wp-6.5.zip'));
    copyFileSync(join(scratch, SQLITE_ZIP), join(staged, 'sqlite-database-integration.zip'));
    rmSync(dir, { recursive: true, force: true });
    renameSync(staged, dir); // whole or nothing: a broken download never looks like a cache hit
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return { dir, downloaded: true, ms: performance.now() - started };
}

/** Writes every file of a zip under `to`, dropping `strip` from the front of each path. */
function unzipTo(zip: string, to: string, strip = '') {
  const files = unzipSync(new Uint8Array(readFileSync(zip)));
  for (const [name, data] of Object.entries(files)) {
    if (!name.startsWith(strip) || name.endsWith('/')) continue;
    const path = join(to, name.slice(strip.length));
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, data);
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export type Site = { dir: string; url: string; stop: () => Promise<void>; debugLog: () => string };

/**
 * Unpacks WordPress into a new temporary folder, wires the SQLite drop-in, sets the address and a
 * few offline-friendly constants, and serves it with `php -S`. Login: admin / password.
 */
export async function startWordPress(builds: string, php: string): Promise<Site> {
  const dir = mkdtempSync(join(tmpdir(), 'care-choice-wp-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;

  unzipTo(join(builds, 'wp-6.5.zip'), dir);
  const sqliteDir = join(dir, 'wp-content/mu-plugins/sqlite-database-integration');
  unzipTo(join(builds, 'sqlite-database-integration.zip'), sqliteDir, 'sqlite-database-integration-main/');
  // The database drop-in, with the placeholders its installer would fill in.
  writeFileSync(
    join(dir, 'wp-content/db.php'),
    readFileSync(join(sqliteDir, 'db.copy'), 'utf8')
      .replaceAll('{SQLITE_IMPLEMENTATION_FOLDER_PATH}', sqliteDir)
      .replaceAll('{SQLITE_PLUGIN}', 'sqlite-database-integration/load.php'),
  );

  const config = join(dir, 'wp-config.php');
  const constants = [
    `define( 'WP_HOME', '${url}' );`,
    `define( 'WP_SITEURL', '${url}' );`,
    // Offline: no cron loopback, no update checks, no calls to other hosts.
    `define( 'DISABLE_WP_CRON', true );`,
    `define( 'WP_HTTP_BLOCK_EXTERNAL', true );`,
    `define( 'AUTOMATIC_UPDATER_DISABLED', true );`,
    // Notices and warnings go to wp-content/debug.log, which the test reads.
    `define( 'WP_DEBUG', true );`,
    `define( 'WP_DEBUG_LOG', true );`,
    `define( 'WP_DEBUG_DISPLAY', false );`,
  ].join('\n');
  const source = readFileSync(config, 'utf8').replace("define( 'WP_DEBUG', false );", '');
  if (!source.includes("/* That's all, stop editing!")) throw new Error('wp-config.php: marker not found');
  writeFileSync(config, source.replace("/* That's all, stop editing!", `${constants}\n/* That's all, stop editing!`));

  // The pre-installed admin would otherwise be asked to confirm the admin email on first login.
  writeFileSync(
    join(dir, 'wp-content/mu-plugins/test-environment.php'),
    "<?php\nadd_filter( 'admin_email_check_interval', '__return_zero' );\n",
  );

  const server: ChildProcess = spawn(php, ['-S', `127.0.0.1:${port}`, '-t', dir], { stdio: ['ignore', 'ignore', 'pipe'] });
  let serverLog = '';
  server.stderr!.on('data', (chunk: Buffer) => {
    serverLog = (serverLog + chunk.toString()).slice(-20_000);
  });
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (server.exitCode !== null) throw new Error(`php -S exited (${server.exitCode}): ${serverLog}`);
    try {
      const res = await fetch(`${url}/`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`WordPress did not answer within 30 s: ${serverLog}`);
    await new Promise((r) => setTimeout(r, 100));
  }

  return {
    dir,
    url,
    debugLog: () => {
      const log = join(dir, 'wp-content/debug.log');
      return existsSync(log) ? readFileSync(log, 'utf8') : '';
    },
    stop: async () => {
      if (server.exitCode === null) {
        const exited = new Promise((r) => server.once('exit', r));
        server.kill('SIGTERM');
        await exited;
      }
      if (!process.env.KEEP_WORDPRESS) rmSync(dir, { recursive: true, force: true });
    },
  };
}
