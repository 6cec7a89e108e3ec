/**
 * eval:search — fits the ranking weights by k-fold cross-validation over every dev question and prints train and
 * held-out figures per set, for both modes (hybrid: with the embedding model; lexical: without).
 *
 * One store holds the seeds, the PP-18 resolutions and the documents the project's dev sets ask about. Questions:
 * test/fixtures/search (passage search), ../shared/eval/gold/{seeds,pp18}-questions.json (passage search),
 * the mandates of ../shared/eval/gold/{seeds,pp18}-trace.json and test/fixtures/trace/dev.json (/api/mandates).
 * Each set is split into folds; weights are fitted on k−1 folds and scored on the one left out.
 *
 *   npm run eval:search              figures only
 *   npm run eval:search -- --write   also fits on every question and writes src/search/ranking-weights.json
 *   npm run eval:search -- --no-fit  scores the weights in ranking-weights.json only (SHOW_MISSES=1 lists misses)
 *   --mode hybrid|lexical            one mode only
 *
 * EVAL_DATA_DIR reuses an ingested store between runs (ingest is skipped when it holds documents).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { ingestPaths } from '../ingest/pipeline.js';
import { loadConfig } from '../src/config.js';
import { loadEmbedder, type Embedder } from '../src/search/embedder.js';
import { MandateRanker } from '../src/search/mandate-ranking.js';
import { FITTED_WEIGHTS, RANKING_WEIGHTS_PATH, type RankingFile, type RankingMode, type RankingWeights, SIGNALS, type SignalValues } from '../src/search/ranking.js';
import type { Candidate } from '../src/search/search-index.js';
import { createSearchService, isCloseMatch, type SearchService } from '../src/search/service.js';
import { createStore, seedReference } from '../src/store/index.js';
import type { GraphStore } from '../src/store/port.js';
import { rankableMandates } from '../src/trace/mandates.js';
import { type Figures, figuresOf, fitBagged, type Judged, neutralStart } from './fit.js';

const SHARED = resolve('../shared');
const FOLDS = 5;
const DOCUMENTS = [
  join(SHARED, 'corpus/seeds'),
  join(SHARED, 'corpus/itu-pp18'),
  resolve('test/fixtures/extract'),
  join(SHARED, 'corpus/real-world/WSIS-03-GENEVA-DOC-5_PoA-ActionLines-C1-C11_excerpt.html'),
  join(SHARED, 'corpus/real-world/WSIS-SDG-Matrix_ActionLines-x-SDG-targets.md'),
];

if (!existsSync(join(SHARED, 'eval/gold'))) {
  console.log('eval:search skipped: ../shared (corpus and gold) is not beside this checkout');
  process.exit(0);
}

const QuestionFile = z.object({ questions: z.array(z.object({ q: z.string().min(1), answers: z.array(z.string().min(1)).min(1) })) });
const TraceFile = z.object({
  mandates: z.array(z.object({ activity: z.string().min(1), resolution: z.string(), addressee: z.string().optional() })).default([]),
});

/** The official scorers' matching: case- and whitespace-insensitive, curly apostrophes straightened. */
const norm = (text: string): string => String(text).toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim();

/** Folds by a hash of the question, within each set: stable across runs and machines, blind to content. */
const foldsOf = (texts: string[]): number[] => {
  const order = texts
    .map((text, i) => ({ i, hash: createHash('sha256').update(text).digest('hex') }))
    .sort((a, b) => a.hash.localeCompare(b.hash));
  const folds = new Array<number>(texts.length);
  order.forEach(({ i }, position) => (folds[i] = position % FOLDS));
  return folds;
};

const rowsOf = (candidates: Candidate[]): Float64Array[] => candidates.map((c) => Float64Array.from(SIGNALS.map((s) => c.signals[s])));

async function searchSets(): Promise<{ name: string; questions: { q: string; answers: string[] }[] }[]> {
  const fixtures = resolve('test/fixtures/search');
  const sets = [];
  for (const file of (await readdir(fixtures)).filter((name) => name.endsWith('.json')).sort()) {
    sets.push({ name: `dev/${file.replace(/\.json$/, '')}`, ...QuestionFile.parse(JSON.parse(await readFile(join(fixtures, file), 'utf8'))) });
  }
  for (const name of ['seeds', 'pp18']) {
    const file = join(SHARED, `eval/gold/${name}-questions.json`);
    sets.push({ name: `gold/${name}`, ...QuestionFile.parse(JSON.parse(await readFile(file, 'utf8'))) });
  }
  return sets;
}

async function mandateSets(): Promise<{ name: string; mandates: z.infer<typeof TraceFile>['mandates'] }[]> {
  const files: [string, string][] = [
    ['dev/trace', resolve('test/fixtures/trace/dev.json')],
    ['gold/seeds-trace', join(SHARED, 'eval/gold/seeds-trace.json')],
    ['gold/pp18-trace', join(SHARED, 'eval/gold/pp18-trace.json')],
  ];
  const sets = [];
  for (const [name, file] of files) sets.push({ name, mandates: TraceFile.parse(JSON.parse(await readFile(file, 'utf8'))).mandates });
  return sets;
}

