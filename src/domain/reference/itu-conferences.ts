/**
 * ITU conference series and where/when their sessions met: resolves "(Rev. <place>, <year>)" to the issuing
 * body and the adopting event, and says how each body numbers its resolutions.
 */
// ITU-WRC: World Radiocommunication Conference resolutions, cited "Resolution 76 (Rev. WRC-15)".
export const RESOLUTION_ISSUERS = ['ITU-PP', 'ITU-COUNCIL', 'ITU-WTDC', 'ITU-WTSA', 'ITU-RA', 'ITU-WRC', 'UNGA', 'ECOSOC'] as const;
export type ResolutionIssuer = (typeof RESOLUTION_ISSUERS)[number];

export interface ConferenceSession {
  readonly place: string;
  readonly year: number;
  /** The short name used in ITU documents ("WTDC-17", "WTSA-20"), when it differs from the year. */
  readonly shortName?: string;
}

export interface ConferenceSeries {
  readonly series: ResolutionIssuer;
  readonly name: string;
  /** The abbreviation ITU texts use ("PP-22", "WTDC Resolution 37"); null for the Council (its sessions are "C23"). */
  readonly abbreviation: string | null;
  /** Other ways texts name the series ("Plenipotentiary Resolution 140"). */
  readonly aliases: readonly string[];
  /** Event key of one session: `${series}-${year}`. */
  readonly eventKeyPattern: string;
  readonly sessions: readonly ConferenceSession[];
  readonly numbering: string;
}

export const ITU_CONFERENCES: readonly ConferenceSeries[] = [
  {
    series: 'ITU-PP',
    name: 'Plenipotentiary Conference',
    abbreviation: 'PP',
    aliases: ['Plenipotentiary'],
    eventKeyPattern: 'ITU-PP-<year>',
    sessions: [
      { place: 'Kyoto', year: 1994 },
      { place: 'Minneapolis', year: 1998 },
      { place: 'Marrakesh', year: 2002 },
      { place: 'Antalya', year: 2006 },
      { place: 'Guadalajara', year: 2010 },
      { place: 'Busan', year: 2014 },
      { place: 'Dubai', year: 2018 },
      { place: 'Bucharest', year: 2022 },
      { place: 'Doha', year: 2026 },
    ],
    numbering: 'PP resolutions are numbered 1 to about 220.',
  },
  {
    series: 'ITU-COUNCIL',
    name: 'ITU Council',
    abbreviation: null,
    aliases: [],
    eventKeyPattern: 'ITU-COUNCIL-<year>',
    sessions: [],
    numbering: 'Council sessions are yearly ("C19" = 2019, "Council-23" = 2023); resolutions have four digits (1332).',
  },
  {
    series: 'ITU-WTDC',
    name: 'World Telecommunication Development Conference',
    abbreviation: 'WTDC',
    aliases: [],
    eventKeyPattern: 'ITU-WTDC-<year>',
    sessions: [
      { place: 'Istanbul', year: 2002 },
      { place: 'Doha', year: 2006 },
      { place: 'Hyderabad', year: 2010 },
      { place: 'Dubai', year: 2014 },
      { place: 'Buenos Aires', year: 2017, shortName: 'WTDC-17' },
      { place: 'Kigali', year: 2022, shortName: 'WTDC-22' },
    ],
    numbering: 'WTDC resolutions; the Kigali Action Plan came from WTDC-22.',
  },
  {
    series: 'ITU-WTSA',
    name: 'World Telecommunication Standardization Assembly',
    abbreviation: 'WTSA',
    aliases: [],
    eventKeyPattern: 'ITU-WTSA-<year>',
    sessions: [
      { place: 'Florianopolis', year: 2004 },
      { place: 'Johannesburg', year: 2008 },
      { place: 'Dubai', year: 2012 },
      { place: 'Hammamet', year: 2016 },
      { place: 'Geneva', year: 2022, shortName: 'WTSA-20' },
      { place: 'New Delhi', year: 2024 },
    ],
    numbering: 'WTSA resolutions.',
  },
  {
    series: 'ITU-RA',
    name: 'Radiocommunication Assembly',
    abbreviation: 'RA',
    aliases: [],
    eventKeyPattern: 'ITU-RA-<year>',
    sessions: [
      { place: 'Geneva', year: 2012 },
      { place: 'Geneva', year: 2015 },
      { place: 'Sharm el-Sheikh', year: 2019 },
      { place: 'Dubai', year: 2023 },
    ],
    numbering: '"Resolution ITU-R 61-2": 61 is the resolution, -2 its revision counter.',
  },
  {
    series: 'ITU-WRC',
    name: 'World Radiocommunication Conference',
    abbreviation: 'WRC',
    aliases: [],
    eventKeyPattern: 'ITU-WRC-<year>',
    // Listed after the Radiocommunication Assembly, which meets at the same place and year: "(Rev. Dubai, 2023)"
    // alone stays an RA version, as before; "WRC-23" and "of the World Radiocommunication Conference" name WRC.
    sessions: [
      { place: 'Geneva', year: 2012, shortName: 'WRC-12' },
      { place: 'Geneva', year: 2015, shortName: 'WRC-15' },
      { place: 'Sharm el-Sheikh', year: 2019, shortName: 'WRC-19' },
      { place: 'Dubai', year: 2023, shortName: 'WRC-23' },
    ],
    numbering: 'WRC resolutions, cited "Resolution 76 (Rev. WRC-15)".',
  },
];

/** The conferences and assemblies (not the Council): the series their names and abbreviations stand for. */
export const CONFERENCE_SERIES: readonly ConferenceSeries[] = ITU_CONFERENCES.filter((c) => c.abbreviation !== null);

/** The session an ITU short name stands for, where it differs from its year ("WTSA-20" met in 2022). */
export const sessionByShortName = (series: string, shortName: string): ConferenceSession | undefined =>
  ITU_CONFERENCES.find((c) => c.series === series)?.sessions.find((s) => s.shortName === shortName);

/**
 * Whether a conference of the series could have met in a year: false for a year within its listed sessions that is
 * none of them (no Plenipotentiary met in 2025), true otherwise (a listed session, a year after the list, a series
 * that meets yearly such as the Council).
 */
export function couldHaveMet(series: string, year: number): boolean {
  const sessions = ITU_CONFERENCES.find((c) => c.series === series)?.sessions ?? [];
  if (sessions.length === 0) return true;
  return sessions.some((s) => s.year === year) || year > Math.max(...sessions.map((s) => s.year));
}

/** UN resolution symbol forms (the symbol is the key). */
export const UN_RESOLUTION_SYMBOLS = [
  { issuer: 'UNGA', pattern: 'A/RES/<session>/<number>', examples: ['A/RES/70/125', 'A/RES/78/132'] },
  { issuer: 'ECOSOC', pattern: 'E/RES/<year>/<number>', examples: ['E/RES/2023/3'] },
] as const;
