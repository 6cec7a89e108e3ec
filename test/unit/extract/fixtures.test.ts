import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../../src/domain/document.js';
import { extractDocument } from '../../../src/extract/index.js';
import { loadFile } from '../../../ingest/loaders/index.js';
import { keysOf } from './helpers.js';

/** Synthetic documents composed in the style of ITU Council, CWG-WSIS&SDG, UNGA and ECOSOC texts (not the seeds). */
const FIXTURES = new URL('../../fixtures/extract/', import.meta.url).pathname;
const extractFixture = async (name: string): Promise<Extraction> => extractDocument(await loadFile(`${FIXTURES}${name}`));

const mandatesOf = (x: Extraction): string[] => x.mandates.map((m) => `${m.resolution}|${m.verb}|${m.addressee}|${m.action.split(' ').slice(0, 3).join(' ')}`);
const relationsOf = (x: Extraction, type: string): string[] =>
  x.relations.filter((r) => r.type === type).map((r) => `${r.from.key}>${r.to.key}${r.role ? `:${r.role}` : ''}`);

describe('ITU Council resolution (C24)', async () => {
  const x = await extractFixture('council-c24-resolution.txt');

  it('reads the cover: symbol, title, date', () => {
    expect(x.document.key).toBe('C24/120');
    expect(x.document.title).toBe("ITU's role in the implementation of the WSIS outcomes and the 2030 Agenda for Sustainable Development");
    expect(x.document.date).toBe('2024-06-12');
  });

  it('reads every resolution form with its issuer, and a Decision as none', () => {
    expect(keysOf(x, 'Resolution')).toEqual(
      ['A/RES/70/1', 'A/RES/79/194', 'ITU-COUNCIL/1332', 'ITU-COUNCIL/1334', 'ITU-PP/131', 'ITU-PP/139', 'ITU-PP/140', 'ITU-PP/71', 'ITU-RA/61', 'ITU-WTDC/37', 'ITU-WTSA/75'].sort(),
    );
    expect(keysOf(x, 'ResolutionVersion')).toEqual(
      ['ITU-COUNCIL/1332@2019', 'ITU-COUNCIL/1334@2024', 'ITU-PP/131@2018', 'ITU-PP/139@2022', 'ITU-PP/140@2022', 'ITU-PP/71@2022', 'ITU-WTDC/37@2022'].sort(),
    );
    expect(x.versions.find((v) => v.key === 'ITU-WTDC/37@2022')?.event).toBe('ITU-WTDC-2022');
  });

  it('reads the operative part as mandates of the resolution itself', () => {
    expect(mandatesOf(x)).toEqual([
      'ITU-COUNCIL/1334|resolves|ITU|that the Union',
      'ITU-COUNCIL/1334|instructs|Secretary-General|to report annually',
      'ITU-COUNCIL/1334|instructs|Secretary-General|to contribute to',
      'ITU-COUNCIL/1334|requests|Director of the Telecommunication Development Bureau|to continue supporting',
      'ITU-COUNCIL/1334|invites|Member States and Sector Members|to contribute to',
      'ITU-COUNCIL/1334|decides|ITU-COUNCIL|to review this',
    ]);
  });

  it('reads events, action lines, SDG targets, agencies and partners', () => {
    expect(keysOf(x, 'Event')).toEqual(['CWG-WSIS-SDG-42', 'ITU-COUNCIL-2024', 'ITU-COUNCIL-2025', 'WSIS-FORUM-2024']);
    expect(keysOf(x, 'ActionLine')).toEqual(['C2', 'C5', 'C6', 'C7:e-health']);
    expect(keysOf(x, 'SDG')).toEqual(['SDG17.6', 'SDG9.c']);
    expect(keysOf(x, 'Agency')).toEqual(expect.arrayContaining(['ITU', 'ITU-R', 'ITU-T', 'UNCTAD', 'UNDP', 'UNESCO', 'UNGA', 'WHO']));
    expect(relationsOf(x, 'PARTNERS_WITH')).toEqual(expect.arrayContaining(['ITU>WHO']));
  });
});

