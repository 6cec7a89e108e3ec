/**
 * Repairs of what PDF-to-AKN converters get wrong, line by line, so the text reads as the printed page: an operative
 * phrase the converter did not recognise left in the previous paragraph ("…with the Council's comments, instructs the
 * Directors of the Bureaux"), paragraph numbers merged into the paragraph above ("…; 10 that the EWCF shall…"), and
 * footnotes standing inline after a rule of underscores. Each repair only cuts a line; no text is dropped or added.
 */
import { OPERATIVE_ADVERBS, OPERATIVE_PHRASES } from '../../src/domain/reference/resolution-phrases.js';

const alternatives = (phrases: readonly string[]): string => phrases.map((phrase) => phrase.replace(/ /g, '\\s+')).join('|');
// Directive phrases only: a declaratory verb after a comma ("…, notes that") is far more often running text.
const VERBS = alternatives(OPERATIVE_PHRASES.filter((phrase) => phrase.directive).flatMap((phrase) => phrase.forms));
const ADVERBS = alternatives(OPERATIVE_ADVERBS);
/**
 * An operative phrase after a clause's closing punctuation: the verb, optionally its addressee (capitalised, no
 * clause punctuation but a list's commas: "the Director of the Telecommunication Development Bureau", "Member States,
 * Sector Members and Associates"), then the end of the line or the paragraph it governs ("to …", "that …", "1 to …"). "resolves to instruct
 * the Secretary-General" splits after "resolves", as the printed layout sets it.
 */
const OPERATIVE_PHRASE = new RegExp(
  `(?<=[,;.])\\s+((?:(?:${ADVERBS})\\s+)?(?:${VERBS})(?:\\s+(?:${ADVERBS}))?(?:\\s+(?:the\\s+|all\\s+)?[A-Z][^,;.:]{0,120}?(?:,\\s+(?:and\\s+)?[A-Z][^,;.:]{0,60}?)*)?)(?=$|\\s+(?:\\d{1,2}\\s+)?(?:to|that)\\b)`,
  'g',
);
/**
 * A paragraph number merged into the paragraph above: after a semicolon or colon before any clause ("; 12 in order
 * to…"), after a comma or full stop before "that"/"to" ("…, 10 that the EWCF"), never a reference ("No. 48 in").
 */
const MERGED_NUMBER = /(?<=[;:])\s+(?=\d{1,2}(?:\.\d{1,2})*\s+[a-z])|(?<=[,.])(?<!\bNos?\.)\s+(?=\d{1,2}(?:\.\d{1,2})*\s+(?:that|to)\b)/g;
/** The next footnote of a run of them: "…Declaration, 2017. 3 Source: …". */
const NEXT_FOOTNOTE = /(?<=\.)\s+(?=\d{1,2}\s+[A-Z])/;
const INLINE_RULE = /\s*(_{5,})\s*/;

export function repairConvertedLine(line: string): string[] {
  const [text = '', ...rest] = line.split(INLINE_RULE);
  // The rule's underscores stay a line of their own: the footnotes under it read as they do in print.
  // A footnote can swallow the text that follows it on the page, paragraphs and headings included.
  return [...splitClauses(text), ...rest.flatMap((part) => part.split(NEXT_FOOTNOTE)).flatMap(splitClauses)];
}

function splitClauses(text: string): string[] {
  const cuts = new Set<number>();
  for (const match of text.matchAll(MERGED_NUMBER)) cuts.add((match.index ?? 0) + match[0].length);
  for (const match of text.matchAll(OPERATIVE_PHRASE)) {
    const start = (match.index ?? 0) + match[0].length - (match[1]?.length ?? 0);
    cuts.add(start);
    cuts.add(start + (match[1]?.length ?? 0));
  }
  const pieces: string[] = [];
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    pieces.push(text.slice(from, cut));
    from = cut;
  }
  pieces.push(text.slice(from));
  return pieces.map((piece) => piece.trim()).filter((piece) => piece.length > 0);
}
