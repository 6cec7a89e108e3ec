import type { EntityLabel } from '../domain/labels.js';
import type { Signal } from '../search/ranking.js';

/**
 * What the traceability services answer, as plain types: the API's zod schemas (src/api/schemas) describe the same
 * shapes for HTTP and OpenAPI, and each route checks a service's answer against its schema.
 */

/** Evidence lists are capped (a hub pair is named together in thousands of passages); the total is not. */
export const EVIDENCE_CAP = 3;

/** Where an answer comes from: the passage that says it. */
export interface Evidence {
  document: string;
  passage: number;
  text: string;
  page: number | null;
  source: string | null;
  title: string | null;
}

export type { EntityRef } from '../search/entity-resolver.js';
import type { EntityRef } from '../search/entity-resolver.js';

export interface EvidenceList {
  evidence: Evidence[];
  evidenceTotal: number;
}

export interface Neighbour {
  key: string;
  label: string;
  name: string | null;
  direction: 'out' | 'in';
  role: string | null;
  source: string | null;
  evidence: Evidence | null;
  evidenceTotal: number;
}

export interface Mention extends Evidence {
  surface: string | null;
  start: number | null;
  end: number | null;
}

export interface EntityDetail {
  entity: EntityRef;
  properties: Record<string, unknown>;
  neighbours: Record<string, Neighbour[]>;
  neighbourTotal: number;
  mentions: Mention[];
  mentionTotal: number;
}

export interface ResolutionDetail {
  resolution: EntityRef;
  versions: ({
    key: string;
    name: string | null;
    year: number | null;
    place: string | null;
    kind: string | null;
    event: { key: string; name: string | null } | null;
  } & EvidenceList)[];
  mandates: { key: string; addressee: string; verb: string; action: string; evidence: Evidence | null }[];
  citedBy: ({ key: string; title: string | null; year: number | null } & EvidenceList)[];
  citedByTotal: number;
}

export interface DocumentDetail {
  document: {
    key: string;
    symbol: string | null;
    title: string | null;
    source: string | null;
    format: string | null;
    date: string | null;
    year: number | null;
    issuingBody: string | null;
    purpose: string | null;
    actionRequired: string | null;
    pageCount: number | null;
    /** The resolution the document's text is, when it is one (its Akoma Ntoso export is then available). */
    resolution: string | null;
  };
  passages: { ordinal: number; text: string; page: number | null; section: string | null }[];
  /** Which passages are listed (by ordinal, from offset) and how many the document has. */
  passagePage: { offset: number; limit: number; total: number };
  cites: { type: string; key: string; label: EntityLabel; name: string | null; evidence: Evidence | null }[];
}

export interface PathHop {
  from: string;
  to: string;
  /** A relationship type, or "passage" when both are named in one passage. */
  via: string;
  evidence: Evidence | null;
}

export interface Linkages {
  agency: { key: string; name: string | null };
  actionLines: ({ key: string; name: string | null; role: string | null; source: 'reference' | 'passage'; sources: ('reference' | 'passage')[] } & EvidenceList)[];
  sdgs: { key: string; name: string | null; via: string[]; targets: string[] }[];
  events: ({ key: string; name: string | null; year: number | null; role: string | null } & EvidenceList)[];
  partners: ({ key: string; name: string | null; how: string[] } & EvidenceList)[];
}

export interface RankedMandate {
  key: string;
  resolution: string;
  resolutionTitle: string | null;
  /** A readable name: the stored one, else issuer and number. */
  resolutionName: string | null;
  latestVersion: { key: string; year: number } | null;
  addressee: string;
  verb: string;
  action: string;
  /** Match of the action to the activity; null without an activity. */
  score: number | null;
  /** The ranking signals that match the activity (empty without one). */
  matched: Signal[];
  evidence: Evidence | null;
}
