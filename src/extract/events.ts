/**
 * Events with series/year normalisation ("Council-23", "ITU Council 2023", "C23" → ITU-COUNCIL-2023; "PP-22" →
 * ITU-PP-2022). A series named without a year ("the SDG Summits … the first was held in 2019") takes the years
 * that the same sentence dates it with; a series that stays undated is kept for ORGANIZES statements.
 */
import { eventName, eventYear, isNumberedSession, numberedSessionYear } from '../domain/event-names.js';
import { ITU_CONFERENCES, sessionByShortName } from '../domain/reference/index.js';
import { eventKey, fullYear } from '../domain/keys.js';
import { ORDINAL, ordinalValue } from '../domain/ordinals.js';
import { CONFERENCE_ABBREVIATIONS, CONFERENCE_NAMES, conferenceSeriesOf } from './conferences.js';

export { numberedSessionYear } from '../domain/event-names.js';
import { type ClaimMask, type Found, MONTHS, type Span, sentenceAt } from './text.js';

/** A yearless mention of a recurring series ("The annual WSIS Forum, hosted by ITU …"). */
export interface SeriesMention {
  readonly series: string;
  readonly start: number;
  readonly end: number;
}

/** Every event carries its name and year where its key tells them (WSIS-FORUM-2022, CSTD-27). */
const event = (key: string, start: number, end: number, props: Found['props'] = {}): Found => {
  const year = eventYear(key);
  return { label: 'Event', key, name: eventName(key), props: year === null ? props : { year, ...props }, start, end };
};

const YEAR = '(?:19|20)\\d{2}';
/** The Council Working Group on WSIS and the SDGs, by its abbreviation or its name. */
const CWG_WSIS_SDG =
  '(?:CWG[-\\s]?WSIS\\s*&\\s*SDGs?|Council\\s+Working\\s+Group\\s+on\\s+(?:WSIS|the\\s+World\\s+Summit\\s+on\\s+the\\s+Information\\s+Society)\\s+(?:and|&)\\s+(?:the\\s+)?(?:SDGs?|Sustainable\\s+Development\\s+Goals))';
const CSTD_NAME = 'Commission\\s+on\\s+Science\\s+and\\s+Technology\\s+for\\s+Development';
/** "<body>, at its 27th session", "<body> held its twenty-eighth session": the body in the named group given. */
const atItsSession = (body: string, group: string): string => `(?<${group}>${body}),?\\s+(?:at|held)\\s+its\\s+(?<n3>${ORDINAL})\\s+session\\b`;
/** A numbered session's key from the rule's groups `n`, `n2`, `n3`: digits ("27") or an ordinal ("27th", "twenty-seventh"). */
const numbered = (series: string, groups: Record<string, string | undefined> | undefined): string[] => {
  const number = groups?.['n'] ?? groups?.['n2'] ?? groups?.['n3'];
  const n = number === undefined ? null : /^\d+$/.test(number) ? Number(number) : ordinalValue(number);
  return n === null ? [] : [eventKey(series, n)];
};
const YEAR_LIST = `(${YEAR}(?:\\s*(?:,|and|&)\\s*${YEAR})*)`;

const shortNameYear = (series: string, short: string): number =>
  sessionByShortName(series, short)?.year ?? fullYear(Number(short.slice(-2)));

const placeYear = (series: string, text: string): number | null => {
  const m = /\(([^,()]+),\s*(\d{4})\)/.exec(text);
  if (!m) return null;
  const year = Number(m[2]);
  const known = ITU_CONFERENCES.find((c) => c.series === series)?.sessions.some((s) => s.year === year);
  return known || m[1] ? year : null;
};


interface DatedRule {
  readonly pattern: RegExp;
  readonly keys: (m: RegExpMatchArray) => string[];
}

const years = (list: string): number[] => [...list.matchAll(/\d{4}/g)].map((y) => Number(y[0]));

