/**
 * The project's reference tables (src/domain/reference/): the WSIS–SDG Matrix files every target under its own
 * goal, and each table is a faithful copy of its source in ../shared/spec/reference/ when that folder is present.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTION_LINES } from '../../../src/domain/reference/action-lines.js';
import { AGENCIES, issuingBodyOfResolution, organisationOf } from '../../../src/domain/reference/agencies.js';
import { ITU_CONFERENCES, UN_RESOLUTION_SYMBOLS } from '../../../src/domain/reference/itu-conferences.js';
import { SDGS } from '../../../src/domain/reference/sdgs.js';
import { WSIS_SDG_MATRIX } from '../../../src/domain/reference/wsis-sdg-matrix.js';
import { missingShared, sharedPath } from '../../paths.js';

const SHARED_REFERENCE = sharedPath('spec/reference/');

describe('WSIS–SDG Matrix (project copy)', () => {
  it.each(WSIS_SDG_MATRIX.map((link) => [`${link.actionLine} → ${link.sdg}`, link] as const))('%s: every target belongs to the row’s goal', (_, link) => {
    const goal = Number(/^SDG(\d+)$/.exec(link.sdg)?.[1]);
    expect(SDGS.map((sdg) => sdg.goal)).toContain(goal);
    for (const target of link.targets) {
      expect(target, `${link.actionLine} ${link.sdg}`).toMatch(/^\d{1,2}\.(\d{1,2}|[a-z])$/);
      expect(Number(target.split('.')[0]), `${link.actionLine} ${link.sdg} lists ${target}`).toBe(goal);
    }
  });

  it('names each Action Line and SDG of the reference tables, each pair once', () => {
    const actionLines = new Set(ACTION_LINES.map((line) => line.key));
    const sdgs = new Set(SDGS.map((sdg) => sdg.key));
    const pairs = WSIS_SDG_MATRIX.map((link) => `${link.actionLine} ${link.sdg}`);
    expect(WSIS_SDG_MATRIX.filter((link) => !actionLines.has(link.actionLine) || !sdgs.has(link.sdg))).toEqual([]);
    expect(new Set(pairs).size).toBe(pairs.length);
  });
});

/** Rows of a shared TSV (header dropped), each cut at tabs, trailing empty cells kept as ''. */
const tsv = (name: string, columns: number): string[][] =>
  readFileSync(join(SHARED_REFERENCE, name), 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => Array.from({ length: columns }, (_, i) => line.split('\t')[i]?.trim() ?? ''));
const list = (cell: string, separator: string): string[] => cell.split(separator).map((item) => item.trim()).filter((item) => item !== '');

describe.skipIf(missingShared('spec/reference/', 'the reference-copy sync tests'))('reference copies equal ../shared/spec/reference', () => {
  it('wsis-sdg-matrix.tsv', () => {
    const rows = tsv('wsis-sdg-matrix.tsv', 3).map(([actionLine, sdg, targets]) => ({ actionLine, sdg, targets: list(targets!, ',') }));
    expect(WSIS_SDG_MATRIX).toEqual(rows);
  });

  it('sdgs.tsv', () => {
    expect(SDGS.map(({ key, title }) => ({ key, title }))).toEqual(tsv('sdgs.tsv', 2).map(([key, title]) => ({ key, title })));
  });

  it('action-lines.tsv (facilitators lead first)', () => {
    const copy = ACTION_LINES.map(({ key, title, facilitators }) => ({ key, title, facilitators: facilitators.map((f) => f.agency) }));
    const rows = tsv('action-lines.tsv', 3).map(([key, title, facilitators]) => ({ key, title, facilitators: list(facilitators!, ';') }));
    expect(copy).toEqual(rows);
    expect(ACTION_LINES.every((line) => line.facilitators.every((f, i) => f.role === (i === 0 ? 'lead' : 'co-facilitator')))).toBe(true);
  });

  it('agencies.tsv', () => {
    const rows = tsv('agencies.tsv', 4).map(([key, name, aliases, kind]) => ({ key, name, aliases: list(aliases!, '|'), kind }));
    expect(AGENCIES.map(({ key, name, aliases, kind }) => ({ key, name, aliases: [...aliases], kind }))).toEqual(rows);
  });

  it('itu-conferences.tsv (every session’s place and year, short names, UN symbol forms)', () => {
    for (const [series, pattern, facts] of tsv('itu-conferences.tsv', 3)) {
      const conference = ITU_CONFERENCES.find((c) => c.series === series);
      if (conference === undefined) {
        expect(UN_RESOLUTION_SYMBOLS.find((symbol) => symbol.issuer === series)?.pattern, series).toBe(pattern);
        continue;
      }
      expect(conference.eventKeyPattern).toBe(pattern);
      // "Kyoto 1994, …, Buenos Aires 2017 (WTDC-17)": the list after the colon, when the row has one.
      const sessions = /:\s*([^.]*)\./.exec(facts!)?.[1] ?? '';
      const listed = [...sessions.matchAll(/([A-Z][\p{L} -]*?) (\d{4})(?: \(((?:WTDC|WTSA)-\d{2})[^)]*\))?/gu)].map(([, place, year, shortName]) => ({
        place: place!.trim(),
        year: Number(year),
        ...(shortName ? { shortName } : {}),
      }));
      expect(conference.sessions, series).toEqual(series === 'ITU-COUNCIL' ? [] : listed);
    }
  });
});

describe('who issues what', () => {
  it('reads a resolution\'s issuer from its key, ITU for the resolutions of its conferences', () => {
    expect(issuingBodyOfResolution('A/RES/70/125')).toBe('UNGA');
    expect(issuingBodyOfResolution('E/RES/2023/3')).toBe('ECOSOC');
    expect(issuingBodyOfResolution('ITU-COUNCIL/1332')).toBe('ITU-COUNCIL');
    expect(issuingBodyOfResolution('ITU-PP/140')).toBe('ITU');
    expect(issuingBodyOfResolution('ITU-WTDC/DEC/5')).toBe('ITU');
    expect(issuingBodyOfResolution('file:0123456789ab')).toBeNull();
  });

  it('places ITU\'s organs and sectors in ITU, and no agency in another', () => {
    expect(organisationOf('ITU-COUNCIL')).toBe('ITU');
    expect(organisationOf('ITU-D')).toBe('ITU');
    expect(organisationOf('ITU')).toBeNull();
    expect(organisationOf('UNESCO')).toBeNull();
    expect(organisationOf('NOT-AN-AGENCY')).toBeNull();
  });
});
