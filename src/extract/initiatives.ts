/** Initiatives (graph-model.md table): processes and programmes that documents trace over time. */
import { INITIATIVES } from '../domain/reference/index.js';
import { type ClaimMask, type Found, escapeRegExp } from './text.js';

interface Form {
  readonly pattern: string;
  readonly key: string;
  readonly length: number;
}

// Surface forms are matched case-insensitively after their first word ("2030 agenda for sustainable development"),
// with flexible spacing and optional quotes ("“Connect 2030” Agenda").
const FORMS: readonly Form[] = INITIATIVES.flatMap((i) =>
  i.surfaceForms.map((form) => ({
    key: i.key,
    length: form.length,
    pattern: form
      .split(/\s+/)
      .map((word) => escapeRegExp(word).replace(/\\\+/g, '\\s*\\+\\s*'))
      .join('["”’]?\\s+'),
  })),
).sort((a, b) => b.length - a.length);

const PATTERN = new RegExp(`(?<![\\w-])(?:${FORMS.map((f) => `(${f.pattern})`).join('|')})(?![\\w]|-[A-Za-z])`, 'gi');

// "GDC" and "WSIS" acronyms must keep their case; long names may vary in case ("2030 agenda").
const CASE_SENSITIVE = /^(?:GDC)$/;

export function findInitiatives(text: string, mask: ClaimMask): Found[] {
  const found: Found[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const index = m.slice(1).findIndex((g) => g !== undefined);
    const form = FORMS[index];
    if (!form) continue;
    if (CASE_SENSITIVE.test(m[0].toUpperCase()) && m[0] !== m[0].toUpperCase()) continue;
    if (!/^[A-Z0-9“"]/.test(m[0]) && !/^\d/.test(m[0]) && !/^twenty/.test(m[0])) continue;
    const start = m.index;
    const end = start + m[0].length;
    if (!mask.isFree(start, end)) continue;
    mask.claim(start, end);
    found.push({ label: 'Initiative', key: form.key, name: INITIATIVES.find((i) => i.key === form.key)?.name ?? null, props: {}, start, end });
  }
  return found;
}