/** Most specific first: a rule's span is claimed before the next rule runs. */
const DATED_RULES: readonly DatedRule[] = [
  {
    pattern: new RegExp(`\\bWSIS\\s*\\+\\s*\\d{2}\\s+(?:Forum\\s+)?High-[Ll]evel\\s+Event\\s+${YEAR_LIST}`, 'g'),
    keys: (m) => years(m[1] as string).map((y) => eventKey('WSIS-FORUM', y)),
  },
  {
    pattern: new RegExp(`\\bWSIS\\s+Forum\\s+${YEAR_LIST}`, 'g'),
    keys: (m) => years(m[1] as string).map((y) => eventKey('WSIS-FORUM', y)),
  },
  {
    pattern: new RegExp(`\\b(?:UN\\s+)?(?:HLPF|High-[Ll]evel\\s+Political\\s+Forum(?:\\s+on\\s+Sustainable\\s+Development)?(?:\\s+\\(HLPF\\))?)\\s+${YEAR_LIST}`, 'g'),
    keys: (m) => years(m[1] as string).map((y) => eventKey('HLPF', y)),
  },
  {
    pattern: new RegExp(`\\b(?:(${YEAR})\\s+)?(?<body>ECOSOC)\\s+Partnership\\s+Forum(?:\\s+${YEAR_LIST})?`, 'dg'),
    keys: (m) => (m[1] !== undefined ? [Number(m[1])] : years(m[3] ?? '')).map((y) => eventKey('ECOSOC-PF', y)),
  },
  {
    pattern: new RegExp(`\\b(?:(${YEAR})\\s+SDG\\s+Summit|SDG\\s+Summit\\s+(${YEAR}))`, 'g'),
    keys: (m) => [eventKey('SDG-SUMMIT', (m[1] ?? m[2]) as string)],
  },
  {
    pattern: new RegExp(`\\b(?:IGF|Internet\\s+Governance\\s+Forum)\\s+${YEAR_LIST}`, 'g'),
    keys: (m) => years(m[1] as string).map((y) => eventKey('IGF', y)),
  },
  {
    pattern: new RegExp(`\\bAI\\s+for\\s+Good(?:\\s+Global)?(?:\\s+Summit)?\\s+(${YEAR})\\b`, 'g'),
    keys: (m) => [eventKey('AI-FOR-GOOD', m[1] as string)],
  },
  {
    pattern: new RegExp(`\\bGSR[-\\s]?(\\d{2}|${YEAR})\\b`, 'g'),
    keys: (m) => [eventKey('GSR', (m[1] as string).length === 2 ? fullYear(Number(m[1])) : (m[1] as string))],
  },
  {
    pattern: /\bSummit\s+of\s+the\s+Future\b|\bSOTF\b/g,
    keys: () => ['SUMMIT-OF-THE-FUTURE-2024'],
  },
  {
    // "38th CWG WSIS&SDG meeting", "42nd meeting of the Council Working Group on WSIS and SDGs", "the CWG-WSIS&SDG,
    // at its 43rd meeting", "the Council Working Group on WSIS and SDGs (CWG-WSIS&SDG) held its 42nd meeting", and a
    // document's header: the group's name over "Forty-second meeting – Geneva, 3 February 2025".
    pattern: new RegExp(
      `\\b(?<n>${ORDINAL})\\s+(?:meeting\\s+of\\s+the\\s+)?(?<body>${CWG_WSIS_SDG})(?:\\s+meeting)?|(?<body2>${CWG_WSIS_SDG})(?:\\s*\\(CWG[-\\s]?WSIS\\s*&\\s*SDGs?\\))?(?:,?\\s+(?:at|held)\\s+its|[ \\t]*\\n[ \\t]*)\\s*(?<n2>${ORDINAL})\\s+meeting\\b`,
      'dg',
    ),
    keys: (m) => numbered('CWG-WSIS-SDG', m.groups),
  },
  {
    // "CWG-WSIS&SDG-42" (a meeting; its documents "CWG-WSIS&SDG-42/3" are claimed before). Spaces only, never a line
    // break: a lead-in "… instructs the CWG-WSIS&SDG" is followed by its numbered clauses.
    pattern: /(?<![\w/-])CWG[- ]?WSIS ?& ?SDG[- ](\d{2})(?![\w/])/g,
    keys: (m) => [eventKey('CWG-WSIS-SDG', m[1] as string)],
  },
  {
    pattern: new RegExp(`\\b(?<n>${ORDINAL})\\s+session\\s+of\\s+the\\s+(?<body>Commission\\s+for\\s+Social\\s+Development)\\b|\\b(?<body2>CSocD)\\s?(?<n2>\\d{2})\\b|${atItsSession('(?:the\\s+)?Commission\\s+for\\s+Social\\s+Development(?:\\s*\\(CSocD\\))?|CSocD', 'body3')}`, 'dg'),
    keys: (m) => numbered('CSOCD', m.groups),
  },
  {
    pattern: new RegExp(`\\b(?<n>${ORDINAL})\\s+session\\s+of\\s+the\\s+(?<body>Commission\\s+on\\s+the\\s+Status\\s+of\\s+Women)\\b|\\b(?<body2>CSW)\\s?(?<n2>\\d{2})\\b|${atItsSession('(?:the\\s+)?Commission\\s+on\\s+the\\s+Status\\s+of\\s+Women(?:\\s*\\(CSW\\))?|CSW', 'body3')}`, 'dg'),
    keys: (m) => numbered('CSW', m.groups),
  },
  {
    pattern: new RegExp(
      `\\b(?<n>${ORDINAL})\\s+session\\s+of\\s+the\\s+(?<body>Commission\\s+on\\s+Science\\s+and\\s+Technology\\s+for\\s+Development|(?:UN\\s?)?CSTD)\\b|\\b(?<body2>(?:UN\\s?)?CSTD)[-\\s]?(?<n2>\\d{2})(?![\\d/])|${atItsSession(`${CSTD_NAME}(?:\\s*\\((?:UN\\s?)?CSTD\\))?|(?:UN\\s?)?CSTD`, 'body3')}`,
      'dg',
    ),
    keys: (m) => numbered('CSTD', m.groups),
  },
  { pattern: /\bLDC\s?([1-9])\b(?!s)/g, keys: (m) => [`LDC${m[1]}`] },
  // Council sessions.
  {
    pattern: new RegExp(`\\b(?:the\\s+)?(?:ITU\\s+)?Council,?\\s+at\\s+its\\s+(${YEAR})\\s+session\\b`, 'g'),
    keys: (m) => [eventKey('ITU-COUNCIL', m[1] as string)],
  },
  {
    pattern: new RegExp(`\\b(${YEAR})\\s+session\\s+of\\s+(?:the\\s+)?(?:ITU\\s+)?Council\\b(?!\\s+(?:of|for|on)\\b)`, 'g'),
    keys: (m) => [eventKey('ITU-COUNCIL', m[1] as string)],
  },
  {
    pattern: new RegExp(`\\b(?:ITU\\s+)?Council\\s+(${YEAR})\\b|\\bCouncil-(\\d{2})\\b`, 'g'),
    keys: (m) => [eventKey('ITU-COUNCIL', m[1] ?? fullYear(Number(m[2])))],
  },
  // ITU conferences: short names ("PP-22", "WTDC-17", "WTSA-20", "RA-19", "WRC-23") and "<name> (<place>, <year>)".
  {
    pattern: new RegExp(`(?<![\\w/-])(${CONFERENCE_ABBREVIATIONS})-(\\d{2})(?![\\w/])`, 'g'),
    keys: (m) => {
      const series = conferenceSeriesOf(m[1] as string) as string;
      return [eventKey(series, shortNameYear(series, `${m[1]}-${m[2]}`))];
    },
  },
  {
    pattern: new RegExp(`\\b(${CONFERENCE_NAMES})\\s*\\([^()]*?\\d{4}\\)`, 'g'),
    keys: (m) => {
      const series = conferenceSeriesOf(m[1] as string) as string;
      const year = placeYear(series, m[0]);
      return year === null ? [] : [eventKey(series, year)];
    },
  },
  // "Plenipotentiary Conference 2022", "WTDC 2017", "PP-2022": the name or short name with a full year.
  {
    pattern: new RegExp(`\\b(${CONFERENCE_NAMES}|${CONFERENCE_ABBREVIATIONS})[-\\s](${YEAR})\\b`, 'g'),
    keys: (m) => [eventKey(conferenceSeriesOf(m[1] as string) as string, m[2] as string)],
  },
  // The year before the name: "the 2019 World Radiocommunication Conference", "the 2022 Plenipotentiary Conference",
  // "the 2024 WSIS Forum" (after the rules above, so "WSIS Forum 2024 2025" stays theirs).
  {
    pattern: new RegExp(`\\b(${YEAR})\\s+(${CONFERENCE_NAMES}|${CONFERENCE_ABBREVIATIONS})\\b`, 'g'),
    keys: (m) => [eventKey(conferenceSeriesOf(m[2] as string) as string, m[1] as string)],
  },
  {
    pattern: new RegExp(`\\b(${YEAR})\\s+(?:WSIS\\s+Forum|(?<igf>IGF|Internet\\s+Governance\\s+Forum)|(?<hlpf>HLPF|High-[Ll]evel\\s+Political\\s+Forum))\\b`, 'g'),
    keys: (m) => [eventKey(m.groups?.['igf'] ? 'IGF' : m.groups?.['hlpf'] ? 'HLPF' : 'WSIS-FORUM', m[1] as string)],
  },
];

