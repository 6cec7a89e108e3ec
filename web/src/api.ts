/** Calls to the JSON API. Responses are checked with zod so a contract drift shows as a clear error, not a blank page. */
import type * as z from 'zod/mini';
import { ProblemSchema } from './schemas.js';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

async function failure(response: Response): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  const problem = ProblemSchema.safeParse(body);
  const reason = problem.success ? (problem.data.detail ?? problem.data.title) : response.statusText;
  return new ApiError(response.status, `${response.status} ${reason ?? 'request failed'}`);
}

export async function getJson<S extends z.ZodMiniType>(
  path: string,
  params: Record<string, string | number | undefined>,
  schema: S,
  signal?: AbortSignal,
): Promise<z.infer<S>> {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') query.set(name, String(value));
  }
  const url = query.size > 0 ? `${path}?${query}` : path;
  const response = await fetch(url, { headers: { accept: 'application/json' }, signal: signal ?? null });
  if (!response.ok) throw await failure(response);
  const parsed = schema.safeParse(await response.json());
  if (!parsed.success) throw new ApiError(response.status, `unexpected response from ${path}: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

/** Sends a write with the bearer token the user typed (never stored beyond this browser tab). */
export async function sendWithToken<S extends z.ZodMiniType>(
  method: 'POST' | 'DELETE',
  path: string,
  token: string,
  body: FormData | null,
  schema: S,
): Promise<z.infer<S>> {
  const response = await fetch(path, { method, body, headers: { authorization: `Bearer ${token}`, accept: 'application/json' } });
  if (!response.ok) throw await failure(response);
  const parsed = schema.safeParse(response.status === 204 ? {} : await response.json());
  if (!parsed.success) throw new ApiError(response.status, `unexpected response from ${path}: ${parsed.error.issues[0]?.message}`);
  return parsed.data;
}

/** Key path segments are encoded whole: `ITU-PP/140` becomes `ITU-PP%2F140`. */
export const keyPath = (prefix: string, key: string, suffix = ''): string => `${prefix}/${encodeURIComponent(key)}${suffix}`;
