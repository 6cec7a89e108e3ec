/**
 * A resolution's text as the graph holds it, written as an Akoma Ntoso for the UN (AKN4UN) `statement`: FRBR
 * identification with AKN4UN IRIs, the adopting body and session as TLC references, `preface` (identity, title),
 * `preamble` (enacting formula, one `recitals` per preambular phrase), `mainBody` (one `hcontainer` per operative
 * phrase, numbered `paragraph`s, `list`/`point` for sub-items). Every citation the graph read becomes a `<ref>` to the
 * cited resolution's AKN IRI, and every mandate's paragraph refers to the mandate (`refersTo`), so both can be found by
 * `eId`. eIds follow the AKN naming convention and are unique in the document, as the schema requires.
 */
import { type DeliberationKind, citedResolutionIri, deliberationDate, deliberationWorkIri, issuedAs, sessionEvent } from '../domain/akn-iri.js';
import { AGENCIES } from '../domain/reference/agencies.js';
import { INSTRUMENT_KINDS } from '../domain/reference/resolution-phrases.js';
import { ITU_CONFERENCES } from '../domain/reference/itu-conferences.js';
import type { ResolutionStructure, StructuredParagraph } from '../domain/resolution-structure.js';
import { type XmlChild, type XmlMarkup, el } from './xml.js';

export const AKN_NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';
export const AKN_MEDIA_TYPE = 'application/akn+xml';

/** A resolution named in a passage, as the graph holds the mention (offsets into the passage text). */
export interface AknCitation {
  readonly passage: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly resolution: string;
  readonly year: number | null;
}
export interface AknMandate {
  readonly key: string;
  readonly passage: number;
  /** Offset of the mandate's action in its passage. */
  readonly start: number;
  readonly action: string;
  readonly verb: string;
  readonly addressee: string;
}
export interface AknSource {
  readonly structure: ResolutionStructure;
  readonly passages: ReadonlyArray<{ readonly ordinal: number; readonly text: string }>;
  readonly citations: readonly AknCitation[];
  readonly mandates: readonly AknMandate[];
}
export interface AknExport {
  readonly xml: string;
  /** The eId of the paragraph that holds each mandate (by mandate key). */
  readonly mandateParagraphs: ReadonlyMap<string, string>;
  /** Citations written as `<ref>`. */
  readonly refs: number;
}

const SOURCE = 'wsis-kg';
const LANGUAGE = 'eng';
const DOC_TYPE = new RegExp(`^(${INSTRUMENT_KINDS.join('|')})\\s+(.+)$`, 'i');

export function statementAkn(source: AknSource): AknExport {
  const writer = new StatementWriter(source);
  return writer.write();
}

interface Span {
  readonly passage: number;
  readonly start: number;
  readonly end: number;
}

class StatementWriter {
  private readonly placed = new Set<AknCitation>();
  private readonly mandateParagraphs = new Map<string, string>();
  private readonly mandateConcepts = new Map<string, string>();

  constructor(private readonly source: AknSource) {}

