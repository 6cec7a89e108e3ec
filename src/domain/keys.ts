/** Canonical key helpers: every way of writing a thing ends in the same key (shared/spec/graph-model.md). */

import type { InstrumentKind } from './reference/resolution-phrases.js';

export const resolutionKey = (issuer: string, number: number | string): string => `${issuer}/${number}`;

/**
 * The graph model keys resolutions only (`ITU-PP/140`). A decision or recommendation, numbered apart from the
 * resolutions of the same body, takes its kind in the key as UN symbols do (A/RES/70/1 beside A/DEC/70/547):
 * `ITU-PP/DEC/5`, `ITU-PP/REC/7`.
 */
export const INSTRUMENT_KEY_SEGMENTS: Readonly<Record<Exclude<InstrumentKind, 'resolution'>, string>> = { decision: 'DEC', recommendation: 'REC' };

export const instrumentKey = (issuer: string, number: number | string, kind: InstrumentKind): string =>
  kind === 'resolution' ? resolutionKey(issuer, number) : `${issuer}/${INSTRUMENT_KEY_SEGMENTS[kind]}/${number}`;

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
