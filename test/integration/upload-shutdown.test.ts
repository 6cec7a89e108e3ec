/**
 * An upload that arrives while the server shuts down is refused as "service unavailable" (503 with Retry-After),
 * not as a bad file: nothing is wrong with it, and the same request succeeds against the server once it is back.
 * The isolated pool is closed here as main.ts closes it on SIGTERM (this file's process has a pool of its own).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IsolatedPool, isolatedPool } from '../../ingest/isolation/pool.js';
import { resolveLoadLimits } from '../../ingest/loaders/limits.js';
import { ServiceUnavailableError } from '../../src/domain/errors.js';
import { type RunningApp, startApp, uploadBytes } from '../browser/harness.js';

let app: RunningApp;
beforeAll(async () => {
  app = await startApp({ seeds: false, model: false });
});
afterAll(async () => app?.close());

describe('uploads while the server shuts down', () => {
  it('are refused with 503 and Retry-After, the store left as it was', async () => {
    const text = Buffer.from('The lighthouse keepers log storm warnings for the fishing fleet every night.\n');
    const before = await app.counts();
    isolatedPool().close();
    const response = await uploadBytes(app, text, 'lighthouse.txt');
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('30');
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(((await response.json()) as { detail: string }).detail).toBe('the service is shutting down; send the file again shortly');
    expect(await app.counts()).toEqual(before);
  });

  it('refuse the file in preparation and any waiting behind it the same way', async () => {
    const pool = new IsolatedPool(1);
    const bytes = Buffer.from('The Council resolves to strengthen cooperation on action lines.\n'.repeat(50_000));
    const job = { kind: 'prepare' as const, bytes, name: 'long.txt', limits: resolveLoadLimits({}) };
    const running = pool.run(job, 60_000);
    const waiting = pool.run(job, 60_000);
    pool.close();
    await expect(running).rejects.toBeInstanceOf(ServiceUnavailableError);
    await expect(waiting).rejects.toBeInstanceOf(ServiceUnavailableError);
  });
});
