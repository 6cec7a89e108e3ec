/**
 * The real server (`src/api/main.ts`) in its own process, as `npm start` runs it: a test that measures how the
 * server answers under load must not share its event loop or its memory with the test's client.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface ServerProcess {
  url: string;
  /** What the server has logged so far (stderr): shown when a test sees a 5xx. */
  log(): string;
  /** Resident memory of the server process alone, and of its child processes (the isolated pool). */
  residentBytes(): { server: number; children: number };
  stop(): Promise<void>;
}

export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const dataDir = await mkdtemp(join(tmpdir(), 'wsis-server-'));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', resolve('src/api/main.ts')], {
    env: { ...process.env, DATA_DIR: dataDir, HOST: '127.0.0.1', PORT: '0', AUTO_INGEST_SAMPLE: 'false', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => {
    log = (log + chunk).slice(-20_000);
  });
  const url = await new Promise<string>((ready, fail) => {
    child.stderr?.on('data', () => {
      const listening = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(log);
      if (listening?.[1]) ready(listening[1]);
    });
    child.once('exit', (code) => fail(new Error(`server exited (code ${code}) before listening:\n${log}`)));
  });
  const pid = child.pid as number;
  return {
    url,
    log: () => log,
    residentBytes: () => ({ server: residentBytes(pid), children: childPids(pid).reduce((sum, id) => sum + residentBytes(id), 0) }),
    async stop() {
      child.kill('SIGTERM');
      if (child.exitCode === null) await once(child, 'exit');
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

function residentBytes(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * 4096;
  } catch {
    return 0;
  }
}

function childPids(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}