/** Series named without a year: dated from the same sentence, else kept undated. */
const SERIES_RULES: ReadonlyArray<{ pattern: RegExp; series: string | ((written: string) => string | null) }> = [
  { pattern: /\bWSIS\s*\+\s*\d{2}\s+(?:Forum\s+)?High-[Ll]evel\s+Event\b/g, series: 'WSIS-FORUM' },
  { pattern: /\bWSIS\s+Forums?\b/g, series: 'WSIS-FORUM' },
  { pattern: /\bSDG\s+Summits?\b/g, series: 'SDG-SUMMIT' },
  { pattern: /\bHLPFs?\b|\bHigh-[Ll]evel\s+Political\s+Forum\b/g, series: 'HLPF' },
  { pattern: /\bECOSOC\s+Partnership\s+Forum\b/g, series: 'ECOSOC-PF' },
  { pattern: /\bInternet\s+Governance\s+Forum\b|\bIGF\b/g, series: 'IGF' },
  { pattern: /\bAI\s+for\s+Good(?:\s+Global)?\s+Summit\b/g, series: 'AI-FOR-GOOD' },
  // "The ITU Plenipotentiary Conference will be held in Doha in 2026" (after the dated forms have claimed theirs).
  { pattern: new RegExp(`\\b(?:${CONFERENCE_NAMES})\\b`, 'g'), series: (written) => conferenceSeriesOf(written) },
];

