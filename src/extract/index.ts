/**
 * Deterministic extraction of one loaded document: passages, metadata, entities with mentions, resolution versions,
 * mandates and relations. Pure and synchronous (no I/O). Rules run most specific first on each passage, and each
 * claims the characters it explains, so "C22" inside "C22/INF/2" or "(C11, last amended C19)" is read only once.
 */
import type { Block, Entity, Extraction, LoadedDocument, Mandate, Passage, Version } from '../domain/document.js';
import { issuingBodyOfResolution } from '../domain/reference/agencies.js';
import { findActionLines } from './action-lines.js';
import { findAgencies } from './agencies.js';
import { findDocuments } from './documents.js';
import { type SeriesMention, findCouncilSessionMarks, findEvents } from './events.js';
import { findInitiatives } from './initiatives.js';
import { findMandates } from './mandates.js';
import { readMetadata } from './metadata.js';
import { type PassageFindings, passageRelations } from './relations.js';
import { type KnownIssuers, type PendingCitation, adoptingEvent, bareNumber, explicitIssuer, readCitations, settleCitation } from './resolutions.js';
import { findSdgs } from './sdgs.js';
import { segmentBlocks } from './segment.js';
import { readBlocks } from './blocks.js';
import { splitCollection } from './structure/collection.js';
import { repairLayout } from './structure/layout.js';
import { linkPassages } from './structure/link.js';
import { structureMandates } from './structure/mandates.js';
import { readStructure } from './structure/read.js';
import { ClaimMask, type Found, type Span, sentenceSpans } from './text.js';

export { segmentBlocks } from './segment.js';
export { readMetadata } from './metadata.js';

interface PassageWork {
  readonly passage: Passage;
  readonly sentences: Span[];
  readonly mask: ClaimMask;
  readonly found: Found[];
  readonly pending: PendingCitation[];
  series: SeriesMention[];
}

/** One document's extraction (a file that holds several resolutions is read as one text: see `extractFile`). */
export const extractDocument = (input: LoadedDocument): Extraction => extractBlocks(input, repairLayout(input.blocks), null);

/**
 * Every document a file holds: the file itself, and when it is a collection (a conference's Final Acts), one
 * document per resolution, decision and recommendation after it, each PART_OF the file's document, with its own
 * passages, version and mandates. The pipeline, the upload path and the CLI call this.
 */
export function extractFile(input: LoadedDocument): Extraction[] {
  const blocks = repairLayout(input.blocks);
  const collection = splitCollection(blocks);
  if (collection === null) return [extractBlocks(input, blocks, null)];
  const whole = extractBlocks(input, collection.own, null);
  return [whole, ...collection.parts.map((part) => extractBlocks(input, part, whole.document.key))];
}

