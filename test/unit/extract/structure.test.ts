/**
 * The structure stage over the layouts ITU and UN resolutions share (synthetic fixtures written for these tests in
 * test/fixtures/extract/layouts: a Council resolution, a General Assembly resolution with an annexed declaration, an
 * ECOSOC resolution, a report that quotes mandates), and texts that are not resolutions.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../../src/domain/document.js';
import { extractFile } from '../../../src/extract/index.js';
import { repairLayout, unwrapLines, wrapWidth } from '../../../src/extract/structure/layout.js';
import { readStructure } from '../../../src/extract/structure/read.js';
import { extractLines, loadedFromLines } from './helpers.js';

const LAYOUTS = new URL('../../fixtures/extract/layouts/', import.meta.url).pathname;
const linesOf = (name: string): string[] => readFileSync(`${LAYOUTS}${name}`, 'utf8').split('\n').filter((l) => l.trim().length > 0);
const brief = (x: Extraction): string[] => x.mandates.map((m) => `${m.resolution}|${m.verb}|${m.addressee}|${m.action.split(/\s+/).slice(0, 3).join(' ')}`);

/** A PP-18 instrument with the given identity line and operative lines, under a title, formula and preamble. */
const ppInstrument = (identity: string, operative: readonly string[]): Extraction =>
  extractLines([identity, 'A title', 'The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),', 'considering', 'a) that it matters,', ...operative]);

describe('a Council resolution ("RESOLUTION 1334 (MODIFIED 2025)", "The Council,", headings then "1 to …")', () => {
  const x = extractLines(linesOf('council-1334.txt'));
  const s = x.structure;

  it('reads identity, version, title and formula, and keys the document by its version', () => {
    expect(s?.identity).toEqual({ heading: 'RESOLUTION 1334 (MODIFIED 2025)', kind: 'resolution', resolution: 'ITU-COUNCIL/1334', version: 'ITU-COUNCIL/1334@2025', year: 2025, versionKind: 'Mod' });
    // The adoption note in brackets under the identity is not the title.
    expect(s?.title).toBe('Role of ITU in the implementation of the WSIS outcomes and the 2030 Agenda');
    expect(x.document).toMatchObject({ title: 'Role of ITU in the implementation of the WSIS outcomes and the 2030 Agenda', year: 2025, issuingBody: 'ITU-COUNCIL' });
    expect(s?.formula).toEqual({ text: 'The Council,', body: 'ITU-COUNCIL', event: null });
    expect(x.document.key).toBe('ITU-COUNCIL/1334@2025');
    expect(x.versions.map((v) => v.key)).toContain('ITU-COUNCIL/1334@2025');
    expect(x.relations).toContainEqual(expect.objectContaining({ type: 'TEXT_OF', to: { label: 'ResolutionVersion', key: 'ITU-COUNCIL/1334@2025' } }));
  });

  it('reads preambular groups with lettered paragraphs and operative groups with numbered ones and sub-items', () => {
    expect(s?.preamble.map((g) => [g.phrase, g.paragraphs.map((p) => p.num)])).toEqual([
      ['considering', ['a)', 'b)']],
      ['recognizing', [null]],
    ]);
    expect(s?.operative.map((g) => [g.verb, g.addressee, g.paragraphs.map((p) => p.num)])).toEqual([
      ['resolves', null, ['1', '2']],
      ['instructs', 'the Secretary-General', ['1', '2', '3']],
      ['instructs', 'the Secretary-General', [null]],
      ['invites', 'Member States and Sector Members', [null]],
      ['notes', null, [null]],
    ]);
    expect(s?.operative[1]?.paragraphs[2]?.items.map((i) => i.num)).toEqual(['a)', 'b)']);
  });

  it('points every paragraph at the passage that holds it', () => {
    for (const g of s?.operative ?? []) {
      for (const p of g.paragraphs) expect(x.passages[p.passage ?? -1]?.text).toContain(p.text);
    }
  });

  it('makes one mandate per directive paragraph: resolves with the clause subject or the adopting body, lead-ins kept, "notes" none', () => {
    expect(brief(x)).toEqual([
      'ITU-COUNCIL/1334|resolves|CWG-WSIS&SDG|that the Council',
      'ITU-COUNCIL/1334|resolves|ITU-COUNCIL|to review this',
      'ITU-COUNCIL/1334|instructs|Secretary-General|in close collaboration',
      'ITU-COUNCIL/1334|instructs|Secretary-General|to contribute to',
      'ITU-COUNCIL/1334|instructs|Secretary-General|to prepare the',
      'ITU-COUNCIL/1334|instructs|Secretary-General|to bring this',
      'ITU-COUNCIL/1334|invites|Member States and Sector Members|to contribute to',
    ]);
    // Sub-items belong to their paragraph; the action is the passage text it points at.
    expect(x.mandates[4]?.action).toContain('b) for the WSIS Forum');
    for (const m of x.mandates) expect(x.passages[m.passage]?.text.slice(m.start, m.end)).toBe(m.action);
  });
});

