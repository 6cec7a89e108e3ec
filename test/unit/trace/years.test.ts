import { describe, expect, it } from 'vitest';
import { itemYear, unResolutionYear } from '../../../src/trace/years.js';

describe('itemYear', () => {
  it.each([
    ['A/RES/70/125', 2015],
    ['A/RES/78/132', 2023],
    ['E/RES/2023/3', 2023],
    ['ITU-PP/140', null],
  ])('reads the year of UN symbol %s', (key, year) => {
    expect(unResolutionYear(key)).toBe(year);
  });

  it('places an event at its own year, from the key when the node has none', () => {
    expect(itemYear('WSIS-FORUM-2024', 'Event', undefined)).toBe(2024);
    expect(itemYear('ITU-PP-2022', 'Event', { year: 2022, date: null, latestVersionYear: null })).toBe(2022);
    expect(itemYear('LDC5', 'Event', undefined)).toBeNull();
  });

  it('places an ITU resolution at its latest revision and a UN resolution at its symbol year', () => {
    expect(itemYear('ITU-COUNCIL/1332', 'Resolution', { year: null, date: null, latestVersionYear: 2024 })).toBe(2024);
    expect(itemYear('A/RES/78/132', 'Resolution', { year: null, date: null, latestVersionYear: null })).toBe(2023);
  });

  it('leaves standing things undated and dates documents from their date', () => {
    expect(itemYear('UNESCO', 'Agency', { year: 2020, date: null, latestVersionYear: null })).toBeNull();
    expect(itemYear('C22/INF/2', 'Document', { year: null, date: '2022-05-01', latestVersionYear: null })).toBe(2022);
  });
});
