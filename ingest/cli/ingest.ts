import { Command } from 'commander';
import { type Config, loadConfig } from '../../src/config.js';
import { type Embedder, EmbedderUnavailableError, loadEmbedder } from '../../src/search/embedder.js';
import { createStore, seedReference } from '../../src/store/index.js';
import { ingestPaths } from '../pipeline.js';
import { createProgressReporter } from '../progress.js';

const program = new Command()
  .name('ingest')
  .description('Ingest PDF, DOCX, TXT, Markdown and HTML files (folders are walked recursively) into the graph store.')
  .argument('<paths...>', 'files or folders')
  .option('--json', 'print one JSON line with the store totals and this run\'s skipped and failed counts')
  .action(async (paths: string[], options: { json?: boolean }) => {
    const config = loadConfig();
    const store = await createStore(config);
    try {
      await seedReference(store);
      const embedder = await loadEmbedderOrWarn(config);
      const progress = createProgressReporter(!options.json);
      const limits = { maxBytes: config.MAX_FILE_BYTES, parseTimeoutMs: config.PARSE_TIMEOUT_MS };
      const summary = await ingestPaths(paths, { store, embedder, limits }, progress.onProgress);
      progress.stop();
      for (const failure of summary.failed) process.stderr.write(`error: ${failure.source}: ${failure.reason}\n`);
      const totals = await store.counts();
      if (options.json) {
        process.stdout.write(`${JSON.stringify({ ...totals, skipped: summary.skipped, failed: summary.failed.length })}\n`);
      } else {
        process.stdout.write(
          `${summary.files} files: ${summary.written} written, ${summary.replaced} replaced, ${summary.skipped} unchanged, ` +
            `${summary.failed.length} failed; store now holds ${totals.documents} documents, ${totals.passages} passages, ` +
            `${totals.entities} entities, ${totals.relationships} relationships\n`,
        );
      }
      if (summary.failed.length > 0) process.exitCode = 1;
    } finally {
      await store.close();
    }
  });

/** Without a model the run still stores documents for lexical search; say so once, on stderr. */
async function loadEmbedderOrWarn(config: Config): Promise<Embedder | null> {
  try {
    return await loadEmbedder(config);
  } catch (error) {
    if (!(error instanceof EmbedderUnavailableError)) throw error;
    process.stderr.write(`warning: ${error.message}; storing passages without embeddings\n`);
    return null;
  }
}

try {
  await program.parseAsync();
} catch (error) {
  process.stderr.write(`error: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`);
  process.exitCode = 2;
}
