import type { Block } from '../../src/domain/document.js';
import { BlockCollector, kindOfTextBlock, looksLikeHeading } from './blocks.js';
import { cleanText } from '../../src/domain/text-cleanup.js';
import { isSeparatorLine, startsListItem } from './clean.js';
import { estimateLineWidth } from './glyph-width.js';

/** One page of a PDF text layer, as pdf-parse gives it: visual lines separated by "\n". */
export interface PdfPageText {
  num: number;
  text: string;
}

interface Line {
  text: string;
  /** Estimated width as laid out, before artifacts such as "[bookmark: …]" were cleaned away. */
  width: number;
  page: number;
  /** True for the first line after a separator or a blank line: it cannot continue the line above. */
  afterBoundary: boolean;
}

// "- 3 -", "– 3 –", "Page 3", "Page 3 of 6", "3/6", "3 of 6", "-ii-", a lone number.
const PAGE_NUMBER = /^(?:[-–—]\s*(?:\d+|[ivxlc]+)\s*[-–—]|page\s+\d+(?:\s*(?:of|\/)\s*\d+)?|\d+\s*(?:\/|of)\s*\d+|\d{1,4}|[ivxlc]{1,6})$/i;
// How many lines at the top and bottom of a page can hold running headers, footers and page numbers.
const EDGE_LINES = 4;
// Prefixes that make real compounds ("co-organized", "multi-stakeholder", "post-harvest").
const COMPOUND_PREFIXES = new Set(['co', 'multi', 'non', 'self', 'cross', 'e', 'anti', 'ex', 'post', 'pre', 'semi', 'mid', 'well', 'high', 'low', 'long', 'short', 'full', 'sub', 'inter', 'intra', 'socio', 'follow', 'ICT']);

/**
 * Turns a PDF text layer into blocks: drops running headers/footers and page numbers, joins wrapped
 * lines into paragraphs (across page breaks too), and undoes end-of-line hyphenation.
 */
export function pdfPagesToBlocks(pages: PdfPageText[]): Block[] {
  const lines = stripRunningLines(pages.map((page) => ({ num: page.num, lines: page.text.split('\n') })));
  const widths = pageWidths(lines);
  const vocabulary = buildVocabulary(lines);
  const collector = new BlockCollector();
  let paragraph = '';
  let paragraphPage = 0;
  let previousLine: Line | null = null;
  let lineCount = 0;
  const flush = (): void => {
    const text = cleanText(paragraph);
    collector.add(text, kindOfTextBlock(text, lineCount === 1), paragraphPage);
    paragraph = '';
    lineCount = 0;
  };
  for (const line of lines) {
    const width = previousLine ? widths.get(previousLine.page) : undefined;
    if (paragraph && previousLine && (line.afterBoundary || opensListItem(previousLine, line.text) || endsEarly(previousLine, line.text, width) || opensHeading(previousLine, line, width)))
      flush();
    previousLine = line;
    if (!paragraph) {
      paragraph = line.text;
      paragraphPage = line.page;
    } else paragraph = joinLines(paragraph, line.text, vocabulary);
    lineCount++;
  }
  if (paragraph) flush();
  return collector.blocks;
}

/**
 * A bullet or a dotted clause number ("3.3.", "9.c.1") opens a list item. A bare number ("1 to monitor")
 * does only after a line that closed a clause: mid-sentence, "12 per 1,000 live births" is a wrap.
 */
function opensListItem(previous: Line, text: string): boolean {
  if (!startsListItem(text)) return false;
  return !/^\d{1,3}\s/.test(text) || /[.;:]$/.test(previous.text);
}

/**
 * A line "ends early" when the first word of the next line would have fitted after it: the writer
 * broke the line, so a paragraph (or heading) ended there.
 */
function endsEarly(line: Line, next: string, width: PageWidth | undefined): boolean {
  if (!width || /-$/.test(line.text)) return false;
  const needed = line.width + estimateLineWidth(` ${next.split(' ')[0] ?? ''}`);
  // Widths are estimates, hence the margins: after a sentence end, a next word that would still have
  // fitted within the widest lines means the writer ended the paragraph; mid-sentence, the line must
  // be well short of the usual width.
  const sentenceEnd = /[.!?:;]$/.test(line.text) && /^\p{Lu}/u.test(next) && !/\b(?:Rev|No|Res|Doc|Vol|para|art)\.$/i.test(line.text);
  return sentenceEnd ? needed < width.widest : needed < width.typical * 0.9;
}

/** A short heading-like line right after a sentence end ("…to date." / "Relevant ITU and UN resolutions"). */
function opensHeading(previous: Line, line: Line, width: PageWidth | undefined): boolean {
  return Boolean(width) && /[.!?]$/.test(previous.text) && line.width < (width?.typical ?? 0) * 0.6 && looksLikeHeading(line.text);
}