describe('a General Assembly resolution (UN layout) with an annexed declaration', () => {
  const x = extractLines(linesOf('unga-70-125.txt'));

  it('reads the UN identity under its heading, and one operative group per paragraph', () => {
    expect(x.structure?.identity.resolution).toBe('A/RES/70/125');
    expect(x.structure?.formula?.body).toBe('UNGA');
    expect(x.document.title).toMatch(/^Outcome document of the high-level meeting of the General Assembly/);
    expect(x.document.issuingBody).toBe('UNGA');
    expect(x.structure?.preamble.map((g) => g.phrase)).toEqual(['recalling', 'welcoming']);
    expect(x.structure?.operative.map((g) => g.verb)).toEqual(['adopts', 'requests', 'requests', 'reaffirms', 'calls upon', 'decides']);
    expect(x.structure?.annexes.map((a) => a.heading)).toEqual(['Annex']);
  });

  it('ends the operative part at its closing lines: the adopting meeting and its date are no paragraph', () => {
    expect(x.structure?.operative.at(-1)?.paragraphs.map((p) => p.text)).toEqual(['Decides to hold a high-level meeting on the overall review in 2025.']);
  });

  it('reads directive paragraphs and the declaration\'s "We call upon" as mandates, declaratory ones not', () => {
    expect(brief(x)).toEqual([
      'A/RES/70/125|requests|Secretary-General|to report annually',
      'A/RES/70/125|requests|Secretary-General|to submit recommendations',
      'A/RES/70/125|calls upon|stakeholders|to continue to',
      'A/RES/70/125|decides|UNGA|to hold a',
      'A/RES/70/125|calls upon|stakeholders|to integrate information',
    ]);
  });
});

describe('a UN operative paragraph whose actions are its sub-items', () => {
  it('names its addressee before the colon, and its action is the sub-items ("Requests the Secretary-General: (a) To …")', () => {
    const x = extractLines([
      'Resolution adopted by the General Assembly on 19 December 2023',
      '78/132. Information and communications technologies for sustainable development',
      'The General Assembly,',
      'Recalling its resolution 70/125 of 16 December 2015,',
      '1. Requests the Secretary-General:',
      '(a) To submit a report at its eightieth session;',
      '(b) To include in the report an assessment of the digital divide;',
      '2. Encourages the United Nations system entities to continue to support the review;',
    ]);
    expect(x.mandates.map((m) => `${m.verb}|${m.addressee}|${m.action.split('\n')[0]}`)).toEqual([
      'requests|Secretary-General|(a) To submit a report at its eightieth session;',
      'encourages|United Nations system entities|to continue to support the review;',
    ]);
    expect(x.mandates[0]?.action).toContain('(b) To include in the report');
  });

  it('reads the addressee without the session or level set off by commas ("Invites the Commission …, at its twenty-seventh session, to …")', () => {
    const x = extractLines([
      'Resolution adopted by the General Assembly on 19 December 2023',
      '78/132. Information and communications technologies for sustainable development',
      'The General Assembly,',
      'Recalling its resolutions 70/1 of 25 September 2015, entitled "Transforming our world: the 2030 Agenda for Sustainable Development", and 70/125 of 16 December 2015,',
      '1. Invites the Commission on Science and Technology for Development, at its twenty-seventh session, to give due consideration to the review;',
      '2. Calls upon Member States, at the national level, to promote digital inclusion;',
    ]);
    expect(x.mandates.map((m) => `${m.verb}|${m.addressee}`)).toEqual(['invites|CSTD', 'calls upon|Member States']);
    const cited = x.entities.filter((e) => e.label === 'Resolution').map((e) => e.key);
    expect(new Set(cited)).toEqual(new Set(['A/RES/70/1', 'A/RES/70/125']));
  });
});

