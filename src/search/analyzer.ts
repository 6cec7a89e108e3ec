import { stemmer } from 'stemmer';

/** One index term with its position in the analyzed text (parts of a compound share nearby positions). */
export interface Token {
  term: string;
  position: number;
}

/**
 * Function words and question words: they carry no topic in policy text or in questions.
 * Kept on purpose: negations ("not", "no") and quantity words ("only", "all", "each") that paraphrase rules use.
 */
const STOPWORDS = new Set(
  `a an the and or but nor so yet of to in on at by for from with without into onto upon about above below over
  under between among through during before after as than then that this these those there here it its it's
  is are was were be been being am has have had having do does did doing will would shall should can could may
  might must i me my we our us you your he him his she her they them their what which who whom whose when where
  why how whether if also such very just too any some both either neither own same other s t
  tell tells told say says said give gives given get gets got`.split(/\s+/),
);

/** Words whose stem carries no topic in a question ("which organizations run …": "run" stays, "which" goes). */
export const isStopword = (word: string): boolean => STOPWORDS.has(word);

/**
 * Number words as digits, so that a question's "ten-year review" meets a document's "WSIS+10" and "eleven areas"
 * meets "11 areas". "One" stays a word: it is more often a pronoun ("one could find") than a count.
 */
const NUMBER_WORDS: Readonly<Record<string, string>> = Object.fromEntries(
  'two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty'
    .split(' ')
    .map((word, i) => [word, String(i + 2)] as const)
    .concat([['thirty', '30'], ['forty', '40'], ['fifty', '50'], ['hundred', '100']]),
);
const NUMBER_WORD = new RegExp(`\\b(?:${Object.keys(NUMBER_WORDS).join('|')})\\b`, 'g');

/** Cleans what the corpus carries and the analyzer should never see. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\[bookmark: [^\]]*\]/g, ' ')
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .toLowerCase()
    .replace(NUMBER_WORD, (word) => NUMBER_WORDS[word] ?? word) // "twenty-year" = "20-year", "ten" = "WSIS+10"
    .replace(/(\d),(\d{3})(?!\d)/g, '$1$2') // 7,744 → 7744
    .replace(/(\d) (\d{3})(?!\d)/g, '$1$2'); // 13 240 → 13240 (ITU style thousands)
}

/** A run of letters/digits joined by symbol separators: "wsis+20", "e/res/2023/3", "cwg-wsis&sdg-41". */
const RUN = /[\p{L}\p{N}]+(?:[-+&/.'][\p{L}\p{N}]+)*\+?/gu;
const PART = /[\p{L}\p{N}]+|\+/gu;
const SEPARATOR = /[-+&/.']/;

/** A meeting code: letters, a dash, a two-digit year. */
const MEETING_CODE = /^\p{L}{2,}-(\d{2})$/u;

/** Stemming dominates indexing time and the vocabulary is small next to the token count: memoize it. */
const STEM_CACHE = new Map<string, string>();
const STEM_CACHE_LIMIT = 500_000;

/** Stems plain words; numbers and alphanumeric codes (c2, sdg9, 1332) stay as they are. */
export function stemWord(word: string): string {
  const cached = STEM_CACHE.get(word);
  if (cached !== undefined) return cached;
  // Porter leaves "-atory" adjectives apart from their verbs and nouns ("preparatory" ≠ "preparations",
  // "regulatory" ≠ "regulation"); read them as the "-ate" verb they derive from.
  const stem = /^\p{L}+$/u.test(word) && word.length > 3 ? stemmer(word.replace(/ator(?:y|ies)$/, 'ate')) : word;
  if (STEM_CACHE.size < STEM_CACHE_LIMIT) STEM_CACHE.set(word, stem);
  return stem;
}

/** One written word or compound of the text and the index terms it stands for. */
export interface Run {
  /** The compound as written (normalized), when it has separators: "wsis+20", "secretary-general". */
  compound: string | null;
  /** Hyphenated words joined and stemmed: "multi-stakeholder" = "multistakeholder". */
  joined: string | null;
  /** Stemmed parts, stopwords left out. */
  parts: string[];
  /** First letter as written, for initialisms ("council working group" = "cwg"). */
  initial: string;
  position: number;
}

/**
 * Splits ITU text into runs. A compound like "WSIS+20", "PP-22", "E/RES/2023/3" or "co-organized" keeps the
 * whole compound (exact symbol match) and its parts (so "WSIS" still matches it).
 */
export function analyzeRuns(text: string): Run[] {
  const runs: Run[] = [];
  let position = 0;
  for (const [match] of normalizeText(text).matchAll(RUN)) {
    const run = match.endsWith("'s") ? match.slice(0, -2) : match;
    if (!SEPARATOR.test(run)) {
      // Most runs are plain words: no compound to split.
      runs.push({ compound: null, joined: null, parts: isStopword(run) ? [] : [stemWord(run)], initial: run.charAt(0), position });
      position += 1;
      continue;
    }
    const words = (run.match(PART) ?? []).filter((part) => part !== '+');
    // ITU names a meeting by its body and two-digit year ("PP-22", "WTDC-17"): the year is also meant in full.
    const meetingYear = MEETING_CODE.exec(run)?.[1];
    if (meetingYear) words.push(`20${meetingYear}`);
    const isCompound = words.length > 1;
    runs.push({
      compound: isCompound ? run : null,
      joined: isCompound && /^[\p{L}-]+$/u.test(run) ? stemWord(words.join('')) : null,
      parts: words.filter((word) => !isStopword(word)).map(stemWord),
      initial: run.charAt(0),
      position,
    });
    position += words.length;
  }
  return runs;
}

/** Index terms of a text: compounds, joined forms and parts, each with its position. */
export function analyze(text: string): Token[] {
  const tokens: Token[] = [];
  for (const run of analyzeRuns(text)) {
    if (run.compound) tokens.push({ term: run.compound, position: run.position });
    if (run.joined) tokens.push({ term: run.joined, position: run.position });
    run.parts.forEach((term, i) => tokens.push({ term, position: run.position + i }));
  }
  return tokens;
}

/** The stemmed words of a phrase in order, stopwords included: what multi-word paraphrase rules match on. */
export function analyzeWords(text: string): string[] {
  return (normalizeText(text).match(/[\p{L}\p{N}]+/gu) ?? []).map(stemWord);
}
