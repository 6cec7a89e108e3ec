import { describe, expect, it } from 'vitest';
import { isSeparatorLine, startsListItem } from '../../../ingest/loaders/clean.js';
import { cleanText } from '../../../src/domain/text-cleanup.js';

describe('cleanText', () => {
  it('strips bookmark artifacts, soft hyphens and zero-width characters', () => {
    expect(cleanText('[bookmark: _Hlk17132956]Continuing to\u00ADplay\u200B a role[bookmark: _GoBack]')).toBe('Continuing toplay a role');
  });
  it('turns NBSP, tabs and runs of spaces into single spaces', () => {
    expect(cleanText('As we approach the\u00A0twenty-year   review')).toBe('As we approach the twenty-year review');
    expect(cleanText(' \t1\tto monitor ')).toBe('1 to monitor');
  });
});

describe('line classification', () => {
  it('sees underscore-only lines as separators', () => {
    expect(isSeparatorLine('____________________________________')).toBe(true);
    expect(isSeparatorLine('see __init__')).toBe(false);
  });
  it('recognises clause numbers and bullets but not years', () => {
    for (const text of ['1 to monitor', '3.3. Following the instructions', '9.c.1 Proportion', '– During PP-22', '(a) basic drinking water', 'ii) second'])
      expect(startsListItem(text), text).toBe(true);
    for (const text of ['2030 Agenda for Sustainable Development', 'Council-23 the roadmaps', 'WSIS+20 review'])
      expect(startsListItem(text), text).toBe(false);
  });
});