/** Every dev question with its candidates' signals in one mode. */
async function judge(store: GraphStore, search: SearchService, embedder: Embedder | null): Promise<Judged[]> {
  const judged: Judged[] = [];
  for (const set of await searchSets()) {
    const folds = foldsOf(set.questions.map((question) => question.q));
    for (const [i, { q, answers }] of set.questions.entries()) {
      const candidates = await search.candidates({ q });
      judged.push({
        set: set.name,
        question: q,
        rows: rowsOf(candidates),
        keys: candidates.map((c) => c.passage.key),
        relevant: candidates.map((c) => answers.some((answer) => norm(c.passage.text).includes(norm(answer)))),
        fold: folds[i]!,
      });
    }
  }
  const { mandates } = await rankableMandates(store);
  const byKey = new Map(mandates.map((m) => [m.key, m]));
  const ranker = new MandateRanker(embedder);
  for (const set of await mandateSets()) {
    const folds = foldsOf(set.mandates.map((m) => m.activity));
    for (const [i, gold] of set.mandates.entries()) {
      const candidates = await ranker.candidates(gold.activity, mandates);
      judged.push({
        set: set.name,
        question: gold.activity,
        rows: rowsOf(candidates),
        keys: candidates.map((c) => c.passage.key),
        relevant: candidates.map((c) => {
          const m = byKey.get(c.passage.key)!;
          return m.resolution === gold.resolution && (!gold.addressee || norm(m.addressee).includes(norm(gold.addressee)));
        }),
        fold: folds[i]!,
      });
    }
  }
  return judged;
}

const f3 = (x: number): string => x.toFixed(3);
const line = (figures: Figures): string => `Hit@1 ${f3(figures.hit1)} Hit@5 ${f3(figures.hit5)} MRR@10 ${f3(figures.mrr10)}`;

interface ModeReport {
  perSet: Record<string, { questions: number; train: Figures; heldOut: Figures; all: Figures }>;
  weights: RankingWeights;
}

/** k-fold: fit on k−1 folds, score the held-out fold; train figures are each fold's fit on its own training part. */
function crossValidate(judged: Judged[], mode: RankingMode): ModeReport {
  // Every fit starts from the same neutral weights, never from ranking-weights.json: those were fitted on all the
  // questions, the held-out fold's included, and starting there would leak it into its own held-out figures.
  const start = neutralStart(mode === 'lexical' ? ['vector'] : []);
  const options = { frozen: mode === 'lexical' ? (['vector'] as const) : [], negative: ['label'] as const };
  const heldOutWeights = new Map<Judged, RankingWeights>();
  const trainParts: { weights: RankingWeights; questions: Judged[] }[] = [];
  for (let fold = 0; fold < FOLDS; fold += 1) {
    const training = judged.filter((question) => question.fold !== fold);
    const weights = fitBagged(training, start, options);
    for (const question of judged) if (question.fold === fold) heldOutWeights.set(question, weights);
    trainParts.push({ weights, questions: training });
    console.error(`  ${mode} fold ${fold + 1}/${FOLDS}: ${JSON.stringify(weights)}`);
  }
  const weights = fitBagged(judged, start, options);
  const perSet: ModeReport['perSet'] = {};
  for (const set of [...new Set(judged.map((question) => question.set))]) {
    const questions = judged.filter((question) => question.set === set);
    const heldOut = mergeFigures(questions.map((question) => figuresOf([question], heldOutWeights.get(question)!)));
    const train = mergeFigures(trainParts.flatMap(({ weights: w, questions: part }) => part.filter((q) => q.set === set).map((q) => figuresOf([q], w))));
    perSet[set] = { questions: questions.length, train, heldOut, all: figuresOf(questions, weights) };
  }
  return { perSet, weights };
}

/** Figures of the weights in ranking-weights.json, and with SHOW_MISSES=1 each question not answered first. */
function reportFixed(judged: Judged[], mode: RankingMode): void {
  const weights = FITTED_WEIGHTS[mode];
  console.log(`\n${mode}, weights of ranking-weights.json`);
  for (const set of [...new Set(judged.map((question) => question.set))]) {
    const questions = judged.filter((question) => question.set === set);
    const flagged = questions.filter((question) => !isCloseMatch(topSignals(question, weights))).length;
    console.log(`${set.padEnd(22)} ${String(questions.length).padStart(3)}  ${line(figuresOf(questions, weights))}  no close match ${flagged}`);
    if (!process.env.SHOW_MISSES) continue;
    for (const question of questions) {
      const figures = figuresOf([question], weights);
      if (figures.hit1 === 1) continue;
      const rank = figures.mrr10 > 0 ? Math.round(1 / figures.mrr10) : '-';
      console.log(`    rank ${rank}${question.relevant.some(Boolean) ? '' : ' (no answer among candidates)'}: ${question.question}`);
    }
  }
}

