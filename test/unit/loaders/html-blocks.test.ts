import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from '../../../ingest/loaders/html-blocks.js';
import { parseMarkdown } from '../../../ingest/loaders/markup.js';

describe('htmlToBlocks', () => {
  it('maps block elements to kinds, numbers ordered items, skips page chrome and decodes entities', () => {
    const html = `<html><head><title>t</title><style>p{}</style></head><body>
      <nav><a href="/">Home</a></nav><header>Site header</header>
      <h1>WSIS &amp; SDGs</h1><p>First <b>paragraph</b> with a <a href="x">link</a>.</p>
      <ol><li>to monitor</li><li>3. already numbered</li></ol><ul><li><p>bullet in p</p></li></ul>
      <script>alert(1)</script><footer>© footer</footer></body></html>`;
    expect(htmlToBlocks(html)).toEqual([
      { text: 'WSIS & SDGs', kind: 'heading', page: null },
      { text: 'First paragraph with a link.', kind: 'paragraph', page: null },
      { text: '1. to monitor', kind: 'list-item', page: null },
      { text: '3. already numbered', kind: 'list-item', page: null },
      { text: 'bullet in p', kind: 'list-item', page: null },
    ]);
  });
  it('joins short table rows with " | " and keeps long cells as their own blocks', () => {
    const long = 'A long cell. '.repeat(20).trim();
    const html = `<table><tr><th>Indicator</th><th>Tier</th></tr><tr><td>9.c.1</td><td></td><td>I</td></tr><tr><td><p>${long}</p></td><td>II</td></tr></table>`;
    expect(htmlToBlocks(html)).toEqual([
      { text: 'Indicator | Tier', kind: 'table-cell', page: null },
      { text: '9.c.1 | I', kind: 'table-cell', page: null },
      { text: long, kind: 'table-cell', page: null },
      { text: 'II', kind: 'table-cell', page: null },
    ]);
  });
  it('skips anchors the caller marks as navigation', () => {
    const html = '<p><a href="#_Toc1">Contents entry\t2</a></p><p>Text<sup><a href="#footnote-1">[1]</a></sup> goes on.</p>';
    const blocks = htmlToBlocks(html, { skipAnchor: (href) => href.startsWith('#_Toc') || href.startsWith('#footnote-') });
    expect(blocks.map((block) => block.text)).toEqual(['Text goes on.']);
  });
});

describe('parseMarkdown', () => {
  it('keeps link text, drops emphasis and reads tables as rows', async () => {
    const markdown = '# C1: The role of governments\n\nSee **the** [Geneva Plan](https://example.org) _now_.\n\n- item one\n- item two\n\n| Action Line | SDG |\n|---|---|\n| C2 | 9.c |\n';
    const { blocks } = await parseMarkdown(markdown);
    expect(blocks).toEqual([
      { text: 'C1: The role of governments', kind: 'heading', page: null },
      { text: 'See the Geneva Plan now.', kind: 'paragraph', page: null },
      { text: 'item one', kind: 'list-item', page: null },
      { text: 'item two', kind: 'list-item', page: null },
      { text: 'Action Line | SDG', kind: 'table-cell', page: null },
      { text: 'C2 | 9.c', kind: 'table-cell', page: null },
    ]);
  });
});
