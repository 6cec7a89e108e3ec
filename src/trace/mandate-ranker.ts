import { AGENCIES } from '../domain/reference/index.js';
import { analyzeWords, isStopword } from '../search/analyzer.js';
import type { Embedder } from '../search/embedder.js';
import { PARAPHRASE_GROUPS } from '../search/lexicon.js';

export interface RankableMandate {
  key: string;
  action: string;
  addressee: string;
}

/** How much each signal counts: words shared with the action lead, meaning (embeddings) settles paraphrases. */
const LEXICAL_WEIGHT = 0.65;
const SEMANTIC_WEIGHT = 0.35;
/** A paraphrase ("up to date" for "update") counts for less than the word itself. */
const PARAPHRASE_DISCOUNT = 0.6;

/** Stemmed phrases of each paraphrase group, as space-joined stem sequences. */
const GROUPS: readonly string[][] = PARAPHRASE_GROUPS.map((group) => group.map((phrase) => analyzeWords(phrase).join(' ')));

const contentStems = (text: string): string[] => analyzeWords(text).filter((w) => !isStopword(w) && w.length > 1);

/**
 * Mandates are written in acronyms ("ITU-D", "WSIS"), activities in words ("the development sector", "the
 * information society"): a mandate's words include what its acronyms stand for (agency names from the reference
 * table, and the summit's own acronyms).
 */
const SPELLED_OUT: ReadonlyMap<string, string> = new Map([
  ['wsis', 'World Summit on the Information Society'],
  ['sdg', 'Sustainable Development Goals'],
  ['sdgs', 'Sustainable Development Goals'],
  ['ict', 'information and communication technologies'],
  ['icts', 'information and communication technologies'],
  ...AGENCIES.flatMap((a) => [a.key, ...a.aliases].filter((form) => /^[A-Z][A-Z&-]+$/.test(form)).map((form) => [form.toLowerCase(), a.name] as const)),
]);

function withSpelledOut(text: string): string {
  const names = new Set<string>();
  for (const token of text.toLowerCase().match(/[a-z][a-z&-]*[a-z]/g) ?? []) {
    const name = SPELLED_OUT.get(token);
    if (name) names.add(name);
  }
  return [text, ...names].join(' ');
}

interface Concept {
  stem: string;
  alternatives: string[];
}

/** Each content word of the activity, with what the paraphrase groups say it may be written as. */
function concepts(activity: string): Concept[] {
  const words = analyzeWords(activity);
  const sequence = ` ${words.join(' ')} `;
  const extra = GROUPS.filter((group) => group.some((phrase) => sequence.includes(` ${phrase} `)));
  return [...new Set(contentStems(activity))].map((stem) => ({
    stem,
    alternatives: [
      ...new Set(
        extra
          .filter((group) => group.some((phrase) => ` ${phrase} `.includes(` ${stem} `)))
          .flatMap((group) => group.flatMap((phrase) => phrase.split(' ')))
          .filter((alt) => alt !== stem && !isStopword(alt)),
      ),
    ],
  }));
}

function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  for (let i = 0; i < a.length; i++) dot += (a[i] ?? 0) * (b[i] ?? 0);
  return dot; // both are unit length (the embedder normalizes)
}

/**
 * Ranks mandates by how well their action matches an activity said in other words: idf-weighted share of the
 * activity's words found in the action (stemmed, paraphrases at a discount), blended with embedding similarity.
 * Action vectors are cached by text, so each distinct action is embedded once per process.
 */
export class MandateRanker {
  private readonly vectors = new Map<string, Float32Array>();
  /** Content stems of each mandate text, analyzed once per process like the vectors. */
  private readonly bags = new Map<string, Set<string>>();

  constructor(private readonly embedder: Embedder | null) {}

  async score<T extends RankableMandate>(activity: string, mandates: T[]): Promise<Map<string, number>> {
    const bags = mandates.map((m) => this.bagOf(`${m.action} ${m.addressee}`));
    const wanted = concepts(activity);
    // Once per concept: computed inside the per-mandate loop it was quadratic (0.4 s for 4,000 mandates).
    const idf = new Map(
      wanted.map((c) => {
        const df = bags.reduce((n, bag) => n + (bag.has(c.stem) ? 1 : 0), 0);
        return [c.stem, Math.log(1 + (mandates.length + 1) / (df + 0.5))];
      }),
    );
    const weight = (c: Concept): number => idf.get(c.stem) ?? 0;
    const total = wanted.reduce((sum, c) => sum + weight(c), 0) || 1;
    const lexical = bags.map((bag) =>
      wanted.reduce((sum, c) => {
        if (bag.has(c.stem)) return sum + weight(c);
        return c.alternatives.some((a) => bag.has(a)) ? sum + PARAPHRASE_DISCOUNT * weight(c) : sum;
      }, 0) / total,
    );
    const semantic = await this.similarities(activity, mandates);
    return new Map(
      mandates.map((m, i) => [m.key, LEXICAL_WEIGHT * (lexical[i] ?? 0) + SEMANTIC_WEIGHT * Math.max(0, semantic[i] ?? 0)]),
    );
  }

  private bagOf(text: string): Set<string> {
    let bag = this.bags.get(text);
    if (!bag) {
      bag = new Set(contentStems(withSpelledOut(text)));
      this.bags.set(text, bag);
    }
    return bag;
  }

  private async similarities(activity: string, mandates: RankableMandate[]): Promise<number[]> {
    if (!this.embedder) return mandates.map(() => 0);
    const missing = [...new Set(mandates.map((m) => m.action).filter((action) => !this.vectors.has(action)))];
    const [query, ...fresh] = await this.embedder.embed([activity, ...missing]);
    missing.forEach((action, i) => {
      const vector = fresh[i];
      if (vector) this.vectors.set(action, vector);
    });
    return mandates.map((m) => {
      const vector = this.vectors.get(m.action);
      return query && vector ? cosine(query, vector) : 0;
    });
  }
}
