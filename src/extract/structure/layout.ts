/**
 * Layout repair before structure and segmentation: the loaders hand over blocks as the file laid them out, and two
 * layouts hide a resolution's structure.
 * - Hard-wrapped lines (e-mail text, text dumped from PDF at a fixed width) arrive one block per line: a line that the
 *   wrapper broke because the next word did not fit continues on the next line; a line that ends short ended its
 *   paragraph. `unwrapLines` joins by that rule (the txt loader uses it within blank-line paragraphs too).
 * - A heading left at the end of the previous paragraph ("… of this resolution, instructs the Secretary-General",
 *   "… groups. ANNEX 1 TO RESOLUTION 208 (DUBAI, 2018) Procedure …", a collection's "… 481 PART IV - LIST OF …") is
 *   cut off onto a block of its own (an operative heading only when what follows is its first paragraph).
 * Both passes are linear in the text's length.
 */
import type { Block } from '../../domain/document.js';
import { identityLine, enactingFormula } from './identity.js';
import { CLAUSE_THEN_OPERATIVE, DIVISION, INSTRUMENT_WORD_CAPITALS, PARAGRAPH_NUMBER, operativeHeading, operativeSentence, preambleHeading } from './phrases.js';

/** Fixed-width wraps are 60 to 100 columns (e-mail 72, terminals 80). */
const WRAP_WIDTH_MIN = 60;
const WRAP_WIDTH_MAX = 100;
const WRAPPED_LINES_MIN = 8;
/** Share of lines that must come close to the widest line for a text to be read as hard-wrapped. */
const NEAR_FULL_SHARE = 0.3;
const NEAR_FULL_SLACK = 12;

const firstWordLength = (text: string): number => {
  const space = text.search(/\s/);
  return space < 0 ? text.length : space;
};

const NUMBERED_PARAGRAPH = /^(?:\d{1,3}(?:\.\d{1,3})*\.?|\(?[a-z]{1,4}\))\s+(?:to|that|[A-Z])/;

/** A line that stands alone in a resolution's layout: its identity, formula, a preambular or operative heading. */
export const isStructuralLine = (text: string): boolean =>
  identityLine(text) !== null || enactingFormula(text) !== null || preambleHeading(text) !== null || operativeHeading(text) !== null;

/** The wrap width of a text, when its lines look hard-wrapped (null otherwise). */
export function wrapWidth(lines: readonly string[]): number | null {
  let widest = 0;
  let counted = 0;
  for (const line of lines) {
    const length = line.trimEnd().length;
    if (length === 0) continue;
    counted += 1;
    if (length > widest) widest = length;
  }
  if (counted < WRAPPED_LINES_MIN || widest < WRAP_WIDTH_MIN || widest > WRAP_WIDTH_MAX) return null;
  let nearFull = 0;
  for (const line of lines) if (line.trimEnd().length >= widest - NEAR_FULL_SLACK) nearFull += 1;
  return nearFull / counted >= NEAR_FULL_SHARE ? widest : null;
}

/**
 * Whether the break after `line` was forced by the width (the next word would not have fit), so the paragraph goes on.
 * A break that was not forced still joins ragged prose, unless the line ends a clause (, ; : .) or either line stands
 * alone in the layout (a heading, a numbered paragraph).
 */
export function continuesOnNextLine(line: string, next: string, width: number): boolean {
  const current = line.trimEnd();
  const following = next.trim();
  // A clause end followed by a numbered paragraph is a paragraph break even where a short mark ("2") would not
  // have fit on the line.
  const clauseEnd = /[,;:.]$/.test(current);
  if (clauseEnd && NUMBERED_PARAGRAPH.test(following)) return false;
  if (current.length + 1 + firstWordLength(following) > width) return true;
  if (clauseEnd) return false;
  if (PARAGRAPH_NUMBER.test(following) || isStructuralLine(current) || isStructuralLine(following)) return false;
  return true;
}

/** Joins hard-wrapped lines into paragraphs by the width rule; `width` from `wrapWidth`. Blank lines are dropped. */
export function unwrapLines(lines: readonly string[], width: number): string[] {
  const kept = lines.map((l) => l.trim()).filter((l) => l.length > 0);
  const out: string[] = [];
  let parts: string[] = [];
  for (let i = 0; i < kept.length; i++) {
    const line = kept[i] as string;
    parts.push(line);
    const next = kept[i + 1];
    if (next === undefined || !continuesOnNextLine(line, next, width)) {
      out.push(parts.join(' '));
      parts = [];
    }
  }
  return out;
}

