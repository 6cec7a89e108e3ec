/** Small text helpers shared by the rules: spans, a claim mask, sentence boundaries. */
import type { EntityLabel } from '../domain/labels.js';

export type Scalar = string | number | boolean | null;

/** One entity mention found in a passage (offsets into the passage text). */
export interface Found {
  readonly label: EntityLabel;
  readonly key: string;
  readonly name: string | null;
  readonly props: Record<string, Scalar>;
  readonly start: number;
  readonly end: number;
}

/**
 * Character ranges already explained by an earlier, more specific rule ("C22" inside "C22/INF/2", "C19" inside
 * "(C11, last amended C19)"), so later rules do not read them again.
 */
export class ClaimMask {
  private readonly claimed: boolean[];

  constructor(length: number) {
    this.claimed = new Array<boolean>(length).fill(false);
  }

  isFree(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.claimed[i]) return false;
    return true;
  }

  claim(start: number, end: number): void {
    for (let i = start; i < end; i++) this.claimed[i] = true;
  }
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

// Abbreviations whose period does not end a sentence in ITU/UN texts.
const NON_FINAL = /(?:\b(?:Rev|No|Nos|Res|Doc|para|paras|e\.g|i\.e|etc|cf|vol|Mr|Ms|Dr|St|approx)|\b[A-Z])\.$/;

/** Sentence spans: split after . ; ! ? or a line break, never after "Rev." or a numbering like "2.1.". */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const boundary = /(?:[.;!?](?=\s+["“(]?[A-Z0-9–-])|\n)/g;
  for (const m of text.matchAll(boundary)) {
    const end = m.index + m[0].length;
    if (m[0] !== '\n' && NON_FINAL.test(text.slice(Math.max(0, end - 8), end))) continue;
    if (m[0] === '.' && /\d\.$/.test(text.slice(start, end)) && /^\s*\d/.test(text.slice(end))) continue;
    if (end > start) spans.push({ start, end });
    start = end;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

/** The span holding `offset` (spans sorted and disjoint): a binary search, so rules that ask per match stay linear-ish. */
export function sentenceAt(spans: readonly Span[], offset: number): Span {
  let low = 0;
  let high = spans.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const span = spans[mid] as Span;
    if (offset < span.start) high = mid - 1;
    else if (offset >= span.end) low = mid + 1;
    else return span;
  }
  return { start: 0, end: 0 };
}

export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const MONTHS =
  'January|February|March|April|May|June|July|August|September|October|November|December';