// A date right after the name ("… is scheduled for 27-31 May 2024", "… in 2025") or a dating clause later in the
// sentence ("the first was held in 2019 and the next is scheduled for September 2023").
const DAY_MONTH = `(?:\\d{1,2}(?:\\s*(?:[-–]|to)\\s*\\d{1,2})?\\s+)?(?:(?:${MONTHS})\\s+)?`;
const DATE_RIGHT_AFTER = new RegExp(
  `^,?\\s*(?:(?:is|was|will|be|been|being|scheduled|held|planned|to|take|takes|taking|took|place|for|on|in|from|during)\\s+)*${DAY_MONTH}(${YEAR})\\b`,
);
/** A place a meeting is held in: capitalized words ("Doha", "Kyoto, Japan", "Addis Ababa"). */
const PLACE = "\\p{Lu}[\\p{L}'’-]+(?:,?\\s+\\p{Lu}[\\p{L}'’-]+){0,3}";
/** The year before a meeting's name: "the 2025 edition of the WSIS Forum", "the 2024 session of the HLPF". */
const DATE_RIGHT_BEFORE = new RegExp(`\\b(${YEAR})\\s+(?:edition|session|meeting)\\s+of\\s+(?:the\\s+)?$`);
// A date range ("from 8 to 12 October 2023") dates the meeting it follows without a verb.
const DATING_CLAUSE = new RegExp(
  `\\b(?:held|scheduled|convened|took\\s+place|take\\s+place|takes\\s+place)(?:\\s+in\\s+${PLACE})?,?\\s+(?:in|for|on|from)\\s+${DAY_MONTH}(${YEAR})\\b|\\bfrom\\s+\\d{1,2}\\s*(?:[-–]|to)\\s*\\d{1,2}\\s+(?:${MONTHS})\\s+(${YEAR})\\b`,
  'gu',
);

/**
 * Claims an event's span except its convening body (named groups `body…`, regex flag `d`): "27th session of the CSTD"
 * is the event CSTD-27 and also names the agency CSTD.
 */
function claimAroundBody(mask: ClaimMask, m: RegExpMatchArray, start: number, end: number): void {
  const body = Object.entries(m.indices?.groups ?? {}).find(([name, span]) => name.startsWith('body') && span !== undefined)?.[1];
  if (!body) {
    mask.claim(start, end);
    return;
  }
  mask.claim(start, body[0]);
  mask.claim(body[1], end);
}

