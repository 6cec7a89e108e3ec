/**
 * Document metadata: symbol (cover line) or `file:` key, title, date/year, issuing body, and the cover-sheet
 * "Purpose" / "Action required" sections (kept as metadata so they are never read as mandates).
 */
import type { DocumentMeta, LoadedDocument } from '../domain/document.js';
import { documentKeyFromSymbol, fileDocumentKey } from '../domain/keys.js';
import { agencyKeyOf, findAgencies } from './agencies.js';
import { METADATA_LABELS, type ReadBlock, readBlocks } from './blocks.js';
import { findOwnSymbol } from './documents.js';
import { stripFootnoteMark } from './footnote-marks.js';
import { INSTRUMENT_WORD_CAPITALS } from './structure/phrases.js';
import { ClaimMask, MONTHS, sentenceSpans } from './text.js';

const TITLE_MAX = 150;
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\s+(${MONTHS})\\s+((?:19|20)\\d{2})\\b`);
const DATE_LINE = new RegExp(`^(?:\\d{1,2})\\s+(?:${MONTHS})\\s+(?:19|20)\\d{2}$`);
const UPDATED_YEAR = /\((?:Updated|Rev\.|Revised)\s+((?:19|20)\d{2})\)/;
const SYMBOL_BODY: ReadonlyArray<[RegExp, string]> = [
  [/^C\d{2}\//, 'ITU-COUNCIL'],
  [/^PP-\d{2}\//, 'ITU-PP'],
  [/^WTDC-\d{2}\//, 'ITU-WTDC'],
  [/^WTSA-\d{2}\//, 'ITU-WTSA'],
  [/^CWG-WSIS&SDG-/, 'CWG-WSIS&SDG'],
  [/^A\//, 'UNGA'],
  [/^E\//, 'ECOSOC'],
];

function sectionText(read: readonly ReadBlock[], field: 'purpose' | 'actionRequired'): { label: string; text: string } | null {
  const at = read.findIndex((b) => b.role === 'label' && METADATA_LABELS.some((l) => l.field === field && l.pattern.test(b.text)));
  if (at < 0) return null;
  // A cover-sheet field holds one paragraph (loaders may drop the rule line that ends the cover sheet).
  const body = read[at + 1];
  const text = body && (body.role === 'paragraph' || body.role === 'item') ? body.text : '';
  return { label: (read[at] as ReadBlock).text, text };
}

const firstSentence = (text: string): string => {
  const s = sentenceSpans(text)[0];
  const sentence = (s ? text.slice(s.start, s.end) : text).trim().replace(/[.;]$/, '');
  if (sentence.length <= TITLE_MAX) return sentence;
  return `${sentence.slice(0, TITLE_MAX).replace(/\s+\S*$/, '')} …`;
};

// Cover lines that are not titles: the symbol itself, "Annex IV", a session line, a place and date line, language and
// distribution notes, the issuing body's name, "Resolution adopted by …", a resolution's (decision's, recommendation's)
// own identity line.
const NOT_TITLE = new RegExp(
  String.raw`^(?:Annex\s+[IVX\d]+|Document\s+\S+|Council\s+\d{4}|Original:.*|[A-Z][a-z]+\s+only|Distr\.?:.*|Agenda\s+items?.*|(?:[A-Z][a-z]+-)?[A-Za-z]+\s+session|\d+(?:st|nd|rd|th)\s+session|United\s+Nations(?:\s+[AE]\/\S+)?|Resolution\s+adopted\s+by\b.*|(?:Contribution|Submission|Note|Report|Statement|Proposal)\s+(?:from|by)\b.*|RESOLUTION\s+\S+(?:\s+\(.*\))?|(?:${INSTRUMENT_WORD_CAPITALS})\s+\d\S*(?:\s+\(.*\))?)$`,
  'i',
);
const isCoverLine = (text: string): boolean =>
  NOT_TITLE.test(text) ||
  (text.length <= 60 && DAY_MONTH_YEAR_LOOSE.test(text)) ||
  agencyKeyOf(text) !== null ||
  agencyKeyOf(`the ${text.replace(/^the\s+/i, '')}`) !== null;
// "4-14 June 2024", "12 May 2024": a date on a short line marks a session or issue line.
const DAY_MONTH_YEAR_LOOSE = new RegExp(`\\b\\d{1,2}(?:\\s*[-–]\\s*\\d{1,2})?\\s+(?:${MONTHS})\\s+(?:19|20)\\d{2}\\b`);
// A UN resolution's title line opens with its number: "79/194. Information and communications technologies …".
const UN_TITLE_NUMBER = /^\d{2,4}\/\d+\.\s+/;

const nullableTitle = (title: string | null): string | null => (title === null ? null : stripFootnoteMark(title));

/** A title line standing before the body (not a numbered section heading), else the gist of the Purpose. */
function readTitle(read: readonly ReadBlock[], purpose: string | null, symbol: string | null): string | null {
  for (const [i, b] of read.entries()) {
    if (b.role === 'label' || b.role === 'separator' || b.text === symbol || isCoverLine(b.text)) continue;
    if (UN_TITLE_NUMBER.test(b.text)) return b.text.replace(UN_TITLE_NUMBER, '');
    if (b.role === 'heading') {
      if (/^(?:\d+\.?|[IVX]+\.?)\s/.test(b.text)) break; // "1. Introduction" opens the body
      return b.text;
    }
    if (read[i - 1]?.role === 'label') continue; // the text of a cover field (Purpose, References, …)
    break;
  }
  if (purpose) return firstSentence(purpose);
  // A heading is short and whole ("RESOLUTION 140 (REV. BUCHAREST, 2022)"): cutting it at a period would cut "Rev.".
  const heading = read.find((b) => b.role === 'heading');
  if (heading) return heading.text;
  return read[0] ? firstSentence(read[0].text) : null;
}

function readDate(firstTexts: readonly string[]): { date: string | null; year: number | null } {
  // The issue date stands alone on its line; a session line ("Geneva, 4-14 June 2024") dates the meeting instead.
  const alone = firstTexts.filter((t) => DATE_LINE.test(t));
  for (const text of [...alone, ...firstTexts]) {
    const full = DAY_MONTH_YEAR.exec(text);
    if (full) {
      const month = MONTHS.split('|').indexOf(full[2] as string) + 1;
      const date = `${full[3]}-${String(month).padStart(2, '0')}-${String(full[1]).padStart(2, '0')}`;
      return { date, year: Number(full[3]) };
    }
    const updated = UPDATED_YEAR.exec(text);
    if (updated) return { date: updated[1] as string, year: Number(updated[1]) };
  }
  return { date: null, year: null };
}

function readIssuingBody(symbol: string | null, actionLabel: string | null, actionText: string | null): string | null {
  if (symbol) {
    const body = SYMBOL_BODY.find(([re]) => re.test(symbol));
    if (body) return body[1];
  }
  // A cover sheet addressed to a body ("Action required by the Council") belongs to that body's documents.
  const addressed = actionLabel ? /\b(?:by|of)\s+(.+)$/.exec(actionLabel)?.[1] : undefined;
  if (addressed) return agencyKeyOf(addressed) ?? agencyKeyOf(`the ${addressed.replace(/^the\s+/, '')}`);
  if (actionText) {
    const first = findAgencies(actionText, new ClaimMask(actionText.length))[0];
    if (first) return first.key;
  }
  return null;
}

export function readMetadata(loaded: LoadedDocument): DocumentMeta {
  const read = readBlocks(loaded.blocks);
  const firstTexts = read.slice(0, 10).map((b) => b.text);
  const symbol = findOwnSymbol(firstTexts);
  const purpose = sectionText(read, 'purpose');
  const action = sectionText(read, 'actionRequired');
  const { date, year } = readDate(firstTexts);
  return {
    key: symbol ? documentKeyFromSymbol(symbol) : fileDocumentKey(loaded.sha256),
    symbol: symbol ? documentKeyFromSymbol(symbol) : null,
    title: nullableTitle(readTitle(read, purpose?.text ?? null, symbol)),
    source: loaded.source,
    format: loaded.format,
    sha256: loaded.sha256,
    date,
    year,
    issuingBody: readIssuingBody(symbol, action?.label ?? null, action?.text ?? null),
    purpose: purpose?.text || null,
    actionRequired: action?.text || null,
    pageCount: loaded.pageCount,
  };
}
