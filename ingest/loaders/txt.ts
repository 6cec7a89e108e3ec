import type { ParsedContent } from './blocks.js';
import { BlockCollector, kindOfTextBlock } from './blocks.js';
import { cleanText } from '../../src/domain/text-cleanup.js';
import { unwrapLines, wrapWidth } from '../../src/extract/structure/layout.js';
import { isSeparatorLine, startsListItem } from './clean.js';

/**
 * Plain text comes in two shapes: one paragraph per line (the seed corpus), or blank-line separated
 * paragraphs whose lines are hard-wrapped at a fixed width. The shape is decided once per file.
 */
export function parseTxt(text: string): ParsedContent {
  const lines = text.split(/\r\n|\r|\n/);
  const collector = new BlockCollector();
  const width = isHardWrapped(lines) ? (wrapWidth(lines) ?? 0) : null;
  const paragraphs = width === null ? lines : joinWrappedLines(lines, width);
  for (const paragraph of paragraphs) {
    if (isSeparatorLine(paragraph)) continue;
    const cleaned = cleanText(paragraph);
    collector.add(cleaned, kindOfTextBlock(cleaned, true));
  }
  return { blocks: collector.blocks, pageCount: null, warnings: [] };
}

/**
 * Hard-wrapped when paragraphs are separated by blank lines, most non-blank lines follow another
 * non-blank line, and no line is much longer than a terminal width.
 */
function isHardWrapped(lines: string[]): boolean {
  const nonBlank = lines.filter((line) => line.trim().length > 0);
  const first = lines.findIndex((line) => line.trim());
  const last = lines.findLastIndex((line) => line.trim());
  const innerBlank = lines.slice(first, last + 1).some((line) => !line.trim());
  if (nonBlank.length < 4 || !innerBlank) return false;
  const longest = Math.max(...nonBlank.map((line) => line.length));
  let continued = 0;
  for (let i = 1; i < lines.length; i++) {
    if ((lines[i] ?? '').trim() && (lines[i - 1] ?? '').trim()) continued++;
  }
  return longest <= 100 && continued / nonBlank.length >= 0.4;
}

/**
 * Joins the lines of each blank-line separated paragraph where the wrapper broke them: at the wrap width (when one
 * shows) a line that ends short ended its paragraph, and headings, list items and separators keep their own line.
 */
function joinWrappedLines(lines: string[], width: number): string[] {
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    if (current.length > 0) paragraphs.push(...(width > 0 ? unwrapLines(current, width) : [current.join(' ')]));
    current = [];
  };
  for (const line of lines) {
    const trimmed = line.trim();
    if (!trimmed || isSeparatorLine(trimmed)) {
      flush();
      continue;
    }
    if (width === 0 && startsListItem(trimmed)) flush();
    current.push(trimmed);
  }
  flush();
  return paragraphs;
}