describe('CWG-WSIS&SDG contribution (CWG-WSIS&SDG-42/3)', async () => {
  const x = await extractFixture('cwg-wsis-sdg-42-3.txt');

  it('reads symbol, title, Purpose and Action required', () => {
    expect(x.document.key).toBe('CWG-WSIS&SDG-42/3');
    expect(x.document.title).toBe('ITU activities on the WSIS Action Lines and the SDGs');
    expect(x.document.actionRequired).toMatch(/^The Council Working Group on WSIS and SDGs is invited/);
    expect(x.document.issuingBody).toBe('CWG-WSIS&SDG');
  });

  it('reads session forms of events, the header\'s meeting ("Forty-second meeting, Geneva …" under the group\'s name) included', () => {
    expect(keysOf(x, 'Event')).toEqual(
      ['AI-FOR-GOOD-2024', 'CSTD-27', 'CWG-WSIS-SDG-41', 'CWG-WSIS-SDG-42', 'ECOSOC-PF-2024', 'HLPF-2024', 'IGF-2023', 'ITU-COUNCIL-2024', 'ITU-PP-2026', 'ITU-WTDC-2025', 'ITU-WTSA-2024', 'WSIS-FORUM-2024'].sort(),
    );
  });

  it('reads C7 sub-lines, SDG targets and indicators, UN drafts as documents', () => {
    expect(keysOf(x, 'ActionLine')).toEqual(['C7:e-agriculture', 'C7:e-health', 'C7:e-learning']);
    expect(keysOf(x, 'SDG')).toEqual(['SDG17.6', 'SDG2', 'SDG2.4', 'SDG4.4', 'SDG9.1', 'SDG9.c']);
    expect(keysOf(x, 'Document')).toEqual(['A/78/L.49', 'E/2024/62']);
    expect(keysOf(x, 'Resolution')).toEqual(['ITU-COUNCIL/1332', 'ITU-COUNCIL/1334']);
    expect(keysOf(x, 'ResolutionVersion')).toEqual(['ITU-COUNCIL/1332@2019', 'ITU-COUNCIL/1334@2024']);
  });

  it('reads agencies (UNESCO Chair is UNESCO; "who" is not WHO) and the quoted mandate', () => {
    expect(keysOf(x, 'Agency')).toEqual(['CSTD', 'CWG-WSIS&SDG', 'ECOSOC', 'FAO', 'ITU', 'ITU-D', 'UNCTAD', 'UNDP', 'UNESCO', 'UNGIS', 'WHO']);
    const who = x.entities.find((e) => e.key === 'WHO');
    expect(who?.mentions.every((m) => m.text === 'WHO')).toBe(true);
    expect(mandatesOf(x)).toEqual(['ITU-COUNCIL/1332|instructs|Secretary-General|to report to']);
  });

  it('pairs partners by sentence structure: UNGIS, co-chaired, is no partner of ITU', () => {
    const partners = relationsOf(x, 'PARTNERS_WITH');
    expect(partners).toEqual(expect.arrayContaining(['ITU>UNESCO', 'ITU>FAO', 'ITU>UNDP', 'ITU>CSTD']));
    expect(partners.filter((p) => p.includes('UNGIS'))).toEqual([]);
    expect(relationsOf(x, 'ORGANIZES')).toEqual(expect.arrayContaining(['ITU>WSIS-FORUM-2024:host', 'FAO>WSIS-FORUM-2024:co-organizer']));
  });
});

describe('UNGA resolution (A/RES/79/194)', async () => {
  const x = await extractFixture('unga-resolution.txt');

  it('is its own resolution, with its title', () => {
    expect(x.document.key).toBe('A/RES/79/194');
    expect(x.document.title).toBe('Information and communications technologies for sustainable development');
    expect(keysOf(x, 'Resolution')).toEqual(['A/RES/70/1', 'A/RES/70/125', 'A/RES/75/202', 'A/RES/79/194', 'E/RES/2024/11']);
    expect(keysOf(x, 'Document')).toEqual(['A/79/62']);
    expect(x.versions).toEqual([]);
  });

  it('reads capitalised paragraph-initial operative verbs as mandates; "Decides to …" is addressed to the adopting body', () => {
    expect(mandatesOf(x)).toEqual([
      'A/RES/79/194|requests|Secretary-General|to submit to',
      'A/RES/79/194|calls upon|stakeholders|to continue to',
      'A/RES/79/194|encourages|Member States|to strengthen national',
      'A/RES/79/194|invites|CSTD|to contribute to',
      'A/RES/79/194|decides|UNGA|to include in',
    ]);
    for (const m of x.mandates) expect(x.passages[m.passage]?.text.slice(m.start, m.end)).toBe(m.action);
  });

  it('reads agencies by their full names', () => {
    expect(keysOf(x, 'Agency')).toEqual(['CSTD', 'ECOSOC', 'ITU', 'UNCTAD', 'UNESCO', 'UNGA', 'UNGIS']);
  });
});

describe('ECOSOC resolution (E/RES/2024/11)', async () => {
  const x = await extractFixture('ecosoc-resolution.txt');

  it('is its own resolution, cites UN resolutions, and carries its mandates', () => {
    expect(x.document.key).toBe('E/RES/2024/11');
    expect(x.document.title).toMatch(/^Assessment of the progress made/);
    expect(keysOf(x, 'Resolution')).toEqual(['A/RES/70/1', 'E/RES/2023/3', 'E/RES/2024/11']);
    expect(keysOf(x, 'Event')).toEqual(['CSTD-27', 'HLPF-2025']);
    expect(keysOf(x, 'Agency')).toEqual(['CSTD', 'ECOSOC', 'ITU', 'UNDESA', 'UNESCO', 'UNGA']);
    expect(mandatesOf(x)).toEqual([
      'E/RES/2024/11|urges|United Nations entities|to continue cooperating',
      'E/RES/2024/11|requests|Secretary-General|to transmit the',
    ]);
  });
});
