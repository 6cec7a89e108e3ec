/**
 * WSIS Action Lines, only in WSIS context: "AL C2", "Action Lines C2, C4, C5 and C6", "in particular C2, C4" in a
 * sentence about WSIS Action Lines, ranges "C1–C3". C7 sub-lines however they are written as headings or phrases:
 * "Action Line C7 e-health", "C7: e-health", "C7 ICT Applications: II. e-business", "C7 ICT Applications I,
 * e-government", "AL C7 e-Science", "e-learning (C7)", "the e-agriculture Action Line" → `C7:<sub-line>`. Not rooms,
 * grades, document symbols or Council sessions (those are claimed earlier or fail the context test).
 */
import { ACTION_LINES } from '../domain/reference/index.js';
import { actionLineKey } from '../domain/keys.js';
import { type ClaimMask, type Found, type Span, sentenceAt } from './text.js';

// Sub-line names match in any case ("e-Science", "E-Health") and with any hyphen the loaders may leave.
const SUB_LINE = `(${ACTION_LINES.filter((a) => a.parent !== null)
  .map((a) => (a.key.split(':')[1] as string).replace(/^e-/, 'e[-‐‑]?').replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`))
  .join('|')})`;
// What may stand between "C7" and its sub-line: ":", "(", "on", "ICT Applications", a roman section number.
const C7_JOIN = `(?:\\s*[:(,]?\\s*(?:on\\s+)?(?:ICT\\s+[Aa]pplications\\s*[:,]?\\s*)?(?:[IVX]{1,4}\\s*[.,:]\\s*|[IVX]{1,4}\\s+)?)`;
const TOKEN = new RegExp(
  `(?<![\\w/-])C(\\d{1,2})(?:\\s*(?:[–-]|to)\\s*C(\\d{1,2}))?(?:${C7_JOIN}${SUB_LINE}\\)?|(\\s+ICT\\s+[Aa]pplications\\b))?(?![\\w/]|-\\d)`,
  'g',
);
// A sub-line named with C7 after it, or as an Action Line without the number: "e-learning (C7)",
// "e-health (Action Line C7)", "the e-agriculture Action Line", "Action Line on e-health".
const SUB_LINE_FIRST = new RegExp(
  `(?<![\\w-])${SUB_LINE}\\s*(?:\\((?:(?:WSIS\\s+)?(?:Action\\s+Line|AL)\\s+)?C7\\)|(?:\\s+WSIS)?\\s+Action\\s+Line\\b(?!s))|\\b(?:WSIS\\s+)?Action\\s+Line\\s+(?:on\\s+)?${SUB_LINE}(?![\\w-])`,
  'g',
);
// The sub-lines after the first in a list: up to the closing parenthesis in "C7 (e-business, e-employment and
// e-agriculture)", or as far as the list runs in "C7 e-agriculture, e-health and e-environment".
const SUB_LINE_LIST = new RegExp(`^(?:\\s*(?:,|;|and|&|,\\s*and)\\s*${SUB_LINE})+(?=\\s*\\))`);
const OPEN_SUB_LINE_LIST = new RegExp(`^(?:\\s*(?:,|;|and|&|,\\s*and)\\s*${SUB_LINE}(?![\\w-]))+`);
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

const subLineKey = (written: string): string => actionLineKey(7, `e-${written.replace(/^e[-‐‑]?/i, '')}`);

/** `context`: the passage's section and the document title, which can set the WSIS/SDG scene for a sentence. */
export function findActionLines(text: string, mask: ClaimMask, sentences: readonly Span[], context = ''): Found[] {
  const found: Found[] = [];
  for (const m of text.matchAll(SUB_LINE_FIRST)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!mask.isFree(start, end)) continue;
    mask.claim(start, end);
    found.push(actionLine(subLineKey((m[1] ?? m[2]) as string), start, end));
  }
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!mask.isFree(start, end) || NEGATIVE_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    // "C7 e-health" and "C7 ICT Applications" say what they are; a bare "C5" needs a WSIS sentence or section.
    const selfEvident = from === 7 && to === 7 && (m[3] !== undefined || m[4] !== undefined);
    const sentence = sentenceAt(sentences, start);
    if (!selfEvident && !WSIS_CONTEXT.test(text.slice(sentence.start, sentence.end)) && !WSIS_CONTEXT.test(context)) continue;
    if (from < 1 || to > 11 || to < from) continue;
    mask.claim(start, end);
    if (m[3] !== undefined && from === 7 && to === 7) {
      found.push(actionLine(subLineKey(m[3]), start, end));
      // The rest of a list of sub-lines after the first, in parentheses or not.
      if (!m[0].endsWith(')')) {
        const parenthesised = /\(\s*(?:ICT\s+[Aa]pplications\s*[:,]?\s*)?\S+$/.test(m[0]);
        const rest = (parenthesised ? SUB_LINE_LIST : OPEN_SUB_LINE_LIST).exec(text.slice(end));
        if (rest && mask.isFree(end, end + rest[0].length)) {
          mask.claim(end, end + rest[0].length);
          for (const item of rest[0].matchAll(new RegExp(SUB_LINE, 'g'))) {
            found.push(actionLine(subLineKey(item[1] as string), end + item.index, end + item.index + item[0].length));
          }
        }
      }
      continue;
    }
    for (let n = from; n <= to; n++) found.push(actionLine(actionLineKey(n), start, end));
  }
  return found;
}
