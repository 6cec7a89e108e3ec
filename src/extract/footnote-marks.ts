/**
 * Footnote marks that PDF text layers glue onto the word they follow ("…Goal indicatorsc", "…the Agenda1"). A mark is
 * stripped only when the word without it is an English word and the word with it is not, so "Geneva" or "Forum"
 * keep their last letter and "WSIS+20" or "C7" keep their digits.
 */
import englishWords from 'an-array-of-english-words' with { type: 'json' };

let dictionary: ReadonlySet<string> | null = null;
// Built on first use: most documents never need it, and the list holds ~275,000 words.
const isWord = (word: string): boolean => {
  dictionary ??= new Set(englishWords);
  return dictionary.has(word.toLowerCase());
};

// The last word of a title: letters, then a one-letter, one- or two-digit, or symbol mark.
const TRAILING_MARK = /(?<![\w+-])([A-Za-z]{3,}?)([a-z]|\d{1,2}|[*†‡§]+)$/;

export function stripFootnoteMark(title: string): string {
  const m = TRAILING_MARK.exec(title);
  if (!m) return title;
  const [whole, base, mark] = m as unknown as [string, string, string];
  if (!isWord(base)) return title;
  // A letter mark is taken off only when the word with it is no word ("indicatorsc"); digits and symbols always.
  if (/^[a-z]$/.test(mark) && isWord(whole)) return title;
  return title.slice(0, title.length - mark.length);
}
