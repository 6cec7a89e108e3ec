/**
 * Resolutions of every issuer and their versions. The issuer comes from ITU/UN citation conventions: an explicit
 * prefix ("PP", "Council", "ECOSOC") or "of the <body>" suffix, the place and year of a revision (Bucharest 2022 is a
 * Plenipotentiary), Council session marks ("C11, last amended C19"), the number's form (four digits: Council;
 * "78/132": General Assembly; "2023/3": ECOSOC), the sentence around it, and other citations of the same number.
 */
import { ITU_CONFERENCES, type ResolutionIssuer, couldHaveMet, sessionByShortName } from '../domain/reference/index.js';
import { eventKey, fullYear, resolutionKey, versionKey } from '../domain/keys.js';
import type { Version } from '../domain/document.js';
import { CONFERENCE_ABBREVIATIONS, CONFERENCE_NAMES, CONFERENCE_PREFIXES, CONTEXT_ISSUERS, conferenceSeriesOf } from './conferences.js';
import type { ClaimMask, Found, Span } from './text.js';
import { sentenceAt } from './text.js';

const AFTER_WINDOW = 200;

const UN_SYMBOL = /(?<![\w/])(?:(?:ECOSOC|General Assembly|UNGA)\s+[Rr]esolution\s+)?([AE]\/RES\/\d{2,4}\/\d+)(?![\w/])/g;

const PREFIX = `(?:(?<prefix>${CONFERENCE_PREFIXES}|(?:ITU\\s+)?Council|ITU-[DTR]|ECOSOC|Economic\\s+and\\s+Social\\s+Council|UNGA|(?:UN\\s+|United\\s+Nations\\s+)?General\\s+Assembly)\\s+)?`;
const NUMBER = '(?:ITU-R\\s+)?\\d{1,4}(?:\\/\\d{1,4})?(?:-\\d{1,2})?(?![\\d/])';
// UN style dates each resolution in a list: "resolutions 56/183 of 21 December 2001 and 70/125 of 16 December 2015".
const DATE_OF =
  '\\s+of\\s+\\d{1,2}\\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+\\d{4}';
// and sometimes titles one: "70/1 of 25 September 2015, entitled "Transforming our world: …", and 70/125 …".
const TITLE_OF = ',?\\s+entitled\\s+["“][^"”]{1,200}["”]';
// Not after a letter, but after a digit: PDF text glues footnote marks on ("Commitment1Resolution 79/323").
const CITATION = new RegExp(
  `(?<![A-Za-z])${PREFIX}(?<word>[Rr]esolutions?|RESOLUTIONS?|Res\\.)\\s+(?<list>${NUMBER}(?:(?:${DATE_OF})?(?:${TITLE_OF})?(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*)${NUMBER})*)`,
  'g',
);
const NUMBER_IN_LIST = new RegExp(NUMBER, 'g');
const DATES_AND_TITLES_IN_LIST = new RegExp(`${DATE_OF}|${TITLE_OF}`, 'g');
/** The list with its dates and titles blanked out (same length), so that only resolution numbers are read in it. */
const withoutDatesAndTitles = (list: string): string => list.replace(DATES_AND_TITLES_IN_LIST, (aside) => ' '.repeat(aside.length));
// Issuer prefixes that are agencies in their own right (the conferences and the Council are not read as agencies here).
const AGENCY_PREFIX = /^(?:ITU-[DTR]|ECOSOC|Economic\s+and\s+Social\s+Council|UNGA|(?:UN\s+|United\s+Nations\s+)?General\s+Assembly)$/;

