/**
 * Human names and years of Event keys, read from the key itself: `<series>-<year>` ("WSIS-FORUM-2024" → "WSIS
 * Forum 2024"), ITU conference sessions with their place ("ITU-PP-2022" → "Plenipotentiary Conference, Bucharest
 * 2022"), numbered UN sessions ("CSTD-27" → "27th session of the Commission on Science and Technology for
 * Development", 2024). Extraction and the reference seed name events through here, so both agree.
 */
import { ITU_CONFERENCES } from './reference/itu-conferences.js';
import { foldName } from './text-cleanup.js';

/** Series the extraction dates by year, with their usual names. */
const SERIES_NAMES: Readonly<Record<string, string>> = {
  'WSIS-FORUM': 'WSIS Forum',
  HLPF: 'High-level Political Forum on Sustainable Development',
  'ECOSOC-PF': 'ECOSOC Partnership Forum',
  'SDG-SUMMIT': 'SDG Summit',
  IGF: 'Internet Governance Forum',
  'AI-FOR-GOOD': 'AI for Good Global Summit',
  GSR: 'Global Symposium for Regulators',
  'SUMMIT-OF-THE-FUTURE': 'Summit of the Future',
  'ITU-COUNCIL': 'ITU Council',
  'ITU-WRC': 'World Radiocommunication Conference',
  ...Object.fromEntries(ITU_CONFERENCES.map((conference) => [conference.series, conference.name])),
};

/**
 * UN bodies meet once a year and number their sessions: session n of the CSTD met in 1997 + n (CSTD 27 in 2024),
 * of the Commission on the Status of Women in 1956 + n (CSW 67 in 2023), of the Commission for Social Development in
 * 1962 + n (CSocD 61 in 2023). CWG-WSIS&SDG meetings are numbered without a fixed calendar.
 */
const NUMBERED_SESSIONS: Readonly<Record<string, { name: string; firstSessionOffset: number | null; unit: string; body: string | null }>> = {
  CSTD: { name: 'Commission on Science and Technology for Development', firstSessionOffset: 1997, unit: 'session', body: 'CSTD' },
  CSW: { name: 'Commission on the Status of Women', firstSessionOffset: 1956, unit: 'session', body: null },
  CSOCD: { name: 'Commission for Social Development', firstSessionOffset: 1962, unit: 'session', body: null },
  'CWG-WSIS-SDG': { name: 'Council Working Group on WSIS and the SDGs', firstSessionOffset: null, unit: 'meeting', body: 'CWG-WSIS&SDG' },
};
/** The UN Conferences on the Least Developed Countries: a short fixed list. */
const LDC_CONFERENCE_YEARS: Readonly<Record<string, number>> = { LDC1: 1981, LDC2: 1990, LDC3: 2001, LDC4: 2011, LDC5: 2023 };

const DATED = /^(.+)-((?:19|20)\d\d)$/;

const SERIES_BY_NAME: ReadonlyMap<string, string> = new Map(
  Object.entries(SERIES_NAMES).flatMap(([series, name]) => [[foldName(name), series] as const, [foldName(series), series] as const]),
);

/**
 * The series a name means when it names a series rather than one meeting ("WSIS Forum", "WSIS-FORUM" → WSIS-FORUM,
 * whose meetings are WSIS-FORUM-2024 …); null for anything else ("WSIS Forum 2024" names one meeting).
 */
export function seriesNamed(text: string): { series: string; name: string } | null {
  const series = SERIES_BY_NAME.get(foldName(text));
  return series === undefined ? null : { series, name: SERIES_NAMES[series] ?? series };
}

/** Whether an event key is a dated meeting of the series ("WSIS-FORUM-2024" of WSIS-FORUM). */
export const isMeetingOf = (key: string, series: string): boolean => DATED.exec(key)?.[1] === series;
const NUMBERED = /^(.+)-(\d{1,3})$/;

/** Whether an event key is a numbered session (CSTD-27, CWG-WSIS-SDG-42), not a dated meeting (WSIS-FORUM-2024). */
export const isNumberedSession = (key: string): boolean => NUMBERED.test(key);

/** The year of a numbered session (CSTD-27 → 2024, LDC5 → 2023); null for other keys. */
export function numberedSessionYear(key: string): number | null {
  if (key in LDC_CONFERENCE_YEARS) return LDC_CONFERENCE_YEARS[key] ?? null;
  const m = NUMBERED.exec(key);
  const offset = m ? NUMBERED_SESSIONS[m[1] as string]?.firstSessionOffset : undefined;
  return m && offset !== undefined && offset !== null ? offset + Number(m[2]) : null;
}

/**
 * The agency whose session or conference an event is, by its key (an agency key of the reference list): a numbered
 * session of a commission or working group is that body's (CSTD-27: CSTD), a Council session the Council's, an ITU
 * conference ITU's. Null where the key says nothing of who convenes it (a WSIS Forum names its hosts in the text).
 */
export function convenerOf(key: string): string | null {
  const numbered = NUMBERED.exec(key);
  if (numbered) return NUMBERED_SESSIONS[numbered[1] as string]?.body ?? null;
  const series = DATED.exec(key)?.[1];
  if (series === 'ITU-COUNCIL') return 'ITU-COUNCIL';
  return ITU_CONFERENCES.some((conference) => conference.series === series) ? 'ITU' : null;
}

/** The year an event met: the year in its key, or its numbered session's year; null when unknown. */
export function eventYear(key: string): number | null {
  const dated = DATED.exec(key);
  return dated ? Number(dated[2]) : numberedSessionYear(key);
}

/** A readable name for an event key; null for a key of no known series (never a made-up name). */
export function eventName(key: string): string | null {
  const dated = DATED.exec(key);
  if (dated) {
    const [, series, year] = dated as unknown as [string, string, string];
    const session = ITU_CONFERENCES.find((conference) => conference.series === series)?.sessions.find((s) => s.year === Number(year));
    const name = SERIES_NAMES[series];
    if (name === undefined) return null;
    return session ? `${name}${session.shortName ? ` (${session.shortName})` : ''}, ${session.place} ${year}` : `${name} ${year}`;
  }
  const ldc = LDC_CONFERENCE_YEARS[key];
  if (ldc !== undefined) return `${ordinal(Number(key.slice(3)))} UN Conference on the Least Developed Countries (${ldc})`;
  const numbered = NUMBERED.exec(key);
  const sessions = numbered ? NUMBERED_SESSIONS[numbered[1] as string] : undefined;
  if (!numbered || sessions === undefined) return null;
  return `${ordinal(Number(numbered[2]))} ${sessions.unit} of the ${sessions.name}`;
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}