function extractBlocks(input: LoadedDocument, blocks: Block[], partOf: string | null): Extraction {
  const loaded = { ...input, blocks };
  const read = readStructure(readBlocks(blocks).map((b) => b.text));
  const metadata = readMetadata(loaded);
  // A resolution's own text is keyed by the resolution (its version, when the identity dates it), not its bytes.
  // A resolution's own text is titled by its title line (the first lines of a UN cover are "United Nations", the
  // symbol, the body), dated by the version it is, and issued by the body that adopted it, unless a cover said so.
  const resolutionMeta = read
    ? {
        ...metadata,
        title: read.title ?? metadata.title,
        year: read.identity.year ?? metadata.year,
        issuingBody: metadata.issuingBody ?? issuingBodyOfResolution(read.identity.resolution),
      }
    : metadata;
  const document = read && metadata.symbol === null ? { ...resolutionMeta, key: read.identity.version ?? read.identity.resolution } : resolutionMeta;
  const passages = segmentBlocks(blocks);
  const linked = read ? linkPassages(read, passages) : null;

  const council = councilOf(document.issuingBody, read?.formula?.body ?? null);

  // Pass 1: symbols and citations, so bare resolution numbers can borrow an issuer named elsewhere in the document.
  const work: PassageWork[] = passages.map((passage) => {
    const mask = new ClaimMask(passage.text.length);
    const sentences = sentenceSpans(passage.text);
    const found = findDocuments(passage.text, mask, document.key);
    const { unSymbols, pending } = readCitations(passage.text, mask, sentences);
    return { passage, sentences, mask, found: [...found, ...unSymbols], pending, series: [] };
  });
  const known: KnownIssuers = new Map();
  for (const p of work.flatMap((w) => w.pending)) {
    const issuer = explicitIssuer(p);
    if (issuer && !known.has(bareNumber(p))) known.set(bareNumber(p), issuer);
  }

  // Pass 2: settle citations, then the remaining labels in order of specificity.
  const versions: Version[] = [];
  for (const w of work) {
    for (const p of w.pending) {
      const { found, version } = settleCitation(p, known);
      w.found.push(found);
      if (version) {
        versions.push({ ...version, passage: w.passage.ordinal });
        w.found.push({ label: 'ResolutionVersion', key: version.key, name: null, props: { resolution: version.resolution, year: version.year, kind: version.kind, place: version.place }, start: found.start, end: p.spanEnd });
      }
    }
    const text = w.passage.text;
    const context = `${w.passage.section ?? ''}\n${document.title ?? ''}`;
    const events = findEvents(text, w.mask, w.sentences);
    w.series = events.series;
    w.found.push(...events.events);
    w.found.push(...findInitiatives(text, w.mask));
    w.found.push(...findActionLines(text, w.mask, w.sentences, context));
    w.found.push(...findCouncilSessionMarks(text, w.mask));
    w.found.push(...findSdgs(text, w.mask, w.sentences, context));
    w.found.push(...findAgencies(text, w.mask, council));
    w.found.sort((a, b) => a.start - b.start || a.end - b.end);
  }

  // A resolution's own mandates come from its operative part; sentences that cite another resolution's instruction
  // ("Resolution 1332 resolves to request the Secretary-General to …") are read by the rules for reports.
  const own = linked ? linked.structure.identity.resolution : ownResolution(document.symbol, work);
  const mandates: Mandate[] = linked ? structureMandates(linked.structure, linked.placements, passages) : [];
  let carried: string | null = linked ? null : own;
  for (const w of work) {
    const result = findMandates(w.passage, w.found.filter((f) => f.label === 'Resolution'), carried, linked ? null : own);
    mandates.push(...(linked ? result.mandates.filter((m) => m.resolution !== own) : result.mandates));
    carried = result.carried;
  }

  const datedBySeries = new Map<string, string[]>();
  for (const f of work.flatMap((w) => w.found)) {
    if (f.label !== 'Event' || typeof f.props.series !== 'string') continue;
    const list = datedBySeries.get(f.props.series) ?? [];
    if (!list.includes(f.key)) list.push(f.key);
    datedBySeries.set(f.props.series, list);
  }
  const relations = work.flatMap((w) =>
    passageRelations(
      { ordinal: w.passage.ordinal, text: w.passage.text, sentences: w.sentences, found: w.found, series: w.series } satisfies PassageFindings,
      document.key,
      datedBySeries,
    ),
  );

  const identity = linked?.structure.identity ?? null;
  const ownVersion = identity?.version ?? null;
  if (identity && ownVersion !== null && identity.year !== null && passages[0] && !versions.some((v) => v.key === ownVersion)) {
    // A version dated only by the history line under the title ("(2007-2015-2019)") is cited nowhere in the text.
    versions.push({
      resolution: identity.resolution,
      key: ownVersion,
      year: identity.year,
      place: null,
      kind: identity.versionKind ?? 'adopted',
      event: adoptingEvent(identity.resolution.split('/')[0] ?? '', identity.year),
      passage: passages[0].ordinal,
      text: identity.heading,
    });
  }
  if (ownVersion !== null && passages[0]) {
    relations.push({ type: 'TEXT_OF', from: { label: 'Document', key: document.key }, to: { label: 'ResolutionVersion', key: ownVersion }, role: null, passage: passages[0].ordinal });
  }
  if (partOf !== null && passages[0]) {
    relations.push({ type: 'PART_OF', from: { label: 'Document', key: document.key }, to: { label: 'Document', key: partOf }, role: null, passage: passages[0].ordinal });
  }

  return {
    document,
    passages,
    entities: collectEntities(work),
    mandates,
    versions: uniqueVersions(versions),
    relations,
    structure: linked?.structure ?? null,
    warnings: [...loaded.warnings],
  };
}

/**
 * The resolution a document is, when it is one: an adopted UN resolution symbol ("A/RES/79/194"), or an ITU
 * resolution whose heading line is the citation alone ("RESOLUTION 1332 (C24)", "Resolution 140 (Rev. Bucharest, 2022)").
 */
function ownResolution(symbol: string | null, work: readonly PassageWork[]): string | null {
  if (symbol !== null && /^[AE]\/RES\//.test(symbol)) return symbol;
  for (const w of work.slice(0, 3)) {
    let lineStart = 0;
    for (const line of w.passage.text.split('\n')) {
      const lineEnd = lineStart + line.trimEnd().length;
      const cited = w.found.filter((f) => (f.label === 'Resolution' || f.label === 'ResolutionVersion') && f.start === lineStart);
      const heading = cited.find((f) => f.label === 'Resolution');
      if (heading && Math.max(...cited.map((f) => f.end)) === lineEnd) return heading.key;
      lineStart += line.length + 1;
    }
  }
  return null;
}

/** Which council "the Council" is: ECOSOC in a UN body's text, the ITU Council otherwise. */
const councilOf = (issuingBody: string | null, adoptingBody: string | null): 'ITU-COUNCIL' | 'ECOSOC' =>
  [issuingBody, adoptingBody].some((b) => b === 'UNGA' || b === 'ECOSOC') ? 'ECOSOC' : 'ITU-COUNCIL';

function collectEntities(work: readonly PassageWork[]): Entity[] {
  const byKey = new Map<string, Entity>();
  for (const w of work) {
    for (const f of w.found) {
      const id = `${f.label}|${f.key}`;
      let entity = byKey.get(id);
      if (!entity) {
        entity = { label: f.label, key: f.key, name: f.name, props: { ...f.props }, mentions: [] };
        byKey.set(id, entity);
      }
      entity.mentions.push({ passage: w.passage.ordinal, text: w.passage.text.slice(f.start, f.end), start: f.start, end: f.end });
    }
  }
  return [...byKey.values()];
}

/** One version record per key and passage (the same citation repeated in a passage adds nothing). */
function uniqueVersions(versions: readonly Version[]): Version[] {
  const seen = new Set<string>();
  return versions.filter((v) => {
    const id = `${v.key}|${v.passage}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}
