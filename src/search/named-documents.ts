import { agencyKeyOf } from '../extract/agencies.js';

/** What a document is, as a question names it ("the 2024 Council resolution", "the secretariat's contribution"). */
export type DocumentKind = 'resolution' | 'report' | 'contribution';

/** A document's identity as questions refer to it: who issued it, when, and what it is. */
export interface DocumentProfile {
  issuingBody: string | null;
  year: number | null;
  kinds: ReadonlySet<DocumentKind>;
}

/** What a question says about the document it asks about. */
export interface DocumentCues {
  /** Bodies named right before a document kind ("the 2024 Council resolution"): agency keys. */
  issuers: string[];
  years: number[];
  kinds: DocumentKind[];
}

const KIND_WORDS: Readonly<Record<string, DocumentKind>> = {
  resolution: 'resolution',
  report: 'report',
  contribution: 'contribution',
};

/**
 * Segmentation puts the cover sheet (symbol, date, "Contribution from …", Purpose, Action required) in a
 * document's first passages; its body may mention other reports and contributions freely.
 */
const COVER_PASSAGES = 2;
/** Cover lines that say what the document is. */
const COVER_KINDS: readonly [RegExp, DocumentKind][] = [
  [/^(?:resolution\s+\d|resolution adopted by)/im, 'resolution'],
  [/^(?:contribution|submission) (?:from|by)\b/im, 'contribution'],
  [/\bthis report\b/i, 'report'],
];
/** A UN resolution's symbol (A/RES/79/194, E/RES/2024/11). */
const RESOLUTION_SYMBOL = /\/RES\//;

/** The kinds a document's key and cover passages (in ordinal order) declare. */
export function documentKindsOf(documentKey: string, orderedTexts: readonly string[]): Set<DocumentKind> {
  const kinds = new Set<DocumentKind>();
  if (RESOLUTION_SYMBOL.test(documentKey)) kinds.add('resolution');
  const cover = orderedTexts.slice(0, COVER_PASSAGES).join('\n');
  for (const [pattern, kind] of COVER_KINDS) if (pattern.test(cover)) kinds.add(kind);
  return kinds;
}

/** A year standing alone, not inside a symbol ("E/RES/2023/3") or a range ("2023-2024"). */
const YEAR = /(?<![\w/.-])((?:19|20)\d{2})(?![\w/-])/g;
const KIND_WORD = /\b(resolution|report|contribution)s?\b/gi;
const IS_YEAR = /^(?:19|20)\d{2}$/;
const CAPITALIZED = /^\p{Lu}[\p{L}\d&-]*$/u;

/**
 * The body named right before a kind word: "the 2024 Council resolution", "the General Assembly resolution",
 * "ECOSOC's report". The longest run of capitalized words there that the agency list knows, bare or with "the"
 * ("the Council" is how the extractors know the ITU Council).
 */
function issuerBefore(text: string): string | null {
  const words = text.trim().split(/\s+/).map((word) => word.replace(/['’]s$/, ''));
  if (words.length > 0 && IS_YEAR.test(words.at(-1)!)) words.pop();
  let start = words.length;
  while (start > 0 && CAPITALIZED.test(words[start - 1]!)) start -= 1;
  for (let from = start; from < words.length; from += 1) {
    const name = words.slice(from).join(' ');
    const key = agencyKeyOf(name) ?? agencyKeyOf(`the ${name}`);
    if (key) return key;
  }
  return null;
}

/** Reads what a question says about the document it asks about: issuer, year, kind. */
export function readDocumentCues(query: string): DocumentCues {
  const years = [...query.matchAll(YEAR)].map((match) => Number(match[1]));
  const kinds: DocumentKind[] = [];
  const issuers: string[] = [];
  for (const match of query.matchAll(KIND_WORD)) {
    const kind = KIND_WORDS[match[1]!.toLowerCase()]!;
    if (!kinds.includes(kind)) kinds.push(kind);
    const issuer = issuerBefore(query.slice(0, match.index));
    if (issuer && !issuers.includes(issuer)) issuers.push(issuer);
  }
  return { issuers, years, kinds };
}

/** How a question refers to a document: by enough of its identity to name it, or only by who issued it. */
export type DocumentReference = 'named' | 'issuer';

/** Each cue must agree with the document, and at least this many must be present and agree to name it. */
const CUES_TO_NAME = 2;

/**
 * How a question refers to this document, if it does: what it says of the document (issuer, year, kind) must all
 * agree with the document's metadata; two agreeing name it ("the 2024 General Assembly resolution"), the issuer
 * alone only says who speaks in it ("what will the General Assembly put on its agenda"). `namedBodies` are
 * agencies the question names anywhere (the query entities).
 */
export function documentReference(
  cues: DocumentCues,
  namedBodies: readonly string[],
  profile: DocumentProfile,
): DocumentReference | null {
  let agreeing = 0;
  const byIssuer = profile.issuingBody !== null && (cues.issuers.includes(profile.issuingBody) || namedBodies.includes(profile.issuingBody));
  if (byIssuer) agreeing += 1;
  else if (cues.issuers.length > 0) return null;
  if (cues.years.length > 0) {
    if (profile.year === null || !cues.years.includes(profile.year)) return null;
    agreeing += 1;
  }
  if (cues.kinds.length > 0) {
    if (!cues.kinds.some((kind) => profile.kinds.has(kind))) return null;
    agreeing += 1;
  }
  if (agreeing >= CUES_TO_NAME) return 'named';
  return byIssuer ? 'issuer' : null;
}
