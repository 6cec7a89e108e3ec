import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticCorpus } from '../../bench/synthetic-corpus.js';
import { loadConfig } from '../../src/config.js';
import { createStore } from '../../src/store/index.js';
import { queries } from '../../src/store/queries/index.js';
import { finished, runIngest, startIngest } from './ingest-cli-helpers.js';

/**
 * Documents are written in transactions of up to 32: with 160 there are five commits, so "some documents, not all"
 * spans most of the write phase, not the one gap between two commits that 40 documents left (a kill timed by a
 * delay missed it on a loaded machine).
 */
const DOCUMENTS = 160;
const temporary: string[] = [];
const tempDir = async (prefix: string) => {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  temporary.push(dir);
  return dir;
};

interface StoredDocument {
  passages: number;
  /** Document nodes in the store: a document node without passages would be a half-written document. */
  declared: number;
  facts: unknown[];
}

/**
 * Every ingested document with its facts (mentions, citations), read through a fresh store handle (as after a
 * restart) with the reads the search index and the document page use.
 */
async function snapshot(dataDir: string): Promise<Map<string, StoredDocument>> {
  const store = await createStore(loadConfig({ DATA_DIR: dataDir }));
  try {
    const passages = new Map<string, number>();
    for (const row of await store.run(queries.searchPassages, { document: null })) passages.set(row.document, (passages.get(row.document) ?? 0) + 1);
    const { documents: declared } = await store.counts();
    const documents = new Map<string, StoredDocument>();
    for (const [key, count] of [...passages].sort(([a], [b]) => a.localeCompare(b))) {
      const mentions = await store.run(queries.searchMentions, { document: key });
      const cites = await store.run(queries.documentCites, { key });
      const order = (rows: object[]) => rows.map((row) => JSON.stringify(row)).sort();
      documents.set(key, { passages: count, declared, facts: [...order(mentions), ...order(cites)] });
    }
    return documents;
  } finally {
    await store.close();
  }
}

describe('ingest killed with SIGKILL mid-write', () => {
  let corpus: string;
  let complete: Awaited<ReturnType<typeof snapshot>>;

  beforeAll(async () => {
    corpus = await tempDir('crash-corpus-');
    await writeSyntheticCorpus(corpus, DOCUMENTS);
    const reference = await tempDir('crash-reference-');
    const run = await runIngest([corpus, '--json'], reference);
    expect(run.code).toBe(0);
    complete = await snapshot(reference);
    expect(complete.size).toBe(DOCUMENTS);
  }, 300_000);

  afterAll(async () => {
    await Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it('leaves each document fully present or absent, and a re-run completes the rest', async () => {
    // The kill must land after some documents and before the last: adjust the delay until it does.
    let survivors: Awaited<ReturnType<typeof snapshot>> | null = null;
    let dataDir = '';
    let delayMs = 4_000;
    for (let attempt = 0; attempt < 8 && survivors === null; attempt += 1) {
      dataDir = await tempDir('crash-data-');
      const child = startIngest([corpus, '--json'], dataDir);
      const exit = finished(child);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      child.kill('SIGKILL');
      const run = await exit;
      const state = run.signal === 'SIGKILL' ? await snapshot(dataDir) : complete;
      if (state.size > 0 && state.size < DOCUMENTS) survivors = state;
      else delayMs = state.size === 0 ? delayMs * 1.5 : delayMs * 0.6;
    }
    expect(survivors, 'no attempt killed the ingest between two documents').not.toBeNull();

    for (const [key, stored] of survivors ?? []) {
      const expected = complete.get(key);
      expect(expected, key).toBeDefined();
      expect(stored.passages, key).toBe(expected?.passages);
      expect(stored.declared, key).toBe(survivors?.size);
      expect(stored.facts, key).toEqual(expected?.facts);
    }

    const rerun = await runIngest([corpus, '--json'], dataDir);
    expect(rerun.code).toBe(0);
    const { run, store } = JSON.parse(rerun.stdout.trim()) as { run: { unchanged: number }; store: { documents: number } };
    expect(store.documents).toBe(DOCUMENTS);
    expect(run.unchanged).toBe(survivors?.size);
    expect(await snapshot(dataDir)).toEqual(complete);
  }, 600_000);
});
