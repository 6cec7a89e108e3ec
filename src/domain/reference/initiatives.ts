/** Processes and programmes that documents trace over time (label `Initiative`), with their surface forms. */
export interface InitiativeReference {
  readonly key: string;
  readonly name: string;
  readonly surfaceForms: readonly string[];
}

export const INITIATIVES: readonly InitiativeReference[] = [
  {
    key: 'WSIS+20',
    name: 'WSIS+20 review',
    surfaceForms: ['WSIS+20', 'WSIS+20 review', 'WSIS+20 Overall Review', 'twenty-year review of the WSIS', 'WSIS beyond 2025'],
  },
  { key: 'WSIS+10', name: 'WSIS+10 review', surfaceForms: ['WSIS+10', 'WSIS+10 Outcomes'] },
  {
    key: 'AGENDA-2030',
    name: '2030 Agenda for Sustainable Development',
    surfaceForms: ['2030 Agenda', '2030 Agenda for Sustainable Development', '2030 Sustainable Development Agenda'],
  },
  { key: 'CONNECT-2030', name: 'Connect 2030 Agenda', surfaceForms: ['Connect 2030', 'Connect 2030 Agenda'] },
  { key: 'CONNECT-2020', name: 'Connect 2020 Agenda', surfaceForms: ['Connect 2020'] },
  { key: 'GDC', name: 'Global Digital Compact', surfaceForms: ['Global Digital Compact', 'GDC'] },
  { key: 'OUR-COMMON-AGENDA', name: 'Our Common Agenda', surfaceForms: ['Our Common Agenda'] },
  {
    key: 'WSIS-STOCKTAKING',
    name: 'WSIS Stocktaking',
    surfaceForms: ['WSIS Stocktaking', 'WSIS Stocktaking database', 'WSIS Stocktaking platform'],
  },
  { key: 'WSIS-PRIZES', name: 'WSIS Prizes', surfaceForms: ['WSIS Prizes', 'WSIS Prizes contest'] },
  { key: 'WSIS-SDG-MATRIX', name: 'WSIS-SDG Matrix', surfaceForms: ['WSIS-SDG Matrix'] },
  { key: 'KIGALI-ACTION-PLAN', name: 'Kigali Action Plan', surfaceForms: ['Kigali Action Plan'] },
  { key: 'GENEVA-PLAN-OF-ACTION', name: 'Geneva Plan of Action', surfaceForms: ['Geneva Plan of Action'] },
];
