/**
 * Akoma Ntoso for the UN (AKN4UN) IRIs of deliberations: `/akn/un/statement/deliberation/<body>/<date>/<kind>-<n>`,
 * e.g. `/akn/un/statement/deliberation/itu-pp/2018-11-15/res-140`. Bodies and dates come from the reference tables
 * (the issuing series of the resolution key, the session's date), never from a document's markup.
 */
import { INSTRUMENT_KEY_SEGMENTS, eventKey } from './keys.js';
import type { InstrumentKind } from './reference/resolution-phrases.js';
import { ITU_CONFERENCES } from './reference/itu-conferences.js';
import { SESSION_DATES } from './reference/session-dates.js';

export type DeliberationKind = 'res' | 'dec' | 'rec';
const DELIBERATION_KINDS: Readonly<Record<InstrumentKind, DeliberationKind>> = { resolution: 'res', decision: 'dec', recommendation: 'rec' };

interface Issued {
  /** The issuing series or organ: ITU-PP, UNGA … */
  readonly issuer: string;
  /** The number within its series and kind: "140", "70/125", "5" (of `ITU-PP/DEC/5`). */
  readonly number: string;
  readonly kind: DeliberationKind;
}

const UN_SYMBOL = /^(A|E)\/(RES|DEC)\/(.+)$/;
const UN_ISSUERS: Readonly<Record<string, string>> = { A: 'UNGA', E: 'ECOSOC' };
const KIND_OF_SEGMENT = new Map<string, DeliberationKind>([
  ['RES', 'res'],
  ...Object.entries(INSTRUMENT_KEY_SEGMENTS).map(([kind, segment]): [string, DeliberationKind] => [segment, DELIBERATION_KINDS[kind as InstrumentKind]]),
]);

/** The issuer, number and kind of a key (`ITU-PP/140`, `ITU-PP/DEC/5`, `A/RES/70/125`). */
export function issuedAs(resolution: string): Issued {
  const un = UN_SYMBOL.exec(resolution);
  if (un) return { issuer: UN_ISSUERS[un[1] as string] as string, number: un[3] as string, kind: KIND_OF_SEGMENT.get(un[2] as string) ?? 'res' };
  const slash = resolution.indexOf('/');
  if (slash < 0) return { issuer: 'UN', number: resolution, kind: 'res' };
  const issuer = resolution.slice(0, slash);
  const rest = resolution.slice(slash + 1);
  const segment = /^([A-Z]{3})\/(.+)$/.exec(rest);
  const kind = segment ? KIND_OF_SEGMENT.get(segment[1] as string) : undefined;
  return kind !== undefined && segment ? { issuer, number: segment[2] as string, kind } : { issuer, number: rest, kind: 'res' };
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

/** The work IRI of a deliberation (its kind read from the key); without a known date the date part is left out. */
export function deliberationWorkIri(resolution: string, date: string | null): string {
  const { issuer, number, kind } = issuedAs(resolution);
  return ['/akn/un/statement/deliberation', slug(issuer), ...(date === null ? [] : [date]), `${kind}-${slug(number)}`].join('/');
}

/** The work IRI of a cited resolution, dated by the session that adopted the cited version when it is known. */
export function citedResolutionIri(resolution: string, year: number | null): string {
  const { issuer } = issuedAs(resolution);
  return deliberationWorkIri(resolution, deliberationDate(sessionEvent(issuer, year), year));
}
