/**
 * A collection of instruments in one file (a conference's Final Acts: DECISION 5 …, RESOLUTION 2 … RESOLUTION 213,
 * RECOMMENDATION 7): split on the loaded blocks, so every loader (and the AKN loader, by producing blocks in the same
 * layout) shares the split. A part starts at an identity line of any kind (resolution, decision, recommendation)
 * followed by its enacting formula; a line that only cites one, or an annex heading ("ANNEX TO RESOLUTION 25 …"),
 * starts nothing. A part ends at the next part or at a division of the collection ("PART VI - SIGNATORIES"). Text
 * outside the parts (cover, contents, divisions, signatures, declarations) is the collection's own.
 */
import type { Block } from '../../domain/document.js';
import { cleanText } from '../../domain/text-cleanup.js';
import { identityLine } from './identity.js';
import { DIVISION_HEADING } from './phrases.js';
import { readIdentity } from './read.js';

export interface Collection {
  /** Blocks outside every part (cover, contents, division headings and what follows them): the collection's own text. */
  readonly own: Block[];
  /** One block list per instrument, in order. */
  readonly parts: Block[][];
}

/** The instruments a file holds, when it holds more than one; null for a single text. */
export function splitCollection(blocks: readonly Block[]): Collection | null {
  const kept = blocks.filter((b) => cleanText(b.text).length > 0);
  const texts = kept.map((b) => cleanText(b.text));
  const starts: number[] = [];
  for (let i = 0; i < texts.length; i++) {
    if (identityLine(texts[i] as string) === null) continue;
    const head = readIdentity(texts, i);
    if (head !== null && head.index === i && head.formula !== null) starts.push(i);
  }
  if (starts.length < 2) return null;
  const own: Block[] = kept.slice(0, starts[0]);
  const parts = starts.map((start, k) => {
    const next = starts[k + 1] ?? kept.length;
    let end = start + 1;
    while (end < next && !DIVISION_HEADING.test(texts[end] as string)) end += 1;
    own.push(...kept.slice(end, next));
    return kept.slice(start, end);
  });
  return { own, parts };
}
