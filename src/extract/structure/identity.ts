/**
 * A resolution's identity line and enacting formula. ITU: "RESOLUTION 140 (REV. DUBAI, 2018)", "Resolution 1334
 * (Modified 2025)", "Resolution 1158, ITU Council 2000", and the decisions and recommendations that Final Acts print
 * the same way ("DECISION 5 (REV. DUBAI, 2018)", "RECOMMENDATION 7 (DUBAI, 2018)"); UN: "70/125. <title>" under
 * "Resolution adopted by the General Assembly on …", an ECOSOC "2023/3. <title>". The formula names the adopting body and, for ITU conferences, the event:
 * "The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018)," → ITU-PP, ITU-PP-2018.
 */
import { eventKey, instrumentKey, versionKey } from '../../domain/keys.js';
import type { InstrumentKind, ResolutionIssuer } from '../../domain/reference/index.js';
import type { EnactingFormula, ResolutionIdentity } from '../../domain/resolution-structure.js';
import { agencyKeyOf } from '../agencies.js';
import { conferenceSeriesOf } from '../conferences.js';
import { type ParsedVersion, parseVersion } from '../resolutions.js';
import { INSTRUMENT_WORD_CAPITALISED, INSTRUMENT_WORD_CAPITALS, instrumentKindOf } from './phrases.js';

/** An ITU identity line: the word (resolution, decision, recommendation), the number, and a version mark or nothing else. */
const ITU_IDENTITY = new RegExp(String.raw`^(?<word>${INSTRUMENT_WORD_CAPITALS}|${INSTRUMENT_WORD_CAPITALISED})\s+(?<number>\d{1,4})(?<rest>(?:\s*\([^()]*\)|\s*,\s*ITU\s+Council\s+\d{2,4}|\s+of\s+(?:the\s+)?(?:ITU\s+)?Council\s+\d{2,4})?)\s*\*?$`);
/**
 * A Radiocommunication Assembly identity: "RESOLUTION ITU-R 61-2". The dash number counts revisions; the years of
 * adoption and revision stand on a line of their own under the title, "(2007-2015-2019)".
 */
const RA_IDENTITY = new RegExp(String.raw`^(?<word>${INSTRUMENT_WORD_CAPITALS}|${INSTRUMENT_WORD_CAPITALISED})\s+ITU-R\s+(?<number>\d{1,3})(?<revision>-\d{1,2})?\s*\*?$`);
/**
 * The history line under a title: the years an instrument was adopted and revised, with or without the places
 * ("(2007-2015-2019)", "(Johannesburg, 2008; Dubai, 2012; Hammamet, 2016; Geneva, 2022)").
 */
const PLACE_AND_YEAR = String.raw`(?:\p{Lu}[\p{L}'’. -]*,\s*)?(?:19|20)\d{2}`;
const ADOPTION_HISTORY = new RegExp(String.raw`^\(\s*${PLACE_AND_YEAR}(?:\s*[;,–-]\s*${PLACE_AND_YEAR})*\s*\)$`, 'u');
/** A UN identity: "70/125." or "2023/3." opening the title line, or on a line of its own above it. */
const UN_IDENTITY = /^(?<session>\d{2,4})\/(?<number>\d{1,4})(?:\.\s+(?<title>\S.*)|\.?)$/;
const UN_SYMBOL_LINE = /^(?:United\s+Nations\s+)?(?<symbol>[AE]\/RES\/\d{2,4}\/\d{1,4})$/;
const ADOPTED_BY = /^Resolution\s+adopted\s+by\s+the\s+(?<body>General\s+Assembly|Economic\s+and\s+Social\s+Council)\b/i;

export interface IdentityLine {
  readonly heading: string;
  readonly kind: InstrumentKind;
  readonly number: string;
  readonly version: ParsedVersion | null;
  /** UN identities carry their own issuer; ITU ones may need the formula. */
  readonly issuer: ResolutionIssuer | null;
  /** The title when it shares the identity line (UN style). */
  readonly title: string | null;
  /** The identity itself says the text has been revised ("ITU-R 61-2"), whatever year a later line gives. */
  readonly revised: boolean;
}

