/**
 * bench:extract — extraction speed (documents/s, passages/s) over the seed corpus in its three formats and over a
 * synthetic 1,000-document set (bench/synthetic-corpus.ts). Files are loaded first and only `extractDocument` is
 * timed, so the figures are the rules' own cost. Prints a markdown table.
 */
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { LoadedDocument } from '../src/domain/document.js';
import { extractDocument } from '../src/extract/index.js';
import { loadFile } from '../ingest/loaders/index.js';
import { parseTxt } from '../ingest/loaders/txt.js';
import { writeSyntheticCorpus } from './synthetic-corpus.js';

const CORPUS = resolve(process.env.BENCH_CORPUS ?? '../shared/corpus');
const SYNTHETIC_DOCUMENTS = Number(process.env.BENCH_SYNTHETIC_DOCUMENTS ?? 1_000);
// The seed sets are small: repeat them so the timing is not one cold pass.
const SEED_ROUNDS = 20;

interface Row {
  readonly set: string;
  readonly documents: number;
  readonly passages: number;
  readonly entities: number;
  readonly seconds: number;
}

async function loadAll(paths: readonly string[]): Promise<LoadedDocument[]> {
  const loaded: LoadedDocument[] = [];
  for (const path of paths) loaded.push(await loadFile(path));
  return loaded;
}

function time(set: string, documents: readonly LoadedDocument[], rounds: number): Row {
  for (const d of documents) extractDocument(d); // warm-up: compiled regexes, the word list, JIT
  let passages = 0;
  let entities = 0;
  const started = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) {
    for (const d of documents) {
      const x = extractDocument(d);
      passages += x.passages.length;
      entities += x.entities.length;
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { set, documents: documents.length * rounds, passages, entities, seconds };
}

const filesIn = async (dir: string): Promise<string[]> => (await readdir(dir)).sort().map((f) => join(dir, f));

const rows: Row[] = [];
for (const set of ['seeds', 'seeds-docx', 'seeds-pdf']) {
  rows.push(time(`${set} (×${SEED_ROUNDS})`, await loadAll(await filesIn(join(CORPUS, set))), SEED_ROUNDS));
}
// Linearity: one short line repeated 10k/20k/40k times should take twice the time at each step, not four times.
const REPEATED_LINE = 'Resolution 140 (Rev. Dubai, 2018) instructs the Secretary-General to report to Council-23 on the WSIS Forum 2023.';
for (const lines of [10_000, 20_000, 40_000]) {
  const text = Array.from({ length: lines }, () => REPEATED_LINE).join('\n');
  const parsed = parseTxt(text);
  const loaded: LoadedDocument = { source: `repeated-${lines}.txt`, format: 'txt', sha256: createHash('sha256').update(text).digest('hex'), byteLength: text.length, pageCount: null, blocks: parsed.blocks, warnings: [] };
  rows.push(time(`one line ×${lines}`, [loaded], 1));
}

const dir = await mkdtemp(join(tmpdir(), 'bench-extract-'));
try {
  const synthetic = await loadAll(await writeSyntheticCorpus(dir, SYNTHETIC_DOCUMENTS));
  rows.push(time(`synthetic ${SYNTHETIC_DOCUMENTS}`, synthetic, 1));
} finally {
  await rm(dir, { recursive: true, force: true });
}

process.stdout.write('| set | documents | passages | entities | seconds | docs/s | passages/s |\n|---|---:|---:|---:|---:|---:|---:|\n');
for (const r of rows) {
  process.stdout.write(
    `| ${r.set} | ${r.documents} | ${r.passages} | ${r.entities} | ${r.seconds.toFixed(2)} | ${(r.documents / r.seconds).toFixed(0)} | ${(r.passages / r.seconds).toFixed(0)} |\n`,
  );
}
