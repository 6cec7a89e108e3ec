/**
 * Relations read from one passage: FACILITATES (an agency named as facilitator of the Action Lines in the sentence),
 * ORGANIZES (hosted by / co-organized with; a statement about an undated series applies to that series' dated
 * events named in the document; a body convenes its own sessions), PARTNERS_WITH (see partners.ts), REFERENCES and CITES.
 */
import type { Relation } from '../domain/document.js';
import { convenerOf } from '../domain/event-names.js';
import type { EntityLabel } from '../domain/labels.js';
import { AGENCIES } from '../domain/reference/index.js';
import type { SeriesMention } from './events.js';
import { partnerPairs } from './partners.js';
import { type Found, type Span } from './text.js';

const FACILITATOR = /facilitat/gi;
const CO_FACILITATION = /co-?facilitat/i;
// Between an Action Line and its co-facilitators: "… C1 with UNESCO", within the clause.
const CO_FACILITATORS_AFTER = /^[^.;]*?\bwith\s*$/;
const ORGANIZER_CUES: ReadonlyArray<{ pattern: RegExp; role: string }> = [
  { pattern: /\b(?:hosted|convened)\s+by\b/g, role: 'host' },
  { pattern: /\bco-organi[sz]ed\s+(?:with|by)\b/g, role: 'co-organizer' },
  { pattern: /\b(?<!co-)organi[sz]ed\s+by\b/g, role: 'organizer' },
];
// Bodies of ITU itself are not facilitators or partners of the agencies they belong to.
const ITU_BODIES = new Set(AGENCIES.filter((a) => a.kind === 'itu-organ' || a.kind === 'itu-sector').map((a) => a.key));

const ref = (label: EntityLabel, key: string) => ({ label, key });

// Between the names of one list: "UNESCO, UNDP, and UNCTAD", "ITU and the UNDP".
const LIST_GAP = /^\s*(?:,|;|&|and|,\s*and)?\s*(?:the\s+)?$/i;

/**
 * The agencies that a cue's list names: those right after it, separated only by commas and "and". The list ends at
 * other words, so "co-organized with UNESCO and UNDP, in collaboration with FAO" names UNESCO and UNDP only.
 */
function listAfter(text: string, from: number, agencies: readonly Found[]): Found[] {
  const list: Found[] = [];
  let end = from;
  for (const agency of [...agencies].sort((a, b) => a.start - b.start)) {
    if (!LIST_GAP.test(text.slice(end, agency.start))) break;
    list.push(agency);
    end = agency.end;
  }
  return list;
}

/**
 * Who facilitates an Action Line named in a facilitation sentence: the agency list nearest before it ("UNESCO, as
 * facilitator of C3, C8 …"; "FAO … C7 e-agriculture, and WHO … C7 e-health"; "UNDP and ITU co-facilitate C1"), and
 * a co-facilitator list after it ("… C1 with UNESCO"); when no agency precedes it ("C3 is facilitated by UNESCO"),
 * the list of agencies that opens at the one nearest the facilitation cue.
 */
function facilitatorsOf(text: string, line: Found, candidates: readonly Found[], nearestCue: Found): Found[] {
  const before = candidates.filter((a) => a.end <= line.start).sort((a, b) => b.start - a.start);
  // "… as facilitator for C2, C4 and C6, together with UNESCO and UNDP": the list that opens at the nearest agency.
  if (before.length === 0) return listAfter(text, nearestCue.start, candidates.filter((a) => a.start >= nearestCue.start));
  const list = [before[0] as Found];
  for (const agency of before.slice(1)) {
    if (!LIST_GAP.test(text.slice(agency.end, (list.at(-1) as Found).start))) break;
    list.push(agency);
  }
  const after = candidates.filter((a) => a.start >= line.end).sort((a, b) => a.start - b.start);
  const first = after[0];
  if (first && CO_FACILITATION.test(text.slice((list.at(-1) as Found).start, line.start)) && CO_FACILITATORS_AFTER.test(text.slice(line.end, first.start))) {
    list.push(...listAfter(text, first.start, after));
  }
  return list;
}

/**
 * The role a facilitation cue states, in the words of the reference data's roles: "co-facilitator of C1" and "co-
 * facilitates" are co-facilitation, "lead facilitator", "sole facilitator", "a leading facilitating role" lead; a bare
 * "facilitator" or "facilitates" says no more than that.
 */
