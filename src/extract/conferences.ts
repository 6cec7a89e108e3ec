/**
 * Pattern pieces for ITU conference names and abbreviations, built once from the conference table
 * (src/domain/reference/itu-conferences.ts) so that every rule reads the same series: events ("WTDC-17",
 * "Plenipotentiary Conference (Bucharest, 2022)"), citations ("WRC Resolution 76", "… of the Radiocommunication
 * Assembly"), the context of a bare citation.
 */
import { CONFERENCE_SERIES, type ResolutionIssuer } from '../domain/reference/index.js';
import { escapeRegExp } from './text.js';

const spaced = (s: string): string => escapeRegExp(s).replace(/ /g, '\\s+');
const longestFirst = (forms: readonly string[]): string[] => [...forms].sort((a, b) => b.length - a.length);

/** "Plenipotentiary Conference|World Telecommunication Development Conference|…" */
export const CONFERENCE_NAMES = longestFirst(CONFERENCE_SERIES.map((c) => c.name)).map(spaced).join('|');
/** "PP|WTDC|WTSA|RA|WRC" */
export const CONFERENCE_ABBREVIATIONS = longestFirst(CONFERENCE_SERIES.map((c) => c.abbreviation as string)).join('|');
/** Names, aliases and abbreviations (with an optional "-22" session) as a citation prefix: "WTDC-17 Resolution 37". */
export const CONFERENCE_PREFIXES = longestFirst(CONFERENCE_SERIES.flatMap((c) => [c.name, ...c.aliases]))
  .map(spaced)
  .concat(longestFirst(CONFERENCE_SERIES.map((c) => c.abbreviation as string)).map((a) => `${a}(?:-\\d{2})?`))
  .join('|');

const SERIES_BY_FORM = new Map<string, ResolutionIssuer>(
  CONFERENCE_SERIES.flatMap((c) => [c.name, c.abbreviation as string, ...c.aliases].map((form) => [form.toLowerCase(), c.series] as const)),
);

/** The series a written name, alias or abbreviation stands for ("WTDC-17" → ITU-WTDC). */
export function conferenceSeriesOf(written: string): ResolutionIssuer | null {
  const form = written.trim().replace(/\s+/g, ' ').replace(/-\d{2}$/, '').toLowerCase();
  return SERIES_BY_FORM.get(form) ?? null;
}

/**
 * A sentence that names a conference gives a bare citation in it its issuer: the full name, or an abbreviation —
 * with its session ("PP-22", "RA-19") when the abbreviation is two letters long enough to be a word.
 */
export const CONTEXT_ISSUERS: ReadonlyArray<readonly [RegExp, ResolutionIssuer]> = CONFERENCE_SERIES.map((c) => {
  const abbreviation = (c.abbreviation as string).length >= 4 ? `\\b${c.abbreviation}\\b` : `\\b${c.abbreviation}-\\d{2}\\b`;
  return [new RegExp(`${abbreviation}|${[c.name, ...c.aliases].map(spaced).join('|')}`), c.series] as const;
});
