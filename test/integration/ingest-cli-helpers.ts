import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export { SEED_TXT as SEEDS } from '../paths.js';

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Starts the real ingest CLI (through tsx, as `npm run ingest` does) with its own DATA_DIR. */
export function startIngest(args: string[], dataDir: string, extraEnv: NodeJS.ProcessEnv = {}): ChildProcess {
  // Always the embedded store in its own folder, whatever the caller's environment points at.
  const { NEO4J_URI: _neo4j, ...env } = process.env;
  return spawn(process.execPath, ['--import', 'tsx', 'ingest/cli/ingest.ts', ...args], {
    cwd: PROJECT_ROOT,
    env: { ...env, ...extraEnv, DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export function finished(child: ChildProcess): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

export const runIngest = (args: string[], dataDir: string, extraEnv: NodeJS.ProcessEnv = {}): Promise<CliRun> =>
  finished(startIngest(args, dataDir, extraEnv));