/** Blocks of a hard-wrapped text (one per line) joined into paragraphs; other block lists come back as they are. */
export function unwrapBlocks(blocks: readonly Block[]): Block[] {
  const width = wrapWidth(blocks.map((b) => b.text));
  if (width === null) return [...blocks];
  const out: Block[] = [];
  let group: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    group.push(block);
    const next = blocks[i + 1];
    if (next === undefined || next.page !== block.page || !continuesOnNextLine(block.text, next.text, width)) {
      const first = group[0] as Block;
      out.push(group.length === 1 ? first : { text: group.map((b) => b.text.trim()).join(' '), kind: 'paragraph', page: first.page });
      group = [];
    }
  }
  return out;
}

// "… groups. ANNEX 1 TO RESOLUTION 208 (DUBAI, 2018) Procedure …": an annex heading run into the text before it.
const GLUED_ANNEX = new RegExp(String.raw`(?<=[.;,:])\s+(?=(?:ANNEX|APPENDIX|ATTACHMENT)(?:\s+(?:\d{1,2}|[A-Z]))?\s+TO\s+(?:${INSTRUMENT_WORD_CAPITALS})\b)`);
// "… fellowships. 481 PART IV - LIST OF RESOLUTIONS …": a collection's division heading run into the last paragraph
// of the instrument before it, with the page number the page break left.
const GLUED_DIVISION = new RegExp(String.raw`(?<=[.;,:])\s+(?=(?:\d{1,4}\s+)?${DIVISION})`);
// Candidate starts of a heading at the end of a block: after a clause end, a lower-case word (ITU headings).
const CLAUSE_END = /[,;.]\s+(?=[a-z])/g;
const TAIL_WINDOW = 420;
const opensParagraph = (text: string): boolean => PARAGRAPH_NUMBER.test(text) || /^(?:to|that)\s/.test(text);

/** Where a heading that ends `text` begins (null when none): "…, instructs the Secretary-General" before "1 to …". */
function trailingHeadingAt(text: string, next: string | undefined): number | null {
  if (next === undefined || !opensParagraph(next)) return null;
  const from = Math.max(0, text.length - TAIL_WINDOW);
  CLAUSE_END.lastIndex = from;
  for (let m = CLAUSE_END.exec(text); m !== null; m = CLAUSE_END.exec(text)) {
    const at = m.index + m[0].length;
    const tail = text.slice(at);
    if (operativeHeading(tail) || (preambleHeading(tail) && /^\(?[a-z]\)\s/.test(next))) return at;
  }
  return null;
}

// An ITU operative paragraph opens in lower case: "1 to …", "that …", "a) to …".
const ITU_PARAGRAPH = /^(?:(?:\d{1,3}(?:\.\d{1,3})*|\(?[a-z]{1,4}\))\s+)?(?:to|that)\s/;

/**
 * "to participate in EG-ITR, invites the 2022 plenipotentiary conference to consider …": in an ITU operative
 * paragraph a third-person operative verb cannot continue the clause, so it opens the next group (its heading and
 * its one paragraph run on in the same block). Prose paragraphs are left alone.
 */
function splitRunOnGroups(text: string): string[] {
  if (!ITU_PARAGRAPH.test(text)) return [text];
  const pieces: string[] = [];
  let from = 0;
  for (const m of text.matchAll(CLAUSE_THEN_OPERATIVE)) {
    const at = m.index + m[0].length;
    if (at <= from) continue;
    const sentence = operativeSentence(text.slice(at));
    if (!sentence || sentence.actionStart === 0 || !/^(?:to|that)\s/.test(text.slice(at + sentence.actionStart))) continue;
    pieces.push(text.slice(from, m.index + 1).trim(), text.slice(at, at + sentence.actionStart).trim());
    from = at + sentence.actionStart;
  }
  pieces.push(text.slice(from).trim());
  return pieces.filter((p) => p.length > 0);
}

/** Cuts headings that a layout left inside or at the end of another block onto blocks of their own. */
export function splitGluedHeadings(blocks: readonly Block[]): Block[] {
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as Block;
    const pieces = block.text.split(GLUED_ANNEX).flatMap((piece) => piece.split(GLUED_DIVISION)).flatMap(splitRunOnGroups);
    for (const [k, piece] of pieces.entries()) {
      const next = k + 1 < pieces.length ? pieces[k + 1] : blocks[i + 1]?.text;
      const at = trailingHeadingAt(piece, next);
      if (at === null) out.push(k === 0 && pieces.length === 1 ? block : { ...block, text: piece.trim() });
      else {
        out.push({ ...block, text: piece.slice(0, at).trim() });
        out.push({ text: piece.slice(at).trim(), kind: 'heading', page: block.page });
      }
    }
  }
  return out;
}

/** Layout repair: unwrap hard-wrapped lines, then cut glued headings. */
export const repairLayout = (blocks: readonly Block[]): Block[] => splitGluedHeadings(unwrapBlocks(blocks));
