import { describe, expect, it } from 'vitest';
import { parseTxt } from '../../../ingest/loaders/txt.js';

describe('parseTxt', () => {
  it('reads one paragraph per line and drops separators', () => {
    const { blocks } = parseTxt(' \tPurpose\nThe document provides an update.\n____________\n–\tDuring PP-22, Member States adopted a revised Resolution 140.\n');
    expect(blocks).toEqual([
      { text: 'Purpose', kind: 'heading', page: null },
      { text: 'The document provides an update.', kind: 'paragraph', page: null },
      { text: '– During PP-22, Member States adopted a revised Resolution 140.', kind: 'list-item', page: null },
    ]);
  });
  it('tells numbered headings from numbered clauses and bullets', () => {
    const { blocks } = parseTxt('1. Introduction\n1.1. This report provides information on the activities.\n1\tto monitor the roadmaps\n• Action Line C2\n');
    expect(blocks.map((block) => [block.kind, block.text])).toEqual([
      ['heading', '1. Introduction'],
      ['list-item', '1.1. This report provides information on the activities.'],
      ['list-item', '1 to monitor the roadmaps'],
      ['list-item', '• Action Line C2'],
    ]);
  });

  it('joins hard-wrapped lines of blank-line separated paragraphs', () => {
    const wrapped = [
      'The WSIS Forum 2023 continued to explore WSIS Action Lines, focusing on',
      'emerging trends, opportunities, and challenges.',
      '',
      'UNGIS members discussed plans to elevate the role of UNGIS and contribute',
      'to global digital development processes.',
      '',
      '1. to monitor the implementation',
      '2. to report annually',
    ].join('\n');
    expect(parseTxt(wrapped).blocks.map((block) => block.text)).toEqual([
      'The WSIS Forum 2023 continued to explore WSIS Action Lines, focusing on emerging trends, opportunities, and challenges.',
      'UNGIS members discussed plans to elevate the role of UNGIS and contribute to global digital development processes.',
      '1. to monitor the implementation',
      '2. to report annually',
    ]);
  });
});
