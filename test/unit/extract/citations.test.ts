import { describe, expect, it } from 'vitest';
import { extractLines, keysOf } from './helpers.js';

/**
 * Citation forms as they are written in ITU/UN documents → canonical keys. `keys: []` is a negative: the sentence
 * must yield no entity of that label.
 */
const CASES: ReadonlyArray<{ text: string; label: string; keys: string[] }> = [
  // Resolutions: ITU issuers from version, prefix, suffix and number form.
  { text: 'Resolution 140 (Rev. Bucharest, 2022) guides ITU work on WSIS.', label: 'Resolution', keys: ['ITU-PP/140'] },
  { text: 'The Council Resolution 1332 (Mod 2024) instructs the Secretary-General', label: 'Resolution', keys: ['ITU-COUNCIL/1332'] },
  { text: 'In line with Resolution 1332 (C11, last amended C19), the report is prepared.', label: 'Resolution', keys: ['ITU-COUNCIL/1332'] },
  { text: 'Resolution 30 (Rev. Kigali, 2022) of the World Telecommunication Development Conference applies.', label: 'Resolution', keys: ['ITU-WTDC/30'] },
  { text: 'Resolution 75 (Rev. Geneva, 2022) of the World Telecommunication Standardization Assembly applies.', label: 'Resolution', keys: ['ITU-WTSA/75'] },
  { text: 'Resolution 61-2 (Rev. Sharm el-Sheikh, 2019) of the Radiocommunication Assembly applies.', label: 'Resolution', keys: ['ITU-RA/61'] },
  { text: 'Resolution ITU-R 61-2 sets out the contribution of the Radiocommunication Sector.', label: 'Resolution', keys: ['ITU-RA/61'] },
  { text: 'Annex to PP Resolution 200 (Busan, 2014) lists the targets.', label: 'Resolution', keys: ['ITU-PP/200'] },
  { text: 'Resolution 70/125 of the United Nations General Assembly (UNGA) was adopted.', label: 'Resolution', keys: ['A/RES/70/125'] },
  { text: 'The outcome is contained in A/RES/70/125.', label: 'Resolution', keys: ['A/RES/70/125'] },
  { text: 'The General Assembly adopted resolution 78/132 on ICTs for sustainable development.', label: 'Resolution', keys: ['A/RES/78/132'] },
  { text: 'The revised ECOSOC resolution E/RES/2023/3 assesses progress.', label: 'Resolution', keys: ['E/RES/2023/3'] },
  { text: 'ECOSOC resolution 2023/3 assesses progress in WSIS outcomes.', label: 'Resolution', keys: ['E/RES/2023/3'] },
  { text: 'Resolutions 139 and 140 (Rev. Bucharest, 2022) are relevant.', label: 'Resolution', keys: ['ITU-PP/139', 'ITU-PP/140'] },
  { text: 'The operational plan was adopted by Council Resolution 1407 (C22).', label: 'Resolution', keys: ['ITU-COUNCIL/1407'] },
  { text: 'WTDC Resolution 37 (Rev. Kigali, 2022) addresses the digital divide.', label: 'Resolution', keys: ['ITU-WTDC/37'] },
  { text: 'Resolution 71 (Rev. Dubai, 2018) sets the strategic plan.', label: 'Resolution', keys: ['ITU-PP/71'] },
  { text: 'Resolution 5 (Rev. Dubai, 2014) of the WTDC is cited.', label: 'Resolution', keys: ['ITU-WTDC/5'] },
  { text: 'During PP-22, Member States adopted a revised Resolution 140 on WSIS.', label: 'Resolution', keys: ['ITU-PP/140'] },
  { text: 'Resolution 1334 on ITU’s role in the overall WSIS review was revised.', label: 'Resolution', keys: ['ITU-COUNCIL/1334'] },
  // Resolution negatives.
  { text: 'Relevant ITU and UN resolutions', label: 'Resolution', keys: [] },
  { text: 'to monitor the implementation of this resolution;', label: 'Resolution', keys: [] },
  { text: 'Progress towards the 2030 Agenda continues.', label: 'Resolution', keys: [] },
  { text: 'A draft resolution was circulated to Member States.', label: 'Resolution', keys: [] },
  { text: 'The consensus text is to be endorsed during UNGA 2025.', label: 'Resolution', keys: [] },
  // Versions.
  { text: 'Resolution 140 (Rev. Bucharest, 2022) of the Plenipotentiary Conference', label: 'ResolutionVersion', keys: ['ITU-PP/140@2022'] },
  { text: 'Revised ITU Council Resolution 1332 (modified 2024) reaffirms the framework.', label: 'ResolutionVersion', keys: ['ITU-COUNCIL/1332@2024'] },
  { text: 'The Council Resolution 1334 (Mod 2023) instructs the CWG-WSIS&SDG', label: 'ResolutionVersion', keys: ['ITU-COUNCIL/1334@2023'] },
  { text: 'Resolution 76 (Rev. WRC-15) on the protection of the fixed-satellite service applies.', label: 'ResolutionVersion', keys: ['ITU-WRC/76@2015'] },
  { text: 'Resolution 76 (Rev. WRC-15) on the protection of the fixed-satellite service applies.', label: 'Resolution', keys: ['ITU-WRC/76'] },
  { text: 'Resolution 30 (Rev. WTDC-17) was revised again in Kigali.', label: 'ResolutionVersion', keys: ['ITU-WTDC/30@2017'] },
  { text: 'Resolution 75 (WTSA-20) on WSIS', label: 'ResolutionVersion', keys: ['ITU-WTSA/75@2022'] },
  { text: 'In line with Resolution 1332 (C11, last amended C19), the report is prepared.', label: 'ResolutionVersion', keys: ['ITU-COUNCIL/1332@2019'] },
  { text: 'Annex to PP Resolution 200 (Busan, 2014) lists the targets.', label: 'ResolutionVersion', keys: ['ITU-PP/200@2014'] },
  { text: 'The plan was adopted by Council Resolution 1407 (C22).', label: 'ResolutionVersion', keys: ['ITU-COUNCIL/1407@2022'] },
  // Action Lines, only in WSIS context.
  { text: 'ITU is the facilitator of WSIS Action Lines C2, C4, C5 and C6.', label: 'ActionLine', keys: ['C2', 'C4', 'C5', 'C6'] },
  { text: 'ITU is the sole facilitator for AL C2 and AL C5.', label: 'ActionLine', keys: ['C2', 'C5'] },
  { text: 'WHO leads WSIS Action Line C7 e-health.', label: 'ActionLine', keys: ['C7:e-health'] },
  { text: 'The WSIS Action Lines C1–C3 were reviewed.', label: 'ActionLine', keys: ['C1', 'C2', 'C3'] },
  { text: 'The meeting will be held in Room C5 of the Tower building.', label: 'ActionLine', keys: [] },
  { text: 'The WSIS post is at grade P-5/C5 in the secretariat.', label: 'ActionLine', keys: [] },
  { text: 'WSIS collaboration with the UN system (document C22/INF/2-E).', label: 'ActionLine', keys: [] },
  { text: 'In line with WSIS Resolution 1332 (C11, last amended C19), ITU reports.', label: 'ActionLine', keys: [] },
  // SDGs.
  { text: 'The programme supports SDG 9 and its target 9.c.', label: 'SDG', keys: ['SDG9', 'SDG9.c'] },
  { text: 'Projects under SDGs 4 and 9 were submitted.', label: 'SDG', keys: ['SDG4', 'SDG9'] },
  { text: 'Among the SDGs, Goal 4 concerns education.', label: 'SDG', keys: ['SDG4'] },
  { text: 'The WSIS Action Lines are aligned with the SDGs.', label: 'SDG', keys: [] },
  { text: 'The Council Resolution 1334 (Mod 2023) instructs the CWG-WSIS&SDG', label: 'SDG', keys: [] },
  // Agencies.
  { text: 'The WSIS+20 process involves UN DESA and UNCSTD.', label: 'Agency', keys: ['CSTD', 'UNDESA'] },
  { text: 'The report goes through the Commission on Science and Technology for Development.', label: 'Agency', keys: ['CSTD'] },
  { text: 'The United Nations Group on the Information Society (UNGIS) met.', label: 'Agency', keys: ['UNGIS'] },
  { text: 'The ITU-D sector is encouraged to continue.', label: 'Agency', keys: ['ITU-D'] },
  { text: 'The Council Working Group on WSIS and the SDGs is invited to review this document.', label: 'Agency', keys: ['CWG-WSIS&SDG'] },
  { text: 'The WSIS&SDG Task Force is chaired by the Deputy Secretary-General.', label: 'Agency', keys: ['WSIS-SDG-TASK-FORCE'] },
  { text: 'Targets of the ITU/UNESCO Broadband Commission were met.', label: 'Agency', keys: ['BROADBAND-COMMISSION', 'ITU', 'UNESCO'] },
  { text: 'The Partnership on Measuring ICT for Development publishes indicators.', label: 'Agency', keys: ['PARTNERSHIP-MEASURING-ICT4D'] },
  { text: 'ITU, UN ECLAC and the UN Regional Commissions collaborate.', label: 'Agency', keys: ['ECLAC', 'ITU', 'UN-REGIONAL-COMMISSIONS'] },
  { text: 'The Council is invited to take note of this report.', label: 'Agency', keys: ['ITU-COUNCIL'] },
  { text: 'The Human Rights Council adopted its report.', label: 'Agency', keys: [] },
  // Events.
  { text: 'Upon the guidance of the Council-23 the roadmaps were updated.', label: 'Event', keys: ['ITU-COUNCIL-2023'] },
  { text: 'ITU Council 2009 established the framework.', label: 'Event', keys: ['ITU-COUNCIL-2009'] },
  { text: 'The Council at its 2016 session resolved to use the WSIS framework.', label: 'Event', keys: ['ITU-COUNCIL-2016'] },
  { text: 'The report was presented at PP-22.', label: 'Event', keys: ['ITU-PP-2022'] },
  { text: 'It was noted at the Plenipotentiary Conference (Bucharest, 2022).', label: 'Event', keys: ['ITU-PP-2022'] },
  { text: 'The roadmaps follow the outcomes of WTDC-17.', label: 'Event', keys: ['ITU-WTDC-2017'] },
  { text: 'Sessions were held at WSIS Forum 2022 and 2023.', label: 'Event', keys: ['WSIS-FORUM-2022', 'WSIS-FORUM-2023'] },
  { text: 'The WSIS+20 Forum High-Level Event 2024 marked a milestone.', label: 'Event', keys: ['WSIS-FORUM-2024'] },
  { text: 'The WSIS+20 Forum High-level Event is scheduled for 27-31 May 2024 in Geneva.', label: 'Event', keys: ['WSIS-FORUM-2024'] },
  { text: 'Inputs were sent to HLPF 2022 and to HLPF 2023.', label: 'Event', keys: ['HLPF-2022', 'HLPF-2023'] },
  { text: 'The template was approved by the 38th CWG WSIS&SDG meeting.', label: 'Event', keys: ['CWG-WSIS-SDG-38'] },
  { text: 'It was presented at the 42nd meeting of the Council Working Group on WSIS and SDGs.', label: 'Event', keys: ['CWG-WSIS-SDG-42'] },
  { text: 'The Council Working Group on WSIS and SDGs, at its 43rd meeting, reviewed the roadmap.', label: 'Event', keys: ['CWG-WSIS-SDG-43'] },
  { text: 'The CWG-WSIS&SDG at its 44th meeting endorsed it.', label: 'Event', keys: ['CWG-WSIS-SDG-44'] },
  { text: 'A side event was held during LDC5 in Doha.', label: 'Event', keys: ['LDC5'] },
  { text: 'At the 61st session of the Commission for Social Development (CSocD61), sessions were held.', label: 'Event', keys: ['CSOCD-61'] },
  { text: 'It was held at the 67th session of the Commission on the Status of Women.', label: 'Event', keys: ['CSW-67'] },
  { text: 'The side event took place at the ECOSOC Partnership Forum 2023.', label: 'Event', keys: ['ECOSOC-PF-2023'] },
  {
    text: 'ITU attends the SDG Summits (the first was held in 2019 and the next is scheduled for September 2023).',
    label: 'Event',
    keys: ['SDG-SUMMIT-2019', 'SDG-SUMMIT-2023'],
  },
  { text: 'Synergies with the Summit of the Future are sought.', label: 'Event', keys: ['SUMMIT-OF-THE-FUTURE-2024'] },
  { text: 'The one-year report (document C23/35) was issued.', label: 'Event', keys: [] },
  { text: 'The annual WSIS Forum, hosted by ITU, is a platform.', label: 'Event', keys: [] },
  { text: 'The outcomes of WRC-23 were presented.', label: 'Event', keys: ['ITU-WRC-2023'] },
  { text: 'The World Radiocommunication Conference (Dubai, 2023) revised the Radio Regulations.', label: 'Event', keys: ['ITU-WRC-2023'] },
  { text: 'The programme contributes to SDGs 1 to 3.', label: 'SDG', keys: ['SDG1', 'SDG2', 'SDG3'] },
  { text: 'All Sustainable Development Goals 1–17 are covered.', label: 'SDG', keys: Array.from({ length: 17 }, (_, i) => `SDG${i + 1}`) },
  { text: 'Targets 9.1-9.c of SDG 9 are in scope.', label: 'SDG', keys: ['SDG9', 'SDG9.1', 'SDG9.c'] },
  { text: 'ITU co-facilitates Action Line C7 (e-business, e-employment and e-agriculture) with UNCTAD.', label: 'ActionLine', keys: ['C7:e-business', 'C7:e-employment', 'C7:e-agriculture'] },
  { text: 'FAO and WHO facilitate C7 e-agriculture, e-health and e-environment.', label: 'ActionLine', keys: ['C7:e-agriculture', 'C7:e-health', 'C7:e-environment'] },
  { text: 'WHO facilitates C7 e-health, and the review follows.', label: 'ActionLine', keys: ['C7:e-health'] },
  { text: 'ITU co-facilitates Action Line C7 (e-business, and other lines) with UNCTAD.', label: 'ActionLine', keys: ['C7:e-business'] },
  { text: 'At the Plenipotentiary Conference 2022, Member States revised the resolution.', label: 'Event', keys: ['ITU-PP-2022'] },
  { text: 'The Kigali Action Plan was adopted at WTDC 2022.', label: 'Event', keys: ['ITU-WTDC-2022'] },
  { text: 'Preparations for PP-2026 have started.', label: 'Event', keys: ['ITU-PP-2026'] },
  { text: 'UN-DESA and UN Women took part in the WSIS Forum.', label: 'Agency', keys: ['UNDESA', 'UN-WOMEN'] },
  {
    text: 'Recalling its resolutions 56/183 of 21 December 2001, 57/238 of 20 December 2002 and 70/125 of 16 December 2015,',
    label: 'Resolution',
    keys: ['A/RES/56/183', 'A/RES/57/238', 'A/RES/70/125'],
  },
  // Documents.
  { text: 'See the annual information document (document C22/INF/2-E).', label: 'Document', keys: ['C22/INF/2'] },
  { text: 'The four-year report (document PP-22/20) covers 2018–2022.', label: 'Document', keys: ['PP-22/20'] },
  { text: 'In the absence of document CWG-WSIS&SDG-41/INF/2 no comment is possible.', label: 'Document', keys: ['CWG-WSIS&SDG-41/INF/2'] },
  { text: 'The report by the secretariat (document CWG-WSIS&SDG-41/4) lists events.', label: 'Document', keys: ['CWG-WSIS&SDG-41/4'] },
  { text: 'The Geneva Plan of Action (WSIS-03/GENEVA/DOC/5-E) sets out eleven action lines.', label: 'Document', keys: ['WSIS-03/GENEVA/DOC/5'] },
  { text: 'Paragraph 108 of the Tunis Agenda (WSIS-05/TUNIS/DOC/6(Rev.1)-E) lists the facilitators.', label: 'Document', keys: ['WSIS-05/TUNIS/DOC/6(Rev.1)'] },
  { text: 'The Geneva Declaration of Principles (WSIS-03/GENEVA/DOC/0004) was adopted in 2003.', label: 'Document', keys: ['WSIS-03/GENEVA/DOC/0004'] },
  // Initiatives.
  { text: 'Preparations for the WSIS+20 review are ongoing.', label: 'Initiative', keys: ['WSIS+20'] },
  { text: 'The UN 2030 Agenda for Sustainable Development guides the work.', label: 'Initiative', keys: ['AGENDA-2030'] },
  { text: 'Contributions to the Global Digital Compact (GDC) were made.', label: 'Initiative', keys: ['GDC'] },
  { text: 'ITU’s dedicated website on the Connect 2030 Agenda reports progress.', label: 'Initiative', keys: ['CONNECT-2030'] },
  { text: 'The WSIS Stocktaking database remains a repository.', label: 'Initiative', keys: ['WSIS-STOCKTAKING'] },
  { text: 'The Kigali Action Plan is aligned with WSIS.', label: 'Initiative', keys: ['KIGALI-ACTION-PLAN'] },
];

describe('citation forms → canonical keys', () => {
  it.each(CASES)('$label in "$text"', ({ text, label, keys }) => {
    expect(keysOf(extractLines([text]), label)).toEqual([...keys].sort());
  });

  it('covers at least 60 forms, negatives included', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
    expect(CASES.filter((c) => c.keys.length === 0).length).toBeGreaterThanOrEqual(10);
  });
});
