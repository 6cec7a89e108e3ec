/**
 * WSIS Action Lines, only in WSIS context: "AL C2", "Action Lines C2, C4, C5 and C6", "in particular C2, C4" in a
 * sentence about WSIS Action Lines, "Action Line C7 e-health" → C7:e-health, ranges "C1–C3". Not rooms, grades,
 * document symbols or Council sessions (those are claimed earlier or fail the context test).
 */
import { ACTION_LINES } from '../domain/reference/index.js';
import { actionLineKey } from '../domain/keys.js';
import { type ClaimMask, type Found, type Span, sentenceAt } from './text.js';

const SUB_LINES = ACTION_LINES.filter((a) => a.parent !== null).map((a) => a.key.split(':')[1] as string);
const TOKEN = new RegExp(
  `(?<![\\w/-])C(\\d{1,2})(?:\\s*(?:[–-]|to)\\s*C(\\d{1,2}))?(?:\\s*(?::|\\(|\\s)\\s*(${SUB_LINES.join('|')})\\)?)?(?![\\w/]|-\\d)`,
  'g',
);
const WSIS_CONTEXT = /\bAction\s+Lines?\b|\bALs?\b|\bWSIS\b|\bfacilitat/i;
const NEGATIVE_BEFORE = /(?:\b(?:Room|room|grade|Grade|level|Level|floor|Floor)\s*|P-\d\/)$/;

const actionLine = (key: string, start: number, end: number): Found => ({
  label: 'ActionLine',
  key,
  name: ACTION_LINES.find((a) => a.key === key)?.title ?? null,
  props: {},
  start,
  end,
});

/** `context`: the passage's section and the document title, which can set the WSIS/SDG scene for a sentence. */
export function findActionLines(text: string, mask: ClaimMask, sentences: readonly Span[], context = ''): Found[] {
  const found: Found[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!mask.isFree(start, end) || NEGATIVE_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    const sentence = sentenceAt(sentences, start);
    if (!WSIS_CONTEXT.test(text.slice(sentence.start, sentence.end)) && !WSIS_CONTEXT.test(context)) continue;
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    if (from < 1 || to > 11 || to < from) continue;
    mask.claim(start, end);
    if (m[3] !== undefined && from === 7 && to === 7) {
      found.push(actionLine(actionLineKey(7, m[3]), start, end));
      continue;
    }
    for (let n = from; n <= to; n++) found.push(actionLine(actionLineKey(n), start, end));
  }
  return found;
}
