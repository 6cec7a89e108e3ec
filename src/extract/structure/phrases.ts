/**
 * Patterns over the phrase tables (src/domain/reference/resolution-phrases.ts): a preambular group heading, an
 * operative group heading (ITU: "instructs the Secretary-General" on its own line), an operative paragraph that opens
 * with its phrase (UN: "1. Requests the Secretary-General to …", declarations: "We call upon …"), and the addressee
 * and action of an operative text.
 */
import {
  INSTRUMENT_KINDS,
  type InstrumentKind,
  OPERATIVE_ADVERBS,
  OPERATIVE_PHRASES,
  type OperativePhrase,
  PREAMBULAR_PHRASES,
  PREAMBULAR_QUALIFIERS,
} from '../../domain/reference/index.js';
import { escapeRegExp } from '../text.js';

const alternation = (forms: readonly string[]): string =>
  [...forms]
    .sort((a, b) => b.length - a.length)
    .map((f) => escapeRegExp(f).replace(/ /g, '\\s+'))
    .join('|');

/** First letter in either case: ITU headings are lower case, UN paragraphs capitalised. */
const eitherCase = (forms: readonly string[]): string =>
  [...forms]
    .sort((a, b) => b.length - a.length)
    .map((f) => `[${(f[0] as string).toLowerCase()}${(f[0] as string).toUpperCase()}]${escapeRegExp(f.slice(1)).replace(/ /g, '\\s+')}`)
    .join('|');

const ADVERB = `(?:${eitherCase(OPERATIVE_ADVERBS)})`;

const PHRASE_OF_FORM = new Map<string, OperativePhrase>();
for (const p of OPERATIVE_PHRASES) {
  for (const f of p.forms) PHRASE_OF_FORM.set(f, p);
  for (const f of p.firstPerson ?? []) PHRASE_OF_FORM.set(`we ${f}`, p);
}
const FORMS = `(?:${eitherCase(OPERATIVE_PHRASES.flatMap((p) => p.forms))})`;
const FIRST_PERSON = `(?:We\\s+(?:${ADVERB}\\s+)?(?:${alternation(OPERATIVE_PHRASES.flatMap((p) => p.firstPerson ?? []))}))`;
const phraseOf = (written: string): OperativePhrase | null =>
  PHRASE_OF_FORM.get(
    written
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .replace(new RegExp(`^we (?:${alternation(OPERATIVE_ADVERBS)}) `), 'we '),
  ) ?? null;

/** "resolves to instruct", "decides also to invite", "continues to invite": the second verb is the operative one. */
const INFINITIVES: Readonly<Record<string, string>> = Object.fromEntries(
  OPERATIVE_PHRASES.filter((p) => p.addressed && p.directive).flatMap((p) => p.forms.map((f) => [f.replace(/^(\S+)s\b/, '$1'), f])),
);
const RESOLVES_TO = new RegExp(`^(?:resolves|decides|continues)\\s+(?:${ADVERB}\\s+)?to\\s+(?<infinitive>${alternation(Object.keys(INFINITIVES))})\\b`, 'i');

const PREAMBLE_HEADING = new RegExp(
  `^(?:(?:[Ff]urther|[Aa]lso)\\s+)?(?<phrase>${eitherCase(PREAMBULAR_PHRASES)})(?:\\s+(?:${alternation(PREAMBULAR_QUALIFIERS)}))*\\s*[,:]?$`,
);
/** A UN preambular paragraph opens with its phrase, capitalised: "Recalling its resolution 70/125 …". */
const PREAMBLE_PARAGRAPH = new RegExp(`^(?:(?:Further|Also)\\s+)?(?<phrase>${alternation(PREAMBULAR_PHRASES.map((p) => `${(p[0] as string).toUpperCase()}${p.slice(1)}`))})\\b`);

export interface OperativeOpening {
  readonly phrase: OperativePhrase;
  /** The phrase as written up to the end of the verb and its adverbs ("further instructs", "We call upon"). */
  readonly written: string;
  /** Characters of the text the opening takes (the rest is addressee and action). */
  readonly length: number;
}

const OPENING = new RegExp(`^(?:(?:${ADVERB})\\s+)*(?<form>${FORMS}|${FIRST_PERSON})(?:\\s+(?:${ADVERB}))*(?=\\s|,|$)`);

