/**
 * Probes a server's /api/health every 250 ms while some work runs: the heavy-input suites assert that every probe
 * is answered, and print how late the worst one was (from when it was due) for the README.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';

export const PROBE_EVERY_MS = 250;
/** A probe this late means the API froze (the issue measured 7.7 s to minutes); noise here is tens of ms. */
export const FROZEN_MS = 5_000;

export interface Probes {
  answered: number;
  failed: number;
  /** What each failed probe got: its status and body, or the fetch error. */
  failures: string[];
  /** From the moment a probe was due to its answer: a blocked event loop delays both. */
  worstMs: number;
  /** The longest this (client) process's event loop was held: probes it delays are the client's, not the server's. */
  loopBlockedMs: number;
}

/** Probes `${url}/api/health` every 250 ms until `work` settles; each probe is timed from when it was due. */
export async function probeHealthDuring<T>(url: string, work: Promise<T>): Promise<{ result: T; probes: Probes }> {
  const probes: Probes = { answered: 0, failed: 0, failures: [], worstMs: 0, loopBlockedMs: 0 };
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  let done = false;
  const settled = work.finally(() => {
    done = true;
  });
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let n = 1; !done; n += 1) {
    const due = started + n * PROBE_EVERY_MS;
    await Promise.race([new Promise((wake) => setTimeout(wake, Math.max(0, due - performance.now()))), settled.catch(() => undefined)]);
    if (done) break;
    inFlight.push(
      fetch(`${url}/api/health`, { signal: AbortSignal.timeout(FROZEN_MS * 4) }).then(
        async (response) => {
          const body = await response.text();
          probes.worstMs = Math.max(probes.worstMs, performance.now() - due);
          if (response.status === 200) probes.answered += 1;
          else {
            probes.failed += 1;
            probes.failures.push(`${response.status} ${body.slice(0, 200)}`);
          }
        },
        (error: unknown) => {
          probes.failed += 1;
          const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
          probes.failures.push(`${String(error)}${cause}`);
        },
      ),
    );
  }
  await Promise.all(inFlight);
  loop.disable();
  probes.loopBlockedMs = loop.max / 1e6;
  return { result: await settled, probes };
}