export function findEvents(text: string, mask: ClaimMask, sentences: readonly Span[]): { events: Found[]; series: SeriesMention[] } {
  const events: Found[] = [];
  for (const rule of DATED_RULES) {
    for (const m of text.matchAll(rule.pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!mask.isFree(start, end)) continue;
      const keys = rule.keys(m);
      if (keys.length === 0) continue;
      claimAroundBody(mask, m, start, end);
      for (const key of keys) {
        const year = numberedSessionYear(key) ?? meetingDateYear(key, text.slice(end, end + MEETING_DATE_WINDOW));
        events.push(event(key, start, end, { series: key.replace(/-\d+$/, ''), ...(year === null ? {} : { year }) }));
      }
    }
  }
  events.push(...continuedSessions(text, mask, sentences, events));
  const series: SeriesMention[] = [];
  for (const rule of SERIES_RULES) {
    for (const m of text.matchAll(rule.pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!mask.isFree(start, end)) continue;
      const named = typeof rule.series === 'string' ? rule.series : rule.series(m[0]);
      if (named === null) continue;
      mask.claim(start, end);
      series.push({ series: named, start, end });
    }
  }
  series.sort((a, b) => a.start - b.start);
  for (const [i, s] of series.entries()) {
    const sentence = sentenceAt(sentences, s.start);
    // Sorted by start: the next mention in the same sentence, if any, is the next one.
    const following = series[i + 1];
    const scopeEnd = following !== undefined && following.start < sentence.end ? following.start : sentence.end;
    const left = DATE_RIGHT_BEFORE.exec(text.slice(sentence.start, s.start));
    const right = DATE_RIGHT_AFTER.exec(text.slice(s.end, scopeEnd));
    const dated = left
      ? [Number(left[1])]
      : right
      ? [Number(right[1])]
      : [...text.slice(s.end, scopeEnd).matchAll(DATING_CLAUSE)].map((d) => Number(d[1] ?? d[2]));
    const plural = /s$/.test(text.slice(s.start, s.end));
    for (const year of plural ? dated : dated.slice(0, 1)) {
      events.push(event(eventKey(s.series, year), s.start, s.end, { series: s.series }));
    }
  }
  return { events, series };
}

/** How far after a numbered meeting its date may follow ("… 42nd meeting – Geneva, 3 February 2025"). */
const MEETING_DATE_WINDOW = 40;
const MEETING_DATE = new RegExp(`^[^.;\\n]*?\\b\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?\\s+(?:${MONTHS})\\s+(${YEAR})\\b`);

/**
 * The year of a numbered meeting whose numbers follow no calendar (CWG-WSIS-SDG-42), from the date right after its
 * mention ("held its 42nd meeting on 3 February 2025", a header's "Forty-second meeting, Geneva, 12 May 2024").
 */
function meetingDateYear(key: string, after: string): number | null {
  if (eventYear(key) !== null || !isNumberedSession(key)) return null;
  const m = MEETING_DATE.exec(after);
  return m ? Number(m[1]) : null;
}

const CONTINUED_SESSION = new RegExp(`\\b(?:and|or)\\s+(?:at\\s+)?its\\s+(${ORDINAL})\\s+(?:session|meeting)\\b`, 'g');

/**
 * "… held its 42nd meeting in February and its 43rd meeting in September": a further session of the body whose
 * numbered session the same sentence named just before.
 */
function continuedSessions(text: string, mask: ClaimMask, sentences: readonly Span[], found: readonly Found[]): Found[] {
  const continued: Found[] = [];
  for (const m of text.matchAll(CONTINUED_SESSION)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!mask.isFree(start, end)) continue;
    const sentence = sentenceAt(sentences, start);
    const previous = found
      .filter((e) => e.end <= start && e.start >= sentence.start && typeof e.props?.['series'] === 'string' && isNumberedSession(e.key))
      .at(-1);
    const number = ordinalValue(m[1] as string);
    if (!previous || number === null) continue;
    mask.claim(start, end);
    const series = previous.props!['series'] as string;
    const key = eventKey(series, number);
    const year = numberedSessionYear(key) ?? meetingDateYear(key, text.slice(end, end + MEETING_DATE_WINDOW));
    continued.push(event(key, start, end, { series, ...(year === null ? {} : { year }) }));
  }
  return continued;
}

/** "C23" standing for a Council session (after documents and resolution versions have claimed theirs). */
export function findCouncilSessionMarks(text: string, mask: ClaimMask): Found[] {
  const found: Found[] = [];
  // C12–C39 cannot be Action Lines (C1–C11); "Room C5" or "P-5/C5" are excluded by the digits and the slash.
  for (const m of text.matchAll(/(?<![\w/-])C([1-3]\d)(?![\w/-])/g)) {
    const n = Number(m[1]);
    if (n < 12) continue;
    const end = m.index + m[0].length;
    if (!mask.isFree(m.index, end)) continue;
    mask.claim(m.index, end);
    found.push(event(eventKey('ITU-COUNCIL', fullYear(n)), m.index, end, { series: 'ITU-COUNCIL' }));
  }
  return found;
}
