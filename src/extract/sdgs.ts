/**
 * SDGs and targets: "SDG 9", "SDGs 4 and 9", "Goal 4", "Sustainable Development Goal 9", "target 9.c", "SDG target
 * 17.6", "Target(s) 9.1, 9.a, 9.c", "SDG 9.c". An indicator names its target: "indicator 9.c.1", "SDG 4.4.1" →
 * `SDG9.c`, `SDG4.4`; "Sustainable Development Goals (SDGs) 3, 4 and 5"; "SDG indicators: 4.4.1, 9.c.1". Plain "SDGs" names no goal; ITU's own targets ("Connect 2030 target 2.1", "Strategic target
 * 1.2") are not SDG targets, and a target that cannot exist ("9.z") is not read.
 */
import { sdgKey } from '../domain/keys.js';
import { type ClaimMask, type Found, type Span, sentenceAt } from './text.js';

// A goal, target or indicator number: "9", "9.c", "9.c.1".
const ITEM = '\\d{1,2}(?:\\.[0-9a-z]{1,2}(?:\\.\\d{1,2})?)?';
// Spaces only (never a line break): "CWG-WSIS&SDG" at a line end is not followed by its first numbered clause.
// A range of whole goals ("SDGs 1 to 3", "Goals 1–17") names every goal in it.
const GOAL_LIST = `(${ITEM}(?:[ \\u00a0]*(?:,[ \\u00a0]*and|,|and|&|to|[-–])[ \\u00a0]*${ITEM})*)`;
const GOALS = new RegExp(`(?<![&\\w-])(?:SDGs?|Sustainable\\s+Development\\s+Goals?(?:[ \\u00a0]*\\(SDGs?\\))?|(?<!Strategic\\s)(?<!Connect\\s2030\\s)Goals?)[ \\u00a0]*${GOAL_LIST}(?![\\d.]*\\w)`, 'g');
// ITU's Strategic Plan and Connect 2030 Agenda number their own targets.
const NOT_SDG_TARGET = '(?<!(?:Strategic|Connect\\s2030|Agenda|ITU|Plan)\\s)';
const TARGETS = new RegExp(
  `\\b(?:SDG\\s+)?${NOT_SDG_TARGET}(?:[Tt]argets?(?:\\s?\\(s\\))?|[Ii]ndicators?(?:\\s?\\(s\\))?):?[ \\u00a0]+${GOAL_LIST}(?![\\d.]*\\w)`,
  'g',
);
const SDG_CONTEXT = /\bSDGs?\b|Sustainable Development Goal/;
// Target numbers run to 19 within a goal; lettered targets (means of implementation) run from a to d.
const VALID_TARGET = /^(?:[1-9]|1\d|[a-d])$/;

function goalsIn(list: string, listStart: number): Array<{ key: string; start: number; end: number }> | null {
  const goals = [...list.matchAll(/(\d{1,2})(?:\.([0-9a-z]{1,2})(?:\.\d{1,2})?)?/g)];
  if (goals.some((g) => g[2] !== undefined && !VALID_TARGET.test(g[2]))) return null;
  const found: Array<{ key: string; start: number; end: number }> = [];
  for (const [i, g] of goals.entries()) {
    const goal = Number(g[1]);
    if (goal < 1 || goal > 17) continue;
    const start = listStart + g.index;
    const previous = goals[i - 1];
    const between = previous ? list.slice(previous.index + previous[0].length, g.index) : '';
    // A range of whole goals names the goals inside it too; they have no text of their own, so they point at the
    // range. Target ranges ("9.1-9.c") keep their two ends: which targets lie between is not written.
    const wholeGoalRange = previous?.[2] === undefined && g[2] === undefined && goal > Number(previous?.[1]);
    if (previous && wholeGoalRange && /^\s*(?:to|[-–])\s*$/.test(between)) {
      for (let inner = Number(previous[1]) + 1; inner < goal; inner += 1) found.push({ key: sdgKey(inner), start: listStart + previous.index, end: start + g[0].length });
    }
    found.push({ key: sdgKey(goal, g[2]), start, end: start + g[0].length });
  }
  return found;
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
