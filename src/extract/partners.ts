/**
 * PARTNERS_WITH from sentence structure rather than co-occurrence. A collaboration cue has two sides: the subject
 * before it ("ITU", "hosted by ITU") and the list after it ("together with UNDP, UNCTAD, and UN ECLAC", "co-organized
 * with UNESCO, UNDP, and UNCTAD", "co-chaired by ITU and UNDP"). The agencies on the two sides act together, so each
 * pair of them is a partnership. An agency that is the object of the shared activity is not a partner of the ones
 * acting on it ("ITU co-chairs UNGIS with UNDP", "the vice-chairing of UNGIS together with UNDP"), and "UNGIS
 * members" names the members, not UNGIS.
 */
import type { Found, Span } from './text.js';

const COLLABORATION = 'co-(?:organi[sz]|chair|host|lead|led|conven|facilitat|sponsor)|collaborat|cooperat|partner|work(?:s|ed|ing)?\\s+closely|jointly';
// Cues whose partners follow them as a list.
const WITH_CUE = /\b(?:together\s+with|alongside|jointly\s+with|in\s+(?:close\s+)?(?:collaboration|cooperation|partnership|coordination|conjunction)\s+with|with)\b/g;
// A bare "with" is a cue only after a collaboration word in the same clause: "ITU co-chairs UNGIS with UNDP".
const COLLABORATION_BEFORE_WITH = new RegExp(`(?:${COLLABORATION})[^,;:]{0,80}$`, 'i');
// Cues that relate the subject to each listed agency, rather than giving them all one shared role.
const RELATIONAL = /(?:collaborat\w*|cooperat\w*|partner\w*|coordination|work(?:s|ed|ing)?\s+closely)\s+with$/i;
// Cues followed by the list of agents acting jointly: "co-organized by ITU and UNESCO".
const BY_CUE = /\b(?:co-(?:organi[sz]ed|chaired|hosted|led|convened|sponsored)|jointly\s+[a-z]+ed)\s+by\b/g;
// Cues with the partners as their subject only: "ITU and UNESCO jointly launched …", "ITU and UNDP co-chair UNGIS".
const SUBJECT_CUE = /\b(?:jointly|joint|co-(?:chair|organi[sz]e|host|lead|convene|sponsor)[sd]?)\b(?!\s+(?:with|by)\b)/g;
// Where a clause starts: the subject of a cue is not looked for before this.
const CLAUSE_BREAK = /[;:]|,\s+(?:and|but|while|whereas|which|who|where)\b|\b(?:while|whereas)\b/g;
// An agency right after one of these is what the partners act on, not one of them.
const OBJECT_BEFORE =
  /\b(?:(?:co-|vice-)*(?:chair(?:s|ed|ing)?|chairing\s+of|chairmanship\s+of|lead(?:s|ing)?|led|host(?:s|ed|ing)?|convene[sd]?|organi[sz]e[sd]?|support(?:s|ed|ing)?|coordinate[sd]?|join(?:s|ed)?|assist(?:s|ed)?)|members?\s+of|of)\s+(?:the\s+)?$/i;
// Between list items: commas, "and", "as well as", articles; before the first: "relevant UN agencies, including".
const LIST_GLUE = /^(?:\s|,|\band\b|\bas\s+well\s+as\b|\bthe\b|\bincluding\b|\bsuch\s+as\b|\bnotably\b|\bnamely\b|\bin\s+particular\b)*/;
const LEAD_TO_LIST = /^[^.;]{0,50}?\b(?:including|such\s+as|notably|namely|in\s+particular)\s+/;
// Text between "Long Name" and its acronym "(ACRONYM)".
const PARENTHETICAL = /^\s*\([^()]{1,40}\)/;

interface Side {
  readonly agencies: Found[];
  readonly end: number;
}

