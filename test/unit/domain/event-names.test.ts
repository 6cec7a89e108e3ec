import { describe, expect, it } from 'vitest';
import { eventName, eventYear } from '../../../src/domain/event-names.js';

describe('event keys → name and year', () => {
  it.each([
    ['WSIS-FORUM-2022', 'WSIS Forum 2022', 2022],
    ['HLPF-2023', 'High-level Political Forum on Sustainable Development 2023', 2023],
    ['ITU-PP-2022', 'Plenipotentiary Conference, Bucharest 2022', 2022],
    ['ITU-WTDC-2017', 'World Telecommunication Development Conference (WTDC-17), Buenos Aires 2017', 2017],
    ['ITU-PP-2030', 'Plenipotentiary Conference 2030', 2030],
    ['ITU-COUNCIL-2023', 'ITU Council 2023', 2023],
    ['SUMMIT-OF-THE-FUTURE-2024', 'Summit of the Future 2024', 2024],
    ['CSTD-27', '27th session of the Commission on Science and Technology for Development', 2024],
    ['CSW-63', '63rd session of the Commission on the Status of Women', 2019],
    ['CSOCD-61', '61st session of the Commission for Social Development', 2023],
    ['CWG-WSIS-SDG-41', '41st meeting of the Council Working Group on WSIS and the SDGs', null],
    ['CWG-WSIS-SDG-12', '12th meeting of the Council Working Group on WSIS and the SDGs', null],
    ['LDC5', '5th UN Conference on the Least Developed Countries (2023)', 2023],
    ['SOMETHING-ELSE-2020', null, 2020],
    ['WSIS-FORUM', null, null],
  ])('%s → %s (%s)', (key, name, year) => {
    expect(eventName(key)).toBe(name);
    expect(eventYear(key)).toBe(year);
  });
});
