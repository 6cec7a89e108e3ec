/**
 * Ordinal numbers as UN and ITU documents write them: "27th", "twenty-seventh", "Twenty-seventh" (UN documents spell
 * session numbers out: "at its twenty-eighth session").
 */
const UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const TENTHS = ['twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];

/** A word with its first letter in either case: an ordinal may open a sentence ("Twenty-eighth session …"). */
const eitherCase = (word: string): string => `[${word[0]}${word[0]!.toUpperCase()}]${word.slice(1)}`;

/** An ordinal in digits ("42nd") or words ("forty-second"), 1–99, as a regex source without groups. */
export const ORDINAL = `(?:\\d{1,2}(?:st|nd|rd|th)|(?:${TENS.map(eitherCase).join('|')})[-\\s](?:${UNITS.join('|')})|(?:${[...TEENS, ...TENTHS, ...UNITS].map(eitherCase).join('|')}))\\b`;

/** The number an ordinal matched by ORDINAL stands for; null for anything else. */
export function ordinalValue(text: string): number | null {
  const word = text.trim().toLowerCase();
  const digits = /^(\d{1,2})(?:st|nd|rd|th)$/.exec(word);
  if (digits) return Number(digits[1]);
  const unit = UNITS.indexOf(word);
  if (unit >= 0) return unit + 1;
  const teen = TEENS.indexOf(word);
  if (teen >= 0) return teen + 10;
  const tenth = TENTHS.indexOf(word);
  if (tenth >= 0) return (tenth + 2) * 10;
  const compound = /^([a-z]+)[-\s]([a-z]+)$/.exec(word);
  if (!compound) return null;
  const tens = TENS.indexOf(compound[1] as string);
  const units = UNITS.indexOf(compound[2] as string);
  return tens >= 0 && units >= 0 ? (tens + 2) * 10 + units + 1 : null;
}