/** An operative phrase at the start of `text`: "instructs", "further instructs", "Also requests", "We call upon". */
export function operativeOpening(text: string): OperativeOpening | null {
  const resolvesTo = RESOLVES_TO.exec(text);
  if (resolvesTo?.groups) {
    const phrase = phraseOf(INFINITIVES[resolvesTo.groups.infinitive?.toLowerCase().replace(/\s+/g, ' ') ?? ''] ?? '');
    if (phrase) return { phrase, written: resolvesTo[0], length: resolvesTo[0].length };
  }
  const m = OPENING.exec(text);
  const phrase = m?.groups?.form ? phraseOf(m.groups.form) : null;
  if (!m || !phrase) return null;
  return { phrase, written: m[0], length: m[0].length };
}

export const preambleHeading = (text: string): string | null => (PREAMBLE_HEADING.test(text) ? text.replace(/[,:]$/, '').trim() : null);
export const preambleParagraphPhrase = (text: string): string | null => PREAMBLE_PARAGRAPH.exec(text)?.groups?.phrase ?? null;

const HEADING_MAX = 400;
// Where an addressee ends and a lead-in clause begins: "the Secretary-General, in close collaboration with …, to",
// "the Directors, each within the scope of their responsibilities", "the Directors of the three Bureaux within their
// respective spheres of competence" (a competence qualifier needs no comma).
const LEAD_IN_CLAUSE = /\s+(?=(?:each\s+)?within\s+(?:their|its|his|her)\b)|,\s+(?=(?:each|in|at|during|within|through|with|as(?!\s+well\s+as)|when|while|taking|acting|based|according|after|under|upon|by|together|pursuant|where|if|on|for|following|bearing|subject|and\s+in)\b)/;
// An action opens on an infinitive ("to submit …") or a that-clause; "to" before a determiner is a preposition
// ("Member States Parties to the Tampere Convention to take …", "pursuant to his initiative").
const ACTION_START =
  /(?:^|\s)to\s+(?!(?:the|a|an|this|these|those|its|his|her|their|our|all|each|any|such|which|whom|whose)\s)(?=[a-z])|(?:^|\s)that\s+(?=\S)/;

/** Whether a text holds an action: an infinitive or a that-clause, not only "to" as a preposition. */
export const holdsAction = (text: string): boolean => ACTION_START.test(text);

export interface OperativeHeading {
  readonly opening: OperativeOpening;
  readonly addressee: string | null;
}

/**
 * A line that is an operative group heading in ITU layout: the phrase and its addressee, no action ("instructs the
 * Director of the Telecommunication Development Bureau", "resolves", "invites Member States, Sector Members,
 * Associates and Academia"). A phrase followed by "to …" in the same line is a paragraph, not a heading.
 */
export function operativeHeading(text: string): OperativeHeading | null {
  if (text.length > HEADING_MAX || /[;.]$/.test(text)) return null;
  const opening = operativeOpening(text);
  if (!opening) return null;
  const rest = text.slice(opening.length).replace(/[,:]\s*$/, '').trim();
  // "invites Member States to contribute …" or "resolves that …" is a paragraph, not a heading.
  if (/(?:^|\s)to\s+(?!(?:the|all|its|their|this|these|those|that|each|any|relevant|other)\b)[a-z]/.test(rest)) return null;
  if (/(?:^|\s)that\s/.test(rest) || /[;.:]/.test(rest)) return null;
  if (rest.length > 0 && !opening.phrase.addressed) return null;
  const addressee = rest.length === 0 ? null : (rest.split(LEAD_IN_CLAUSE)[0] as string).trim();
  return { opening, addressee };
}

export interface OperativeSentence {
  readonly opening: OperativeOpening;
  readonly addressee: string | null;
  /** Offset of the action in the text ("to submit …", "that ITU should …"), or of the rest when there is none. */
  readonly actionStart: number;
}

/** An operative paragraph that opens with its phrase: "Requests the Secretary-General to …", "We call upon all stakeholders to …". */
export function operativeSentence(text: string): OperativeSentence | null {
  const opening = operativeOpening(text);
  if (!opening) return null;
  const rest = text.slice(opening.length);
  const lead = rest.length - rest.trimStart().length;
  const body = rest.trimStart();
  if (!opening.phrase.addressed) return { opening, addressee: null, actionStart: opening.length + lead };
  const split = addresseeAndAction(body);
  return { opening, addressee: split.addressee, actionStart: opening.length + lead + split.actionStart };
}

/**
 * "the Secretary-General, in close collaboration with …, to submit …" → addressee "the Secretary-General", action
 * from "to submit"; also a paragraph under a bare heading ("invites" + "1 RAG, TSAG and TDAG to continue …").
 */
