/** Canonical key helpers: every way of writing a thing ends in the same key (shared/spec/graph-model.md). */

export const resolutionKey = (issuer: string, number: number | string): string => `${issuer}/${number}`;

export const versionKey = (resolution: string, year: number): string => `${resolution}@${year}`;

export const eventKey = (series: string, year: number | string): string => `${series}-${year}`;

/** UN language suffixes on document symbols ("C22/INF/2-E"): the key drops them. */
const LANGUAGE_SUFFIX = /-(?:E|F|S|R|A|C)$/;

export const documentKeyFromSymbol = (symbol: string): string => symbol.trim().replace(LANGUAGE_SUFFIX, '');

export const fileDocumentKey = (sha256: string): string => `file:${sha256.slice(0, 12).toLowerCase()}`;

export const sdgKey = (goal: number, target?: string): string =>
  target === undefined ? `SDG${goal}` : `SDG${goal}.${target.toLowerCase()}`;

export const actionLineKey = (number: number, subLine?: string): string =>
  subLine === undefined ? `C${number}` : `C${number}:${subLine.toLowerCase()}`;

/** ITU short years: "PP-22", "C19", "WTDC-17" are this century, "Council-99", "PP-98" the last one. */
export const fullYear = (twoDigits: number): number => (twoDigits >= 50 ? 1900 : 2000) + twoDigits;
