/** WSIS Action Lines C1–C11 with the C7 sub-lines, and their current facilitators (lead first). */
export type FacilitatorRole = 'lead' | 'co-facilitator';

export interface ActionLineFacilitator {
  readonly agency: string;
  readonly role: FacilitatorRole;
}

export interface ActionLineReference {
  readonly key: string;
  readonly title: string;
  /** `C7` for the C7 sub-lines (SUB_LINE_OF), otherwise null. */
  readonly parent: string | null;
  readonly facilitators: readonly ActionLineFacilitator[];
}

/** Facilitator roles change over time, so every link seeded from this table names where it came from. */
export const ACTION_LINE_FACILITATORS_SOURCE = 'WSIS Action Line facilitators (shared/spec/reference/action-lines.tsv)';

export const ACTION_LINES: readonly ActionLineReference[] = [
  { key: 'C1', title: 'The role of public governance authorities and all stakeholders in the promotion of ICTs for development', parent: null, facilitators: [{ agency: 'UNDESA', role: 'lead' }, { agency: 'ITU', role: 'co-facilitator' }] },
  { key: 'C2', title: 'Information and communication infrastructure', parent: null, facilitators: [{ agency: 'ITU', role: 'lead' }] },
  { key: 'C3', title: 'Access to information and knowledge', parent: null, facilitators: [{ agency: 'UNESCO', role: 'lead' }, { agency: 'ITU', role: 'co-facilitator' }] },
  { key: 'C4', title: 'Capacity building', parent: null, facilitators: [{ agency: 'ITU', role: 'lead' }] },
  { key: 'C5', title: 'Building confidence and security in the use of ICTs', parent: null, facilitators: [{ agency: 'ITU', role: 'lead' }] },
  { key: 'C6', title: 'Enabling environment', parent: null, facilitators: [{ agency: 'ITU', role: 'lead' }] },
  { key: 'C7', title: 'ICT applications: benefits in all aspects of life', parent: null, facilitators: [] },
  { key: 'C7:e-government', title: 'ICT applications: e-government', parent: 'C7', facilitators: [{ agency: 'UNDESA', role: 'lead' }] },
  { key: 'C7:e-business', title: 'ICT applications: e-business', parent: 'C7', facilitators: [{ agency: 'UNCTAD', role: 'lead' }] },
  { key: 'C7:e-learning', title: 'ICT applications: e-learning', parent: 'C7', facilitators: [{ agency: 'UNESCO', role: 'lead' }] },
  { key: 'C7:e-health', title: 'ICT applications: e-health', parent: 'C7', facilitators: [{ agency: 'WHO', role: 'lead' }, { agency: 'ITU', role: 'co-facilitator' }] },
  { key: 'C7:e-employment', title: 'ICT applications: e-employment', parent: 'C7', facilitators: [{ agency: 'ILO', role: 'lead' }] },
  { key: 'C7:e-environment', title: 'ICT applications: e-environment', parent: 'C7', facilitators: [{ agency: 'WMO', role: 'lead' }, { agency: 'UNEP', role: 'co-facilitator' }, { agency: 'ITU', role: 'co-facilitator' }] },
  { key: 'C7:e-agriculture', title: 'ICT applications: e-agriculture', parent: 'C7', facilitators: [{ agency: 'FAO', role: 'lead' }] },
  { key: 'C7:e-science', title: 'ICT applications: e-science', parent: 'C7', facilitators: [{ agency: 'UNESCO', role: 'lead' }] },
  { key: 'C8', title: 'Cultural diversity and identity, linguistic diversity and local content', parent: null, facilitators: [{ agency: 'UNESCO', role: 'lead' }] },
  { key: 'C9', title: 'Media', parent: null, facilitators: [{ agency: 'UNESCO', role: 'lead' }] },
  { key: 'C10', title: 'Ethical dimensions of the Information Society', parent: null, facilitators: [{ agency: 'UNESCO', role: 'lead' }] },
  { key: 'C11', title: 'International and regional cooperation', parent: null, facilitators: [{ agency: 'UNDESA', role: 'lead' }] },
];
