/**
 * Operative mandates: "<resolution> instructs <addressee>" lead-ins with their numbered "to …" clauses (one mandate
 * per clause; a lead-in that names no resolution, "instructs the Secretary-General and the Directors of the Bureaux",
 * continues the resolution above it), inline "<resolution> … encourages <addressee> to <action>", passive
 * "<addressee> is invited to …" in a sentence naming a resolution, and "Following the instructions of … in
 * <resolution>, <addressee> is <doing>". Cover-sheet sections (Purpose, Action required) hold no mandates, and a
 * clause with no resolution in reach is not a mandate ("Members are invited to note the document").
 */
import type { Mandate, Passage } from '../domain/document.js';
import { directVerb, OPERATIVE_VERBS } from './blocks.js';
import { agencyKeyOf } from './agencies.js';
import { conferenceSeriesOf } from './conferences.js';
import { withoutLeadIn } from './structure/phrases.js';
import { type Found, sentenceSpans } from './text.js';

const LEAD_IN = new RegExp(`^(?<subject>.*?)\\b(?<verb>${OPERATIVE_VERBS})\\s+(?<addressee>[^;:]+?)\\s*[:,]?$`);
const ITEM = /^(?:(?:\d+(?:\.\d+)*\.?|[a-z][.)]|\((?:[a-z]|[ivx]+|\d+)\)|[–—•-])\s+)?(?<action>to\s.+?)[;.,]?$/;
const INLINE = new RegExp(`\\b(?<verb>${OPERATIVE_VERBS})\\s+(?<addressee>(?:the\\s+)?[A-Z][^;:]{0,80}?)\\s+(?<action>to\\s+[a-z][^;]+?)(?=[.;]|$)`, 'g');
// Reported forms: "the Secretary-General is requested to …", "the Directors were instructed by Resolution 140 to …",
// "the Commission has been requested by E/RES/2023/3 to …" (the resolution is the one the sentence names).
const PASSIVE = new RegExp(
  `\\b(?<addressee>(?:the\\s+)?[A-Z][\\w&-]*(?:\\s+(?:[A-Z][\\w&-]*|and|of|the|on))*)\\s+(?:is|are|was|were|has\\s+been|have\\s+been|had\\s+been)\\s+(?:also\\s+)?(?<verb>invited|requested|instructed|encouraged|urged|called upon|mandated|tasked)(?:\\s+by\\s+(?:[^,;()]|\\([^)]*\\)){1,160}?)?\\s+(?<action>to\\s+[a-z][^;]+?)(?=[.;]|$)`,
  'g',
);
// A report telling what a resolution asked, in the past: "Council Resolution 1332 instructed the Secretary-General
// to …", "In its resolution 78/132, the General Assembly requested the Secretary-General to …". Only the resolution
// itself or the body that adopted it may be the subject: "Under Resolution 140, the Secretary-General invited
// Member States to …" is the Secretary-General's invitation, not the resolution's.
const PAST_INLINE = /\b(?<verb>instructed|requested|invited|encouraged|urged|called upon|mandated)\s+(?<addressee>(?:the\s+)?[A-Z][^;:]{0,80}?)\s+(?<action>to\s+[a-z][^;]+?)(?=[.;]|$)/g;
const ADOPTING_SUBJECT = /^(?:\s*\([^)]*\))?\s*(?:,\s*(?<body>(?:the\s+)?[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|and|of|the))*)\s*,?)?\s*$/;
const FOLLOWING = /\b(?:Following|Pursuant to|In accordance with|As per)\s+the\s+(?<noun>instructions?|requests?|invitation|encouragement|decision)\b(?:[^,(]|\([^)]*\))*?,\s+(?<addressee>(?:the\s+)?[A-Z][^,]{0,80}?)\s+(?:is|are|has been|have been)\s+(?<action>[a-z][^;]+?)(?=[.;]$|[.;]\s|$)/g;
const AS_VERBED = /\bAs\s+(?<verb>instructed|requested|invited|encouraged)\s+(?:by|in)\b(?:[^,(]|\([^)]*\))*?,\s+(?<addressee>(?:the\s+)?[A-Z][^,]{0,80}?)\s+(?:is|are|has|have)\s+(?<action>[a-z][^;]+?)(?=[.;]$|[.;]\s|$)/g;

