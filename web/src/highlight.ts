/** Marks the query's words in a passage so readers see why it matched. */
import { el } from './dom.js';

const STOPWORDS = new Set(
  'a an and are as at be by did do does for from has have how in is it its of on or that the this to was what when where which who whom why will with'.split(
    ' ',
  ),
);

export function queryTerms(query: string): string[] {
  const words = query.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}+&.-]*/gu) ?? [];
  const terms = words
    .map((word) => word.replace(/[.-]+$/, ''))
    .filter((word) => !STOPWORDS.has(word) && (word.length >= 3 || /\d/.test(word)));
  return [...new Set(terms)];
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Text with `<mark>` around each term at a word start (prefix match, so "roadmap" marks "roadmaps"). */
export function highlighted(text: string, terms: string[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  if (terms.length === 0) {
    fragment.append(text);
    return fragment;
  }
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map(escapeRegExp).join('|')})`, 'giu');
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    fragment.append(text.slice(last, start), el('mark', {}, match[0]));
    last = start + match[0].length;
  }
  fragment.append(text.slice(last));
  return fragment;
}

/** Marks exact character ranges (mention offsets) instead of query words. */
export function highlightedRange(text: string, start: number, end: number): DocumentFragment {
  const fragment = document.createDocumentFragment();
  if (start < 0 || end > text.length || start >= end) fragment.append(text);
  else fragment.append(text.slice(0, start), el('mark', {}, text.slice(start, end)), text.slice(end));
  return fragment;
}
