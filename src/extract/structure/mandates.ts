/**
 * Mandates of a resolution's own text, read from its operative part: one per paragraph under a directive phrase
 * (sub-items belong to their paragraph); declaratory phrases give none. The addressee is the group's (ITU heading)
 * or the paragraph's (UN style); under resolves/decides it is the clause's subject where it names one ("that ITU
 * should …" → ITU), else the adopting body.
 */
import type { Mandate, Passage } from '../../domain/document.js';
import { OPERATIVE_PHRASES } from '../../domain/reference/index.js';
import type { OperativeGroup, ResolutionStructure, StructuredParagraph } from '../../domain/resolution-structure.js';
import { writtenAddressee } from '../mandates.js';
import { PassageLocator, type Placement } from './link.js';
import { PARAGRAPH_NUMBER, addresseeAndAction, delegatedRequest, holdsAction, operativeSentence } from './phrases.js';

const PHRASE_OF_VERB = new Map(OPERATIVE_PHRASES.map((p) => [p.verb, p]));

// "that ITU should …", "that the ITU Telecommunication Development Sector (ITU-D) shall …": a named subject.
const CLAUSE_SUBJECT =
  /^that\s+(?:the\s+)?(?<subject>[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’-]*|\([A-Z][\w&-]*\)|of|and|the|for|on))*?)\s+(?:should|shall|must|will|would|may|can|is|are|be|continues?|remains?|has|have)\b/;

const clauseSubject = (text: string): string | null => CLAUSE_SUBJECT.exec(text)?.groups?.subject ?? null;

const UN_BODIES = new Set(['UNGA', 'ECOSOC']);
/** The addressee as written; in a UN body's resolution "the Council" is the Economic and Social Council. */
const addresseeOf = (structure: ResolutionStructure, written: string): string => {
  const addressee = writtenAddressee(written);
  return addressee === 'Council' && UN_BODIES.has(structure.formula?.body ?? '') ? 'ECOSOC' : addressee;
};

/** The adopting body as an addressee: the formula's body key (ITU-PP, ITU-COUNCIL, UNGA …). */
const adoptingBody = (structure: ResolutionStructure): string => structure.formula?.body ?? structure.identity.resolution.split('/')[0] ?? 'adopting body';

function lastPlacedEnd(p: StructuredParagraph, placements: ReadonlyMap<StructuredParagraph, Placement>, passage: number, end: number): number {
  let out = end;
  for (const item of p.items) {
    const at = placements.get(item);
    if (at && at.passage === passage && at.start >= out) out = lastPlacedEnd(item, placements, passage, at.end);
  }
  return out;
}

function paragraphMandate(
  structure: ResolutionStructure,
  group: OperativeGroup,
  p: StructuredParagraph,
  at: Placement,
  passage: Passage,
  placements: ReadonlyMap<StructuredParagraph, Placement>,
): Mandate | null {
  const phrase = PHRASE_OF_VERB.get(group.verb);
  if (!phrase?.directive) return null;
  // An unnumbered line introducing the numbered paragraphs below ("pursuant to his initiative on this matter:") asks
  // nothing itself; they do.
  if (p.num === null && p.items.length === 0 && p.text.trimEnd().endsWith(':') && !holdsAction(p.text)) return null;
  // UN style: the paragraph opens with its phrase; the action is what follows the addressee. Under a bare heading
  // ("invites") each paragraph names its addressee ("RAG, TSAG and TDAG to continue …").
  const own = group.paragraphs.length === 1 && p.text.startsWith(group.phrase) ? operativeSentence(p.text) : null;
  const named = !own && phrase.addressed && group.addressee === null && /^(?:the\s+)?[A-Z]/.test(p.text) ? addresseeAndAction(p.text) : null;
  // A heading's addressee that a layout broke onto the paragraph ("urges Member States Parties" + "to the Tampere
  // Convention to take …"): the paragraph opens on "to" as a preposition, and the action starts after it with no
  // comma between ("to the extent possible, to ensure …" is an adverbial before the action).
  const carried = !own && !named && group.addressee !== null && /^to\s/.test(p.text) ? addresseeAndAction(p.text) : null;
  const continued =
    carried?.addressee && carried.actionStart > 0 && !p.text.slice(0, carried.actionStart).includes(',')
      ? { addressee: `${group.addressee} ${carried.addressee}`, actionStart: carried.actionStart }
      : null;
  const delegated = !own && !phrase.addressed ? delegatedRequest(p.text) : null;
  const actionOffset = own?.actionStart ?? named?.actionStart ?? continued?.actionStart ?? delegated?.actionStart ?? 0;
  // An action held by the sub-items below ("Requests the Secretary-General:" + "(a) To submit …") starts on them.
  let start = at.start + actionOffset;
  while (start < passage.text.length && /\s/.test(passage.text[start] as string)) start += 1;
  const end = lastPlacedEnd(p, placements, at.passage, at.end);
  if (end <= start) return null;
  const action = passage.text.slice(start, end);
  const clause = p.text.slice(actionOffset);
  const addressee = continued?.addressee ?? delegated?.addressee ?? group.addressee ?? named?.addressee ?? (phrase.addressed ? null : clauseSubject(clause)) ?? adoptingBody(structure);
  return {
    resolution: structure.identity.resolution,
    addressee: addresseeOf(structure, addressee),
    verb: delegated?.verb ?? group.verb,
    action,
    passage: at.passage,
    start,
    end,
  };
}

export function structureMandates(
  structure: ResolutionStructure,
  placements: ReadonlyMap<StructuredParagraph, Placement>,
  passages: readonly Passage[],
): Mandate[] {
  const mandates: Mandate[] = [];
  let lastPassage = 0;
  for (const group of structure.operative) {
    for (const p of group.paragraphs) {
      const at = placements.get(p);
      const passage = at ? passages[at.passage] : undefined;
      if (!at || !passage) continue;
      lastPassage = at.passage;
      const m = paragraphMandate(structure, group, p, at, passage, placements);
      if (m) mandates.push(m);
    }
  }
  mandates.push(...declarationMandates(structure, passages, lastPassage));
  return mandates;
}

/**
 * An annexed declaration or outcome document adopted with the resolution speaks in the first person: "We call upon
 * all stakeholders to …", "We commit to …". Its directive paragraphs are the resolution's mandates too.
 */
function declarationMandates(structure: ResolutionStructure, passages: readonly Passage[], from: number): Mandate[] {
  const mandates: Mandate[] = [];
  const locator = new PassageLocator(passages, from);
  for (const annex of structure.annexes) {
    for (const line of annex.text.split('\n')) {
      const numbered = PARAGRAPH_NUMBER.exec(line);
      const body = numbered ? line.slice(numbered[0].length) : line;
      const sentence = /^We\s/.test(body) ? operativeSentence(body) : null;
      if (!sentence?.opening.phrase.directive) continue;
      const at = locator.locate(body);
      const passage = at ? passages[at.passage] : undefined;
      if (!at || !passage) continue;
      const start = at.start + sentence.actionStart;
      if (at.end <= start) continue;
      const addressee = sentence.addressee ?? clauseSubject(body.slice(sentence.actionStart)) ?? adoptingBody(structure);
      const action = passage.text.slice(start, at.end);
      mandates.push({ resolution: structure.identity.resolution, addressee: addresseeOf(structure, addressee), verb: sentence.opening.phrase.verb, action, passage: at.passage, start, end: at.end });
    }
  }
  return mandates;
}
