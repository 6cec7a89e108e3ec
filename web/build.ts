/**
 * Builds the web UI: bundles web/src/main.ts (with cytoscape) into web/dist/app.js and copies the page and
 * stylesheet. Nothing is loaded from a CDN. `tsx web/build.ts [--if-stale]` from npm scripts; tests call
 * `buildWebIfStale()`.
 */
import { copyFile, mkdir, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { webDistDir } from './dist-dir.js';

const sourceDir = fileURLToPath(new URL('./src/', import.meta.url));
const STATIC_FILES = ['index.html', 'styles.css', 'favicon.svg'] as const;

export async function buildWeb(): Promise<void> {
  await mkdir(webDistDir, { recursive: true });
  await build({
    entryPoints: [join(sourceDir, 'main.ts')],
    outfile: join(webDistDir, 'app.js'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: true,
    legalComments: 'linked',
    logLevel: 'warning',
  });
  await Promise.all(STATIC_FILES.map((name) => copyFile(join(sourceDir, name), join(webDistDir, name))));
}

async function newestSourceMtime(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const mtime = entry.isDirectory() ? await newestSourceMtime(path) : (await stat(path)).mtimeMs;
    newest = Math.max(newest, mtime);
  }
  return newest;
}

/** The bundle is stale when it is missing or older than any source file, this script, or the installed packages. */
export async function webBundleIsStale(): Promise<boolean> {
  const builtAt = await Promise.all(
    ['app.js', ...STATIC_FILES].map((name) => stat(join(webDistDir, name)).then((s) => s.mtimeMs, () => -1)),
  );
  if (builtAt.some((mtime) => mtime < 0)) return true;
  const inputs = [fileURLToPath(import.meta.url), fileURLToPath(new URL('../package-lock.json', import.meta.url))];
  const inputTimes = await Promise.all(inputs.map((path) => stat(path).then((s) => s.mtimeMs, () => 0)));
  const sourcesAt = Math.max(await newestSourceMtime(sourceDir), ...inputTimes);
  return Math.min(...builtAt) < sourcesAt;
}

export async function buildWebIfStale(): Promise<boolean> {
  if (!(await webBundleIsStale())) return false;
  await buildWeb();
  return true;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const onlyIfStale = process.argv.includes('--if-stale');
  const built = onlyIfStale ? await buildWebIfStale() : (await buildWeb(), true);
  if (process.stdout.isTTY) console.log(built ? `web UI built in ${webDistDir}` : 'web UI is up to date');
}
