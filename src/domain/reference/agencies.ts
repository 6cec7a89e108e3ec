/** Canonical agency keys (upper-case acronyms), names, surface aliases seen in documents, and kinds. */
export const AGENCY_KINDS = ['itu-organ', 'itu-sector', 'other-igo', 'partnership', 'un-agency', 'un-body', 'un-department', 'un-interagency-group', 'un-office', 'un-regional-commission'] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

export interface AgencyReference {
  readonly key: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly kind: AgencyKind;
}

export const AGENCIES: readonly AgencyReference[] = [
  { key: 'ITU', name: 'International Telecommunication Union', aliases: ['the Union'], kind: 'un-agency' },
  { key: 'UNESCO', name: 'United Nations Educational, Scientific and Cultural Organization', aliases: [], kind: 'un-agency' },
  { key: 'UNDP', name: 'United Nations Development Programme', aliases: [], kind: 'un-agency' },
  { key: 'UNCTAD', name: 'United Nations Conference on Trade and Development', aliases: [], kind: 'un-agency' },
  { key: 'UNDESA', name: 'United Nations Department of Economic and Social Affairs', aliases: ['UN DESA', 'DESA', 'UNDESA'], kind: 'un-department' },
  { key: 'CSTD', name: 'Commission on Science and Technology for Development', aliases: ['UN CSTD', 'UNCSTD', 'CSTD'], kind: 'un-body' },
  { key: 'ECOSOC', name: 'Economic and Social Council', aliases: ['ECOSOC'], kind: 'un-body' },
  { key: 'UNGA', name: 'United Nations General Assembly', aliases: ['General Assembly', 'UNGA'], kind: 'un-body' },
  { key: 'UNGIS', name: 'United Nations Group on the Information Society', aliases: ['UNGIS'], kind: 'un-interagency-group' },
  { key: 'ECLAC', name: 'Economic Commission for Latin America and the Caribbean', aliases: ['UN ECLAC', 'CEPAL'], kind: 'un-regional-commission' },
  { key: 'ESCAP', name: 'Economic and Social Commission for Asia and the Pacific', aliases: ['UN ESCAP'], kind: 'un-regional-commission' },
  { key: 'ECA', name: 'Economic Commission for Africa', aliases: ['UNECA'], kind: 'un-regional-commission' },
  { key: 'UNECE', name: 'Economic Commission for Europe', aliases: ['ECE'], kind: 'un-regional-commission' },
  { key: 'ESCWA', name: 'Economic and Social Commission for Western Asia', aliases: ['UN ESCWA'], kind: 'un-regional-commission' },
  { key: 'UN-REGIONAL-COMMISSIONS', name: 'United Nations Regional Commissions (collectively)', aliases: ['UN Regional Commissions', 'Regional Commissions'], kind: 'un-regional-commission' },
  { key: 'FAO', name: 'Food and Agriculture Organization of the United Nations', aliases: [], kind: 'un-agency' },
  { key: 'WHO', name: 'World Health Organization', aliases: [], kind: 'un-agency' },
  { key: 'ILO', name: 'International Labour Organization', aliases: [], kind: 'un-agency' },
  { key: 'UNEP', name: 'United Nations Environment Programme', aliases: [], kind: 'un-agency' },
  { key: 'WMO', name: 'World Meteorological Organization', aliases: [], kind: 'un-agency' },
  { key: 'UPU', name: 'Universal Postal Union', aliases: [], kind: 'un-agency' },
  { key: 'ITC', name: 'International Trade Centre', aliases: [], kind: 'un-agency' },
  { key: 'UN-HABITAT', name: 'United Nations Human Settlements Programme', aliases: ['UN-Habitat'], kind: 'un-agency' },
  { key: 'ICAO', name: 'International Civil Aviation Organization', aliases: [], kind: 'un-agency' },
  { key: 'UNICEF', name: 'United Nations Children\'s Fund', aliases: [], kind: 'un-agency' },
  { key: 'UNIDO', name: 'United Nations Industrial Development Organization', aliases: [], kind: 'un-agency' },
  { key: 'UNITAR', name: 'United Nations Institute for Training and Research', aliases: [], kind: 'un-agency' },
  { key: 'UNU', name: 'United Nations University', aliases: [], kind: 'un-agency' },
  { key: 'WIPO', name: 'World Intellectual Property Organization', aliases: [], kind: 'un-agency' },
  { key: 'UN-WOMEN', name: 'United Nations Entity for Gender Equality and the Empowerment of Women', aliases: ['UN Women'], kind: 'un-agency' },
  { key: 'UNODC', name: 'United Nations Office on Drugs and Crime', aliases: [], kind: 'un-agency' },
  { key: 'OHCHR', name: 'Office of the United Nations High Commissioner for Human Rights', aliases: [], kind: 'un-agency' },
  { key: 'WTO', name: 'World Trade Organization', aliases: [], kind: 'other-igo' },
  { key: 'WORLD-BANK', name: 'World Bank Group', aliases: ['World Bank'], kind: 'un-agency' },
  { key: 'ODET', name: 'Office of the Secretary-General\'s Envoy on Technology', aliases: ['Office for Digital and Emerging Technologies'], kind: 'un-office' },
  { key: 'ITU-COUNCIL', name: 'ITU Council (as an organ, not a dated session)', aliases: ['the Council'], kind: 'itu-organ' },
  { key: 'ITU-D', name: 'ITU Telecommunication Development Sector', aliases: ['ITU-D sector', 'BDT'], kind: 'itu-sector' },
  { key: 'ITU-T', name: 'ITU Telecommunication Standardization Sector', aliases: ['TSB'], kind: 'itu-sector' },
  { key: 'ITU-R', name: 'ITU Radiocommunication Sector', aliases: ['BR'], kind: 'itu-sector' },
  { key: 'CWG-WSIS&SDG', name: 'Council Working Group on WSIS and the SDGs', aliases: ['CWG-WSIS&SDG', 'CWG WSIS&SDG', 'CWG-WSIS & SDG'], kind: 'itu-organ' },
  { key: 'WSIS-SDG-TASK-FORCE', name: 'ITU WSIS&SDG Task Force', aliases: ['WSIS&SDG Task Force'], kind: 'itu-organ' },
  { key: 'BROADBAND-COMMISSION', name: 'Broadband Commission for Sustainable Development (ITU/UNESCO)', aliases: ['ITU/UNESCO Broadband Commission'], kind: 'partnership' },
  { key: 'PARTNERSHIP-MEASURING-ICT4D', name: 'Partnership on Measuring ICT for Development', aliases: [], kind: 'partnership' },
];