/** The signals of the candidate these weights rank first. */
function topSignals(question: Judged, weights: RankingWeights): SignalValues {
  const vector = SIGNALS.map((signal) => weights[signal]);
  let best = -1;
  let bestScore = -Infinity;
  question.rows.forEach((row, i) => {
    const score = row.reduce((sum, value, j) => sum + value * vector[j]!, 0);
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  const row = question.rows[best];
  return Object.fromEntries(SIGNALS.map((signal, i) => [signal, row?.[i] ?? 0])) as SignalValues;
}

function mergeFigures(list: Figures[]): Figures {
  const n = list.length || 1;
  return {
    questions: list.length,
    hit1: list.reduce((sum, f) => sum + f.hit1, 0) / n,
    hit5: list.reduce((sum, f) => sum + f.hit5, 0) / n,
    mrr10: list.reduce((sum, f) => sum + f.mrr10, 0) / n,
  };
}

const config = loadConfig({
  ...process.env,
  MODELS_DIR: process.env.MODELS_DIR ?? join(SHARED, 'models'),
  EMBEDDING_MODEL: process.env.EMBEDDING_MODEL ?? 'local/glove-100d-bert-uncased',
  LOG_LEVEL: 'silent',
  AUTO_INGEST_SAMPLE: 'false',
});
const reuse = process.env.EVAL_DATA_DIR;
const dataDir = reuse ?? (await mkdtemp(join(tmpdir(), 'eval-search-')));
const store = await createStore({ ...config, DATA_DIR: dataDir });
const embedder = await loadEmbedder(config);
try {
  if ((await store.counts()).documents === 0) {
    await seedReference(store);
    const summary = await ingestPaths(DOCUMENTS, { store, embedder, limits: {} });
    if (summary.failed.length > 0) throw new Error(`ingest failed: ${JSON.stringify(summary.failed)}`);
  }
  const reports: Partial<Record<RankingMode, ModeReport>> = {};
  const modeArg = process.argv[process.argv.indexOf('--mode') + 1];
  const modes = (['hybrid', 'lexical'] as const).filter((mode) => !process.argv.includes('--mode') || mode === modeArg);
  for (const mode of modes) {
    const modeEmbedder = mode === 'hybrid' ? embedder : null;
    const search = await createSearchService({ store, embedder: modeEmbedder, config: { ...config, DATA_DIR: dataDir } });
    const judged = await judge(store, search, modeEmbedder);
    if (process.argv.includes('--no-fit')) {
      reportFixed(judged, mode);
      continue;
    }
    const report = crossValidate(judged, mode);
    reports[mode] = report;
    console.log(`\n${mode} (${config.EMBEDDING_MODEL}${mode === 'lexical' ? ' not loaded' : ''}), ${FOLDS}-fold cross-validation`);
    console.log(`${'set'.padEnd(22)} ${'n'.padStart(3)}  train                                  held-out                               all-fit`);
    for (const [set, { questions, train, heldOut, all }] of Object.entries(report.perSet)) {
      console.log(`${set.padEnd(22)} ${String(questions).padStart(3)}  ${line(train)}  ${line(heldOut)}  Hit@1 ${f3(all.hit1)} MRR@10 ${f3(all.mrr10)}`);
    }
    console.log(`weights fitted on all questions: ${JSON.stringify(report.weights)}`);
  }
  if (process.argv.includes('--write')) {
    const file: RankingFile = {
      fitted: {
        method: `mean of 5 coordinate ascents (each over 4/5 of the questions) on a 0.05 grid from neutral weights (0.5 each, label 0; label penalty below zero), objective: mean over all questions of (Hit@1 + MRR@10) / 2; ${FOLDS}-fold cross-validation reported, final weights fitted on all questions`,
        model: config.EMBEDDING_MODEL,
        date: new Date().toISOString().slice(0, 10),
        sets: Object.fromEntries(Object.entries(reports.hybrid!.perSet).map(([set, { questions }]) => [set, questions])),
        figures: Object.fromEntries(
          (['hybrid', 'lexical'] as const).map((mode) => [
            mode,
            Object.fromEntries(
              Object.entries(reports[mode]!.perSet).map(([set, { train, heldOut }]) => [
                set,
                { trainHit1: Number(f3(train.hit1)), heldOutHit1: Number(f3(heldOut.hit1)), trainMrr10: Number(f3(train.mrr10)), heldOutMrr10: Number(f3(heldOut.mrr10)) },
              ]),
            ),
          ]),
        ),
      },
      hybrid: reports.hybrid!.weights,
      lexical: reports.lexical!.weights,
    };
    await writeFile(RANKING_WEIGHTS_PATH, `${JSON.stringify(file, null, 2)}\n`);
    console.log(`\nwrote ${RANKING_WEIGHTS_PATH.pathname}`);
  }
} finally {
  await store.close();
  if (!reuse) await rm(dataDir, { recursive: true, force: true });
}
