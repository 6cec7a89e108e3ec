import { z } from 'zod';
import { readStatement } from '../statement.js';
import {
  CountRow,
  entityLabel,
  evidence,
  evidenceColumns,
  evidenceListColumns,
  key,
  keys,
  limit,
  nullableInt,
  nullableString,
  PassageRow,
} from './columns.js';

/** Per item tied to an entity: its year facts, the keys of up to $evidence passages that show the tie, their count. */
const tiedColumns = {
  key: z.string(),
  name: nullableString,
  year: nullableInt,
  date: nullableString,
  passageKeys: z.array(z.string()),
  evidenceTotal: z.number().int(),
};
const TiedRow = z.object({ ...tiedColumns, label: entityLabel });
const traceParams = z.object({ key, evidence, passages: limit });
const agencyParams = z.object({ key, evidence });

/** Traceability: mandates, resolutions, an entity's timeline, an agency's linkages. */
export const traceabilityReads = {
  mandatesAll: readStatement(
    'mandates-all',
    z.object({}),
    z.object({ key: z.string(), resolution: z.string(), addressee: z.string(), verb: z.string(), action: z.string() }),
  ),
  mandatesEvidence: readStatement('mandates-evidence', z.object({ keys }), PassageRow),
  resolutionsByKeys: readStatement(
    'resolutions-by-keys',
    z.object({ keys }),
    z.object({ key: z.string(), name: nullableString, latestVersionYear: nullableInt }),
  ),
  resolutionVersions: readStatement(
    'resolution-versions',
    z.object({ key, evidence }),
    z.object({
      key: z.string(),
      year: nullableInt,
      place: nullableString,
      kind: nullableString,
      event: nullableString,
      eventName: nullableString,
      ...evidenceListColumns,
    }),
  ),
  resolutionMandates: readStatement(
    'resolution-mandates',
    z.object({ key }),
    z.object({ key: z.string(), addressee: z.string(), verb: z.string(), action: z.string(), ...evidenceColumns }),
  ),
  resolutionCitingDocuments: readStatement(
    'resolution-citing-documents',
    z.object({ key, evidence, limit }),
    z.object({ key: z.string(), title: nullableString, year: nullableInt, ...evidenceListColumns }),
  ),
  resolutionCitingCount: readStatement('resolution-citing-count', z.object({ key }), CountRow),
  traceComentions: readStatement('trace-comentions', traceParams, TiedRow),
  traceRelations: readStatement('trace-relations', z.object({ key, evidence }), TiedRow.extend({ type: z.string(), source: nullableString })),
  traceDocuments: readStatement('trace-documents', traceParams, z.object(tiedColumns)),
  agencyActionLines: readStatement(
    'agency-action-lines',
    agencyParams,
    z.object({ key: z.string(), name: nullableString, role: nullableString, source: nullableString, ...evidenceListColumns }),
  ),
  agencySdgs: readStatement(
    'agency-sdgs',
    z.object({ key }),
    z.object({
      key: z.string(),
      name: nullableString,
      via: z.string(),
      targets: z.union([z.array(z.string()), z.string()]).nullable().catch(null),
    }),
  ),
  agencyEvents: readStatement(
    'agency-events',
    agencyParams,
    z.object({ key: z.string(), name: nullableString, year: nullableInt, role: nullableString, ...evidenceListColumns }),
  ),
  agencyPartners: readStatement(
    'agency-partners',
    agencyParams,
    z.object({ key: z.string(), name: nullableString, roles: z.array(z.string()), ...evidenceListColumns }),
  ),
  agencyCoFacilitators: readStatement(
    'agency-co-facilitators',
    agencyParams,
    z.object({ key: z.string(), name: nullableString, actionLine: z.string(), ...evidenceListColumns }),
  ),
};
