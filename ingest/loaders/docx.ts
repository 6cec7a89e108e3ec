import type { ParsedContent } from './blocks.js';
import { checkDocxZip } from './docx-guard.js';
import { htmlToBlocks } from './html-blocks.js';
import type { LoadLimits } from './limits.js';

// Anchors that are navigation, not text: TOC entries, footnote references and their back-links.
const NAVIGATION_ANCHOR = /^#(?:_Toc|footnote-|endnote-)/;
// Field-code instructions that can leak into text when a field result is missing.
const FIELD_CODE = /\b(?:TOC|PAGEREF|HYPERLINK|REF|SEQ|MERGEFIELD|FORMTEXT|FORMCHECKBOX)(?:\s+(?:\\[a-z*]|"[^"]*"|_\w+|\d+-\d+))+/g;

export async function parseDocx(bytes: Buffer, limits: LoadLimits): Promise<ParsedContent> {
  await checkDocxZip(bytes, limits);
  // Imported on first use: mammoth costs startup time that text and PDF loads should not pay.
  const { default: mammoth } = await import('mammoth');
  let images = 0;
  // convertToHtml keeps Word list numbering and structure (extractRawText drops it); images are not
  // text, so they are counted and dropped instead of being inlined as base64.
  const result = await mammoth.convertToHtml(
    { buffer: bytes },
    {
      convertImage: mammoth.images.imgElement(async () => {
        images++;
        return { src: '' };
      }),
    },
  );
  const blocks = htmlToBlocks(result.value, { skipAnchor: (href) => NAVIGATION_ANCHOR.test(href) })
    .map((block) => ({ ...block, text: block.text.replace(FIELD_CODE, '').trim() }))
    .filter((block) => block.text.length > 0);
  const warnings = images > 0 ? [`${images} image(s) skipped: images are not read for text`] : [];
  return { blocks, pageCount: null, warnings };
}