/** ITU's organs and sectors (the Council, its working groups, ITU-D …) act for ITU: what they issue, ITU issues. */
const ITU_PARTS: ReadonlySet<AgencyKind> = new Set(['itu-organ', 'itu-sector']);
const KIND_BY_KEY = new Map(AGENCIES.map((agency) => [agency.key, agency.kind]));

/** The agency a body belongs to, when it is part of one (ITU-COUNCIL → ITU); null for an agency of its own. */
export function organisationOf(agencyKey: string): string | null {
  const kind = KIND_BY_KEY.get(agencyKey);
  return kind !== undefined && ITU_PARTS.has(kind) ? 'ITU' : null;
}

/**
 * Who issues a resolution, read from its key: the General Assembly (A/RES/…), ECOSOC (E/RES/…), the ITU Council, or
 * ITU for the resolutions of its conferences (ITU-PP/140, ITU-WTDC/37 …), which are not agencies of their own.
 */
export function issuingBodyOfResolution(resolutionKey: string): string | null {
  if (resolutionKey.startsWith('A/RES/')) return 'UNGA';
  if (resolutionKey.startsWith('E/RES/')) return 'ECOSOC';
  if (resolutionKey.startsWith('ITU-COUNCIL/')) return 'ITU-COUNCIL';
  if (resolutionKey.startsWith('ITU-')) return 'ITU';
  return null;
}
