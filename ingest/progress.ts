import { SingleBar, Presets } from 'cli-progress';
import type { IngestProgress } from './pipeline.js';

/**
 * A progress bar on stderr for interactive runs: files done, passages written, passage rate and ETA.
 * Returns a no-op reporter when stderr is not a TTY, so pipes and --json stay quiet.
 */
export function createProgressReporter(enabled: boolean): { onProgress(event: IngestProgress): void; stop(): void } {
  if (!enabled || !process.stderr.isTTY) return { onProgress: () => undefined, stop: () => undefined };
  const bar = new SingleBar(
    {
      stream: process.stderr,
      format: 'ingest [{bar}] {value}/{total} files | {passages} passages | {rate} passages/s | ETA {eta_formatted} | {file}',
      hideCursor: true,
      etaBuffer: 20,
    },
    Presets.shades_classic,
  );
  const started = performance.now();
  let passages = 0;
  return {
    onProgress(event) {
      if (event.kind === 'start') {
        bar.start(event.files, 0, { passages: 0, rate: 0, file: '' });
        return;
      }
      if (event.outcome && event.outcome.status !== 'unchanged') passages += event.outcome.passages;
      const seconds = (performance.now() - started) / 1000;
      bar.update(event.index, { passages, rate: seconds > 0 ? Math.round(passages / seconds) : 0, file: event.failure?.source ?? event.outcome?.source ?? '' });
    },
    stop: () => bar.stop(),
  };
}
