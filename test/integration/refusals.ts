import { createHash } from 'node:crypto';
import { expect } from 'vitest';
import { type RunningApp, uploadBytes } from '../browser/harness.js';

/**
 * An upload refused with its reason and nothing stored: a problem+json naming the file field, the reason after the
 * file's name, the same store counts as before, and no document under the file's content hash.
 */
export async function expectUploadRefused(
  app: Pick<RunningApp, 'url' | 'counts' | 'store'>,
  bytes: Uint8Array,
  name: string,
  status: number,
  reason: string | RegExp,
): Promise<void> {
  const before = await app.counts();
  const response = await uploadBytes(app, bytes, name);
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const problem = (await response.json()) as { status: number; detail: string; field?: string };
  expect(problem.status).toBe(status);
  expect(problem.field).toBe('file');
  expect(problem.detail.startsWith(`${name}: `)).toBe(true);
  const given = problem.detail.slice(name.length + 2);
  if (typeof reason === 'string') expect(given).toBe(reason);
  else expect(given).toMatch(reason);
  expect(await app.counts()).toEqual(before);
  expect(await app.store.documentStateBySha(createHash('sha256').update(bytes).digest('hex'))).toBeNull();
}
