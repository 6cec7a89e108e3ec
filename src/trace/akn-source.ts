/**
 * What the Akoma Ntoso export reads from the graph: the resolution structure stored with a document at write time, its
 * passages, the resolutions its passages name, and the mandates read from it. "The resolution's text as the graph
 * holds it": nothing is re-read from the source file.
 */
import { NotFoundError, StoreError } from '../domain/errors.js';
import { ResolutionStructureSchema } from '../domain/resolution-structure.js';
import { type AknExport, statementAkn } from '../export/akn-statement.js';
import type { GraphStore } from '../store/port.js';
import { queries } from '../store/queries/index.js';

/** A stored document's resolution text as AKN; 404 when the document is unknown or its text is not a resolution. */
export async function documentAkn(store: GraphStore, key: string): Promise<AknExport> {
  const [row] = await store.run(queries.documentStructure, { key });
  if (row === undefined) throw new NotFoundError('document', key);
  if (row.structure === null) throw new NotFoundError('resolution text (Akoma Ntoso needs a resolution) in document', key);
  const parsed = ResolutionStructureSchema.safeParse(JSON.parse(row.structure));
  if (!parsed.success) throw new StoreError(`document ${key}: stored resolution structure does not parse (${parsed.error.issues[0]?.message})`);
  const params = { key };
  const [passages, citations, mandates] = await Promise.all([
    store.run(queries.documentPassages, params),
    store.run(queries.documentCitationMentions, params),
    store.run(queries.documentMandates, params),
  ]);
  return statementAkn({
    structure: parsed.data,
    passages,
    citations,
    // A mandate's passage is stored by key (`<document>#<ordinal>`).
    mandates: mandates.map((m) => ({ ...m, passage: Number(m.passage.slice(m.passage.lastIndexOf('#') + 1)) })),
  });
}

/**
 * A resolution's text as AKN: the stored document whose text is the resolution (`ITU-PP/140`: the newest version
 * stored) or one version of it (`ITU-PP/140@2018`).
 */
export async function resolutionAkn(store: GraphStore, key: string): Promise<AknExport> {
  const at = key.indexOf('@');
  const resolution = at < 0 ? key : key.slice(0, at);
  const texts = await store.run(queries.resolutionTexts, { key: resolution });
  const text = at < 0 ? texts[0] : texts.find((t) => t.version === key);
  if (text === undefined) {
    throw new NotFoundError('resolution text', key, at < 0 ? [] : texts.flatMap((t) => (t.version === null ? [] : [t.version])));
  }
  return documentAkn(store, text.key);
}