/** Agencies listed from `at` on: "UNESCO, UNDP, and UNCTAD", stopping at the first thing that is not one. */
function listFrom(text: string, at: number, agencies: readonly Found[]): Side {
  const listed: Found[] = [];
  let pos = at;
  const lead = LEAD_TO_LIST.exec(text.slice(pos));
  if (lead && !agencies.some((a) => a.start >= pos && a.start < pos + lead[0].length)) pos += lead[0].length;
  for (;;) {
    pos += LIST_GLUE.exec(text.slice(pos))?.[0].length ?? 0;
    const next = agencies.find((a) => a.start === pos);
    if (!next) break;
    pos = next.end;
    pos += PARENTHETICAL.exec(text.slice(pos))?.[0].length ?? 0;
    if (/^\s+members?\b/.test(text.slice(pos))) break; // "UNGIS members" are the partners, not UNGIS
    listed.push(next);
  }
  return { agencies: listed, end: pos };
}

/** The subject of a cue at `at`: the agencies of its clause that act, not the ones acted on. */
function subjectBefore(text: string, sentence: Span, at: number, agencies: readonly Found[], objects: ReadonlySet<Found>): Found[] {
  let clauseStart = sentence.start;
  for (const m of text.slice(sentence.start, at).matchAll(CLAUSE_BREAK)) clauseStart = sentence.start + m.index + m[0].length;
  return agencies.filter((a) => a.start >= clauseStart && a.end <= at && !objects.has(a));
}

/** Agencies acted on in the sentence; an acronym in parentheses shares the status of the name before it. */
function objectsOf(text: string, agencies: readonly Found[]): Set<Found> {
  const objects = new Set<Found>();
  agencies.forEach((a, i) => {
    const previous = agencies[i - 1];
    const isAcronymOfPrevious = previous !== undefined && /^\s*\($/.test(text.slice(previous.end, a.start));
    if (isAcronymOfPrevious ? objects.has(previous) : OBJECT_BEFORE.test(text.slice(Math.max(0, a.start - 40), a.start))) objects.add(a);
  });
  return objects;
}

/** Pairs of agency keys that act together in one sentence (`agencies`: its agencies in text order). */
export function partnerPairs(text: string, sentence: Span, agencies: readonly Found[]): Array<[string, string]> {
  if (agencies.length < 2) return [];
  const sentenceText = text.slice(sentence.start, sentence.end);
  const objects = objectsOf(text, agencies);
  const groups: Found[][] = [];
  for (const m of sentenceText.matchAll(WITH_CUE)) {
    const at = sentence.start + m.index;
    if (m[0] === 'with' && !COLLABORATION_BEFORE_WITH.test(text.slice(sentence.start, at))) continue;
    const after = listFrom(text, at + m[0].length, agencies);
    if (after.agencies.length === 0) continue;
    const subject = subjectBefore(text, sentence, at, agencies, objects);
    // "ITU works closely with UNGA, ECOSOC, CSTD": each works with ITU, not with each other. A shared role
    // ("co-organized with", "together with", "alongside") or a list with no subject makes them all act together.
    const oneToEach = subject.length > 0 && RELATIONAL.test(text.slice(Math.max(sentence.start, at - 60), at + m[0].length));
    if (oneToEach) for (const a of after.agencies) groups.push([...subject, a]);
    else groups.push([...subject, ...after.agencies]);
  }
  for (const m of sentenceText.matchAll(BY_CUE)) {
    groups.push(listFrom(text, sentence.start + m.index + m[0].length, agencies).agencies);
  }
  for (const m of sentenceText.matchAll(SUBJECT_CUE)) {
    groups.push(subjectBefore(text, sentence, sentence.start + m.index, agencies, objects));
  }
  const pairs = new Map<string, [string, string]>();
  for (const group of groups) {
    const keys = [...new Set(group.sort((a, b) => a.start - b.start).map((a) => a.key))];
    for (let i = 0; i < keys.length; i++) {
      for (let j = i + 1; j < keys.length; j++) {
        const pair: [string, string] = [keys[i] as string, keys[j] as string];
        const id = [...pair].sort().join('|');
        if (!pairs.has(id)) pairs.set(id, pair);
      }
    }
  }
  return [...pairs.values()];
}