describe('a UN resolution under its cover page', () => {
  it('is titled by its title line, not by the cover ("United Nations", the symbol, the body)', () => {
    const x = extractLines([
      'United Nations',
      'E/RES/2024/11',
      'Economic and Social Council',
      'Distr.: General',
      '1 August 2024',
      '2024 session',
      '27 July 2023-24 July 2024',
      'Agenda item 18 (b)',
      'Resolution adopted by the Economic and Social Council on 22 July 2024',
      '[on the recommendation of the Commission on Science and Technology for Development (E/2024/31)]',
      '2024/11. Assessment of the progress made in the implementation of the outcomes of the World Summit on the Information Society',
      'The Economic and Social Council,',
      'Recalling General Assembly resolution 70/125 of 16 December 2015,',
      '1. Requests the Secretary-General to submit a report on the implementation of the present resolution;',
      '38th plenary meeting',
      '22 July 2024',
    ]);
    expect(x.document).toMatchObject({
      key: 'E/RES/2024/11',
      title: 'Assessment of the progress made in the implementation of the outcomes of the World Summit on the Information Society',
      issuingBody: 'ECOSOC',
      year: 2024,
    });
  });
});

describe('an ECOSOC resolution', () => {
  const x = extractLines(linesOf('ecosoc-2023-3.txt'));

  it('is E/RES/2023/3, and "the Council" in it is ECOSOC', () => {
    expect(x.structure?.identity.resolution).toBe('E/RES/2023/3');
    expect(x.entities.filter((e) => e.label === 'Agency').map((e) => e.key)).not.toContain('ITU-COUNCIL');
    expect(brief(x)).toEqual([
      'E/RES/2023/3|requests|Secretary-General|to submit to',
      'E/RES/2023/3|encourages|ECOSOC|to continue its',
      'E/RES/2023/3|urges|Member States|to narrow the',
    ]);
  });

  it('reads its number on a line of its own above the title, as some conversions leave it', () => {
    const x = extractLines([
      'Resolution adopted by the Economic and Social Council on 6 June 2023',
      '2023/3.',
      'Assessment of the progress made in the implementation of and follow-up to the outcomes of the World Summit on the Information Society',
      'The Economic and Social Council,',
      'Recalling the outcome documents of the World Summit on the Information Society,',
      '1. Requests the Secretary-General to submit a report on the implementation of the present resolution;',
    ]);
    expect(x.document.key).toBe('E/RES/2023/3');
    expect(x.document.title).toMatch(/^Assessment of the progress/);
    expect(brief(x)).toEqual(['E/RES/2023/3|requests|Secretary-General|to submit a']);
    // Without the UN heading a number alone on a line is no identity.
    expect(extractLines(['2023/3', 'A line.', 'The Economic and Social Council,', '1. Requests the Secretary-General to act;']).structure).toBeNull();
  });
});

