import { describe, expect, it } from 'vitest';
import { analyze, normalizeText, stemWord } from '../../../src/search/analyzer.js';

const terms = (text: string): string[] => analyze(text).map((token) => token.term);

describe('analyze', () => {
  it('keeps ITU compounds whole and also indexes their parts', () => {
    expect(terms('WSIS+20')).toEqual(['wsis+20', 'wsi', '20']);
    expect(terms('E/RES/2023/3')).toContain('e/res/2023/3');
    expect(terms('PP-22')).toEqual(['pp-22', 'pp', '22', '2022']);
  });

  it('joins hyphenated words so both spellings match', () => {
    expect(terms('multi-stakeholder')).toContain(terms('multistakeholder')[0]);
    expect(terms('co-organized')).toContain('organ');
  });

  it('drops function and question words and stems the rest', () => {
    expect(terms('Which organizations are organizing the Forum?')).toEqual(['organ', 'organ', 'forum']);
  });

  it('stems "-atory" adjectives with the verbs and nouns they derive from', () => {
    expect(stemWord('preparatory')).toBe(stemWord('preparations'));
    expect(stemWord('regulatory')).toBe(stemWord('regulation'));
    expect(stemWord('mandatory')).toBe(stemWord('mandate'));
  });

  it('reads the two-digit year of a meeting code in full', () => {
    expect(terms('During PP-22, WTDC-17')).toEqual(expect.arrayContaining(['pp-22', 'pp', '22', '2022', '2017']));
    expect(terms('CWG-WSIS&SDG-41')).not.toContain('2041');
  });

  it('reads grouped thousands as one number', () => {
    expect(terms('13 240 projects and 7,744 entries')).toEqual(['13240', 'project', '7744', 'entri']);
  });

  it('strips bookmark artifacts and folds curly quotes', () => {
    expect(normalizeText('[bookmark: _Hlk1]ITU’s')).toBe("itu's");
    expect(terms('[bookmark: _GoBack]Roadmaps')).toEqual(['roadmap']);
  });

  it('numbers positions by written word, parts of a compound in sequence', () => {
    expect(analyze('the WSIS+20 review').map((t) => t.position)).toEqual([1, 1, 2, 3]);
  });
});
