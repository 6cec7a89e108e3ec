import { describe, expect, it } from 'vitest';
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
