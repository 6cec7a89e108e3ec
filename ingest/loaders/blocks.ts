import type { Block } from '../../src/domain/document.js';
import { cleanText } from '../../src/domain/text-cleanup.js';
import { BULLET, CLAUSE_NUMBER } from './clean.js';

export type BlockKind = Block['kind'];

/** What a format parser hands back before validation: blocks, page count (PDF only), warnings. */
export interface ParsedContent {
  blocks: Block[];
  pageCount: number | null;
  warnings: string[];
}

/** Collects cleaned blocks in reading order and drops the ones that clean down to nothing. */
export class BlockCollector {
  readonly blocks: Block[] = [];

  add(raw: string, kind: BlockKind, page: number | null = null): void {
    const text = cleanText(raw);
    if (text.length > 0) this.blocks.push({ text, kind, page });
  }
}

const TERMINAL_PUNCTUATION = /[.,;:!?…)\]"”’]$/;

/**
 * Text-only formats (TXT, PDF) carry no markup: a short single line that starts with a capital and
 * does not end like a sentence reads as a heading ("Purpose", "Relevant ITU and UN resolutions").
 */
export function looksLikeHeading(text: string): boolean {
  const words = text.split(' ').length;
  return words <= 12 && text.length <= 90 && /^[\p{Lu}\d]/u.test(text) && !TERMINAL_PUNCTUATION.test(text);
}

/**
 * The kind of a block read from text without markup: "1. Introduction" on a line of its own is a
 * numbered heading, "2.1. In line with Resolution 1332, …" a numbered clause (list item).
 */
export function kindOfTextBlock(text: string, singleLine: boolean): BlockKind {
  if (BULLET.test(text)) return 'list-item';
  if (CLAUSE_NUMBER.test(text)) {
    const title = text.replace(/^\S+\s+/, '');
    return singleLine && /^\p{Lu}/u.test(title) && looksLikeHeading(title) ? 'heading' : 'list-item';
  }
  return singleLine && looksLikeHeading(text) ? 'heading' : 'paragraph';
}
