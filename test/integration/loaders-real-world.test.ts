import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/domain/errors.js';
import { loadFile } from '../../ingest/loaders/index.js';
import { missingShared, sharedPath } from '../paths.js';

// Real documents of the field, not made for the tests: only ../shared holds them (CI has it beside the clone).
const realWorld = (name: string): string => sharedPath(`corpus/real-world/${name}`);
const texts = (blocks: { text: string }[]): string => blocks.map((block) => block.text).join('\n');

describe.skipIf(missingShared('corpus/real-world', 'the real-world loader suite'))('real-world documents yield what can be taken, or a clear refusal', () => {
  it('the 27-page table-laid UN PDF gives its indicators, one block per target or indicator', async () => {
    const document = await loadFile(realWorld('E-CN.3-2016-2-Rev.1_AnnexIV_SDG-indicators-final-list.pdf'));
    expect(document.pageCount).toBe(27);
    expect(document.blocks.length).toBeGreaterThanOrEqual(400);
    const indicator = document.blocks.find((block) => block.text.startsWith('9.c.1 '));
    expect(indicator).toMatchObject({ text: '9.c.1 Proportion of population covered by a mobile network, by technology', page: 13 });
    expect(document.blocks.some((block) => block.text.startsWith('17.6.1 '))).toBe(true);
    // The running header (the symbol) is kept once, the page counters "41/67 15-22439" not at all.
    expect(document.blocks.filter((block) => block.text === 'E/CN.3/2016/2/Rev.1')).toHaveLength(1);
    expect(texts(document.blocks)).not.toMatch(/\b\d{2}\/67\b/);
  });

  it('the 1978 scan with a poor OCR layer is refused as having no usable text layer', async () => {
    const error = await loadFile(realWorld('ST-CS-SER.F-313_UN-Terminology-Bulletin-Resolutions.pdf')).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).reason).toMatch(/^PDF has no usable text layer \(\d+ of \d+ pages read as OCR noise/);
  });

  it('the DOCX form keeps its text and tables but none of the TOC field entries or footnote marks', async () => {
    const document = await loadFile(realWorld('IAEG-SDGs_SDG-Metadata-Authoring-Tool-Template_v2.5.docx'));
    expect(document.format).toBe('docx');
    const all = texts(document.blocks);
    expect(all).toContain('This is a template for providing metadata for SDG indicators.');
    expect(document.blocks).toContainEqual({ text: '0.a. Goal | 2', kind: 'table-cell', page: null });
    expect(document.blocks.filter((block) => block.kind === 'heading').map((block) => block.text)).toContain('1. Data reporter');
    // The TOC lines ("Metadata Attachment\t2") and the footnote reference "[1]" are navigation.
    expect(all).not.toMatch(/Metadata Attachment 2|\[1\]|↑|PAGEREF|_Toc/);
    expect(all).toContain('To insert a table within a template cell');
  });

  it('the HTML excerpt gives headings and paragraphs for the action lines', async () => {
    const document = await loadFile(realWorld('WSIS-03-GENEVA-DOC-5_PoA-ActionLines-C1-C11_excerpt.html'));
    expect(document.format).toBe('html');
    const headings = document.blocks.filter((block) => block.kind === 'heading').map((block) => block.text);
    expect(headings.some((heading) => heading.startsWith('C1'))).toBe(true);
    expect(headings.some((heading) => heading.startsWith('C11'))).toBe(true);
    expect(document.blocks.filter((block) => block.kind !== 'heading').length).toBeGreaterThan(50);
    expect(texts(document.blocks)).not.toMatch(/<[a-z]+[\s>]|&amp;|&nbsp;/);
  });

  it('the Markdown matrix gives action-line and SDG headings with one list item per target rationale', async () => {
    const document = await loadFile(realWorld('WSIS-SDG-Matrix_ActionLines-x-SDG-targets.md'));
    expect(document.format).toBe('md');
    const items = document.blocks.filter((block) => block.kind === 'list-item');
    expect(items.length).toBeGreaterThanOrEqual(140);
    expect(items[0]?.text).toMatch(/^Target\(s\) 1: Increased Internet use can reduce poverty/);
    expect(document.blocks).toContainEqual({ text: 'SDG 1: End poverty in all its forms everywhere', kind: 'heading', page: null });
    expect(texts(document.blocks)).not.toMatch(/\*\*|\]\(|^#+ /m);
  });
});
