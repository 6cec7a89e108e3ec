/** Reading each loaded block for its role: heading, cover-sheet label, operative lead-in, numbered item, prose. */
import type { Block } from '../domain/document.js';
import { cleanText } from '../domain/text-cleanup.js';
import { OPERATIVE_PHRASES } from '../domain/reference/index.js';

export type BlockRole = 'separator' | 'label' | 'heading' | 'lead-in' | 'continuation' | 'item' | 'ellipsis' | 'paragraph';

export interface ReadBlock {
  readonly text: string;
  readonly role: BlockRole;
  readonly page: number | null;
}

/** Cover-sheet fields of ITU documents: they head metadata sections, not body text. */
export const METADATA_LABELS: ReadonlyArray<{ field: 'purpose' | 'actionRequired' | 'other'; pattern: RegExp }> = [
  { field: 'purpose', pattern: /^(?:Purpose|Objective)$/i },
  { field: 'actionRequired', pattern: /^Action required(?: (?:by|of) (?:the )?[\w& -]+)?$/i },
  { field: 'other', pattern: /^(?:Summary|Abstract|Keywords|References|Financial implications|Relevant links? with the Strategic Plan|Relevant link\(s\) with the Strategic Plan)$/i },
];

/** Directive operative verbs (third person, as ITU lead-ins write them), from the phrase table. */
export const OPERATIVE_VERBS = OPERATIVE_PHRASES.filter((p) => p.directive)
  .flatMap((p) => p.forms)
  .sort((a, b) => b.length - a.length)
  .join('|');

/**
 * "resolves to instruct the Secretary-General", "decides to invite Member States": the operative verb is the
 * second one. It is written in its place, padded with spaces to the same length, so offsets into the line hold.
 */
const RESOLVES_TO = /\b(?:[Rr]esolves|[Dd]ecides)\s+(?:also\s+|further\s+)?to\s+(instruct|request|invite|encourage|urge|call\s+upon|direct|charge)\b/g;
export const directVerb = (text: string): string =>
  text.replace(RESOLVES_TO, (whole, verb: string) => {
    const direct = verb.startsWith('call') ? 'calls upon' : `${verb}s`;
    return direct.padEnd(whole.length, ' ');
  });

const SEPARATOR = /^[\s_=*~–—-]+$/;
const ELLIPSIS = /^(?:…|\.\.\.)+$/;
// "1", "2.4.", "a)", "(iii)", "–", "•" before the clause text.
const ITEM_MARK = /^(?:\d+(?:\.\d+)*\.?|[a-z][.)]|\((?:[a-z]|[ivx]+|\d+)\)|[–—•▪-])\s+/;
const SINGLE_LEVEL_NUMBER = /^(?:\d+\.?|[IVX]+\.?)\s+(?=[A-Z])/;
const OPERATIVE_LEAD_IN = new RegExp(`\\b(?:${OPERATIVE_VERBS})\\s+(?:the\\s+)?[A-Z][^.;:]{0,120}$`);
const CONTINUATION = new RegExp(`^(?:further\\s+|also\\s+)?(?:${OPERATIVE_VERBS})\\b(?![^.;]*\\bto\\s)`);

const isItemLike = (text: string): boolean => ITEM_MARK.test(text) || /^to\s/.test(text);

const isHeadingLike = (text: string): boolean =>
  text.length <= 130 &&
  !/[.;:,]$/.test(text) &&
  !/:\/\//.test(text) &&
  /^[A-Z0-9IVX“"]/.test(text) &&
  text.split(/\s+/).length <= 18 &&
  (!ITEM_MARK.test(text) || SINGLE_LEVEL_NUMBER.test(text));

const isOperativeLeadIn = (raw: string): boolean => {
  const text = directVerb(raw);
  return OPERATIVE_LEAD_IN.test(text) && !/\bto\s+[a-z]/.test(text.slice(text.search(new RegExp(`\\b(?:${OPERATIVE_VERBS})\\b`))));
};

export function readBlocks(blocks: readonly Block[]): ReadBlock[] {
  const cleaned = blocks
    .map((b) => ({ ...b, text: cleanText(b.text) }))
    .filter((b) => b.text.length > 0);
  // The next block that is not a rule line, for every block: one backward pass (not a search per block).
  const nextText: Array<string | undefined> = new Array(cleaned.length);
  let following: string | undefined;
  for (let i = cleaned.length - 1; i >= 0; i--) {
    nextText[i] = following;
    const text = (cleaned[i] as Block).text;
    if (!SEPARATOR.test(text)) following = text;
  }
  return cleaned.map((block, i): ReadBlock => {
    const next = nextText[i];
    const nextIsItem = next !== undefined && (isItemLike(next) || ELLIPSIS.test(next));
    const { text, page } = block;
    let role: BlockRole = 'paragraph';
    // A rule line ends the cover sheet: what follows is body text, whatever heading came before.
    if (SEPARATOR.test(text)) role = 'separator';
    else if (ELLIPSIS.test(text)) role = 'ellipsis';
    else if (METADATA_LABELS.some((l) => l.pattern.test(text))) role = 'label';
    else if (CONTINUATION.test(directVerb(text)) && nextIsItem) role = 'continuation';
    else if (isOperativeLeadIn(text) && nextIsItem) role = 'lead-in';
    else if (text.endsWith(':') && nextIsItem) role = 'lead-in';
    else if (block.kind === 'heading' || (next !== undefined && isHeadingLike(text) && !isOperativeLeadIn(text))) role = 'heading';
    else if (isItemLike(text)) role = 'item';
    return { text, role, page };
  });
}
