/**
 * Akoma Ntoso for the UN (AKN4UN) IRIs of deliberations: `/akn/un/statement/deliberation/<body>/<date>/<kind>-<n>`,
 * e.g. `/akn/un/statement/deliberation/itu-pp/2018-11-15/res-140`. Bodies and dates come from the reference tables
 * (the issuing series of the resolution key, the session's date), never from a document's markup.
 */
import { eventKey } from './keys.js';
import { ITU_CONFERENCES } from './reference/itu-conferences.js';
import { SESSION_DATES } from './reference/session-dates.js';

export type DeliberationKind = 'res' | 'dec' | 'rec';

interface Issued {
  /** The issuing series or organ: ITU-PP, UNGA … */
  readonly issuer: string;
  /** The resolution's number within its series: "140", "70/125". */
  readonly number: string;
}

const UN_SYMBOL = /^(A|E)\/RES\/(.+)$/;
const UN_ISSUERS: Readonly<Record<string, string>> = { A: 'UNGA', E: 'ECOSOC' };

/** The issuer and number of a resolution key (`ITU-PP/140`, `A/RES/70/125`). */
export function issuedAs(resolution: string): Issued {
  const un = UN_SYMBOL.exec(resolution);
  if (un) return { issuer: UN_ISSUERS[un[1] as string] as string, number: un[2] as string };
  const slash = resolution.indexOf('/');
  return slash < 0 ? { issuer: 'UN', number: resolution } : { issuer: resolution.slice(0, slash), number: resolution.slice(slash + 1) };
}

/** The event where a series met in a year (`ITU-PP-2018`), when the series is a conference of the reference table. */
export function sessionEvent(issuer: string, year: number | null): string | null {
  if (year === null) return null;
  const series = ITU_CONFERENCES.find((c) => c.series === issuer);
  return series?.sessions.some((s) => s.year === year) ? eventKey(issuer, year) : null;
}

/** A session's date (ISO), else its year, else null. */
export function deliberationDate(event: string | null, year: number | null): string | null {
  return (event !== null ? SESSION_DATES[event] : undefined) ?? (year !== null ? String(year) : null);
}

const slug = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** The work IRI of a deliberation; without a known date the date part is left out. */
export function deliberationWorkIri(resolution: string, date: string | null, kind: DeliberationKind = 'res'): string {
  const { issuer, number } = issuedAs(resolution);
  return ['/akn/un/statement/deliberation', slug(issuer), ...(date === null ? [] : [date]), `${kind}-${slug(number)}`].join('/');
}

/** The work IRI of a cited resolution, dated by the session that adopted the cited version when it is known. */
export function citedResolutionIri(resolution: string, year: number | null): string {
  const { issuer } = issuedAs(resolution);
  return deliberationWorkIri(resolution, deliberationDate(sessionEvent(issuer, year), year));
}
