import type { ParsedContent } from './blocks.js';
import { htmlToBlocks } from './html-blocks.js';

export function parseHtml(html: string): ParsedContent {
  return { blocks: htmlToBlocks(html), pageCount: null, warnings: [] };
}

/** Markdown is rendered to HTML by marked, so emphasis and link syntax go and link text stays. */
export async function parseMarkdown(markdown: string): Promise<ParsedContent> {
  const { marked } = await import('marked');
  const html = await marked.parse(markdown, { gfm: true });
  return { blocks: htmlToBlocks(html), pageCount: null, warnings: [] };
}
