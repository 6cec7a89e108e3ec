/**
 * `ingest --server URL`: sends each file to a running server's upload route (POST /api/documents with the bearer
 * API_TOKEN), for when that server holds the embedded store and no other process may open it.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { z } from 'zod';
import { DomainError } from '../../src/domain/errors.js';
import type { FailedFile } from '../pipeline.js';
import { discoverFiles } from '../stages/discover.js';
import type { RunCounts, RunReport } from './run-report.js';

/**
 * The fields of the API's upload answer (UploadOutcome in src/api/schemas/documents.ts) this client reads: it talks
 * to the server over HTTP, as the web UI does, and imports none of its code.
 */
const UploadOutcomeSchema = z.object({
  status: z.enum(['written', 'replaced', 'unchanged']),
  passages: z.number().int(),
  entities: z.number().int(),
  relationships: z.number().int(),
  totals: z.object({ documents: z.number().int(), passages: z.number().int(), entities: z.number().int(), relationships: z.number().int() }),
});

/** The server cannot take files at all (unreachable, no or wrong token): the run stops at the first file. */
export class ServerRefusedError extends DomainError {}

const Problem = z.object({ title: z.string().optional(), detail: z.string().optional() });

export async function uploadPaths(paths: string[], server: { url: string; token: string | undefined }): Promise<RunReport> {
  if (!server.token) throw new ServerRefusedError('--server needs API_TOKEN (the token the server was started with) in the environment or .env');
  const endpoint = new URL('/api/documents', server.url);
  const files = await discoverFiles(paths);
  const run: RunCounts = { files: files.length, written: 0, replaced: 0, unchanged: 0, failed: 0, passages: 0, entities: 0, relationships: 0 };
  const failures: FailedFile[] = [];
  let store: RunReport['store'] = null;

  for (const path of files) {
    const source = basename(path);
    const form = new FormData();
    form.append('file', new Blob([await readFile(path)]), source);
    let response: Response;
    try {
      response = await fetch(endpoint, { method: 'POST', headers: { authorization: `Bearer ${server.token}` }, body: form });
    } catch (error) {
      const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
      throw new ServerRefusedError(`cannot reach the server at ${endpoint.origin}: ${cause}`);
    }
    const body: unknown = await response.json().catch(() => null);
    if (response.status === 401 || response.status === 403) {
      throw new ServerRefusedError(`the server at ${endpoint.origin} refused the upload: ${problemText(body, response)}`);
    }
    if (!response.ok) {
      failures.push({ path, source, reason: problemText(body, response) });
      run.failed += 1;
      continue;
    }
    const outcome = UploadOutcomeSchema.parse(body);
    store = outcome.totals;
    if (outcome.status === 'unchanged') {
      run.unchanged += 1;
      continue;
    }
    run[outcome.status] += 1;
    run.passages += outcome.passages;
    run.entities += outcome.entities;
    run.relationships += outcome.relationships;
  }
  return { run, store, failures };
}

function problemText(body: unknown, response: Response): string {
  const problem = Problem.safeParse(body);
  const text = problem.success ? (problem.data.detail ?? problem.data.title) : undefined;
  return text ?? `HTTP ${response.status} ${response.statusText}`;
}
