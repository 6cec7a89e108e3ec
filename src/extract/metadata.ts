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
import { ClaimMask, MONTHS, sentenceSpans } from './text.js';

const TITLE_MAX = 150;
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})\\s+(${MONTHS})\\s+((?:19|20)\\d{2})\\b`);
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

// Cover lines that are not titles: the symbol itself, "Annex IV", a session line.
const NOT_TITLE = /^(?:Annex\s+[IVX\d]+|Document\s+\S+|Council\s+\d{4})$/i;

const nullableTitle = (title: string | null): string | null => (title === null ? null : stripFootnoteMark(title));

/** A title line standing before the body (not a numbered section heading), else the gist of the Purpose. */
function readTitle(read: readonly ReadBlock[], purpose: string | null, symbol: string | null): string | null {
  for (const [i, b] of read.entries()) {
    if (b.role === 'label' || b.role === 'separator' || b.text === symbol || NOT_TITLE.test(b.text)) continue;
    if (b.role === 'heading') {
      if (/^(?:\d+\.?|[IVX]+\.?)\s/.test(b.text)) break; // "1. Introduction" opens the body
      return b.text;
    }
    if (read[i - 1]?.role === 'label') continue; // the text of a cover field (Purpose, References, …)
    break;
  }
  if (purpose) return firstSentence(purpose);
  const first = read.find((b) => b.role === 'heading') ?? read[0];
  return first ? firstSentence(first.text) : null;
}

function readDate(firstTexts: readonly string[]): { date: string | null; year: number | null } {
  for (const text of firstTexts) {
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