// In a resolution's own text, a paragraph opening on an operative verb is one of its mandates, UN style
// ("3. Requests the Secretary-General to submit …", "Also encourages Member States to …") or ITU style
// ("invites Member States to contribute …"). "Decides to convene …" names no addressee and is not read.
const OPERATIVE_PARAGRAPH = new RegExp(
  `^(?:\\d+\\.?\\s+|\\(?[a-z]\\)\\s+)?(?:(?:[Aa]lso|[Ff]urther|[Ss]trongly|[Ff]urthermore)\\s+)?(?<verb>${OPERATIVE_VERBS.split('|').map((v) => `[${v[0]}${(v[0] as string).toUpperCase()}]${v.slice(1)}`).join('|')})\\s+(?<addressee>(?!to\\s)(?:all\\s+|the\\s+)?[A-Za-z][^;:,]{0,100}?)(?:,[^;,]{1,120},)?\\s+(?<action>to\\s+[a-z][^;]*?)[;.]?$`,
);

const VERB_OF: Readonly<Record<string, string>> = {
  instruction: 'instructs',
  instructions: 'instructs',
  instructed: 'instructs',
  request: 'requests',
  requests: 'requests',
  requested: 'requests',
  invitation: 'invites',
  invited: 'invites',
  encouragement: 'encourages',
  encouraged: 'encourages',
  urged: 'urges',
  'called upon': 'calls upon',
  mandated: 'instructs',
  tasked: 'instructs',
  decision: 'decides',
};

const METADATA_SECTION = /^(?:Purpose|Objective|Summary|Action required)/i;

/**
 * The addressee as written after the verb, without the article (spec: "instructs the ITU Council" → "ITU Council",
 * "the Directors of the three Bureaux" as written); an agency other than the ITU's own organs may be given by its key
 * ("ITU-D sector" → "ITU-D", "the Commission on Science and Technology for Development" → "CSTD").
 */
export function writtenAddressee(raw: string): string {
  const text = withoutLeadIn(raw)
    .replace(/[\s,:;]+$/, '')
    .replace(/^(?:the|all)\s+/i, '')
    .trim();
  const agency = agencyKeyOf(text) ?? agencyKeyOf(`the ${text}`);
  if (agency === 'ITU-COUNCIL') return text;
  if (agency !== null) return agency;
  if (/^(?:ITU-D|ITU-T|ITU-R)\s+[Ss]ector$/.test(text)) return text.slice(0, 5);
  return text;
}

interface Line {
  readonly text: string;
  readonly start: number;
}

const linesOf = (text: string): Line[] => {
  let offset = 0;
  return text.split('\n').map((line) => {
    const l = { text: directVerb(line), start: offset };
    offset += line.length + 1;
    return l;
  });
};

const lastResolutionIn = (resolutions: readonly Found[], start: number, end: number): string | null =>
  resolutions.filter((r) => r.start >= start && r.end <= end).at(-1)?.key ?? null;

const mandate = (resolution: string, addressee: string, verb: string, action: string, passage: number, start: number): Mandate => ({
  resolution,
  addressee: writtenAddressee(addressee),
  verb,
  action: action.trim(),
  passage,
  start,
  end: start + action.trim().length,
});

/** Mandates of one passage; `resolutions` are the passage's resolution mentions; `carried` the resolution in force. */
export function findMandates(
  passage: Passage,
  resolutions: readonly Found[],
  carried: string | null,
  own: string | null = null,
): { mandates: Mandate[]; carried: string | null } {
  const mandates: Mandate[] = [];
  if (passage.section !== null && METADATA_SECTION.test(passage.section)) return { mandates, carried };
  let lead: { resolution: string; verb: string; addressee: string } | null = null;
  let inForce = carried;
  const lines = new InOrder(resolutions);
  for (const line of linesOf(passage.text)) {
    const inLine = lines.within(line.start, line.start + line.text.length);
    const item = lead ? ITEM.exec(line.text) : null;
    if (lead && item?.groups?.action) {
      const action = item.groups.action;
      mandates.push(mandate(lead.resolution, lead.addressee, lead.verb, action, passage.ordinal, line.start + line.text.indexOf(action)));
      continue;
    }
    if (lead && /^(?:…|\.\.\.)+$/.test(line.text.trim())) continue; // omitted clauses keep the lead-in in force
    const leadIn = LEAD_IN.exec(line.text);
    if (leadIn?.groups && !/\bto\s+[a-z]/.test(leadIn.groups.addressee ?? '')) {
      const subject = leadIn.groups.subject ?? '';
      const named = lastResolutionIn(inLine, line.start, line.start + subject.length);
      const resolution = named ?? (subject.trim() === '' ? inForce : null);
      if (resolution !== null) {
        lead = { resolution, verb: leadIn.groups.verb as string, addressee: leadIn.groups.addressee as string };
        inForce = resolution;
        continue;
      }
    }
    lead = null;
    const operative = own !== null ? OPERATIVE_PARAGRAPH.exec(line.text) : null;
    if (operative?.groups?.action) {
      const g = operative.groups;
      const action = g.action as string;
      mandates.push(mandate(own as string, g.addressee as string, (g.verb as string).toLowerCase(), action, passage.ordinal, line.start + operative.index + operative[0].lastIndexOf(action)));
      continue;
    }
    mandates.push(...inlineMandates(line, passage.ordinal, inLine));
  }
  return { mandates, carried: inForce };
}

