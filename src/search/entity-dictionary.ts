import { analyzeWords } from './analyzer.js';

/**
 * Entity names as the documents write them ("Resolution 1332", "UN DESA", "AL C5", "WSIS+20"), learnt from
 * the graph's MENTIONS (whose surface forms the ingest extractors found) plus the keys themselves: a query
 * naming one of them resolves to the same canonical key the passages carry.
 */
export class EntityDictionary {
  /** First word of a surface form → the surface forms (as words) starting with it, with their keys. */
  private readonly byFirstWord = new Map<string, { words: string[]; keys: Set<string> }[]>();

  add(surface: string, key: string): void {
    for (const form of [surface, key]) {
      const words = analyzeWords(form);
      const first = words[0];
      if (first === undefined) continue;
      const forms = this.byFirstWord.get(first) ?? [];
      const same = forms.find((entry) => entry.words.join(' ') === words.join(' '));
      if (same) same.keys.add(key);
      else forms.push({ words, keys: new Set([key]) });
      this.byFirstWord.set(first, forms);
    }
  }

  /** Keys of the entities a text names, in order of first appearance. */
  resolve(text: string): string[] {
    const words = analyzeWords(text);
    const found = new Set<string>();
    words.forEach((word, start) => {
      for (const form of this.byFirstWord.get(word) ?? []) {
        if (form.words.every((w, i) => words[start + i] === w)) for (const key of form.keys) found.add(key);
      }
    });
    return [...found];
  }
}
