/** Text cleaning shared by every format: artifacts of the source documents, invisible characters, spacing. */

// Word bookmarks that the seed corpus carries as literal text in all three formats.
const BOOKMARK_ARTIFACT = /\[bookmark: [^\]]*\]/g;
// Soft hyphen, zero-width space/joiners, word joiner, BOM: invisible, and they break word matching.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
// NBSP, narrow NBSP, figure space, thin spaces and the other Unicode spaces; tabs become one space too,
// so "1\tto monitor" and "1 to monitor" read alike whatever the format wrote.
const SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;
const SEPARATOR_LINE = /^\s*_{3,}\s*$/;
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

export function cleanText(raw: string): string {
  return raw
    .replace(BOOKMARK_ARTIFACT, '')
    .replace(INVISIBLE, '')
    .replace(CONTROL_CHARS, '')
    .replace(SPACES, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A line of underscores only: a visual separator, not text, but it ends the paragraph above it. */
export function isSeparatorLine(line: string): boolean {
  return SEPARATOR_LINE.test(line);
}

/** "1.", "1.1.", "3.3", "9.c.1", "a)", "(ii)", "iv." followed by text: a numbered clause. */
export const CLAUSE_NUMBER = /^(?:\d{1,3}(?:\.(?:\d{1,3}|[a-z]))*\.?|[a-z]\)|\([a-z0-9]{1,4}\)|[ivx]{1,5}[.)])\s+\S/i;
/** A bullet or dash that opens a list item. */
export const BULLET = /^[•▪◦‣∙·*–—-]\s+\S/;

export function startsListItem(text: string): boolean {
  return BULLET.test(text) || CLAUSE_NUMBER.test(text);
}