describe('a Radiocommunication Assembly resolution ("RESOLUTION ITU-R 61-2", its years on a line under the title)', () => {
  const lines = [
    'RESOLUTION ITU-R 61-2*',
    "ITU-R's contribution in implementing the outcomes of the World Summit on the Information Society",
    '(2007-2015-2019)',
    'The ITU Radiocommunication Assembly,',
    'considering',
    'a) Resolution 140 (Rev. Dubai, 2018) of the Plenipotentiary Conference;',
    'resolves',
    '1 to continue to participate in the WSIS Forum,',
    'instructs the Director of the Radiocommunication Bureau',
    'to report annually to the Council on the activities of ITU-R.',
    '* This Resolution should be brought to the attention of the Telecommunication Development Sector.',
  ];

  it('is ITU-RA/61, revised in 2019: the dash number counts revisions, the last year dates the text', () => {
    const x = extractLines(lines);
    expect(x.structure?.identity).toMatchObject({ resolution: 'ITU-RA/61', version: 'ITU-RA/61@2019', year: 2019, versionKind: 'Rev.' });
    expect(x.structure?.title).toBe("ITU-R's contribution in implementing the outcomes of the World Summit on the Information Society");
    expect(x.document.key).toBe('ITU-RA/61@2019');
    expect(x.versions.find((v) => v.key === 'ITU-RA/61@2019')).toMatchObject({ resolution: 'ITU-RA/61', kind: 'Rev.', event: 'ITU-RA-2019' });
    expect(brief(x)).toEqual(['ITU-RA/61|resolves|ITU-RA|to continue to', 'ITU-RA/61|instructs|Director of the Radiocommunication Bureau|to report annually']);
    // The note its identity's star points to is a footnote, not a paragraph of the last operative group.
    expect(x.structure?.footnotes).toEqual([{ mark: '*', text: 'This Resolution should be brought to the attention of the Telecommunication Development Sector.' }]);
  });

  it('reads a history with places ("(Johannesburg, 2008; Geneva, 2022)") the same way, and one year as the adopted text', () => {
    const withPlaces = extractLines(['RESOLUTION 75', 'A title', '(Johannesburg, 2008; Geneva, 2022)', 'The World Telecommunication Standardization Assembly,', 'resolves', '1 to continue the work,']);
    expect(withPlaces.structure?.identity).toMatchObject({ resolution: 'ITU-WTSA/75', version: 'ITU-WTSA/75@2022', versionKind: 'Rev.' });
    const once = extractLines(['RESOLUTION ITU-R 72', 'A title', '(2019)', 'The ITU Radiocommunication Assembly,', 'resolves', '1 to continue the work,']);
    expect(once.structure?.identity).toMatchObject({ version: 'ITU-RA/72@2019', versionKind: 'adopted' });
    // A version in the identity line stands: a history line does not move it.
    const dated = extractLines(['RESOLUTION 75 (Rev. Geneva, 2022)', 'A title', '(Johannesburg, 2008; Dubai, 2012)', 'The World Telecommunication Standardization Assembly (Geneva, 2022),', 'resolves', '1 to continue the work,']);
    expect(dated.structure?.identity.version).toBe('ITU-WTSA/75@2022');
  });
});

describe('addressees', () => {
  it('end where a qualifier of competence begins, with a comma or without', () => {
    const x = ppInstrument('RESOLUTION 130 (REV. DUBAI, 2018)', [
      'instructs the Director of the Telecommunication Standardization Bureau and the Director of the Telecommunication Development Bureau, each within the scope of their responsibilities',
      '1 to implement relevant resolutions;',
      'instructs the Directors of the three Bureaux within their respective spheres of competence',
      '1 to implement this resolution;',
    ]);
    expect(x.mandates.map((m) => m.addressee)).toEqual([
      'Director of the Telecommunication Standardization Bureau and the Director of the Telecommunication Development Bureau',
      'Directors of the three Bureaux',
    ]);
  });

  it('read "to" before a determiner as a preposition: an addressee broken across lines, a list introduction', () => {
    const x = ppInstrument('RESOLUTION 136 (REV. DUBAI, 2018)', [
      'instructs the Secretary-General',
      'pursuant to his initiative on this matter:',
      '1 to report to the Council;',
      'instructs the Director of the Telecommunication Development Bureau',
      'to the extent possible, to ensure reliability of the data;',
      'urges Member States Parties',
      'to the Tampere Convention to take all practical steps for its application.',
    ]);
    expect(brief(x)).toEqual([
      'ITU-PP/136|instructs|Secretary-General|to report to',
      'ITU-PP/136|instructs|Director of the Telecommunication Development Bureau|to the extent',
      'ITU-PP/136|urges|Member States Parties to the Tampere Convention|to take all',
    ]);
  });
});

