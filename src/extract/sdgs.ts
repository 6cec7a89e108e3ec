/**
 * SDGs and targets: "SDG 9", "SDGs 4 and 9", "Goal 4", "Sustainable Development Goal 9", "target 9.c", "SDG target
 * 17.6", "Target(s) 9.1, 9.a, 9.c", "SDG 9.c". An indicator names its target: "indicator 9.c.1", "SDG 4.4.1" →
 * `SDG9.c`, `SDG4.4`. Plain "SDGs" names no goal; ITU's own targets ("Connect 2030 target 2.1", "Strategic target
 * 1.2") are not SDG targets, and a target that cannot exist ("9.z") is not read.
 */
import { sdgKey } from '../domain/keys.js';
import { type ClaimMask, type Found, type Span, sentenceAt } from './text.js';

// A goal, target or indicator number: "9", "9.c", "9.c.1".
const ITEM = '\\d{1,2}(?:\\.[0-9a-z]{1,2}(?:\\.\\d{1,2})?)?';
// Spaces only (never a line break): "CWG-WSIS&SDG" at a line end is not followed by its first numbered clause.
const GOAL_LIST = `(${ITEM}(?:[ \\u00a0]*(?:,|and|&)[ \\u00a0]*${ITEM})*)`;
const GOALS = new RegExp(`(?<![&\\w-])(?:SDGs?|Sustainable\\s+Development\\s+Goals?|(?<!Strategic\\s)(?<!Connect\\s2030\\s)Goals?)[ \\u00a0]*${GOAL_LIST}(?![\\d.]*\\w)`, 'g');
// ITU's Strategic Plan and Connect 2030 Agenda number their own targets.
const NOT_SDG_TARGET = '(?<!(?:Strategic|Connect\\s2030|Agenda|ITU|Plan)\\s)';
const TARGETS = new RegExp(
  `\\b(?:SDG\\s+)?${NOT_SDG_TARGET}(?:[Tt]argets?(?:\\s?\\(s\\))?|[Ii]ndicators?(?:\\s?\\(s\\))?)[ \\u00a0]+${GOAL_LIST}(?![\\d.]*\\w)`,
  'g',
);
const SDG_CONTEXT = /\bSDGs?\b|Sustainable Development Goal/;
// Target numbers run to 19 within a goal; lettered targets (means of implementation) run from a to d.
const VALID_TARGET = /^(?:[1-9]|1\d|[a-d])$/;

function goalsIn(list: string, listStart: number): Array<{ key: string; start: number; end: number }> | null {
  const goals = [...list.matchAll(/(\d{1,2})(?:\.([0-9a-z]{1,2})(?:\.\d{1,2})?)?/g)];
  if (goals.some((g) => g[2] !== undefined && !VALID_TARGET.test(g[2]))) return null;
  return goals
    .filter((g) => Number(g[1]) >= 1 && Number(g[1]) <= 17)
    .map((g) => ({ key: sdgKey(Number(g[1]), g[2]), start: listStart + g.index, end: listStart + g.index + g[0].length }));
}

/** `context`: the passage's section and the document title, which can set the WSIS/SDG scene for a sentence. */
export function findSdgs(text: string, mask: ClaimMask, sentences: readonly Span[], context = ''): Found[] {
  const found: Found[] = [];
  const read = (m: RegExpMatchArray, needsTargets: boolean): void => {
    const start = m.index as number;
    const end = start + m[0].length;
    if (!mask.isFree(start, end)) return;
    const list = m[1] as string;
    const listStart = end - list.length;
    const goals = goalsIn(list, listStart);
    if (goals === null || goals.length === 0) return;
    if (needsTargets && !goals.every((g) => g.key.includes('.'))) return;
    mask.claim(start, end);
    goals.forEach((g, i) =>
      found.push({ label: 'SDG', key: g.key, name: null, props: {}, start: i === 0 ? start : g.start, end: g.end }),
    );
  };
  for (const m of text.matchAll(GOALS)) {
    // A bare "Goal 4" is an SDG only where the sentence speaks of SDGs.
    if (/^Goals?/.test(m[0])) {
      const s = sentenceAt(sentences, m.index);
      if (!SDG_CONTEXT.test(text.slice(s.start, s.end)) && !SDG_CONTEXT.test(context)) continue;
    }
    read(m, false);
  }
  for (const m of text.matchAll(TARGETS)) {
    const s = sentenceAt(sentences, m.index);
    if (!/^SDG/.test(m[0]) && !SDG_CONTEXT.test(text.slice(s.start, s.end)) && !SDG_CONTEXT.test(context)) continue;
    read(m, true);
  }
  return found;
}