function facilitationRole(text: string, cue: number): string {
  const around = text.slice(Math.max(0, cue - 12), cue + 16);
  if (/co-?\s?facilitat/i.test(around)) return 'co-facilitator';
  if (/\b(?:lead|leading|sole|main|principal)\s+facilitat/i.test(around)) return 'lead facilitator';
  return 'facilitator';
}

export interface PassageFindings {
  readonly ordinal: number;
  readonly text: string;
  readonly sentences: readonly Span[];
  readonly found: readonly Found[];
  readonly series: readonly SeriesMention[];
}

export function passageRelations(p: PassageFindings, documentKey: string, datedEventsBySeries: ReadonlyMap<string, readonly string[]>): Relation[] {
  const relations: Relation[] = [];
  const push = (type: Relation['type'], from: ReturnType<typeof ref>, to: ReturnType<typeof ref>, role: string | null): void => {
    relations.push({ type, from, to, role, passage: p.ordinal });
  };
  for (const f of p.found) {
    if (f.label === 'Document') push('REFERENCES', ref('Document', documentKey), ref('Document', f.key), null);
    if (f.label === 'Resolution') push('CITES', ref('Document', documentKey), ref('Resolution', f.key), null);
  }
  // Findings and series are sorted by start, like the sentences: each sentence takes its run of them in one walk.
  let foundAt = 0;
  let seriesAt = 0;
  for (const s of p.sentences) {
    while (foundAt < p.found.length && (p.found[foundAt] as Found).start < s.start) foundAt++;
    let foundEnd = foundAt;
    while (foundEnd < p.found.length && (p.found[foundEnd] as Found).start < s.end) foundEnd++;
    while (seriesAt < p.series.length && (p.series[seriesAt] as SeriesMention).start < s.start) seriesAt++;
    let seriesEnd = seriesAt;
    while (seriesEnd < p.series.length && (p.series[seriesEnd] as SeriesMention).start < s.end) seriesEnd++;
    const inSentence = p.found.slice(foundAt, foundEnd);
    const agencies = inSentence.filter((f) => f.label === 'Agency');
    const sentence = p.text.slice(s.start, s.end);

    const actionLines = inSentence.filter((f) => f.label === 'ActionLine');
    const cues = [...sentence.matchAll(FACILITATOR)].map((m) => s.start + m.index);
    const candidates = agencies.filter((a) => !ITU_BODIES.has(a.key));
    if (cues.length > 0 && actionLines.length > 0 && candidates.length > 0) {
      const at = cues[0] as number;
      const nearestCue = [...candidates].sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0] as Found;
      for (const line of actionLines) {
        const role = facilitationRole(p.text, cues.filter((cue) => cue < line.start).at(-1) ?? at);
        for (const facilitator of facilitatorsOf(p.text, line, candidates, nearestCue)) {
          push('FACILITATES', ref('Agency', facilitator.key), ref('ActionLine', line.key), role);
        }
      }
    }

    // A session names who convenes it ("the CSTD at its 28th session", "PP-22"): its body organizes it.
    for (const event of inSentence.filter((f) => f.label === 'Event')) {
      const convener = convenerOf(event.key);
      if (convener !== null) push('ORGANIZES', ref('Agency', convener), ref('Event', event.key), 'convener');
    }
    const events = new Set(inSentence.filter((f) => f.label === 'Event').map((f) => f.key));
    for (const m of p.series.slice(seriesAt, seriesEnd)) for (const key of datedEventsBySeries.get(m.series) ?? []) events.add(key);
    if (events.size > 0) {
      const cues = ORGANIZER_CUES.flatMap((c) => [...sentence.matchAll(c.pattern)].map((m) => ({ at: s.start + m.index, end: s.start + m.index + m[0].length, role: c.role })));
      cues.sort((a, b) => a.at - b.at);
      for (const [i, c] of cues.entries()) {
        const until = cues[i + 1]?.at ?? s.end;
        for (const a of listAfter(p.text, c.end, agencies.filter((x) => x.start >= c.end && x.start < until))) {
          for (const e of events) push('ORGANIZES', ref('Agency', a.key), ref('Event', e), c.role);
        }
      }
    }

    for (const [a, b] of partnerPairs(p.text, s, candidates)) push('PARTNERS_WITH', ref('Agency', a), ref('Agency', b), null);
  }
  const seen = new Set<string>();
  return relations.filter((r) => {
    const id = `${r.type}|${r.from.key}|${r.to.key}|${r.role}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
