import type { EntityLabel } from '../domain/labels.js';
import { OPERATIVE_VERBS } from '../extract/blocks.js';
import { analyze } from './analyzer.js';
import type { AnswerType } from './query.js';

/** A passage as search holds it in memory. */
export interface SearchablePassage {
  key: string;
  document: string;
  ordinal: number;
  text: string;
  page: number | null;
  section: string | null;
  /** The ingested file's base name. */
  source: string;
  title: string | null;
  year: number | null;
  /** `name` is carried for display only. */
  entities: { label: EntityLabel; key: string; name?: string | null }[];
  vector: Float32Array | number[] | null;
  /** What the passage stands under, when the caller knows it (a mandate's resolution and addressee); else read from the text. */
  context?: string;
}

/**
 * A list item ("1 to regularly update …", "– During PP-22 …", "b) invites …") or a clause that starts in
 * lower case continues the sentence that introduced it; its meaning depends on that lead-in.
 */
const LIST_ITEM = /^\s*(?:\(?\d{1,2}(?:\.\d{1,2})*[.)]?\s|\(?[a-z]\)\s|[–•·*-]\s)/u;
const CONTINUATION = new RegExp(`${LIST_ITEM.source}|^\\s*\\p{Ll}`, 'u');
/** How far back a list item looks for its lead-in. */
const LEAD_IN_LOOKBACK = 20;