describe('a request made through a second verb under resolves/decides', () => {
  it('is a mandate of that verb to its addressee ("to invite UNGIS to align …"), lead-ins kept with the action', () => {
    const x = ppInstrument('DECISION 5 (REV. DUBAI, 2018)', [
      'decides',
      '1 that the Council is authorized to draw up the budgets;',
      '2 to instruct the Secretary-General, in close collaboration with the Directors, to report on the financial situation;',
      '3 to invite UNGIS to align its activities with the review,',
    ]);
    expect(x.mandates.map((m) => `${m.verb}|${m.addressee}|${m.action}`)).toEqual([
      'decides|Council|that the Council is authorized to draw up the budgets;',
      'instructs|Secretary-General|in close collaboration with the Directors, to report on the financial situation;',
      'invites|UNGIS|to align its activities with the review,',
    ]);
  });
});

describe('texts that are not a resolution', () => {
  it('a report quoting "instructs the Secretary-General" has no structure; reported forms go to the resolution named', () => {
    const x = extractLines(linesOf('report-quoting-mandates.txt'));
    expect(x.structure).toBeNull();
    expect(x.document.key).toBe('C25/INF/9');
    expect(brief(x)).toEqual([
      'ITU-PP/140|instructs|Secretary-General|to report annually',
      'ITU-PP/140|instructs|Directors|to ensure that',
      'ITU-COUNCIL/1332|requests|Secretary-General|to update the',
      'E/RES/2023/3|requests|Commission|to report on',
      // Told in the past by the resolution or the body that adopted it; not what an official did under it.
      'A/RES/78/132|requests|Secretary-General|to submit a',
      'ITU-COUNCIL/1334|instructs|CWG-WSIS&SDG|to monitor the',
    ]);
    expect(x.entities.find((e) => e.key === 'ITU-COUNCIL')).toBeDefined();
  });

  it('an identity line alone, a cited resolution line, or operative headings without an identity are not resolutions', () => {
    expect(readStructure(['RESOLUTION 140 (REV. DUBAI, 2018)', 'The text of this note explains the revision.'])).toBeNull();
    expect(readStructure(['instructs the Secretary-General', '1 to report annually;'])).toBeNull();
    expect(readStructure(['70/125. Outcome document', 'The General Assembly,', '1. Requests the Secretary-General to report;'])).toBeNull();
  });
});

describe('layout', () => {
  it('keeps footnotes out of paragraphs ("1 These include …" inside a group whose paragraphs open in lower case)', () => {
    const s = readStructure([
      'RESOLUTION 2 (REV. DUBAI, 2018)',
      'A title',
      'The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),',
      'resolves',
      '1 to hold the forum;',
      '1 These include the least developed countries.',
      '2 that the forum shall be open,',
    ]);
    expect(s?.formula?.event).toBe('ITU-PP-2018');
    expect(s?.footnotes).toEqual([{ mark: '1', text: 'These include the least developed countries.' }]);
    expect(s?.operative[0]?.paragraphs.map((p) => p.num)).toEqual(['1', '2']);
  });

  it('cuts a heading left at the end of the previous paragraph, and a run-on group, onto their own blocks', () => {
    const blocks = repairLayout(
      loadedFromLines([
        '3 to explore ways and means for collaboration, instructs the Director of the Telecommunication Development Bureau, in coordination with the other Bureaux',
        '1 to compile a list;',
        '2 to participate in EG-ITR, invites the 2022 plenipotentiary conference to consider the report.',
      ]).blocks,
    );
    expect(blocks.map((b) => b.text)).toEqual([
      '3 to explore ways and means for collaboration,',
      'instructs the Director of the Telecommunication Development Bureau, in coordination with the other Bureaux',
      '1 to compile a list;',
      '2 to participate in EG-ITR,',
      'invites the 2022 plenipotentiary conference',
      'to consider the report.',
    ]);
  });

  it('joins hard-wrapped lines where the width broke them, not where a line ended short', () => {
    const lines = [
      'The Plenipotentiary Conference of the International Telecommunication Union',
      '(Dubai, 2018),',
      'instructs the Secretary-General',
      '1 to report annually to the Council on the implementation of this resolution and',
      '2030 Agenda;',
      '2 to submit a report to the next plenipotentiary conference, as stated in (§ 78',
      'a) of the Tunis Agenda),',
      'instructs the Directors of the Bureaux',
      'to ensure that concrete objectives are developed and reflected in the plans,',
    ];
    expect(wrapWidth(lines)).toBe(80);
    expect(unwrapLines(lines, 80)).toEqual([
      'The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),',
      'instructs the Secretary-General',
      '1 to report annually to the Council on the implementation of this resolution and 2030 Agenda;',
      '2 to submit a report to the next plenipotentiary conference, as stated in (§ 78 a) of the Tunis Agenda),',
      'instructs the Directors of the Bureaux',
      'to ensure that concrete objectives are developed and reflected in the plans,',
    ]);
  });

  it('reads "Council-99" as 1999 and "Resolution 1158 of Council 2000" as a version', () => {
    const x = extractLines(['At Council-99 the Council adopted Resolution 1158 of Council 2000 on the matter.']);
    expect(x.entities.filter((e) => e.label === 'Event').map((e) => e.key)).toContain('ITU-COUNCIL-1999');
    expect(x.versions.map((v) => v.key)).toEqual(['ITU-COUNCIL/1158@2000']);
  });

  it('reads a citation glued to a footnote mark ("Commitment1Resolution 79/323")', () => {
    const x = extractLines(['the Tunis Commitment1Resolution 79/323 of the General Assembly calls for action.']);
    expect(x.entities.filter((e) => e.label === 'Resolution').map((e) => e.key)).toEqual(['A/RES/79/323']);
  });
});

