import { describe, expect, it } from 'vitest';
import { numberedSessionYear } from '../../../src/extract/events.js';
import { entityKeysNamedIn } from '../../../src/extract/names.js';

describe('entityKeysNamedIn: what a user types → the keys passages carry', () => {
  it.each([
    ['Resolution 1332', ['ITU-COUNCIL/1332']],
    ['Resolution 140 (Rev. Bucharest, 2022)', ['ITU-PP/140']],
    ['WSIS Forum 2023', ['WSIS-FORUM-2023']],
    ['Plenipotentiary Conference 2022', ['ITU-PP-2022']],
    ['UN DESA', ['UNDESA']],
    ['resolution 70/125', ['A/RES/70/125']],
    ['C7 e-health', ['C7:e-health']],
    ['UNESCO and UNDP', ['UNESCO', 'UNDP']],
    ['roadmaps', []],
  ])('%s → %j', (text, keys) => {
    expect(entityKeysNamedIn(text)).toEqual(keys);
  });
});

describe('numbered UN sessions carry their year', () => {
  it.each([
    ['CSTD-27', 2024],
    ['CSW-67', 2023],
    ['CSOCD-61', 2023],
    ['LDC5', 2023],
    ['CWG-WSIS-SDG-41', null],
    ['HLPF-2023', null],
  ])('%s → %s', (key, year) => {
    expect(numberedSessionYear(key)).toBe(year);
  });
});