/** A line that ends a sentence; a line without this ending and with more lines after it introduces them. */
const SENTENCE_END = /[.;!?…"”)]\s*$/;

/**
 * A passage's own words apart from the heading and lead-in lines segmentation may have put at its top
 * ("Financial implications\n…", "The Council … instructs the Secretary-General\n1 to …"): those say where the
 * passage stands, not what it says, so they rank as context.
 */
export function splitPassage(passage: { text: string; section: string | null }): {
  body: string;
  leadIn: string[];
  /** The heading and the nearest lead-in: what the items under them continue. */
  governing: string[];
} {
  const lines = passage.text.split('\n');
  const leadIn: string[] = [];
  const governing: string[] = [];
  while (lines.length > 1) {
    const first = lines[0]!.trim();
    const isHeading = first === passage.section?.trim();
    if (!isHeading && SENTENCE_END.test(first)) break;
    // Stacked clause lead-ins ("… instructs the Secretary-General" over "instructs the Secretary-General and the
    // Directors …"): a clause opening in lower case is the one that introduces the items below; the one above
    // it is context.
    const opensClause = /^\p{Ll}/u.test(first);
    if (!isHeading && opensClause && governing.length > 0 && governing.at(-1) !== passage.section?.trim()) governing.pop();
    governing.push(first);
    leadIn.push(lines.shift()!);
  }
  return { body: lines.join('\n'), leadIn, governing };
}

/**
 * A passage that only introduces the list after it ("The Council … instructs the Secretary-General", then "1 to
 * update …"): it says whom the items address, the items say what. Its sentence is left open and the next passage
 * continues it. A passage that ends on an item or clause of its own holds what is asked, not only whom: resolutions
 * close an item with a comma before the next lead-in ("6 to report …,", "to encourage all Member States …,"), where
 * a lead-in is a short clause ("The General Assembly,") or opens a list (":").
 */
export function introducesList(passage: { text: string }, next: { text: string; section: string | null } | undefined): boolean {
  if (!next || SENTENCE_END.test(passage.text)) return false;
  const lastLine = passage.text.trimEnd().split('\n').at(-1)!;
  if (!/:\s*$/.test(lastLine)) {
    if (LIST_ITEM.test(lastLine)) return false;
    if (/,\s*$/.test(lastLine) && analyze(lastLine).length >= CLAUSE_TERMS) return false;
  }
  return CONTINUATION.test(splitPassage(next).body);
}

/** A comma-closed line of this many index terms states something; a shorter one ("The General Assembly,") only leads in. */
const CLAUSE_TERMS = 8;

/**
 * The context a passage stands in: its section heading, its own lead-in lines and, for a list item split from
 * its lead-in, the sentence that introduces the list. `previous` holds the earlier passages' texts in order.
 */
export function contextOf(passage: { text: string; section: string | null; context?: string }, previous: readonly string[]): string {
  if (passage.context !== undefined) return passage.context;
  const { body, leadIn } = splitPassage(passage);
  const parts = passage.section ? [passage.section] : [];
  for (const line of leadIn) if (!parts.includes(line)) parts.push(line);
  if (leadIn.length === 0 && CONTINUATION.test(body)) {
    for (let i = previous.length - 1; i >= Math.max(0, previous.length - LEAD_IN_LOOKBACK); i -= 1) {
      const candidate = previous[i]!;
      if (candidate.replace(/[\s.…]/g, '').length < 4 || CONTINUATION.test(candidate)) continue;
      if (candidate !== passage.section) parts.push(candidate);
      break;
    }
  }
  return parts.join('\n');
}

const MONTH_CAPITALISED = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const MONTH = '(?:january|february|march|april|may|june|july|august|september|october|november|december)';
const DATE = new RegExp(`\\b\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?\\s+${MONTH}\\b|\\b${MONTH}\\s+\\d{4}\\b`, 'i');
/** A stated amount: grouped thousands, a number with a unit or counted noun; bare years do not count. */
const AMOUNT = /(?<![\p{L}\d/.-])(\d{1,3}(?:[ ,]\d{3})+|\d+(?:\.\d+)?)(?:\s*(%|percent|per cent|million|billion|thousand))?(?![\d/])/giu;
/** A year a thing happens by, in or from ("by 2020", "in 2019"): not a citation's "(Rev. Dubai, 2018)". */
const YEAR = /\b(?:by|in|until|before|after|since|from|during)\s+(?:the\s+(?:end|beginning|start)\s+of\s+)?(?:19|20)\d{2}\b/i;
/**
 * "in Geneva", "at Sharm el-Sheikh"; not where a text refers to its own parts or to other texts ("in Article 13", "in
 * Annex 2", "in Resolution 71") or to a month ("in January 2020").
 */
const PLACE = new RegExp(
  `\\b(?:in|at)\\s+(?!(?:Article|Annex|Appendix|Attachment|Chapter|Section|Part|Paragraph|Table|Figure|Resolution|Recommendation|Decision|Document|Rule|No|Nos|Note)\\b|${MONTH_CAPITALISED}\\b)\\p{Lu}\\p{Ll}+(?:,\\s*\\p{Lu}\\p{Ll}+)?`,
  'u',
);
const ACTOR = /\b(?:chaired|led|headed|organi[sz]ed|hosted|coordinated|facilitated|managed) by\b|\b(?:Secretary-General|Director|Chair(?:man|person)?|co-chair|Bureau|Task Force)\b/;
/** A stated recurrence: "annually", "every four years", "each July", "on an annual basis". */
const FREQUENCY = /\b(?:annual(?:ly)?|biennial(?:ly)?|yearly|monthly|weekly|quarterly|regularly|every (?:\w+ )?(?:years?|months?|weeks?|days?|january|february|march|april|may|june|july|august|september|october|november|december)|each (?:year|month|week|session)|(?:once|twice) (?:a|per) \w+)\b/i;
const RESOLUTION = /\bresolution\s+(?:\d|[A-Z]+\/)/i;
/**
 * An operative paragraph: a line of its lead-in or text opens with an operative phrase ("resolves", "instructs the
 * Secretary-General", "1. Requests …"). It is what a resolution asks of someone: the answer to "which resolution
 * asks … to …".
 */
const OPERATIVE = new RegExp(`^(?:\\d+\\.?\\s+)?(?:also\\s+|further\\s+)?(?:${OPERATIVE_VERBS})\\b`, 'im');
/**
 * A lead-in says who asks as well as what: "The Council Resolution 1332 (Mod 2024) instructs the Secretary-General"
 * introduces operative items as "instructs the Secretary-General" does. In a lead-in line, an operative phrase
 * anywhere in its one clause makes the items below it operative.
 */
const OPERATIVE_LEAD_IN = new RegExp(`^[^\\n.;:]*\\b(?:${OPERATIVE_VERBS})\\b`, 'im');
const DOCUMENT = /\b(?:report|document|publication)\b/i;

/** Which kinds of answer a passage's own text (or, for resolutions, its lead-in) can give. */
export function answerTypesOf(passage: SearchablePassage, context: string): Set<AnswerType> {
  const types = new Set<AnswerType>();
  const { text } = passage;
  const labels = new Set(passage.entities.map((entity) => entity.label));
  // Nearly every passage names ITU: an actor answer names several agencies, or a role.
  const agencies = passage.entities.filter((entity) => entity.label === 'Agency').length;
  if (hasAmount(text)) types.add('quantity');
  if (FREQUENCY.test(text)) types.add('frequency');
  if (DATE.test(text)) types.add('date');
  if (DATE.test(text) || YEAR.test(text)) types.add('year');
  if (PLACE.test(text)) types.add('place');
  if (ACTOR.test(text) || agencies >= 2) types.add('actor');
  if (RESOLUTION.test(text) || RESOLUTION.test(context) || labels.has('Resolution')) types.add('resolution');
  if (OPERATIVE.test(text) || OPERATIVE_LEAD_IN.test(context)) types.add('operative');
  if (DOCUMENT.test(text) || labels.has('Document')) types.add('document');
  if (labels.has('Event')) types.add('event');
  if (labels.has('ActionLine')) types.add('actionLine');
  if (labels.has('SDG')) types.add('goal');
  return types;
}

function hasAmount(text: string): boolean {
  for (const match of text.matchAll(AMOUNT)) {
    const value = Number(match[1]!.replace(/[ ,]/g, ''));
    const isYear = Number.isInteger(value) && value >= 1900 && value <= 2099 && !match[2];
    if (!isYear && (value >= 10 || match[2])) return true;
  }
  return false;
}
