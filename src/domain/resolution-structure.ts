/**
 * A resolution's text as the structure stage reads it (ITU and UN practice share the shape): identity, title,
 * enacting formula, preamble (preambular phrases and their paragraphs) and operative part (operative phrases and
 * their numbered paragraphs with sub-items). Extraction (mandates, versions), segmentation into passages, search
 * context and the Akoma Ntoso export all read this one type; see "Mandates and the structure of a resolution" in
 * shared/spec/graph-model.md.
 */
import { z } from 'zod';
import { INSTRUMENT_KINDS } from './reference/resolution-phrases.js';

/** A numbered or lettered paragraph: "1", "a)", "i)", "1.1", or null when the paragraph is unnumbered. */
export interface StructuredParagraph {
  readonly num: string | null;
  /** The paragraph's own text without its number (sub-items are in `items`, not repeated here). */
  readonly text: string;
  readonly items: readonly StructuredParagraph[];
  /** Ordinal of the passage that holds this paragraph, once segmentation has run (null before). */
  readonly passage: number | null;
}
export const StructuredParagraphSchema: z.ZodType<StructuredParagraph> = z.lazy(() =>
  z.object({
    num: z.string().nullable(),
    text: z.string(),
    items: z.array(StructuredParagraphSchema),
    passage: z.number().int().nonnegative().nullable(),
  }),
);

/** A preambular phrase ("recalling", "considering further", "noting with appreciation") and its paragraphs. */
export const PreambleGroupSchema = z.object({
  phrase: z.string(),
  paragraphs: z.array(StructuredParagraphSchema),
});
export type PreambleGroup = z.infer<typeof PreambleGroupSchema>;

/**
 * An operative phrase and its paragraphs: "resolves", "instructs the Secretary-General", "invites Member States,
 * Sector Members, Associates and Academia". UN style, where each paragraph opens with its own phrase ("1. Requests
 * the Secretary-General to …"), gives one group per paragraph.
 */
export const OperativeGroupSchema = z.object({
  /** The phrase as written. */
  phrase: z.string(),
  /** The operative verb, normalised to the third person: "instructs", "resolves", "calls upon" … */
  verb: z.string(),
  /** Who is addressed, as written after the verb without the article; null under resolves/decides with no subject. */
  addressee: z.string().nullable(),
  paragraphs: z.array(StructuredParagraphSchema),
});
export type OperativeGroup = z.infer<typeof OperativeGroupSchema>;

export const ResolutionIdentitySchema = z.object({
  /** The identity line as written: "RESOLUTION 140 (REV. DUBAI, 2018)", "70/125.", "Resolution 1334 (Modified 2025)". */
  heading: z.string(),
  /** What the identity line names: a resolution, a decision or a recommendation (structures stored before kinds were read are resolutions). */
  kind: z.enum(INSTRUMENT_KINDS).default('resolution'),
  /** Canonical key: `ITU-PP/140`, `ITU-COUNCIL/1334`, `A/RES/70/125`, `E/RES/2023/3`; `ITU-PP/DEC/5`, `ITU-PP/REC/7` (src/domain/keys.ts). */
  resolution: z.string(),
  /** The version this text is, when the identity says so: `ITU-PP/140@2018`. */
  version: z.string().nullable(),
  year: z.number().int().nullable(),
  /** Whether that version is the text as adopted or a revision (null: no version, or structures stored before this was read). */
  versionKind: z.enum(['Rev.', 'Mod', 'adopted']).nullable().default(null),
});
export type ResolutionIdentity = z.infer<typeof ResolutionIdentitySchema>;

export const EnactingFormulaSchema = z.object({
  /** "The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018)," */
  text: z.string(),
  /** Agency or body key of the adopting body when known (ITU, UNGA, ECOSOC …); the body's name otherwise. */
  body: z.string().nullable(),
  /** Event key where the resolution was adopted, when the formula names it (ITU-PP-2018). */
  event: z.string().nullable(),
});
export type EnactingFormula = z.infer<typeof EnactingFormulaSchema>;

export const FootnoteSchema = z.object({ mark: z.string(), text: z.string() });
export type Footnote = z.infer<typeof FootnoteSchema>;

export const ResolutionStructureSchema = z.object({
  identity: ResolutionIdentitySchema,
  title: z.string().nullable(),
  formula: EnactingFormulaSchema.nullable(),
  preamble: z.array(PreambleGroupSchema),
  operative: z.array(OperativeGroupSchema),
  footnotes: z.array(FootnoteSchema),
  /**
   * Annex headings and text that follow the operative part, kept out of operative paragraphs; so is a collection's
   * division ("PART IV - LIST OF RESOLUTIONS ABROGATED …") that a layout left at the end of a text.
   */
  annexes: z.array(z.object({ heading: z.string(), text: z.string() })),
});
export type ResolutionStructure = z.infer<typeof ResolutionStructureSchema>;
