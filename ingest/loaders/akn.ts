import { repairConvertedLine } from './akn-repair.js';
import { BlockCollector, type ParsedContent, kindOfTextBlock } from './blocks.js';
import { cleanText } from '../../src/domain/text-cleanup.js';
import { isSeparatorLine } from './clean.js';
import { InputRefusal } from './refusal.js';
import { type XmlElement, childNamed, elementsOf, readXmlTree } from './xml-tree.js';

export const AKN_NAMESPACE = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';

// Not text: metadata, and the collection's table of contents (componentRef entries).
const SKIPPED = new Set(['meta', 'collectionBody', 'componentRef', 'toc']);
// Elements whose text is one line of the layout.
const LINE_ELEMENTS = new Set(['p', 'heading', 'subheading', 'docTitle', 'block', 'tblock', 'num']);
// Hierarchical AKN units: each is a line of its own (its number first), then its nested units.
const UNIT_ELEMENTS = new Set([
  'recital', 'paragraph', 'subparagraph', 'point', 'item', 'clause', 'section', 'article', 'alinea', 'indent', 'level', 'list', 'hcontainer', 'container', 'intro', 'wrapUp', 'content',
]);
const RULE = '____________________';

/**
 * An Akoma Ntoso 3.0 document (a `statement`, `act`, `doc` … or a `documentCollection` of them, such as the Final
 * Acts of a conference) laid out as the printed text reads — identity line, title, enacting formula, each preambular
 * phrase then its lettered paragraphs, each operative phrase then its numbered paragraphs, footnotes under a rule —
 * as blocks the plain-text reader would make of that layout, so the structure stage sees one layout whatever the format. A collection
 * gives one block stream with every component in order (the collection split cuts it per resolution).
 */
export function parseAkn(text: string): ParsedContent {
  const root = elementsOf(readXmlTree(text))[0];
  if (root === undefined) throw new InputRefusal('corrupt', 'XML has no root element');
  if (root.name !== 'akomaNtoso' || root.namespace !== AKN_NAMESPACE) {
    throw new InputRefusal('wrong-schema', `XML is not Akoma Ntoso 3.0 (root <${root.name}> in namespace ${root.namespace ?? '(none)'})`);
  }
  // Blocks as the text reader makes them from one paragraph per line (AKN lines are whole paragraphs, never wrapped).
  const collector = new BlockCollector();
  for (const document of elementsOf(root)) {
    for (const line of documentLines(document)) if (!isSeparatorLine(line)) collector.add(line, kindOfTextBlock(cleanText(line), true));
  }
  return { blocks: collector.blocks, pageCount: null, warnings: [] };
}

/** A document or collection: its own parts in order, then each component's document. */
function documentLines(document: XmlElement): string[] {
  const lines: string[] = [];
  for (const part of elementsOf(document)) {
    if (part.name === 'components' || part.name === 'attachments') {
      for (const component of elementsOf(part)) for (const inner of elementsOf(component)) lines.push(...documentLines(inner));
    } else if (!SKIPPED.has(part.name)) lines.push(...withFootnotes(blockLines(part)));
  }
  return lines;
}

interface Rendered {
  lines: string[];
  footnotes: string[];
}

/** The lines of one part, with its authorial notes gathered as footnotes. */
function blockLines(element: XmlElement): Rendered {
  const rendered: Rendered = { lines: [], footnotes: [] };
  walk(element, rendered);
  return rendered;
}

function walk(element: XmlElement, out: Rendered): void {
  if (SKIPPED.has(element.name)) return;
  if (LINE_ELEMENTS.has(element.name)) {
    out.lines.push(inlineText(element, out.footnotes));
    return;
  }
  const num = childNamed(element, 'num');
  const first = out.lines.length;
  for (const child of element.children) {
    if (typeof child === 'string') {
      if (child.trim()) out.lines.push(child);
    } else if (child !== num) walk(child, out);
  }
  // A unit's number goes before its first line ("b)" + "No. 48 in Article 3 …").
  if (num && UNIT_ELEMENTS.has(element.name)) {
    const mark = inlineText(num, out.footnotes);
    const opening = out.lines[first];
    if (opening === undefined) out.lines.push(mark);
    else out.lines[first] = `${mark} ${opening.trim()}`;
  }
}

/** An element's text on one line; an authorial note leaves its mark in the text and its text among the footnotes. */
function inlineText(element: XmlElement, footnotes: string[]): string {
  let text = '';
  for (const child of element.children) {
    if (typeof child === 'string') text += child;
    else if (child.name === 'authorialNote') {
      const mark = child.attributes['marker'] ?? String(footnotes.length + 1);
      footnotes.push(`${mark} ${inlineText(child, footnotes).replace(/\s+/g, ' ').trim()}`);
      text += mark;
    } else if (child.name === 'br' || LINE_ELEMENTS.has(child.name) || UNIT_ELEMENTS.has(child.name)) text += ` ${inlineText(child, footnotes)} `;
    else text += inlineText(child, footnotes);
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** Lines repaired of the converter's faults, then the part's authorial notes under a rule. */
function withFootnotes({ lines, footnotes }: Rendered): string[] {
  const repaired = lines.flatMap((line) => repairConvertedLine(line.replace(/\s+/g, ' ').trim())).filter((line) => line.length > 0);
  return footnotes.length > 0 ? [...repaired, RULE, ...footnotes] : repaired;
}
