import { Parser } from 'htmlparser2';
import type { Block } from '../../src/domain/document.js';
import type { BlockKind } from './blocks.js';
import { BlockCollector } from './blocks.js';
import { cleanText } from '../../src/domain/text-cleanup.js';
import { isSeparatorLine } from './clean.js';

export interface HtmlBlockOptions {
  /** Anchors whose content is navigation, not text (a Word TOC entry, a footnote back-link). */
  skipAnchor?: (href: string) => boolean;
}

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const PARAGRAPH_TAGS = new Set([
  'p', 'div', 'blockquote', 'pre', 'dt', 'dd', 'figcaption', 'caption', 'address', 'section', 'article', 'main', 'aside', 'summary', 'details', 'form', 'fieldset', 'legend',
]);
// Page chrome and non-text: their whole subtree is skipped.
const SKIPPED_TAGS = new Set(['script', 'style', 'nav', 'header', 'footer', 'noscript', 'template', 'svg', 'head', 'title', 'iframe', 'object', 'button', 'select', 'math']);
// Elements whose start or end ends the text collected so far.
const BOUNDARY_TAGS = new Set([...HEADING_TAGS, ...PARAGRAPH_TAGS, 'li', 'ol', 'ul', 'table', 'tr', 'td', 'th', 'hr', 'dl']);
// A table row whose cells are all this short reads best as one "a | b | c" line.
const SHORT_CELL_CHARS = 160;

interface ListFrame {
  ordered: boolean;
  next: number;
}
interface CellFrame {
  blocks: Block[];
}
interface RowFrame {
  cells: CellFrame[];
}

/**
 * Walks HTML in one streaming pass (no DOM, so hostile nesting costs no recursion) and yields blocks:
 * h1–h6 → heading, p and other block elements → paragraph, li → list-item (ordered items numbered),
 * table rows → one "a | b" table-cell block when the cells are short, else one block per cell.
 */
export function htmlToBlocks(html: string, options: HtmlBlockOptions = {}): Block[] {
  const output = new BlockCollector();
  const lists: ListFrame[] = [];
  const rows: RowFrame[] = [];
  const kinds: BlockKind[] = [];
  let text = '';
  let pendingNumber: string | null = null;
  let skipDepth = 0;
  const anchorSkips: boolean[] = [];

  const target = (): Block[] => rows.at(-1)?.cells.at(-1)?.blocks ?? output.blocks;
  const flush = (): void => {
    let cleaned = cleanText(text);
    text = '';
    if (!cleaned || isSeparatorLine(cleaned)) return;
    if (pendingNumber !== null && !/^\d/.test(cleaned)) cleaned = `${pendingNumber} ${cleaned}`;
    pendingNumber = null;
    const inCell = (rows.at(-1)?.cells.length ?? 0) > 0;
    const kind = kinds.at(-1) ?? 'paragraph';
    target().push({ text: cleaned, kind: inCell && kind === 'paragraph' ? 'table-cell' : kind, page: null });
  };

  const parser = new Parser(
    {
      onopentag(name, attributes) {
        // htmlparser2 closes every element it opens (void and implied ones too), so a counter is enough.
        if (skipDepth > 0 || SKIPPED_TAGS.has(name)) {
          skipDepth++;
          return;
        }
        if (name === 'a') {
          anchorSkips.push(Boolean(attributes.href && options.skipAnchor?.(attributes.href)));
          return;
        }
        if (name === 'br') {
          text += '\n';
          return;
        }
        if (BOUNDARY_TAGS.has(name)) flush();
        if (name === 'li') {
          const list = lists.at(-1);
          kinds.push('list-item');
          pendingNumber = list?.ordered ? `${list.next++}.` : null;
        } else if (HEADING_TAGS.has(name)) kinds.push('heading');
        // A paragraph inside a list item is still that list item.
        else if (PARAGRAPH_TAGS.has(name)) kinds.push(kinds.at(-1) === 'list-item' ? 'list-item' : 'paragraph');
        else if (name === 'ol' || name === 'ul') {
          const start = Number.parseInt(attributes.start ?? '1', 10);
          lists.push({ ordered: name === 'ol', next: Number.isFinite(start) ? start : 1 });
        } else if (name === 'tr') rows.push({ cells: [] });
        else if (name === 'td' || name === 'th') rows.at(-1)?.cells.push({ blocks: [] });
      },
      ontext(chunk) {
        if (skipDepth === 0 && !anchorSkips.includes(true)) text += chunk;
      },
      onclosetag(name) {
        if (skipDepth > 0) {
          skipDepth--;
          return;
        }
        if (name === 'a') {
          anchorSkips.pop();
          return;
        }
        if (BOUNDARY_TAGS.has(name)) flush();
        if (name === 'li' || HEADING_TAGS.has(name) || PARAGRAPH_TAGS.has(name)) kinds.pop();
        else if (name === 'ol' || name === 'ul') lists.pop();
        else if (name === 'tr') {
          const row = rows.pop();
          if (row) target().push(...rowToBlocks(row));
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return output.blocks;
}

function rowToBlocks(row: RowFrame): Block[] {
  const cells = row.cells.filter((cell) => cell.blocks.length > 0);
  const short = cells.every((cell) => cell.blocks.length === 1 && (cell.blocks[0]?.text.length ?? 0) <= SHORT_CELL_CHARS);
  if (short && cells.length > 1) {
    const text = cells.map((cell) => cell.blocks[0]?.text ?? '').join(' | ');
    return [{ text, kind: 'table-cell', page: null }];
  }
  return cells.flatMap((cell) => cell.blocks);
}