/**
 * The mentions within successive windows of a text, for windows that move forward (lines, then sentences): one walk
 * over the mentions (sorted by start) instead of a search per window.
 */
class InOrder {
  private at = 0;

  constructor(private readonly mentions: readonly Found[]) {}

  within(start: number, end: number): Found[] {
    while (this.at < this.mentions.length && (this.mentions[this.at] as Found).start < start) this.at++;
    let last = this.at;
    while (last < this.mentions.length && (this.mentions[last] as Found).start < end) last++;
    return this.mentions.slice(this.at, last).filter((m) => m.end <= end);
  }
}

/** A body that adopts resolutions: the General Assembly, ECOSOC, the ITU Council, an ITU conference or assembly. */
function adoptsResolutions(body: string): boolean {
  const name = body.replace(/^the\s+/i, '');
  const key = agencyKeyOf(name) ?? agencyKeyOf(`the ${name}`);
  return key === 'UNGA' || key === 'ECOSOC' || key === 'ITU-COUNCIL' || conferenceSeriesOf(name) !== null || /^(?:Council|Conference|Assembly)$/i.test(name);
}

function inlineMandates(line: Line, ordinal: number, resolutions: readonly Found[]): Mandate[] {
  const found: Mandate[] = [];
  const sentences = new InOrder(resolutions);
  for (const s of sentenceSpans(line.text)) {
    const sentence = line.text.slice(s.start, s.end);
    const base = line.start + s.start;
    const inSentence = sentences.within(base, base + sentence.length);
    if (inSentence.length === 0) continue;
    const before = (offset: number): string | null => lastResolutionIn(inSentence, base, base + offset);
    for (const m of sentence.matchAll(INLINE)) {
      const resolution = before(m.index);
      const g = m.groups ?? {};
      if (resolution && g.action) found.push(mandate(resolution, g.addressee as string, g.verb as string, g.action, ordinal, base + m.index + m[0].length - g.action.length));
    }
    for (const m of sentence.matchAll(PAST_INLINE)) {
      const g = m.groups ?? {};
      const cited = inSentence.filter((r) => r.end <= base + m.index).at(-1);
      if (!cited || !g.action) continue;
      const subject = ADOPTING_SUBJECT.exec(line.text.slice(cited.end - line.start, s.start + m.index))?.groups;
      if (subject === undefined || (subject.body !== undefined && !adoptsResolutions(subject.body))) continue;
      found.push(mandate(cited.key, g.addressee as string, VERB_OF[g.verb as string] as string, g.action, ordinal, base + m.index + m[0].length - g.action.length));
    }
    for (const m of sentence.matchAll(PASSIVE)) {
      const g = m.groups ?? {};
      const resolution = inSentence.at(-1)?.key;
      if (resolution && g.action) found.push(mandate(resolution, g.addressee as string, VERB_OF[g.verb as string] ?? (g.verb as string), g.action, ordinal, base + m.index + m[0].length - g.action.length));
    }
    for (const pattern of [FOLLOWING, AS_VERBED]) {
      for (const m of sentence.matchAll(pattern)) {
        const g = m.groups ?? {};
        const resolution = before(m.index + m[0].length - (g.action?.length ?? 0) - 1);
        const verb = VERB_OF[(g.noun ?? g.verb) as string];
        if (resolution && verb && g.action) found.push(mandate(resolution, g.addressee as string, verb, g.action, ordinal, base + m.index + m[0].length - g.action.length));
      }
    }
  }
  return found;
}
