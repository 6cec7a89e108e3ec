/**
 * After segmentation: each structured paragraph learns the passage that holds it, so mandates, search and the AKN
 * export can point at passages. Paragraphs and passages are both in reading order, so one forward walk suffices.
 */
import type { Passage } from '../../domain/document.js';
import type { ResolutionStructure, StructuredParagraph } from '../../domain/resolution-structure.js';

/** A paragraph's place in a passage: ordinal and offsets of its own text. */
export interface Placement {
  readonly passage: number;
  readonly start: number;
  readonly end: number;
}

// How far ahead of the last placed paragraph a passage may be (a paragraph never jumps further than a few passages).
const LOOKAHEAD = 12;
const PROBE = 80;

export class PassageLocator {
  private cursor: number;
  private offset = 0;

  /** `from`: the ordinal of the first passage to look in. */
  constructor(
    private readonly passages: readonly Passage[],
    from = 0,
  ) {
    this.cursor = from;
  }

  /** The first place at or after the previous one where `text` (its first characters) stands. */
  locate(text: string): Placement | null {
    const probe = text.slice(0, PROBE);
    if (probe.length === 0) return null;
    for (let p = this.cursor; p < Math.min(this.passages.length, this.cursor + LOOKAHEAD); p++) {
      const passage = this.passages[p] as Passage;
      const at = passage.text.indexOf(probe, p === this.cursor ? this.offset : 0);
      if (at < 0) continue;
      this.cursor = p;
      this.offset = at + probe.length;
      return { passage: passage.ordinal, start: at, end: Math.min(passage.text.length, at + text.length) };
    }
    return null;
  }
}

/** The structure with each paragraph's `passage` filled, and the placement of every paragraph (same object keys). */
export function linkPassages(
  structure: ResolutionStructure,
  passages: readonly Passage[],
): { structure: ResolutionStructure; placements: Map<StructuredParagraph, Placement> } {
  const locator = new PassageLocator(passages);
  const placements = new Map<StructuredParagraph, Placement>();
  // Placement walks in reading order: each paragraph before its sub-items.
  const placeInOrder = (p: StructuredParagraph): StructuredParagraph => {
    const at = locator.locate(p.text);
    const items = p.items.map(placeInOrder);
    const linked: StructuredParagraph = { ...p, items, passage: at?.passage ?? null };
    if (at) placements.set(linked, at);
    return linked;
  };
  return {
    structure: {
      ...structure,
      preamble: structure.preamble.map((g) => ({ ...g, paragraphs: g.paragraphs.map(placeInOrder) })),
      operative: structure.operative.map((g) => ({ ...g, paragraphs: g.paragraphs.map(placeInOrder) })),
    },
    placements,
  };
}
