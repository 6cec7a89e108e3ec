import { Command } from 'commander';
import { type Config, loadConfig } from '../../src/config.js';
import { StoreLockedError } from '../../src/domain/errors.js';
import { type Embedder, EmbedderUnavailableError, loadEmbedder } from '../../src/search/embedder.js';
import { createStore, seedReference } from '../../src/store/index.js';
import { ingestPaths } from '../pipeline.js';
import { createProgressReporter } from '../progress.js';
import { jsonLine, type RunReport, runCountsOf, textLine } from './run-report.js';
import { uploadPaths } from './upload-client.js';

const program = new Command()
  .name('ingest')
  .description('Ingest PDF, DOCX, TXT, Markdown and HTML files (folders are walked recursively) into the graph store.')
  .argument('<paths...>', 'files or folders')
  .option('--json', 'print one JSON line: {"run": this run\'s counts, "store": the store\'s totals}')
  .option('--server <url>', 'send the files to the server running at <url> (its upload route, with API_TOKEN) instead of opening the store')
  .action(async (paths: string[], options: { json?: boolean; server?: string }) => {
    const config = loadConfig();
    const report = options.server
      ? await uploadPaths(paths, { url: options.server, token: config.API_TOKEN })
      : await ingestIntoStore(paths, config, !options.json);
    for (const failure of report.failures) process.stderr.write(`error: ${failure.source}: ${failure.reason}\n`);
    process.stdout.write(options.json ? jsonLine(report) : textLine(report));
    if (report.failures.length > 0) process.exitCode = 1;
  });

async function ingestIntoStore(paths: string[], config: Config, showProgress: boolean): Promise<RunReport> {
  const store = await createStore(config).catch((error: unknown) => {
    throw error instanceof StoreLockedError ? new Error(lockedAdvice(error, config), { cause: error }) : error;
  });
  try {
    await seedReference(store);
    const embedder = await loadEmbedderOrWarn(config);
    const progress = createProgressReporter(showProgress);
    const limits = { maxBytes: config.MAX_FILE_BYTES, parseTimeoutMs: config.PARSE_TIMEOUT_MS };
    const summary = await ingestPaths(paths, { store, embedder, limits }, progress.onProgress);
    progress.stop();
    return { run: runCountsOf(summary), store: await store.counts(), failures: summary.failed };
  } finally {
    await store.close();
  }
}

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

/** The one case a user hits by running ingest beside `npm start`: say what holds the store and the two ways out. */
function lockedAdvice(error: StoreLockedError, config: Config): string {
  const host = ['0.0.0.0', '::'].includes(config.HOST) ? '127.0.0.1' : config.HOST;
  return (
    `${error.message} (a running \`npm start\`?). Either send the files through that server: ` +
    `\`npm run ingest -- --server http://${host}:${config.PORT} <files…>\` (with API_TOKEN set to the server's token), ` +
    'or stop the server and run ingest again.'
  );
}

try {
  await program.parseAsync();
} catch (error) {
  process.stderr.write(`error: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`);
  process.exitCode = 2;
}