describe('conference names from the one conference table', () => {
  it('reads WRC as prefix, suffix and formula like the other conferences', () => {
    const x = extractLines(['WRC Resolution 76 and Resolution 12 (Rev. Geneva, 2015) of the World Radiocommunication Conference apply.']);
    expect(x.entities.filter((e) => e.label === 'Resolution').map((e) => e.key)).toEqual(['ITU-WRC/76', 'ITU-WRC/12']);
    const s = readStructure(['RESOLUTION 12 (REV. WRC-15)', 'Title', 'The World Radiocommunication Conference (Geneva, 2015),', 'resolves', 'to keep the matter under review,']);
    expect(s?.identity.resolution).toBe('ITU-WRC/12');
    expect(s?.formula?.event).toBe('ITU-WRC-2015');
  });
});

describe('a collection of resolutions in one file', () => {
  it('becomes one document per resolution, each PART_OF the collection, with its own mandates', () => {
    const council = linesOf('council-1334.txt');
    const loaded = loadedFromLines(['Final Acts', 'Contents', ...council, ...council.map((l) => l.replace('1334', '1335'))], 'final-acts.txt');
    const [whole, ...parts] = extractFile(loaded);
    expect(parts.map((p) => p.document.key)).toEqual(['ITU-COUNCIL/1334@2025', 'ITU-COUNCIL/1335@2025']);
    expect(parts.every((p) => p.relations.some((r) => r.type === 'PART_OF' && r.to.key === whole?.document.key))).toBe(true);
    expect(parts[1]?.mandates.every((m) => m.resolution === 'ITU-COUNCIL/1335')).toBe(true);
    expect(whole?.passages.map((p) => p.text).join(' ')).toContain('Final Acts');
  });
});

describe('the meeting that adopted a cited version', () => {
  it('is none where the series met in other years only: an unknown place read as a Plenipotentiary\'s names no PP-2025', () => {
    const x = extractLines(['Resolution 30 (Rev. Baku, 2025) and Resolution 140 (Rev. Bucharest, 2022) were considered.', 'WTSA Resolution 75 (Rev. New Delhi, 2024) applies.']);
    const events = Object.fromEntries(x.versions.map((v) => [v.key, v.event]));
    expect(events).toEqual({ 'ITU-PP/30@2025': null, 'ITU-PP/140@2022': 'ITU-PP-2022', 'ITU-WTSA/75@2024': 'ITU-WTSA-2024' });
  });
});
