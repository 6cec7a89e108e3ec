/** The pipeline's stages, in order; each is timed separately so the benchmark can say where time goes. */
export const STAGES = ['load', 'extract', 'embed', 'write'] as const;
export type Stage = (typeof STAGES)[number];
export type StageTimings = Record<Stage, number>;

export const emptyTimings = (): StageTimings => ({ load: 0, extract: 0, embed: 0, write: 0 });

/** Runs one stage and adds its wall time (ms) to `timings`, whether it succeeds or throws. */
export async function timed<T>(timings: StageTimings, stage: Stage, work: () => Promise<T> | T): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    timings[stage] += performance.now() - started;
  }
}

export function addTimings(total: StageTimings, part: StageTimings): void {
  for (const stage of STAGES) total[stage] += part[stage];
}
