/**
 * The structure stage: reads a resolution's text (blocks in reading order, layout already repaired) as identity,
 * title, enacting formula, preamble and operative part, with footnotes and annexes kept out of paragraphs. A text
 * with no identity line, or with neither a formula nor an operative part, is not a resolution (a report that quotes
 * "instructs the Secretary-General" in running prose stays prose): the reader returns null.
 */
import type { ResolutionIssuer } from '../../domain/reference/index.js';
import type {
  Footnote,
  OperativeGroup,
  PreambleGroup,
  ResolutionIdentity,
  ResolutionStructure,
  StructuredParagraph,
} from '../../domain/resolution-structure.js';
import { type FormulaReading, type IdentityLine, adoptedBy, adoptionHistory, enactingFormula, identityLine, settleIdentity, unSymbolLine } from './identity.js';
import { DIVISION_HEADING, INSTRUMENT_WORD_CAPITALISED, PARAGRAPH_NUMBER, operativeHeading, operativeSentence, preambleHeading, preambleParagraphPhrase } from './phrases.js';

/** How far into a text its identity may stand (cover lines, the UN heading and symbol come first). */
const IDENTITY_WITHIN = 12;
const FORMULA_WITHIN = 4;

const RULE = /^[\s_=*~–—-]{3,}$/;
const FOOTNOTE = /^(?<mark>\d{1,3}|\*{1,3}|[†‡§])\s+(?<text>["“'(]?[A-Z].*)$/;
// "ANNEX 1 TO RESOLUTION 208 (DUBAI, 2018) Procedure …" in capitals, or a short "Annex" / "Annex 2" line.
const ANNEX = new RegExp(
  String.raw`^(?:(?:ANNEX|APPENDIX|ATTACHMENT)(?:\s+(?:\d{1,2}|[A-Z]|[IVX]+))?(?:\s+TO\b|$)|(?:Annex|Appendix|Attachment)(?:\s+(?:\d{1,2}|[A-Z]|[IVX]+))?(?:\s+to\s+(?:${INSTRUMENT_WORD_CAPITALISED})\s+\S+(?:\s+\([^)]*\))?)?\s*$)`,
);
/**
 * A UN resolution closes with the meeting that adopted it and its date ("78th plenary meeting", "19 December 2023";
 * ECOSOC: "35th plenary meeting"): the operative part ends there, and the date line below is not a paragraph.
 */
const CLOSING_MEETING = /^\d{1,3}(?:st|nd|rd|th)\s+(?:plenary\s+)?meeting\.?$/i;
const BRACKETED_NOTE = /^\([^()]*\)$/;
const LETTER_OR_ROMAN = /^\(?(?:[a-z]|[ivxl]{1,6})\)$/;
const DECIMAL = /^\d{1,3}\.\d/;
const SUB_ITEMS = /;\s+(?=\(?(?:[ivxl]{1,6}|[a-z])\)\s)/;

interface MutableParagraph {
  num: string | null;
  text: string;
  items: MutableParagraph[];
  passage: number | null;
}
type Group =
  | { kind: 'preamble'; group: { phrase: string; paragraphs: MutableParagraph[] } }
  | { kind: 'operative'; group: Omit<OperativeGroup, 'paragraphs'> & { paragraphs: MutableParagraph[] } };

/** Where the identity line stands and what surrounds it. */
export interface IdentityReading {
  readonly index: number;
  readonly identity: ResolutionIdentity;
  readonly title: string | null;
  readonly formula: FormulaReading | null;
  /** Index of the first block of the body (after formula, or title). */
  readonly bodyStart: number;
}

/** The identity, title and formula of a resolution text starting at `from` (or null when there is none). */
export function readIdentity(texts: readonly string[], from = 0): IdentityReading | null {
  let unIssuer: ResolutionIssuer | null = null;
  let line: IdentityLine | null = null;
  let index = -1;
  let symbol: string | null = null;
  for (let i = from; i < Math.min(texts.length, from + IDENTITY_WITHIN); i++) {
    const text = texts[i] as string;
    unIssuer ??= adoptedBy(text);
    symbol ??= unSymbolLine(text);
    const found = identityLine(text);
    // A UN number line only counts under a UN heading or symbol: "70/125. Outcome …" is otherwise just a line.
    if (found && ((found.issuer !== 'UNGA' && found.issuer !== 'ECOSOC') || unIssuer !== null || symbol !== null)) {
      line = found;
      index = i;
      break;
    }
    if (enactingFormula(text)) break;
  }
  if (line === null) return null;
  let title = line.title;
  let next = index + 1;
  // A note in brackets under the identity ("(adopted at the eighth Plenary Meeting)") is no title; a history line
  // ("(2007-2015-2019)") dates an identity that does not.
  while (title === null && next < texts.length && BRACKETED_NOTE.test(texts[next] as string)) {
    line = datedBy(texts[next] as string, line);
    next += 1;
  }
  if (title === null && next < texts.length) {
    const candidate = texts[next] as string;
    if (!enactingFormula(candidate) && !preambleHeading(candidate) && !operativeHeading(candidate) && !RULE.test(candidate)) {
      title = candidate;
      next += 1;
    }
  }
  let formula: FormulaReading | null = null;
  for (let i = next; i < Math.min(texts.length, next + FORMULA_WITHIN); i++) {
    line = datedBy(texts[i] as string, line);
    formula = enactingFormula(texts[i] as string);
    if (formula) {
      next = i + 1;
      break;
    }
    if (preambleHeading(texts[i] as string) || operativeHeading(texts[i] as string)) break;
  }
  const identity = settleIdentity(line, formula?.issuer ?? unIssuer);
  if (identity === null) return null;
  return { index, identity, title, formula, bodyStart: next };
}

/** The identity, dated by a history line when it is one and the identity carries no year. */
function datedBy(text: string, line: IdentityLine): IdentityLine {
  const version = adoptionHistory(text, line);
  return version === null ? line : { ...line, version };
}

/**
 * Footnote text: a mark and a capitalised note ("1 These include the least developed countries …") under a rule, or
 * (loaders drop rule lines) inside an ITU group whose paragraphs open in lower case ("to …", "that …") when its
 * number is not the group's next one. UN paragraphs open with their phrase and are read before this test.
 */
function isFootnote(text: string, num: string | null, body: string, current: Group | null, afterRule: boolean): boolean {
  const note = FOOTNOTE.exec(text);
  if (!note || operativeSentence(body) || preambleParagraphPhrase(body)) return false;
  if (afterRule) return true;
  if (current === null) return false;
  const paragraphs = current.group.paragraphs;
  const lowerCaseGroup = paragraphs.every((p) => /^[a-z]/.test(p.text));
  // A symbol mark ("* This Resolution should be brought to the attention of …") numbers no ITU paragraph.
  if (/^\D/.test(note.groups?.mark ?? '')) return lowerCaseGroup && paragraphs.length > 0;
  if (num === null || !/^\d+$/.test(num)) return false;
  const last = paragraphs.at(-1);
  if (last === undefined) return false;
  const expected = last.num !== null && /^\d+$/.test(last.num) ? String(Number(last.num) + 1) : null;
  return lowerCaseGroup && num !== expected;
}

const paragraph = (num: string | null, text: string): MutableParagraph => ({ num, text, items: [], passage: null });

/** Splits "i) updating …; ii) providing …" written on one line into its sub-items. */
const subItems = (text: string): string[] => text.split(SUB_ITEMS);

export function readStructure(texts: readonly string[]): ResolutionStructure | null {
  const head = readIdentity(texts);
  if (head === null) return null;
  const preamble: PreambleGroup[] = [];
  const operative: OperativeGroup[] = [];
  const footnotes: Footnote[] = [];
  const annexes: Array<{ heading: string; text: string }> = [];
  let current: Group | null = null;
  let afterRule = false;
  let closed = false;

  const open = (group: Group): void => {
    current = group;
    if (group.kind === 'preamble') preamble.push(group.group);
    else operative.push(group.group);
  };

  for (let i = head.bodyStart; i < texts.length; i++) {
    const text = texts[i] as string;
    if (RULE.test(text)) {
      afterRule = true;
      continue;
    }
    const annex = annexes.at(-1);
    // An annex, or a collection's next division that a layout left in this text, ends the body.
    if ((ANNEX.test(text) || DIVISION_HEADING.test(text)) && (operative.length > 0 || preamble.length > 0)) {
      annexes.push({ heading: text, text: '' });
      continue;
    }
    if (annex) {
      annex.text = annex.text.length > 0 ? `${annex.text}\n${text}` : text;
      continue;
    }
    if (CLOSING_MEETING.test(text) && operative.length > 0) closed = true;
    if (closed) continue;
    const numbered = PARAGRAPH_NUMBER.exec(text);
    const num = numbered?.groups?.num?.replace(/\.$/, '') ?? null;
    const body = numbered ? text.slice(numbered[0].length) : text;
    if (isFootnote(text, num, body, current, afterRule)) {
      const note = FOOTNOTE.exec(text)?.groups;
      footnotes.push({ mark: note?.mark ?? '', text: note?.text ?? text });
      continue;
    }
    afterRule = false;
    const preambular = operative.length === 0 ? preambleHeading(text) : null;
    if (preambular) {
      open({ kind: 'preamble', group: { phrase: preambular, paragraphs: [] } });
      continue;
    }
    const heading = operativeHeading(text);
    if (heading) {
      const verb = heading.opening.phrase.verb;
      open({ kind: 'operative', group: { phrase: text.replace(/[,:]\s*$/, ''), verb, addressee: heading.addressee, paragraphs: [] } });
      continue;
    }
    // UN style: each operative paragraph opens with its own phrase ("3. Requests …", "We call upon …"); an ITU
    // phrase with its text on one line ("invites Member States to …", "notes with appreciation …") reads the same.
    const sentence = (/^[A-Z]/.test(body) && (num === null || /^\d+$/.test(num))) || num === null ? operativeSentence(body) : null;
    if (sentence) {
      const phrase = body.slice(0, sentence.actionStart).trim().replace(/,$/, '');
      open({ kind: 'operative', group: { phrase, verb: sentence.opening.phrase.verb, addressee: sentence.addressee, paragraphs: [paragraph(num, body)] } });
      continue;
    }
    const unPreamble = operative.length === 0 && /^[A-Z]/.test(body) ? preambleParagraphPhrase(body) : null;
    if (unPreamble) {
      open({ kind: 'preamble', group: { phrase: unPreamble.toLowerCase(), paragraphs: [paragraph(num, body)] } });
      continue;
    }
    const group = current as Group | null;
    if (group === null) continue; // text between the formula and the first phrase (a note, a date line)
    const paragraphs = group.group.paragraphs;
    const last = paragraphs.at(-1);
    if (group.kind === 'operative' && num !== null && last && (last.num !== null || last.text.endsWith(':'))) {
      if (LETTER_OR_ROMAN.test(num) && (/^\d/.test(last.num ?? '') || last.text.endsWith(':'))) {
        for (const [k, part] of subItems(text).entries()) {
          const m = PARAGRAPH_NUMBER.exec(part);
          last.items.push(paragraph(m?.groups?.num ?? (k === 0 ? num : null), m ? part.slice(m[0].length) : part));
        }
        continue;
      }
      if (DECIMAL.test(num) && last.num !== null && num.startsWith(`${last.num}.`)) {
        last.items.push(paragraph(num, body));
        continue;
      }
    }
    paragraphs.push(paragraph(num, body));
  }
  if (operative.length === 0 && head.formula === null) return null;
  return {
    identity: head.identity,
    title: head.title,
    formula: head.formula?.formula ?? null,
    preamble,
    operative,
    footnotes,
    annexes,
  };
}

/** All paragraphs of a structure in reading order, sub-items after their paragraph. */
export function paragraphsInOrder(structure: ResolutionStructure): StructuredParagraph[] {
  const out: StructuredParagraph[] = [];
  const walk = (p: StructuredParagraph): void => {
    out.push(p);
    for (const item of p.items) walk(item);
  };
  for (const g of structure.preamble) for (const p of g.paragraphs) walk(p);
  for (const g of structure.operative) for (const p of g.paragraphs) walk(p);
  return out;
}
