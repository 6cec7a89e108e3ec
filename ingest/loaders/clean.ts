/** Line shapes every format's block reader shares (the text clean-up itself is src/domain/text-cleanup.ts). */

const SEPARATOR_LINE = /^\s*_{3,}\s*$/;

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
