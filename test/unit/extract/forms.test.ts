import { describe, expect, it } from 'vitest';
import { extractLines, keysOf } from './helpers.js';

/**
 * Citation forms seen in ITU Council / CWG-WSIS&SDG documents, WSIS reports and UNGA/ECOSOC resolutions beyond the
 * seed corpus → canonical keys. `keys: []` is a negative: the sentence must yield no entity of that label.
 */
const CASES: ReadonlyArray<{ text: string; label: string; keys: string[] }> = [
  // C7 sub-lines as headings and phrases.
  { text: 'C7 ICT Applications: II. e-business', label: 'ActionLine', keys: ['C7:e-business'] },
  { text: 'C7 ICT Applications I, e-government', label: 'ActionLine', keys: ['C7:e-government'] },
  { text: 'C7 ICT applications: VIII. e-science', label: 'ActionLine', keys: ['C7:e-science'] },
  { text: 'Action Line C7 e-health was reviewed at the WSIS Forum.', label: 'ActionLine', keys: ['C7:e-health'] },
  { text: 'The WSIS facilitation meeting on C7 e-agriculture was held.', label: 'ActionLine', keys: ['C7:e-agriculture'] },
  { text: 'UNESCO facilitates e-learning (C7) under the WSIS framework.', label: 'ActionLine', keys: ['C7:e-learning'] },
  { text: 'UNESCO is the facilitator of AL C7 e-Science.', label: 'ActionLine', keys: ['C7:e-science'] },
  { text: 'WSIS Action Line C7: e-environment brings WMO and UNEP together.', label: 'ActionLine', keys: ['C7:e-environment'] },
  { text: 'WSIS Action Lines C7 e-health and C7 e-employment were discussed.', label: 'ActionLine', keys: ['C7:e-employment', 'C7:e-health'] },
  { text: 'The e-learning platform was launched by the ministry.', label: 'ActionLine', keys: [] },
  // SDG targets.
  { text: 'Target(s) 3.8: ICT can be used for creation of data banks on diseases (SDG 3).', label: 'SDG', keys: ['SDG3', 'SDG3.8'] },
  { text: 'Progress on SDG target 17.6 is reported annually.', label: 'SDG', keys: ['SDG17.6'] },
  { text: 'The SDGs call for universal access; target 9.c sets the deadline.', label: 'SDG', keys: ['SDG9.c'] },
  { text: 'The SDG targets 9.1 and 9.c concern infrastructure.', label: 'SDG', keys: ['SDG9.1', 'SDG9.c'] },
  { text: 'Mobile coverage is tracked under SDG 9.c.', label: 'SDG', keys: ['SDG9.c'] },
  { text: 'ITU is custodian of SDG indicator 9.c.1 on mobile network coverage.', label: 'SDG', keys: ['SDG9.c'] },
  { text: 'ITU is custodian of SDG indicators 17.6.1 and 17.8.1.', label: 'SDG', keys: ['SDG17.6', 'SDG17.8'] },
  { text: 'SDG 4.4.1 measures ICT skills.', label: 'SDG', keys: ['SDG4.4'] },
  { text: 'Connect 2030 target 2.1 calls for affordable broadband in support of the SDGs.', label: 'SDG', keys: [] },
  { text: 'Strategic target 1.2 of the ITU Strategic Plan is met.', label: 'SDG', keys: [] },
  { text: 'SDG target 9.z does not exist.', label: 'SDG', keys: [] },
  // Resolutions.
  { text: 'Resolution 71 (Rev. Bucharest, 2022) sets the Strategic Plan.', label: 'Resolution', keys: ['ITU-PP/71'] },
  { text: 'Resolution 131 (Rev. Dubai, 2018) on measuring ICTs applies.', label: 'Resolution', keys: ['ITU-PP/131'] },
  { text: 'ITU-T Resolution 75 concerns the WSIS outcomes.', label: 'Resolution', keys: ['ITU-WTSA/75'] },
  { text: 'ITU-D Resolution 30 concerns the WSIS outcomes.', label: 'Resolution', keys: ['ITU-WTDC/30'] },
  { text: 'ITU-R Resolution 61 concerns the WSIS outcomes.', label: 'Resolution', keys: ['ITU-RA/61'] },
  { text: 'Decision 5 (Rev. Bucharest, 2022) sets the financial plan.', label: 'Resolution', keys: [] },
  { text: 'Decision 5 (Rev. Bucharest, 2022) sets the financial plan.', label: 'ResolutionVersion', keys: [] },
  { text: 'UNGA resolution 75/202 on ICT for sustainable development was adopted.', label: 'Resolution', keys: ['A/RES/75/202'] },
  { text: 'General Assembly resolution A/RES/79/194 was adopted.', label: 'Resolution', keys: ['A/RES/79/194'] },
  { text: 'Recalling its resolution 70/1 entitled ‘Transforming our world’,', label: 'Resolution', keys: ['A/RES/70/1'] },
  { text: 'Recalling its resolution 70/1 of 25 September 2015, entitled "Transforming our world: the 2030 Agenda"', label: 'Resolution', keys: ['A/RES/70/1'] },
  { text: 'The draft A/78/L.49 was introduced.', label: 'Resolution', keys: [] },
  { text: 'The draft A/78/L.49 was introduced.', label: 'Document', keys: ['A/78/L.49'] },
  { text: 'The report E/2024/62 and the draft E/2024/L.21 were noted.', label: 'Document', keys: ['E/2024/62', 'E/2024/L.21'] },
  { text: 'The Council took note of E/RES/2024/11.', label: 'Resolution', keys: ['E/RES/2024/11'] },
  { text: 'ECOSOC resolution 2024/11 assesses progress.', label: 'Resolution', keys: ['E/RES/2024/11'] },
  { text: 'Economic and Social Council resolution 2024/11 assesses progress.', label: 'Resolution', keys: ['E/RES/2024/11'] },
  { text: 'Council Resolution 1332 (modified 2019) applies.', label: 'ResolutionVersion', keys: ['ITU-COUNCIL/1332@2019'] },
  { text: 'Resolution 1332 (Council 2019) applies.', label: 'ResolutionVersion', keys: ['ITU-COUNCIL/1332@2019'] },
  { text: 'Resolution 1334 (C24) applies.', label: 'ResolutionVersion', keys: ['ITU-COUNCIL/1334@2024'] },
  { text: 'Resolution 1334 (C24) applies.', label: 'Event', keys: [] },
  { text: 'Resolutions 139 and 140 (Rev. Bucharest, 2022) are relevant.', label: 'ResolutionVersion', keys: ['ITU-PP/139@2022', 'ITU-PP/140@2022'] },
  { text: 'WTDC Resolution 37 (Rev. Kigali, 2022) applies.', label: 'ResolutionVersion', keys: ['ITU-WTDC/37@2022'] },
  { text: 'Resolution 131 (Rev. Dubai, 2018) applies.', label: 'ResolutionVersion', keys: ['ITU-PP/131@2018'] },
  // Events.
  { text: 'Outcomes of the WSIS Forum 2021 are online.', label: 'Event', keys: ['WSIS-FORUM-2021'] },
  // The year before the name.
  { text: 'The 2019 World Radiocommunication Conference met in Egypt.', label: 'Event', keys: ['ITU-WRC-2019'] },
  { text: 'Decisions of the 2022 Plenipotentiary Conference were published.', label: 'Event', keys: ['ITU-PP-2022'] },
  { text: 'A meeting was held during the 2012 WSIS Forum in Geneva.', label: 'Event', keys: ['WSIS-FORUM-2012'] },
  { text: 'Youth took part in the 2023 Internet Governance Forum.', label: 'Event', keys: ['IGF-2023'] },
  { text: 'The report was submitted to C24.', label: 'Event', keys: ['ITU-COUNCIL-2024'] },
  { text: 'It was approved by Council 2024.', label: 'Event', keys: ['ITU-COUNCIL-2024'] },
  { text: 'It will be presented to the 2024 session of Council.', label: 'Event', keys: ['ITU-COUNCIL-2024'] },
  { text: 'Inputs were discussed at CWG-WSIS&SDG-42.', label: 'Event', keys: ['CWG-WSIS-SDG-42'] },
  { text: 'It was agreed at the 42nd meeting of the CWG-WSIS&SDG.', label: 'Event', keys: ['CWG-WSIS-SDG-42'] },
  { text: 'ITU took part in IGF 2023 in Kyoto.', label: 'Event', keys: ['IGF-2023'] },
  { text: 'ITU took part in the Internet Governance Forum 2023.', label: 'Event', keys: ['IGF-2023'] },
  { text: 'The review at HLPF 2024 covered SDG 9.', label: 'Event', keys: ['HLPF-2024'] },
  { text: 'The 27th session of the CSTD reviewed WSIS progress.', label: 'Event', keys: ['CSTD-27'] },
  { text: 'The report was presented at CSTD 27.', label: 'Event', keys: ['CSTD-27'] },
  // Ordinals spelled out, as UN documents write session numbers, and "<body> held its / at its <n>th session".
  { text: 'The Commission on Science and Technology for Development (CSTD), at its twenty-eighth session, met.', label: 'Event', keys: ['CSTD-28'] },
  { text: 'The Commission on Science and Technology for Development held its twenty-seventh session in Geneva.', label: 'Event', keys: ['CSTD-27'] },
  { text: 'The Twenty-seventh session of the CSTD reviewed WSIS progress.', label: 'Event', keys: ['CSTD-27'] },
  { text: 'The Commission on the Status of Women, at its sixty-seventh session, considered innovation.', label: 'Event', keys: ['CSW-67'] },
  { text: 'The Commission for Social Development held its sixty-first session.', label: 'Event', keys: ['CSOCD-61'] },
  {
    text: 'The Council Working Group on WSIS and SDGs (CWG-WSIS&SDG) held its 42nd meeting on 3 February 2025 and its 43rd meeting on 15 September 2025.',
    label: 'Event',
    keys: ['CWG-WSIS-SDG-42', 'CWG-WSIS-SDG-43'],
  },
  { text: 'The CSTD noted the report. ITU held its first meeting on the matter and its second meeting later.', label: 'Event', keys: [] },
  { text: 'The first session of the working party was held in 2024.', label: 'Event', keys: [] },
  { text: 'Welcoming the eighteenth meeting of the Internet Governance Forum, in Kyoto, Japan, from 8 to 12 October 2023,', label: 'Event', keys: ['IGF-2023'] },
  { text: 'Preparations for WTDC-25 continue.', label: 'Event', keys: ['ITU-WTDC-2025'] },
  { text: 'The outcomes of WTSA-24 are relevant.', label: 'Event', keys: ['ITU-WTSA-2024'] },
  { text: 'PP-26 will review Resolution 140.', label: 'Event', keys: ['ITU-PP-2026'] },
  { text: 'The World Telecommunication Development Conference (Kigali, 2022) adopted the Kigali Action Plan.', label: 'Event', keys: ['ITU-WTDC-2022'] },
  { text: 'ITU convened the AI for Good Global Summit 2024 in Geneva.', label: 'Event', keys: ['AI-FOR-GOOD-2024'] },
  { text: 'Council 2024 Geneva, 4-14 June 2024', label: 'Event', keys: ['ITU-COUNCIL-2024'] },
  // Agencies.
  { text: 'The UNESCO Chair on ICT met.', label: 'Agency', keys: ['UNESCO'] },
  { text: 'WHO leads the e-health work.', label: 'Agency', keys: ['WHO'] },
  { text: 'Member States who contributed are thanked.', label: 'Agency', keys: [] },
  { text: 'ITU-D and ITU-T contribute, and ITU-R too.', label: 'Agency', keys: ['ITU-D', 'ITU-R', 'ITU-T'] },
  { text: 'The Union shall continue its work on WSIS.', label: 'Agency', keys: ['ITU'] },
  { text: 'The African Union and the European Union took part.', label: 'Agency', keys: [] },
  { text: 'The Telecommunication Development Bureau (BDT) assists.', label: 'Agency', keys: ['ITU-D'] },
  { text: 'The Economic Commission for Africa (ECA) and ESCWA cooperate.', label: 'Agency', keys: ['ECA', 'ESCWA'] },
  { text: 'UNECA and UN ESCAP cooperate.', label: 'Agency', keys: ['ECA', 'ESCAP'] },
  { text: 'CEPAL, ECE and UN-Habitat cooperate.', label: 'Agency', keys: ['ECLAC', 'UN-HABITAT', 'UNECE'] },
  { text: 'The Food and Agriculture Organization of the United Nations leads e-agriculture.', label: 'Agency', keys: ['FAO'] },
  { text: 'The United Nations Children’s Fund and UN Women cooperate.', label: 'Agency', keys: ['UN-WOMEN', 'UNICEF'] },
  { text: "The United Nations Children's Fund cooperates.", label: 'Agency', keys: ['UNICEF'] },
  { text: 'The Office of the Secretary-General’s Envoy on Technology coordinates.', label: 'Agency', keys: ['ODET'] },
  { text: 'The Office for Digital and Emerging Technologies coordinates with the World Bank.', label: 'Agency', keys: ['ODET', 'WORLD-BANK'] },
  { text: 'The DESA report was issued.', label: 'Agency', keys: ['UNDESA'] },
];

describe('citation forms of unseen ITU/UN documents → canonical keys', () => {
  it.each(CASES)('$label in "$text"', ({ text, label, keys }) => {
    expect(keysOf(extractLines([text]), label)).toEqual([...keys].sort());
  });
});