const REVISION = /^\s*\((?<rev>Rev\.|rev\.|REV\.|Revised|revised)?\s*(?<place>[A-Z][A-Za-z\u00C0-\u017F' .-]*?),\s*(?<year>\d{4})\)/;
const MODIFIED = /^\s*\((?:Mod\.?|modified|amended|last amended)\s*(?<year>\d{4})\)/i;
// "Resolution 1158 of Council 2000", "Resolution 1158, ITU Council 2000": the session that adopted it.
const OF_COUNCIL_SESSION = /^(?:\s+of|,)\s+(?:the\s+)?(?:ITU\s+)?Council[\s-](?<year>(?:19|20)\d{2}|\d{2})(?![\w/-])/;
// A Council session as "C19", "Council-19" or "Council 2019".
const SESSION = '(?:C|(?:ITU\\s+)?Council[-\\s])(?:\\d{2}|20\\d{2})';
const COUNCIL_SESSIONS = new RegExp(
  `^\\s*\\((?<first>${SESSION})(?:,\\s*(?:last\\s+)?(?:amended|modified|revised)(?:\\s+(?:at|by))?\\s+(?<last>${SESSION}))?\\)`,
);
const sessionYear = (session: string): number => {
  const digits = /\d+$/.exec(session)?.[0] ?? '0';
  return digits.length === 4 ? Number(digits) : fullYear(Number(digits));
};
// "(Rev. WRC-15)", "(Rev. PP-18)", "(WTDC-17)": a conference's short name dates the version and names the issuer.
const SHORT_NAME_REVISION = new RegExp(`^\\s*\\((?<rev>(?:Rev|REV|rev)\\.\\s*)?(?<conference>${CONFERENCE_ABBREVIATIONS})-(?<yy>\\d{2})\\)`);
// "(Rev. 2019)": a revision dated without its place.
const DATED_REVISION = /^\s*\((?:Rev\.|rev\.|REV\.|Revised|revised)\s*(?<year>(?:19|20)\d{2})\)/;
const SUFFIX = new RegExp(
  `^\\s*of\\s+the\\s+(?<body>${CONFERENCE_NAMES}|(?:ITU\\s+)?Council|(?:United Nations\\s+|UN\\s+)?General\\s+Assembly|Economic\\s+and\\s+Social\\s+Council)`,
);

const PREFIX_ISSUER: ReadonlyArray<readonly [RegExp, ResolutionIssuer]> = [
  [/^Economic\s+and\s+Social\s+Council$/, 'ECOSOC'],
  [/^(?:ITU\s+)?Council$/, 'ITU-COUNCIL'],
  // A sector names the assembly that adopts its resolutions: "ITU-T Resolution 75" is a WTSA resolution.
  [/^ITU-D$/, 'ITU-WTDC'],
  [/^ITU-T$/, 'ITU-WTSA'],
  [/^ITU-R$/, 'ITU-RA'],
  [/^(?:ECOSOC|Economic\s+and\s+Social\s+Council)$/, 'ECOSOC'],
  [/^(?:UNGA|.*General\s+Assembly)$/, 'UNGA'],
];
const SUFFIX_ISSUER: ReadonlyArray<readonly [RegExp, ResolutionIssuer]> = [
  [/^Economic\s+and\s+Social\s+Council$/, 'ECOSOC'],
  [/Council$/, 'ITU-COUNCIL'],
  [/General\s+Assembly$/, 'UNGA'],
];

export interface ParsedVersion {
  readonly year: number;
  readonly place: string | null;
  readonly kind: Version['kind'];
  readonly issuer: ResolutionIssuer | null;
  readonly length: number;
}

function conferenceAt(place: string, year: number): ResolutionIssuer | null {
  const normal = place.trim().toLowerCase();
  const series = ITU_CONFERENCES.find((c) => c.sessions.some((s) => s.year === year && s.place.toLowerCase() === normal));
  return series?.series ?? null;
}

export function parseVersion(after: string): ParsedVersion | null {
  const ofCouncil = OF_COUNCIL_SESSION.exec(after);
  if (ofCouncil?.groups) {
    const digits = ofCouncil.groups.year as string;
    const year = digits.length === 4 ? Number(digits) : fullYear(Number(digits));
    return { year, place: null, kind: 'adopted', issuer: 'ITU-COUNCIL', length: ofCouncil[0].length };
  }
  const council = COUNCIL_SESSIONS.exec(after);
  if (council?.groups) {
    const last = council.groups.last ?? council.groups.first ?? 'C00';
    return {
      year: sessionYear(last),
      place: null,
      kind: council.groups.last ? 'Mod' : 'adopted',
      issuer: 'ITU-COUNCIL',
      length: council[0].length,
    };
  }
  const short = SHORT_NAME_REVISION.exec(after);
  if (short?.groups) {
    const issuer = `ITU-${short.groups.conference}` as ResolutionIssuer;
    const shortName = `${short.groups.conference}-${short.groups.yy}`;
    const session = sessionByShortName(issuer, shortName);
    return {
      year: session?.year ?? fullYear(Number(short.groups.yy)),
      place: session?.place ?? null,
      kind: short.groups.rev ? 'Rev.' : 'adopted',
      issuer,
      length: short[0].length,
    };
  }
  const modified = MODIFIED.exec(after);
  if (modified?.groups) return { year: Number(modified.groups.year), place: null, kind: 'Mod', issuer: null, length: modified[0].length };
  const dated = DATED_REVISION.exec(after);
  if (dated?.groups) return { year: Number(dated.groups.year), place: null, kind: 'Rev.', issuer: null, length: dated[0].length };
  const revision = REVISION.exec(after);
  if (revision?.groups) {
    const year = Number(revision.groups.year);
    const place = revision.groups.place?.trim() || null;
    return {
      year,
      place,
      kind: revision.groups.rev ? 'Rev.' : 'adopted',
      issuer: place ? conferenceAt(place, year) : null,
      length: revision[0].length,
    };
  }
  return null;
}

/** The issuer a prefix or suffix names: a conference from the conference table, else a body from `table`. */
const issuerFrom = (table: ReadonlyArray<readonly [RegExp, ResolutionIssuer]>, text: string | undefined): ResolutionIssuer | null =>
  text === undefined ? null : (conferenceSeriesOf(text) ?? table.find(([re]) => re.test(text))?.[1] ?? null);

export interface ResolutionCitation {
  readonly found: Found;
  /** The citation with its version mark, claimed so that "C19" or "2022" inside it are not read again. */
  readonly spanEnd: number;
  readonly version: Omit<Version, 'passage'> | null;
}

interface Pending {
  readonly number: string;
  readonly start: number;
  readonly end: number;
  readonly spanEnd: number;
  readonly explicit: ResolutionIssuer | null;
  readonly contextual: ResolutionIssuer | null;
  readonly version: ParsedVersion | null;
  readonly versionText: string;
}

/** Pass 1: citations in one passage, with the issuer when the citation itself says it. */
export function readCitations(text: string, mask: ClaimMask, sentences: readonly Span[]): { unSymbols: Found[]; pending: Pending[] } {
  const unSymbols: Found[] = [];
  for (const m of text.matchAll(UN_SYMBOL)) {
    const symbol = m[1] as string;
    const start = m.index + m[0].indexOf(symbol);
    const end = start + symbol.length;
    if (!mask.isFree(start, end)) continue;
    mask.claim(start, end);
    unSymbols.push(unResolution(symbol, start, end));
  }
  const pending: Pending[] = [];
  for (const m of text.matchAll(CITATION)) {
    const groups = m.groups ?? {};
    const list = groups.list as string;
    const listStart = m.index + m[0].length - list.length;
    const citationEnd = m.index + m[0].length;
    if (!mask.isFree(m.index, citationEnd)) continue;
    // Version marks and "of the <body>" suffixes are short: reading a bounded window keeps the pass linear.
    const after = text.slice(citationEnd, citationEnd + AFTER_WINDOW);
    const version = parseVersion(after);
    const afterVersion = citationEnd + (version?.length ?? 0);
    const suffix = SUFFIX.exec(text.slice(afterVersion, afterVersion + AFTER_WINDOW));
    const sentence = sentenceAt(sentences, m.index);
    const explicit =
      issuerFrom(PREFIX_ISSUER, groups.prefix) ?? issuerFrom(SUFFIX_ISSUER, suffix?.groups?.body) ?? version?.issuer ?? null;
    const contextual = CONTEXT_ISSUERS.find(([re]) => re.test(text.slice(sentence.start, sentence.end)))?.[1] ?? null;
    // An agency named as issuer ("ITU-T Resolution 75", "ECOSOC resolution 2023/3") stays free for the agency rule.
    const citationStart = groups.prefix !== undefined && AGENCY_PREFIX.test(groups.prefix) ? m.index + m[0].indexOf(groups.word as string, groups.prefix.length) : m.index;
    mask.claim(citationStart, afterVersion);
    let first = true;
    for (const n of withoutDatesAndTitles(list).matchAll(NUMBER_IN_LIST)) {
      const start = first ? citationStart : listStart + n.index;
      first = false;
      pending.push({
        number: n[0],
        start,
        end: listStart + n.index + n[0].length,
        spanEnd: afterVersion,
        explicit,
        contextual,
        version,
        versionText: text.slice(citationEnd, afterVersion).trim(),
      });
    }
  }
  return { unSymbols, pending };
}

function unResolution(symbol: string, start: number, end: number): Found {
  const issuer = symbol.startsWith('A/') ? 'UNGA' : 'ECOSOC';
  return { label: 'Resolution', key: symbol, name: null, props: { issuer, symbol }, start, end };
}

/** The issuer a number has when its citation leaves it open (used document-wide). */
export type KnownIssuers = Map<string, ResolutionIssuer>;

export function explicitIssuer(p: Pending): ResolutionIssuer | null {
  if (/^ITU-R\s/.test(p.number)) return 'ITU-RA';
  if (/^\d{4}\/\d+$/.test(p.number)) return 'ECOSOC';
  if (/^\d{2,3}\/\d+$/.test(p.number)) return 'UNGA';
  if (p.explicit) return p.explicit;
  if (/^1\d{3}$/.test(p.number)) return 'ITU-COUNCIL';
  return null;
}

/** Pass 2: settle each citation's issuer (document-wide knowledge for bare numbers) and build its version. */
export function settleCitation(p: Pending, known: KnownIssuers): ResolutionCitation {
  const bare = p.number.replace(/^ITU-R\s+/, '').replace(/-\d{1,2}$/, '');
  const issuer = explicitIssuer(p) ?? p.contextual ?? known.get(bare) ?? 'ITU-PP';
  const key =
    issuer === 'UNGA' ? `A/RES/${bare}` : issuer === 'ECOSOC' ? `E/RES/${bare}` : resolutionKey(issuer, bare);
  const found: Found = {
    label: 'Resolution',
    key,
    name: null,
    props: { issuer, number: bare },
    start: p.start,
    end: p.end,
  };
  const v = p.version;
  const version =
    v === null
      ? null
      : {
          resolution: key,
          key: versionKey(key, v.year),
          year: v.year,
          place: v.place,
          kind: v.kind,
          event: adoptingEvent(issuer, v.year),
          text: p.versionText,
        };
  return { found, spanEnd: p.spanEnd, version };
}

/**
 * The meeting that adopted a version: an ITU conference or Council session of that year, unless the series met in
 * other years only ("Resolution 30 (Rev. Baku, 2025)" read as a Plenipotentiary's by default names no PP-2025, which
 * never met); UN bodies' sessions are not events here.
 */
export const adoptingEvent = (issuer: string, year: number): string | null =>
  issuer.startsWith('ITU-') && couldHaveMet(issuer, year) ? eventKey(issuer, year) : null;

export const bareNumber = (p: Pending): string => p.number.replace(/^ITU-R\s+/, '').replace(/-\d{1,2}$/, '');
export type { Pending as PendingCitation };
