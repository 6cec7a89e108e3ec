/**
 * The one clean-up of document text, shared by every loader, the extraction and the search analyzer: artifacts of
 * the source documents, invisible characters, spacing.
 */

// Word bookmarks that the seed corpus carries as literal text in all three formats; zero-width, so they join.
const BOOKMARK_ARTIFACT = /\[bookmark: [^\]]*\]/g;
// Soft hyphen, zero-width space/joiners, word joiner, BOM: invisible, and they break word matching.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
// NBSP, narrow NBSP, figure space, thin spaces and the other Unicode spaces; tabs become one space too,
// so "1\tto monitor" and "1 to monitor" read alike whatever the format wrote.
const SPACES = /[\t\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]+/g;
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Drops the source documents' own artifacts ("[bookmark: …]") and nothing else. */
export function removeSourceArtifacts(text: string): string {
  return text.replace(BOOKMARK_ARTIFACT, '');
}

/** One line of clean text: artifacts, invisible and control characters gone, every run of spacing one space. */
export function cleanText(raw: string): string {
  return removeSourceArtifacts(raw)
    .replace(INVISIBLE, '')
    .replace(CONTROL_CHARS, '')
    .replace(SPACES, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A name folded for comparison: Unicode-normalised, dashes as hyphens, spaces collapsed, lower case. */
export const foldName = (text: string): string =>
  text.normalize('NFKC').replace(/[‐‑‒–—]/g, '-').replace(/\s+/g, ' ').trim().toLowerCase();
