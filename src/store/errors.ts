import { DomainError, StoreConflictError, StoreError } from '../domain/errors.js';

/**
 * Wraps an engine or driver error as a StoreError carrying the engine's own code, or as a StoreConflictError
 * when the engine says a concurrent write conflicted (safe to retry).
 */
export function toStoreError(error: unknown, context: string, conflictCodes: readonly string[]): DomainError {
  if (error instanceof DomainError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const code = engineCode(error);
  const detail = `${context}: ${firstLine(message)}`;
  if (code !== null && conflictCodes.includes(code)) return new StoreConflictError(detail, code, { cause: error });
  return new StoreError(detail, code, { cause: error });
}

function engineCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const { code, gqlStatus, message } = error as { code?: unknown; gqlStatus?: unknown; message?: unknown };
  // Grafeo puts its precise code (GRAFEO-T001, …) in the message and only a GQLSTATUS class on the error.
  const grafeoCode = typeof message === 'string' ? /GRAFEO-[A-Z]\d{3}/.exec(message)?.[0] : undefined;
  if (grafeoCode) return grafeoCode;
  if (typeof code === 'string') return code;
  if (typeof gqlStatus === 'string') return gqlStatus;
  return null;
}

const firstLine = (text: string): string => text.split('\n', 1)[0] ?? text;

/** Runs write jobs one at a time: the embedded engine rejects concurrent conflicting writers. */
export class WriteQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(job: () => Promise<T>): Promise<T> {
    const result = this.tail.then(job, job);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

/** Retries a job while it fails with a write conflict; conflicts are transient by definition. */
export async function retryOnConflict<T>(job: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await job();
    } catch (error) {
      if (!(error instanceof StoreConflictError) || attempt >= attempts) throw error;
    }
  }
}
