/**
 * A collection of resolutions in one file (a conference's Final Acts: RESOLUTION 2 … RESOLUTION 213): split on the
 * loaded blocks, so every loader (and the AKN loader, by producing blocks in the same layout) shares the split. A
 * part starts at an identity line followed by its enacting formula; a line that only cites a resolution, or an annex
 * heading ("ANNEX TO RESOLUTION 25 …"), starts nothing. Text before the first part is the collection's own.
 */
import type { Block } from '../../domain/document.js';
import { cleanText } from '../../domain/text-cleanup.js';
import { identityLine } from './identity.js';
import { readIdentity } from './read.js';

export interface Collection {
  /** Blocks before the first resolution (cover, contents): the collection document's own text. */
  readonly front: Block[];
  /** One block list per resolution, in order. */
  readonly parts: Block[][];
}

/** The resolutions a file holds, when it holds more than one; null for a single text. */
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
  const parts = starts.map((start, k) => kept.slice(start, starts[k + 1] ?? kept.length));
  return { front: kept.slice(0, starts[0]), parts };
}