export function identityLine(text: string): IdentityLine | null {
  const itu = ITU_IDENTITY.exec(text);
  if (itu?.groups) {
    const version = itu.groups.rest ? parseVersion(itu.groups.rest) : null;
    if (itu.groups.rest?.trim() && !version) return null;
    const number = itu.groups.number as string;
    const kind = instrumentKindOf(itu.groups.word as string) ?? 'resolution';
    // Four digits mark the Council's resolution numbering (1158, 1334); they say nothing of a decision's issuer.
    const issuer = version?.issuer ?? (kind === 'resolution' && number.length === 4 ? 'ITU-COUNCIL' : null);
    return { heading: text, kind, number, version, issuer, title: null, revised: false };
  }
  const ra = RA_IDENTITY.exec(text);
  if (ra?.groups) {
    const kind = instrumentKindOf(ra.groups.word as string) ?? 'resolution';
    return { heading: text, kind, number: ra.groups.number as string, version: null, issuer: 'ITU-RA', title: null, revised: ra.groups.revision !== undefined };
  }
  const un = UN_IDENTITY.exec(text);
  if (un?.groups) {
    const session = un.groups.session as string;
    return { heading: text, kind: 'resolution', number: `${session}/${un.groups.number}`, version: null, issuer: session.length === 4 ? 'ECOSOC' : 'UNGA', title: un.groups.title?.trim() ?? null, revised: false };
  }
  return null;
}

/**
 * The version a history line dates, for an identity without one: the last year, a revision when the line lists more
 * than one year or the identity counts revisions.
 */
export function adoptionHistory(text: string, line: IdentityLine): ParsedVersion | null {
  if (line.version !== null || !ADOPTION_HISTORY.test(text)) return null;
  const years = (text.match(/\b(?:19|20)\d{2}\b/g) ?? []).map(Number);
  // The identity keeps a version's year and kind only: the place of the last meeting is not read.
  return { year: Math.max(...years), place: null, kind: years.length > 1 || line.revised ? 'Rev.' : 'adopted', issuer: null, length: 0 };
}

/** "Resolution adopted by the General Assembly on 16 December 2015": the UN issuer of what follows. */
export function adoptedBy(text: string): ResolutionIssuer | null {
  const m = ADOPTED_BY.exec(text);
  if (!m?.groups) return null;
  return /General/.test(m.groups.body as string) ? 'UNGA' : 'ECOSOC';
}

export const unSymbolLine = (text: string): string | null => UN_SYMBOL_LINE.exec(text)?.groups?.symbol ?? null;

/** "The Council,", "The General Assembly,", "The World Telecommunication Development Conference (Kigali, 2022),". */
const FORMULA = /^The\s+(?<body>[A-Z][^,;]{2,160}?)(?:\s*\((?<place>[^(),]+),\s*(?<year>\d{4})\))?\s*(?<comma>,?)$/;
const UN_BODIES: ReadonlyArray<[RegExp, ResolutionIssuer]> = [
  [/^(?:United\s+Nations\s+)?General\s+Assembly$/, 'UNGA'],
  [/^Economic\s+and\s+Social\s+Council$/, 'ECOSOC'],
];

export interface FormulaReading {
  readonly formula: EnactingFormula;
  readonly issuer: ResolutionIssuer | null;
}

export function enactingFormula(text: string): FormulaReading | null {
  const m = FORMULA.exec(text);
  if (!m?.groups) return null;
  const body = (m.groups.body as string).replace(/\s+of\s+the\s+International\s+Telecommunication\s+Union$/, '').replace(/^ITU\s+/, '');
  const un = UN_BODIES.find(([re]) => re.test(body))?.[1] ?? null;
  const series = body === 'Council' ? 'ITU-COUNCIL' : conferenceSeriesOf(body);
  const issuer = un ?? series;
  const year = m.groups.year ? Number(m.groups.year) : null;
  // A formula names a body, not a sentence: at most a few capitalised words, or a known body.
  // Without its comma, only a known body's name reads as a formula (a title may also open with "The").
  if (issuer === null && m.groups.comma === '') return null;
  if (issuer === null && !/^(?:[A-Z][\w-]*|of|and|the|on|for)(?:\s+(?:[A-Z][\w-]*|of|and|the|on|for))*$/.test(body)) return null;
  const key = issuer === 'UNGA' || issuer === 'ECOSOC' ? issuer : issuer === 'ITU-COUNCIL' ? 'ITU-COUNCIL' : (agencyKeyOf(body) ?? issuer ?? body);
  return {
    formula: { text, body: key, event: series !== null && series !== 'ITU-COUNCIL' && year !== null ? eventKey(series, year) : null },
    issuer,
  };
}

/** The key and version of an identity, the issuer settled by the line itself, the formula or the UN heading. */
export function settleIdentity(line: IdentityLine, issuer: ResolutionIssuer | null): ResolutionIdentity | null {
  const settled = line.issuer ?? issuer;
  if (settled === null) return null;
  const resolution =
    settled === 'UNGA' ? `A/RES/${line.number}` : settled === 'ECOSOC' ? `E/RES/${line.number}` : instrumentKey(settled, line.number, line.kind);
  const year = line.version?.year ?? null;
  return {
    heading: line.heading,
    kind: line.kind,
    resolution,
    version: year === null ? null : versionKey(resolution, year),
    year,
    versionKind: line.version?.kind ?? null,
  };
}