export function addresseeAndAction(text: string): { addressee: string | null; actionStart: number } {
  // "Requests the Secretary-General:" with its actions in the sub-items below: the whole text is the addressee.
  if (!ACTION_START.test(text) && /:\s*$/.test(text)) {
    const addressee = (text.replace(/:\s*$/, '').split(LEAD_IN_CLAUSE)[0] as string).replace(/,\s*$/, '').trim();
    if (addressee.length > 0) return { addressee, actionStart: text.length };
  }
  const action = ACTION_START.exec(text);
  const head = action ? text.slice(0, action.index) : '';
  const addressee = (head.split(LEAD_IN_CLAUSE)[0] as string).replace(/,\s*$/, '').trim();
  const actionStart = action ? action.index + (action[0].length - action[0].trimStart().length) : 0;
  return { addressee: addressee.length > 0 ? addressee : null, actionStart };
}

const DELEGATED = new RegExp(`^to\\s+(?<infinitive>${alternation(Object.keys(INFINITIVES))})\\s+(?=(?:the\\s+|all\\s+)?[A-Z])`);

/**
 * A paragraph under resolves/decides that asks someone through a second verb ("6 to invite UNGIS to align …", "2 to
 * instruct the Secretary-General to report …"): that verb, its addressee and where the action starts.
 */
export function delegatedRequest(text: string): { verb: string; addressee: string; actionStart: number } | null {
  const m = DELEGATED.exec(text);
  const phrase = m?.groups?.infinitive ? phraseOf(INFINITIVES[m.groups.infinitive.toLowerCase().replace(/\s+/g, ' ')] ?? '') : null;
  if (!m || !phrase) return null;
  const rest = text.slice(m[0].length);
  const split = addresseeAndAction(rest);
  if (split.addressee === null || split.actionStart === 0) return null;
  // A lead-in between the addressee and the action ("…, in line with …, to report") stays with the action.
  const afterAddressee = rest.indexOf(split.addressee) + split.addressee.length;
  const leadIn = /^[\s,]*/.exec(rest.slice(afterAddressee))?.[0].length ?? 0;
  return { verb: phrase.verb, addressee: split.addressee, actionStart: m[0].length + Math.min(afterAddressee + leadIn, split.actionStart) };
}

/** Where an ITU operative phrase, lower case, follows a clause end inside a text: "…, invites Member States to …". */
export const CLAUSE_THEN_OPERATIVE = new RegExp(
  `[,;]\\s+(?=(?:(?:further|also)\\s+)?(?:${alternation(OPERATIVE_PHRASES.filter((p) => p.directive).flatMap((p) => p.forms))}|continues\\s+to\\s+(?:${alternation(Object.keys(INFINITIVES))}))\\s)`,
  'g',
);

/** A text without its lead-in clause: "the Secretary-General, in close collaboration with …" → "the Secretary-General". */
export const withoutLeadIn = (addressee: string): string => (addressee.split(LEAD_IN_CLAUSE)[0] as string).replace(/,\s*$/, '').trim();

/** A sub-item or clause mark that opens a line: "1", "2.", "1.1", "a)", "(ii)", "iv)". */
export const PARAGRAPH_NUMBER = /^(?<num>\d{1,3}(?:\.\d{1,3})*\.?|\(?[a-z]\)|\(?[ivxl]{1,6}\)|\([a-z0-9]{1,4}\))\s+/;

/**
 * A division of a collection, in capitals: "PART III - RESOLUTIONS", "PART VI - SIGNATORIES". It ends the instrument
 * before it (what follows, up to the next identity, is the collection's own text). A page number may stand before
 * it ("481 PART IV - …"), or a converter may have numbered it as a paragraph ("18 PART II - DECISION ABROGATED …").
 */
export const DIVISION = String.raw`PART\s+[IVXL]{1,5}\s*[-–—]\s*[A-Z]{2}`;
export const DIVISION_HEADING = new RegExp(String.raw`^(?:\d{1,4}\s+)?${DIVISION}`);

/** The word naming an instrument in capitals ("RESOLUTION|DECISION|RECOMMENDATION"), as Final Acts print identities and annex headings. */
export const INSTRUMENT_WORD_CAPITALS = INSTRUMENT_KINDS.map((kind) => kind.toUpperCase()).join('|');
/** The same words capitalised ("Resolution|Decision|Recommendation"), as Council and sector texts print them. */
export const INSTRUMENT_WORD_CAPITALISED = INSTRUMENT_KINDS.map((kind) => `${kind.charAt(0).toUpperCase()}${kind.slice(1)}`).join('|');
/** The kind an instrument word names, in either writing ("DECISION", "Decision" → decision). */
export const instrumentKindOf = (word: string): InstrumentKind | null => INSTRUMENT_KINDS.find((kind) => kind === word.toLowerCase()) ?? null;
