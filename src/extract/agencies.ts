/**
 * Agencies by their canonical acronym, names and aliases (reference data), plus surface forms seen in ITU/UN texts.
 * Longest form first; "the Union" is ITU and "the Council" the ITU Council as an organ (a dated session is an Event
 * and is claimed before this rule runs).
 */
import { AGENCIES } from '../domain/reference/index.js';
import { type ClaimMask, type Found, escapeRegExp } from './text.js';

/** Forms the reference list does not spell out, each read as written in ITU/UN documents. */
const EXTRA_FORMS: Readonly<Record<string, readonly string[]>> = {
  ITU: ['ITU', 'the Union', 'The Union'],
  'ITU-COUNCIL': ['ITU Council', 'the Council', 'The Council'],
  'ITU-D': ['ITU-D', 'ITU-D Sector', 'Telecommunication Development Sector', 'Telecommunication Development Bureau'],
  'ITU-T': ['ITU-T', 'Telecommunication Standardization Sector', 'Telecommunication Standardization Bureau'],
  'ITU-R': ['ITU-R', 'Radiocommunication Sector', 'Radiocommunication Bureau'],
  'CWG-WSIS&SDG': [
    'Council Working Group on WSIS&SDG',
    'Council Working Group on WSIS & SDG',
    'Council Working Group on WSIS and SDGs',
    'Council Working Group on WSIS and the SDGs',
    'CWG WSIS & SDG',
    'CWG-WSIS',
  ],
  'WSIS-SDG-TASK-FORCE': ['WSIS & SDG Task Force', 'WSIS-SDG Task Force'],
  'BROADBAND-COMMISSION': ['Broadband Commission', 'Broadband Commission for Sustainable Development'],
  UNDESA: ['Department of Economic and Social Affairs', 'UN Department of Economic and Social Affairs'],
  UNCTAD: ['UN Trade and Development'],
  UNEP: ['UN Environment', 'UN Environment Programme'],
  ILO: ['International Labour Office'],
  UNGA: ['UN General Assembly'],
  ECOSOC: ['UN ECOSOC'],
  ECLAC: ['ECLAC'],
  'UN-REGIONAL-COMMISSIONS': ['United Nations Regional Commissions', 'UN regional commissions'],
  'UN-HABITAT': ['UN-HABITAT'],
};

// Reference keys that are made-up identifiers rather than acronyms written in documents.
const isWrittenAcronym = (key: string): boolean => /^[A-Z][A-Z&]+$/.test(key) && key.length >= 2;

interface Form {
  readonly text: string;
  readonly key: string;
}

const FORMS: readonly Form[] = AGENCIES.flatMap((a) => {
  const texts = new Set<string>([a.name, ...a.aliases, ...(EXTRA_FORMS[a.key] ?? [])]);
  if (isWrittenAcronym(a.key)) texts.add(a.key);
  if (a.name.startsWith('United Nations ')) texts.add(`UN ${a.name.slice('United Nations '.length)}`);
  // "UN DESA" is also written "UN-DESA" (as "UN-Habitat", "UN-Women" are).
  for (const t of [...texts]) if (/^UN [A-Z]/.test(t)) texts.add(`UN-${t.slice(3)}`);
  // Typographic apostrophes: "United Nations Children’s Fund".
  for (const t of [...texts]) if (t.includes("'")) texts.add(t.replaceAll("'", '’'));
  // "ITU/UNESCO Broadband Commission" is read as its parts: ITU, UNESCO and the Broadband Commission.
  return [...texts].filter((t) => t.length >= 2 && !/[(/]/.test(t)).map((text) => ({ text, key: a.key }));
}).sort((a, b) => b.text.length - a.text.length);

const FORM_KEY = new Map(FORMS.map((f) => [f.text, f.key]));
// Not followed by a letter, digit or "-X" ("ITU-D" is not "ITU"); not preceded by a word character or hyphen.
// "the Council Working Group …" is the working group, not the Council: the guard lets the longer form match there.
// "the Union for the Mediterranean" or "the Union of …" is another union.
const formPattern = (f: Form): string =>
  f.key === 'ITU-COUNCIL' && /^[Tt]he /.test(f.text)
    ? `${escapeRegExp(f.text)}(?!\\s+(?:Working\\s+Group|of\\s+Europe))`
    : /^[Tt]he Union$/.test(f.text)
      ? `${escapeRegExp(f.text)}(?!\\s+(?:of|for)\\b)`
      : escapeRegExp(f.text);
const ALIASES = new RegExp(`(?<![\\w-])(?:${FORMS.map(formPattern).join('|')})(?![\\w]|-[A-Z0-9])`, 'g');

// "Council" inside another proper name ("Human Rights Council", "Economic and Social Council") is not ITU's.
const OTHER_COUNCIL = /(?:[A-Z][a-z]+|and)\s+$/;

export function agencyKeyOf(surface: string): string | null {
  return FORM_KEY.get(surface.trim()) ?? null;
}

export const agencyName = (key: string): string | null => AGENCIES.find((a) => a.key === key)?.name ?? null;

/**
 * `council`: the body "the Council" stands for in this document — the ITU Council in ITU texts, the Economic and
 * Social Council in UN ones (a UN resolution's or report's issuing body decides).
 */
export function findAgencies(text: string, mask: ClaimMask, council: 'ITU-COUNCIL' | 'ECOSOC' = 'ITU-COUNCIL'): Found[] {
  const found: Found[] = [];
  for (const m of text.matchAll(ALIASES)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!mask.isFree(start, end)) continue;
    let key = FORM_KEY.get(m[0]);
    if (key === undefined) continue;
    if (key === 'ITU-COUNCIL') {
      if (/^Council$/.test(m[0]) && OTHER_COUNCIL.test(text.slice(Math.max(0, start - 20), start))) continue;
      if (!/ITU/.test(m[0])) key = council;
    }
    mask.claim(start, end);
    found.push({ label: 'Agency', key, name: agencyName(key), props: {}, start, end });
  }
  return found;
}