/** Joins a wrapped line; "imple-" + "mentation" → "implementation", "Secretary-" + "General" kept. */
function joinLines(paragraph: string, next: string, vocabulary: Map<string, number>): string {
  // A range broken after its dash ("aged 18-" / "29 years") stays one token.
  if (/\d[-–]$/.test(paragraph) && /^\d/.test(next)) return `${paragraph}${next}`;
  const hyphenated = /(\p{L}+)-$/u.exec(paragraph);
  if (!hyphenated || !/^\p{L}/u.test(next)) return `${paragraph}\n${next}`;
  const head = hyphenated[1] ?? '';
  const tail = /^[\p{L}]+/u.exec(next)?.[0] ?? '';
  return keepsHyphen(head, tail, vocabulary) ? `${paragraph}${next}` : `${paragraph.slice(0, -1)}${next}`;
}

function keepsHyphen(head: string, tail: string, vocabulary: Map<string, number>): boolean {
  const seen = (word: string): number => vocabulary.get(word.toLowerCase()) ?? 0;
  if (/^\p{Lu}/u.test(tail) || seen(`${head}-${tail}`) > 0) return true;
  if (seen(`${head}${tail}`) > 0) return false;
  if (COMPOUND_PREFIXES.has(head) || COMPOUND_PREFIXES.has(head.toLowerCase())) return true;
  // Two words the document also uses elsewhere ("conflict" + "affected") make a compound; word
  // fragments ("imple" + "mentation") occur only here, once each.
  return seen(head) > 1 && seen(tail) > 1;
}

/** How often each word occurs in the document (lower case), hyphenated compounds inside lines included. */
function buildVocabulary(lines: Line[]): Map<string, number> {
  const vocabulary = new Map<string, number>();
  for (const line of lines) {
    for (const token of line.text.toLowerCase().split(/\s+/)) {
      const word = token.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
      if (word) vocabulary.set(word, (vocabulary.get(word) ?? 0) + 1);
    }
  }
  return vocabulary;
}

/** A page's line widths (estimated): typical (most running-text lines are full) and widest. */
interface PageWidth {
  typical: number;
  widest: number;
}

function pageWidths(lines: Line[]): Map<number, PageWidth> {
  const byPage = new Map<number, number[]>();
  for (const line of lines) byPage.set(line.page, [...(byPage.get(line.page) ?? []), line.width]);
  const measure = (lengths: number[]): PageWidth => ({ typical: percentile(lengths, 0.8), widest: percentile(lengths, 0.95) });
  const documentWidth = measure(lines.map((line) => line.width));
  // A page with a handful of lines says little about the text block's width; the document does.
  const widths = new Map<number, PageWidth>();
  for (const [page, lengths] of byPage) widths.set(page, lengths.length >= 8 ? measure(lengths) : documentWidth);
  return widths;
}

function percentile(values: number[], share: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0;
}

/**
 * Removes page-number lines and running headers/footers: lines near a page's top or bottom that recur
 * (digits ignored) on at least 40 % of the pages. A header that is the same text on every page (a
 * document symbol, a title) is kept once where it first appears; varying ones ("41/67") go entirely.
 */
function stripRunningLines(pages: { num: number; lines: string[] }[]): Line[] {
  const cleaned = pages.map((page) => ({
    num: page.num,
    lines: page.lines.map((line) => cleanText(line)),
    widths: page.lines.map((line) => estimateLineWidth(line.replace(/\s+/g, ' ').trim())),
  }));
  const pagesWithKey = new Map<string, Set<number>>();
  const textsWithKey = new Map<string, Set<string>>();
  for (const page of cleaned) {
    const content = page.lines.filter((line) => line.length > 0);
    for (const line of [...content.slice(0, EDGE_LINES), ...content.slice(-EDGE_LINES)]) {
      const key = runningKey(line);
      pagesWithKey.set(key, (pagesWithKey.get(key) ?? new Set()).add(page.num));
      textsWithKey.set(key, (textsWithKey.get(key) ?? new Set()).add(line));
    }
  }
  // Recto and verso pages often carry mirrored headers, so each variant is on only half the pages.
  const minPages = Math.max(2, Math.ceil(pages.length * 0.4));
  const running = new Set([...pagesWithKey].filter(([, seen]) => seen.size >= minPages).map(([key]) => key));
  const keptOnce = new Set<string>();
  const lines: Line[] = [];
  let afterBoundary = true;
  for (const page of cleaned) {
    const content = page.lines.map((text, index) => ({ text, width: page.widths[index] ?? text.length })).filter(({ text }) => text.length > 0);
    content.forEach(({ text, width }, index) => {
      const atEdge = index < EDGE_LINES || index >= content.length - EDGE_LINES;
      if (atEdge && PAGE_NUMBER.test(text)) return;
      const key = runningKey(text);
      if (atEdge && running.has(key)) {
        const constant = textsWithKey.get(key)?.size === 1;
        if (!constant || keptOnce.has(key)) return;
        keptOnce.add(key);
        lines.push({ text, width, page: page.num, afterBoundary: true });
        afterBoundary = true;
        return;
      }
      if (isSeparatorLine(text)) {
        afterBoundary = true;
        return;
      }
      lines.push({ text, width, page: page.num, afterBoundary });
      afterBoundary = false;
    });
  }
  return lines;
}

function runningKey(line: string): string {
  return line.toLowerCase().replace(/\d+/g, '#');
}
