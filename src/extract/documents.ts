/** Document symbols cited in text: ITU ("C22/INF/2-E", "PP-22/20", "CWG-WSIS&SDG-41/INF/2"), WSIS summit and UN report symbols. */
import { documentKeyFromSymbol } from '../domain/keys.js';
import type { ClaimMask, Found } from './text.js';

// Body prefix + two-digit session ("C23", "PP-22", "CWG-WSIS&SDG-41", "TDAG-24"), optional series, number, revision,
// addendum or corrigendum ("C24/57(Rev.1)", "C23/72(Add.1)": another document than C23/72), language.
const ITU_SYMBOL =
  /(?<![\w/&-])(?:C\d{2}|[A-Z][A-Za-z]*(?:[-&][A-Z][A-Za-z]*)*-\d{2})\/(?:(?:INF|ADM|DT|TD|CONTR|REV|DL|C)\/)?\d+(?:\((?:Rev|Add|Corr)\.\d+\))*(?:-[EFSRAC])?(?![\w/])/g;
// UN reports and drafts: "A/78/62", "A/78/L.49", "A/C.2/78/L.5", "E/2023/49", "E/2024/L.21", "E/CN.16/2024/2"
// (adopted resolutions A/RES, E/RES are read by the resolution rule; a draft "L." document is not a resolution).
const UN_SYMBOL =
  /(?<![\w/])(?:A\/(?:C\.\d\/)?\d{2}\/(?:L\.)?\d+|E\/\d{4}\/(?:L\.)?\d+|E\/CN\.\d+\/\d{4}\/(?:L\.)?\d+)(?:\/(?:Add|Rev)\.\d+)*(?![\w/]|\.\d)/g;

// WSIS summit documents: "WSIS-03/GENEVA/DOC/5-E" (Plan of Action), "WSIS-05/TUNIS/DOC/6(Rev.1)-E" (Tunis Agenda),
// "WSIS-03/GENEVA/DOC/0004", preparatory-committee documents "WSIS/PC-3/DT/1".
const WSIS_SYMBOL =
  /(?<![\w/])WSIS(?:-0[35])?\/(?:GENEVA|TUNIS|PC-\d|PCIP)\/(?:DOC|DT|CONTR|ADM|INF)\/\d+(?:\(Rev\.\d+\))?(?:-[EFSRAC])?(?![\w/])/g;

// An adopted UN resolution is its own document: "A/RES/79/194", "E/RES/2024/11".
const RESOLUTION_SYMBOL = /[AE]\/RES\/\d{2,4}\/\d+/;

export const SYMBOL_PATTERN_SOURCE = `${ITU_SYMBOL.source}|${UN_SYMBOL.source}|${WSIS_SYMBOL.source}`;

export function findDocuments(text: string, mask: ClaimMask, ownKey: string): Found[] {
  const found: Found[] = [];
  for (const pattern of [WSIS_SYMBOL, ITU_SYMBOL, UN_SYMBOL]) {
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!mask.isFree(start, end)) continue;
      mask.claim(start, end);
      const key = documentKeyFromSymbol(m[0]);
      if (key === ownKey) continue; // the document's own symbol is metadata, not a citation
      found.push({ label: 'Document', key, name: null, props: { symbol: key }, start, end });
    }
  }
  return found;
}

/** The document's own symbol, read from a cover line ("Document C24/INF/7-E") or a symbol standing alone. */
export function findOwnSymbol(firstBlocks: readonly string[]): string | null {
  for (const text of firstBlocks) {
    const cover = /^(?:Document|Doc\.)\s+(\S+)/i.exec(text);
    // UN cover sheets put the symbol on the masthead line: "United Nations A/RES/79/194", "United Nations E/2024/L.21".
    const masthead = /^United\s+Nations\s+(\S+)$/i.exec(text.trim());
    const candidate = cover?.[1] ?? masthead?.[1] ?? (text.length <= 40 ? text.trim() : null);
    if (!candidate) continue;
    const symbol = new RegExp(`^(?:${SYMBOL_PATTERN_SOURCE}|${RESOLUTION_SYMBOL.source})$`).exec(candidate.replace(/[.,;]$/, ''));
    if (symbol) return symbol[0];
  }
  return null;
}
