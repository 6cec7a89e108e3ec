/**
 * Blocks → passages. A passage is a paragraph or a clause; numbered clauses stay with their lead-in ("… instructs
 * the Secretary-General" + "1 to …"), and a long group is cut into retrieval-sized passages that each repeat the
 * lead-in, so every passage carries its operative context. Headings open the passage that follows them.
 */
import type { Block, Passage } from '../domain/document.js';
import { type ReadBlock, readBlocks } from './blocks.js';
import { sentenceSpans } from './text.js';

/** Past this a clause group is cut; a prose paragraph is cut at sentences past LONG_PARAGRAPH. */
const GROUP_BUDGET = 800;
const LONG_PARAGRAPH = 1500;
const CHUNK_TARGET = 900;

interface Draft {
  readonly text: string;
  readonly page: number | null;
  readonly section: string | null;
}

export const PASSAGE_SEPARATOR = '\n\n';

export function segmentBlocks(blocks: readonly Block[]): Passage[] {
  const drafts = draftPassages(readBlocks(blocks));
  let offset = 0;
  return drafts.map((d, ordinal) => {
    const passage: Passage = { ordinal, text: d.text, page: d.page, start: offset, end: offset + d.text.length, section: d.section };
    offset = passage.end + PASSAGE_SEPARATOR.length;
    return passage;
  });
}

function draftPassages(read: readonly ReadBlock[]): Draft[] {
  const drafts: Draft[] = [];
  let pendingHeadings: ReadBlock[] = [];
  let section: string | null = null;

  const emit = (lines: string[], page: number | null): void => {
    const headingLines = pendingHeadings.map((h) => h.text);
    const last = pendingHeadings.at(-1);
    if (last) section = last.text;
    drafts.push({ text: [...headingLines, ...lines].join('\n'), page: pendingHeadings[0]?.page ?? page, section });
    // A cover-sheet field (Purpose, Action required, …) holds one paragraph; the text after it is body text.
    if (last?.role === 'label') section = null;
    pendingHeadings = [];
  };

  let i = 0;
  while (i < read.length) {
    const block = read[i] as ReadBlock;
    if (block.role === 'separator') {
      if (pendingHeadings.length > 0) emit([], pendingHeadings[0]?.page ?? null);
      section = null;
      i++;
    } else if (block.role === 'heading' || block.role === 'label') {
      pendingHeadings.push(block);
      i++;
    } else if (block.role === 'lead-in' || block.role === 'continuation') {
      // Outside a group, a subject-less lead-in ("instructs the Secretary-General" in a resolution's own text)
      // opens one.
      i = emitGroup(read, i, emit);
    } else if (block.role === 'ellipsis') {
      i++; // an omission mark carries nothing on its own
    } else {
      for (const chunk of splitLongParagraph(block.text)) emit([chunk], block.page);
      i++;
    }
  }
  if (pendingHeadings.length > 0) emit([], pendingHeadings[0]?.page ?? null);
  return drafts.filter((d) => d.text.length > 0);
}

/**
 * How a list item is numbered: "1"/"2.4", "a)", "(iii)", "–". A lead-in that is itself a numbered clause ("6 that ITU
 * should …, including by:") governs the items numbered another way below it ("i) updating …"); the next clause
 * numbered as it is ("7 that …") is its sibling, not its item.
 */
type MarkKind = 'number' | 'roman' | 'letter' | 'bullet';
function markKindOf(text: string): MarkKind | null {
  if (/^\d+(?:\.\d+)*\.?\s/.test(text)) return 'number';
  if (/^\(?[ivx]+[.)]\s/.test(text)) return 'roman';
  if (/^\(?[a-z][.)]\s/.test(text)) return 'letter';
  if (/^[–—•▪-]\s/.test(text)) return 'bullet';
  return null;
}

/**
 * A lead-in with its items (and continuation lead-ins such as "instructs the Secretary-General and …"). Under a
 * bare operative verb ("resolves") or a list's introduction ("… including by:"), the next operative clause
 * ("instructs the Secretary-General") starts a group of its own.
 */
function emitGroup(read: readonly ReadBlock[], first: number, emit: (lines: string[], page: number | null) => void): number {
  const leadIn = read[first] as ReadBlock;
  const leadMark = markKindOf(leadIn.text);
  // Only a lead-in with its own subject ("The Council Resolution 1332 … instructs the Secretary-General") is
  // continued by a bare operative verb; a bare verb ("resolves") or a list's introduction is not.
  const continues = leadIn.role === 'lead-in' && !leadIn.text.endsWith(':');
  let leadLines = [leadIn.text];
  let chunk = [...leadLines];
  let hasItems = false;
  let i = first + 1;
  const length = (lines: string[]): number => lines.reduce((n, l) => n + l.length + 1, 0);
  const flush = (): void => {
    if (hasItems) emit(chunk, leadIn.page);
    chunk = [...leadLines];
    hasItems = false;
  };
  for (; i < read.length; i++) {
    const block = read[i] as ReadBlock;
    if (block.role === 'continuation') {
      if (!continues) break;
      if (hasItems) flush();
      leadLines = [leadIn.text, block.text];
      chunk = [...leadLines];
    } else if (block.role === 'item' || block.role === 'ellipsis' || (block.role === 'paragraph' && /^to\s/.test(block.text))) {
      if (leadMark !== null && markKindOf(block.text) === leadMark) break;
      if (hasItems && length(chunk) + block.text.length > GROUP_BUDGET) flush();
      chunk.push(block.text);
      if (block.role !== 'ellipsis') hasItems = true;
    } else break;
  }
  // The last chunk is emitted even when its items were all omission marks: the lead-in is still document text.
  emit(chunk, leadIn.page);
  return i;
}

function splitLongParagraph(text: string): string[] {
  if (text.length <= LONG_PARAGRAPH) return [text];
  const chunks: string[] = [];
  let current = '';
  for (const s of sentenceSpans(text)) {
    const sentence = text.slice(s.start, s.end).trim();
    if (current.length > 0 && current.length + sentence.length + 1 > CHUNK_TARGET) {
      chunks.push(current);
      current = sentence;
    } else current = current.length > 0 ? `${current} ${sentence}` : sentence;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
