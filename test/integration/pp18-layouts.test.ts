/**
 * The 47 PP-18 resolutions in three layouts: as shipped (one paragraph per line), hard-wrapped at 80 columns (as
 * e-mail or a text dump of a PDF), and all concatenated into one Final Acts file. Mandates are scored against the
 * silver gold with the official scorer's matching (same resolution, same addressee up to articles, "ITU" and
 * agency aliases, at least half of the gold action's content words); the layouts must score within 0.02 of each other.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../../src/domain/document.js';
import { extractFile } from '../../src/extract/index.js';
import { loadFile } from '../../ingest/loaders/index.js';

const SHARED = new URL('../../../shared/', import.meta.url).pathname;
const CORPUS = join(SHARED, 'corpus/itu-pp18');
const GOLD = join(SHARED, 'eval/gold/pp18-mandates.json');
const AGENCIES_TSV = join(SHARED, 'spec/reference/agencies.tsv');

interface GoldMandate {
  document: string;
  resolution: string;
  addressee: string;
  action: string;
}
interface Gold {
  mandates: GoldMandate[];
  versions: Array<{ document: string; key: string }>;
}

/** Greedy word wrap of every line at `width` columns (blank lines kept), as `fmt`/`fold -s` do. */
function hardWrap(text: string, width: number): string {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    let current = '';
    for (const word of line.split(/\s+/).filter((w) => w.length > 0)) {
      if (current.length > 0 && current.length + 1 + word.length > width) {
        out.push(current);
        current = word;
      } else current = current.length > 0 ? `${current} ${word}` : word;
    }
    out.push(current);
  }
  return out.join('\n');
}

/** The scorer's matching (shared/eval/score-extraction.mjs), over mandates already grouped by document. */
function mandateF1(gold: Gold, predicted: ReadonlyMap<string, Extraction['mandates']>): number {
  const words = (s: string) => new Set(s.toLowerCase().replace(/[^a-z0-9+ ]/g, ' ').split(/\s+/).filter((w) => w.length > 3));
  const overlap = (got: string, want: string) => {
    const have = words(got);
    const need = words(want);
    let n = 0;
    for (const w of need) if (have.has(w)) n++;
    return need.size ? n / need.size : 0;
  };
  const norm = (s: string) => s.toLowerCase().replace(/\b(the|itu|all|three)\b/g, ' ').replace(/[^a-z]/g, '');
  const agencyOf = new Map<string, string>();
  for (const line of readFileSync(AGENCIES_TSV, 'utf8').split('\n').slice(1)) {
    const [key, name, aliases] = line.split('\t');
    if (key) for (const form of [key, name, ...(aliases ?? '').split('|')]) if (form) agencyOf.set(norm(form), key);
  }
  const canon = (s: string) => agencyOf.get(norm(s)) ?? norm(s);
  let tp = 0;
  const used = new Set<string>();
  for (const g of gold.mandates) {
    const list = predicted.get(g.document) ?? [];
    const at = list.findIndex(
      (m, i) => !used.has(`${g.document}:${i}`) && m.resolution === g.resolution && (g.addressee === '*' || canon(m.addressee) === canon(g.addressee)) && overlap(m.action, g.action) >= 0.5,
    );
    if (at >= 0) {
      tp++;
      used.add(`${g.document}:${at}`);
    }
  }
  const count = [...predicted.values()].reduce((n, l) => n + l.length, 0);
  const p = count ? tp / count : 1;
  const r = tp / gold.mandates.length;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

const HAS_SHARED = existsSync(CORPUS) && existsSync(GOLD) && existsSync(AGENCIES_TSV);

// A skipped describe still runs its body at collection: the shared files are read only when they exist.
describe.skipIf(!HAS_SHARED)('PP-18 resolutions in three layouts (needs ../shared)', () => {
  const gold: Gold = HAS_SHARED ? (JSON.parse(readFileSync(GOLD, 'utf8')) as Gold) : { mandates: [], versions: [] };
  const files = HAS_SHARED ? readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort() : [];
  const dir = mkdtempSync(join(tmpdir(), 'pp18-layouts-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const id = (file: string) => basename(file, extname(file));

  const perFile = async (folder: string): Promise<{ f1: number; versions: Set<string> }> => {
    const predicted = new Map<string, Extraction['mandates']>();
    const versions = new Set<string>();
    for (const f of files) {
      const extractions = extractFile(await loadFile(join(folder, f)));
      predicted.set(id(f), extractions.flatMap((x) => x.mandates));
      for (const x of extractions) for (const v of x.versions) versions.add(`${id(f)}|${v.key}`);
    }
    return { f1: mandateF1(gold, predicted), versions };
  };

  it('scores the same within 0.02 as shipped, hard-wrapped at 80 columns, and concatenated into one Final Acts file', async () => {
    const shipped = await perFile(CORPUS);
    expect(shipped.f1).toBeGreaterThanOrEqual(0.92);
    for (const v of gold.versions) expect(shipped.versions.has(`${v.document}|${v.key}`)).toBe(true);

    const wrappedDir = join(dir, 'wrapped');
    mkdirSync(wrappedDir);
    const texts = files.map((f) => readFileSync(join(CORPUS, f), 'utf8'));
    files.forEach((f, i) => writeFileSync(join(wrappedDir, f), hardWrap(texts[i] as string, 80)));
    const wrapped = await perFile(wrappedDir);
    expect(Math.abs(wrapped.f1 - shipped.f1)).toBeLessThanOrEqual(0.02);

    const finalActs = join(dir, 'final-acts.txt');
    writeFileSync(finalActs, texts.map((t) => t.trimEnd()).join('\n\n'));
    const [collection, ...parts] = extractFile(await loadFile(finalActs));
    expect(parts).toHaveLength(files.length);
    // Each part is its resolution's own text: keyed by its version, PART_OF the collection, mandates under itself.
    const byResolution = new Map<string, Extraction['mandates']>();
    for (const part of parts) {
      expect(part.relations).toContainEqual(expect.objectContaining({ type: 'PART_OF', to: { label: 'Document', key: collection?.document.key } }));
      const own = part.structure?.identity.resolution ?? '';
      expect(part.document.key).toBe(part.structure?.identity.version);
      expect(part.mandates.every((m) => m.resolution !== own || part.passages[m.passage]?.text.slice(m.start, m.end) === m.action)).toBe(true);
      byResolution.set(own, part.mandates);
    }
    // The scorer groups by file; here each gold file's mandates are matched against the part of its resolution.
    const concatenated = new Map(files.map((f) => [id(f), byResolution.get(`ITU-PP/${Number(id(f).slice(-3))}`) ?? []]));
    const f1 = mandateF1(gold, concatenated);
    expect(Math.abs(f1 - shipped.f1)).toBeLessThanOrEqual(0.02);
  }, 120_000);
});