  write(): AknExport {
    const preface = this.preface();
    const preamble = this.preamble();
    const body = this.mainBody();
    const statement = el(
      'statement',
      { name: this.source.structure.identity.kind },
      this.meta(),
      preface,
      preamble,
      body,
    );
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n${el('akomaNtoso', { xmlns: AKN_NAMESPACE }, statement).markup}\n`;
    return { xml, mandateParagraphs: this.mandateParagraphs, refs: this.placed.size };
  }

  private kind(): DeliberationKind {
    return issuedAs(this.source.structure.identity.resolution).kind;
  }

  private identity(): { issuer: string; event: string | null; date: string | null; work: string } {
    const { identity, formula } = this.source.structure;
    const { issuer } = issuedAs(identity.resolution);
    const event = formula?.event ?? sessionEvent(issuer, identity.year);
    const date = deliberationDate(event, identity.year);
    return { issuer, event, date, work: deliberationWorkIri(identity.resolution, date) };
  }

  private meta(): XmlMarkup {
    const { structure } = this.source;
    const { issuer, event, date, work } = this.identity();
    // FRBRdate takes a full date: a session known by its year alone is dated by that year's first day, and says so.
    const frbrDate = date === null ? null : date.length === 4 ? `${date}-01-01` : date;
    const dateName = date === null ? 'undated' : date.length === 4 ? 'adoptionYear' : 'adoption';
    const expression = `${work}/${LANGUAGE}${date === null ? '' : `@${date}`}`;
    const author = slug(issuer);
    const number = `${this.kind()}-${slug(issuedAs(structure.identity.resolution).number)}`;
    const dated = (name: string): XmlMarkup => el('FRBRdate', { date: frbrDate ?? '0001-01-01', name: frbrDate === null ? 'undated' : name });
    const identification = el(
      'identification',
      { source: `#${SOURCE}` },
      el('FRBRWork', {},
        el('FRBRthis', { value: `${work}/!main` }),
        el('FRBRuri', { value: work }),
        dated(dateName),
        el('FRBRauthor', { href: `#${author}` }),
        el('FRBRcountry', { value: 'un' }),
        el('FRBRsubtype', { value: 'deliberation' }),
        el('FRBRnumber', { value: number, showAs: structure.identity.heading }),
        structure.title === null ? null : el('FRBRname', { value: structure.title }),
      ),
      el('FRBRExpression', {},
        el('FRBRthis', { value: `${expression}/!main` }),
        el('FRBRuri', { value: expression }),
        dated(dateName),
        el('FRBRauthor', { href: `#${author}` }),
        el('FRBRlanguage', { language: LANGUAGE }),
      ),
      el('FRBRManifestation', {},
        el('FRBRthis', { value: `${expression}/main.xml` }),
        el('FRBRuri', { value: `${expression}.akn` }),
        dated('generation'),
        el('FRBRauthor', { href: `#${SOURCE}` }),
      ),
    );
    const lifecycle =
      event !== null && frbrDate !== null
        ? el('lifecycle', { source: `#${SOURCE}` }, el('eventRef', { eId: 'evt_1', date: frbrDate, source: `#${SOURCE}`, type: 'generation', refersTo: `#${slug(event)}` }))
        : null;
    return el('meta', {}, identification, lifecycle, this.references(issuer, event));
  }

  private references(issuer: string, event: string | null): XmlMarkup {
    const { formula } = this.source.structure;
    const series = ITU_CONFERENCES.find((c) => c.series === issuer);
    const nameOf = (key: string): string => AGENCIES.find((a) => a.key === key)?.name ?? key;
    const organizations = new Map<string, string>([[slug(issuer), series?.name ?? nameOf(issuer)]]);
    const body = formula?.body ?? null;
    if (body !== null && !organizations.has(slug(body))) organizations.set(slug(body), nameOf(body));
    const session = series?.sessions.find((s) => event !== null && event.endsWith(`-${s.year}`));
    return el(
      'references',
      { source: `#${SOURCE}` },
      ...[...organizations].map(([eId, name]) => el('TLCOrganization', { eId, href: `/ontology/organizations/${eId}`, showAs: name })),
      el('TLCOrganization', { eId: SOURCE, href: `/ontology/organizations/${SOURCE}`, showAs: 'WSIS knowledge graph' }),
      event === null
        ? null
        : el('TLCEvent', { eId: slug(event), href: `/ontology/events/${slug(event)}`, showAs: session ? `${series?.name} (${session.place}, ${session.year})` : event }),
      ...[...this.mandateConcepts].map(([key, eId]) => {
        const mandate = this.source.mandates.find((m) => m.key === key) as AknMandate;
        return el('TLCConcept', { eId, href: `/ontology/mandates/${encodeURIComponent(key)}`, showAs: mandate.addressee === '*' ? mandate.verb : `${mandate.verb} ${mandate.addressee}` });
      }),
    );
  }

  private preface(): XmlMarkup {
    const { identity, title } = this.source.structure;
    const typed = DOC_TYPE.exec(identity.heading);
    const heading = typed ? [el('docType', {}, typed[1] as string), ' ', el('docNumber', {}, typed[2] as string)] : [el('docNumber', {}, identity.heading)];
    return el(
      'preface',
      {},
      el('longTitle', { eId: 'longTitle_1' }, el('p', {}, ...heading)),
      title === null ? null : el('container', { name: 'title', eId: 'container_title' }, el('p', {}, el('docTitle', {}, ...this.inline(title, null)))),
    );
  }

  private preamble(): XmlMarkup | null {
    const { formula, preamble } = this.source.structure;
    if (formula === null && preamble.length === 0) return null;
    return el(
      'preamble',
      { eId: 'preamble' },
      formula === null ? null : el('formula', { name: 'enactingFormula', eId: 'formula_1' }, el('p', {}, ...this.inline(formula.text, null))),
      ...preamble.map((group, g) => {
        const eId = `recs_${g + 1}`;
        const intro = el('intro', { eId: `${eId}__intro` }, el('p', {}, el('i', {}, group.phrase)));
        if (group.paragraphs.length === 0) return el('container', { name: 'recitals', eId }, el('p', {}, el('i', {}, group.phrase)));
        return el('recitals', { eId }, intro, ...group.paragraphs.map((paragraph, p) => this.recital(paragraph, `${eId}__rec_${p + 1}`)));
      }),
    );
  }

  /** A recital holds blocks only: its sub-items follow its text as paragraphs of their own, numbered. */
  private recital(paragraph: StructuredParagraph, eId: string): XmlMarkup {
    const lines = flatten(paragraph).map(({ item, depth }) =>
      el('p', {}, ...(depth > 0 && item.num !== null ? [`${item.num} `] : []), ...this.inline(item.text, item.passage)),
    );
    // A recital can hold a mandate too: a cited resolution's instruction, quoted ("… which instructs the Secretary-General to …").
    const refersTo = flatten(paragraph).flatMap(({ item }) => this.mandatesIn(item, eId) ?? []).join(' ') || null;
    return el('recital', { eId, refersTo }, paragraph.num === null ? null : el('num', {}, paragraph.num), ...lines);
  }

  private mainBody(): XmlMarkup {
    const { operative, footnotes, annexes } = this.source.structure;
    const groups = operative.map((group, g) => {
      const eId = `hcont_${g + 1}`;
      return el(
        'hcontainer',
        { name: slug(group.phrase).replace(/-/g, '_') || 'operative', eId },
        el('heading', {}, el('i', {}, group.phrase)),
        ...group.paragraphs.map((paragraph, p) => this.paragraph('paragraph', paragraph, `${eId}__para_${p + 1}`)),
      );
    });
    const notes =
      footnotes.length === 0
        ? null
        : el('hcontainer', { name: 'footnotes', eId: 'footnotes' }, el('content', {}, ...footnotes.map((note) => el('p', {}, `${note.mark} `, ...this.inline(note.text, null)))));
    const annexed = annexes.map((annex, a) =>
      el(
        'hcontainer',
        { name: 'annex', eId: `annex_${a + 1}` },
        el('heading', {}, ...this.inline(annex.heading, null)),
        el(
          'content',
          {},
          ...nonEmptyLines(annex.text).map((line, l) => {
            const eId = `annex_${a + 1}__p_${l + 1}`;
            // An annexed declaration can hold mandates ("We call upon …"): its lines are found by their wording.
            return el('p', { eId, refersTo: this.mandatesIn({ num: null, text: line, items: [], passage: null }, eId) }, ...this.inline(line, null));
          }),
        ),
      ),
    );
    const parts = [...groups, notes, ...annexed].filter((part): part is XmlMarkup => part !== null);
    return el('mainBody', { eId: 'body' }, ...(parts.length > 0 ? parts : [el('p', {}, '')]));
  }

  /** A numbered paragraph or point: its text as content, or as the intro of a list of its sub-items. */
  private paragraph(element: 'paragraph' | 'point', paragraph: StructuredParagraph, eId: string): XmlMarkup {
    const refersTo = this.mandatesIn(paragraph, eId);
    const num = paragraph.num === null ? null : el('num', {}, paragraph.num);
    const text = el('p', {}, ...this.inline(paragraph.text, paragraph.passage));
    if (paragraph.items.length === 0) return el(element, { eId, refersTo }, num, el('content', {}, text));
    const list = el('list', { eId: `${eId}__list_1` }, ...paragraph.items.map((item, i) => this.paragraph('point', item, `${eId}__list_1__point_${pointId(item, i)}`)));
    return el(element, { eId, refersTo }, num, el('intro', {}, text), list);
  }

  /** The mandates read from this paragraph (their action starts inside its text), as a `refersTo` list. */
  private mandatesIn(paragraph: StructuredParagraph, eId: string): string | null {
    const span = this.locate(paragraph.text, paragraph.passage);
    const held = this.source.mandates.filter((m) =>
      span !== null
        ? m.passage === span.passage && m.start >= span.start && m.start < span.end
        : !this.mandateParagraphs.has(m.key) && paragraph.text.includes(m.action.slice(0, 60)),
    );
    const concepts: string[] = [];
    for (const mandate of held) {
      if (this.mandateParagraphs.has(mandate.key)) continue;
      const concept = `mandate_${this.mandateConcepts.size + 1}`;
      this.mandateConcepts.set(mandate.key, concept);
      this.mandateParagraphs.set(mandate.key, eId);
      concepts.push(`#${concept}`);
    }
    return concepts.length > 0 ? concepts.join(' ') : null;
  }

  /** Where a text stands in its passage, when the passage holds it verbatim. */
  private locate(text: string, passage: number | null): Span | null {
    if (passage === null || text.length === 0) return null;
    const holder = this.source.passages.find((p) => p.ordinal === passage);
    const start = holder?.text.indexOf(text) ?? -1;
    return start < 0 ? null : { passage, start, end: start + text.length };
  }

  /**
   * A text with each citation the graph read in it as a `<ref>`: by offsets when the text is found in its passage,
   * else by wording (each occurrence of a citation's words taken by the next citation with those words, in passage
   * order). The longest citation wins where two overlap; a shorter one inside it (the bare number of a cited version)
   * is that citation too.
   */
  private inline(text: string, passage: number | null): XmlChild[] {
    const span = this.locate(text, passage);
    const open = this.source.citations.filter((citation) => !this.placed.has(citation));
    const candidates: Array<{ at: number; citation: AknCitation }> = [];
    if (span !== null) {
      for (const citation of open) {
        if (citation.passage === span.passage && citation.start >= span.start && citation.end <= span.end) candidates.push({ at: citation.start - span.start, citation });
      }
    } else {
      const byWording = new Map<string, AknCitation[]>();
      for (const citation of open) {
        if (passage !== null && citation.passage !== passage) continue;
        byWording.set(citation.text, [...(byWording.get(citation.text) ?? []), citation]);
      }
      for (const [wording, citations] of byWording) {
        let from = 0;
        for (const citation of citations.sort((a, b) => a.passage - b.passage || a.start - b.start)) {
          const at = text.indexOf(wording, from);
          if (at < 0) break;
          candidates.push({ at, citation });
          from = at + wording.length;
        }
      }
    }
    candidates.sort((a, b) => a.at - b.at || b.citation.text.length - a.citation.text.length);
    const children: XmlChild[] = [];
    let cursor = 0;
    for (const { at, citation } of candidates) {
      const end = at + citation.text.length;
      if (at < cursor) {
        if (end <= cursor) this.placed.add(citation);
        continue;
      }
      if (text.slice(at, end) !== citation.text) continue;
      children.push(text.slice(cursor, at), el('ref', { href: citedResolutionIri(citation.resolution, citation.year) }, citation.text));
      this.placed.add(citation);
      cursor = end;
    }
    children.push(text.slice(cursor));
    return children.filter((child) => child !== '');
  }
}

function flatten(paragraph: StructuredParagraph, depth = 0): Array<{ item: StructuredParagraph; depth: number }> {
  return [{ item: paragraph, depth }, ...paragraph.items.flatMap((item) => flatten(item, depth + 1))];
}

const nonEmptyLines = (text: string): string[] => text.split('\n').map((line) => line.trim()).filter((line) => line.length > 0);

const slug = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** "a)" → "a", "4.1" → "4-1"; the position when there is no number, so sibling eIds never collide. */
function pointId(item: StructuredParagraph, index: number): string {
  const id = item.num === null ? '' : slug(item.num);
  return id.length > 0 ? `${id}_${index + 1}` : String(index + 1);
}
