/** The 17 Sustainable Development Goals (short titles). Target keys are `SDG<goal>.<target>`, e.g. `SDG9.c`. */
export interface SdgReference {
  readonly key: string;
  readonly goal: number;
  readonly title: string;
}

export const SDGS: readonly SdgReference[] = [
  { key: 'SDG1', goal: 1, title: 'No poverty' },
  { key: 'SDG2', goal: 2, title: 'Zero hunger' },
  { key: 'SDG3', goal: 3, title: 'Good health and well-being' },
  { key: 'SDG4', goal: 4, title: 'Quality education' },
  { key: 'SDG5', goal: 5, title: 'Gender equality' },
  { key: 'SDG6', goal: 6, title: 'Clean water and sanitation' },
  { key: 'SDG7', goal: 7, title: 'Affordable and clean energy' },
  { key: 'SDG8', goal: 8, title: 'Decent work and economic growth' },
  { key: 'SDG9', goal: 9, title: 'Industry, innovation and infrastructure' },
  { key: 'SDG10', goal: 10, title: 'Reduced inequalities' },
  { key: 'SDG11', goal: 11, title: 'Sustainable cities and communities' },
  { key: 'SDG12', goal: 12, title: 'Responsible consumption and production' },
  { key: 'SDG13', goal: 13, title: 'Climate action' },
  { key: 'SDG14', goal: 14, title: 'Life below water' },
  { key: 'SDG15', goal: 15, title: 'Life on land' },
  { key: 'SDG16', goal: 16, title: 'Peace, justice and strong institutions' },
  { key: 'SDG17', goal: 17, title: 'Partnerships for the goals' },
];
