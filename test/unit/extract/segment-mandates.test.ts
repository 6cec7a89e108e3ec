import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExtractionSchema } from '../../../src/domain/document.js';
import { extractDocument } from '../../../src/extract/index.js';
import { loadFile } from '../../../ingest/loaders/index.js';
import { extractLines } from './helpers.js';
import { SEED_TXT as SEEDS } from '../../paths.js';

const COUNCIL_EXCERPT = [
  '\tPurpose',
  'The document reports on the roadmaps.',
  'Action required',
  'The Council Working Group on WSIS and the SDGs is invited to consider this document.',
  '_______________',
  'I\tIntroduction',
  'The Council Resolution 1334 (Mod 2023) instructs the CWG-WSIS&SDG',
  '1\tto monitor and discuss the activities of the Secretary-General;',
  '2\tto consider ITU’s contributions to themes relevant to WSIS+20;',
  '\tThe Council Resolution 1332 (Mod 2024) instructs the Secretary-General',
  '1 to regularly update the roadmaps for ITU’s activities within its mandate of the WSIS implementation, taking into account the 2030 Sustainable Development Agenda, as well as “Connect 2030”, to be presented to the Council via CWG-WSIS&SDG;',
  '…',
  '6\tto report annually on progress made in the implementation of the WSIS Action Lines for which the ITU is the facilitator, through the Commission on Science and Technology for Development, to the Economic and Social Council and to provide this report to the CWG-WSIS&SDG;',
  '…',
  '9\tto continue to provide to the ITU Council and CWG-WSIS & SDG comprehensive and timely information detailing the activities, actions, and engagements that the Union is undertaking on these processes, for its consideration and decision;',
  'instructs the Secretary-General and the Directors of the Bureaux',
  '4\tto regularly update the roadmap for ITU’s activities within its mandate.',
  'Members are invited to note the document.',
];

describe('segmentation', () => {
  const x = extractLines(COUNCIL_EXCERPT);

  it('keeps numbered clauses with their lead-in and repeats the lead-in when a group is cut', () => {
    const withClause = (s: string) => x.passages.find((p) => p.text.includes(s));
    expect(withClause('1 to monitor')?.text).toContain('Resolution 1334 (Mod 2023) instructs the CWG-WSIS&SDG');
    expect(withClause('2 to consider')?.ordinal).toBe(withClause('1 to monitor')?.ordinal);
    expect(withClause('9 to continue')?.text).toMatch(/^The Council Resolution 1332 \(Mod 2024\) instructs the Secretary-General\n/);
    expect(withClause('4 to regularly update the roadmap for')?.text).toContain('Resolution 1332');
    expect(x.passages.filter((p) => p.text.includes('Resolution 1332')).length).toBeGreaterThan(1);
  });

  it("keeps a numbered clause's own list under it, not its sibling clauses or the next operative clause", () => {
    const resolution = extractLines([
      'resolves',
      '6 that ITU should continue to use the WSIS framework as the foundation through which ITU helps achieve the SDGs, working through CWG-WSIS, including by:',
      'i) updating its roadmaps; ii) providing input to the work plans;',
      '7 that ITU should continue to adapt itself;',
      '8 that the Sectors should carry out those activities;',
      'instructs the Secretary-General',
      '1 to support the role of ITU;',
      '2 to report annually to the Council;',
    ]);
    const withText = (s: string) => resolution.passages.find((p) => p.text.includes(s))!;
    expect(withText('i) updating').text).toContain('6 that ITU should continue to use the WSIS framework');
    for (const clause of ['7 that ITU', '8 that the Sectors', '1 to support', '2 to report']) {
      expect(withText(clause).text).not.toContain('including by:');
    }
    expect(withText('1 to support').text).toMatch(/^instructs the Secretary-General\n1 to support/);
  });

  it('offsets index the document text (passages joined by a blank line) and section is the heading above', () => {
    const documentText = x.passages.map((p) => p.text).join('\n\n');
    for (const p of x.passages) expect(documentText.slice(p.start, p.end)).toBe(p.text);
    expect(x.passages.find((p) => p.text.includes('1 to monitor'))?.section).toBe('I Introduction');
    expect(x.passages.some((p) => /_{3,}/.test(p.text))).toBe(false);
  });

  it('reads Purpose and Action required as metadata', () => {
    expect(x.document.purpose).toBe('The document reports on the roadmaps.');
    expect(x.document.actionRequired).toMatch(/^The Council Working Group on WSIS and the SDGs is invited/);
    expect(x.document.key).toMatch(/^file:[0-9a-f]{12}$/);
  });

  it('reads a cover symbol as the document key and drops the language suffix', () => {
    const withSymbol = extractLines(['Document C24/INF/7-E', 'Council 2024', 'See document C22/INF/2-E for details.']);
    expect(withSymbol.document.key).toBe('C24/INF/7');
    expect(withSymbol.document.issuingBody).toBe('ITU-COUNCIL');
    expect(withSymbol.entities.filter((e) => e.label === 'Document').map((e) => e.key)).toEqual(['C22/INF/2']);
  });

  it('gives a resolution\'s own text its title line, the year of its version and the body that adopted it', () => {
    const resolution = (formula: string) =>
      extractLines(['RESOLUTION 140 (REV. DUBAI, 2018)', 'Title of the resolution', formula, 'considering', 'a) that it matters,', 'resolves', '1 to act;']);
    const { document } = resolution('The Plenipotentiary Conference of the International Telecommunication Union (Dubai, 2018),');
    expect(document).toMatchObject({ key: 'ITU-PP/140@2018', title: 'Title of the resolution', year: 2018, issuingBody: 'ITU' });
    expect(extractLines(['Resolution 1332 (Modified 2024)', 'Title', 'The Council,', 'considering', 'a) that it matters,', 'resolves', '1 to act;']).document.issuingBody).toBe(
      'ITU-COUNCIL',
    );
  });

  it('puts each mention inside its passage text', () => {
    for (const e of x.entities) for (const m of e.mentions) expect(x.passages[m.passage]?.text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('mandates', () => {
  const x = extractLines(COUNCIL_EXCERPT);
  const brief = x.mandates.map((m) => `${m.resolution}|${m.addressee}|${m.verb}|${m.action.split(' ').slice(0, 3).join(' ')}`);

  it('makes one mandate per numbered clause; a resolution-less lead-in continues the resolution above', () => {
    expect(brief).toEqual([
      'ITU-COUNCIL/1334|CWG-WSIS&SDG|instructs|to monitor and',
      'ITU-COUNCIL/1334|CWG-WSIS&SDG|instructs|to consider ITU’s',
      'ITU-COUNCIL/1332|Secretary-General|instructs|to regularly update',
      'ITU-COUNCIL/1332|Secretary-General|instructs|to report annually',
      'ITU-COUNCIL/1332|Secretary-General|instructs|to continue to',
      'ITU-COUNCIL/1332|Secretary-General and the Directors of the Bureaux|instructs|to regularly update',
    ]);
    for (const m of x.mandates) expect(x.passages[m.passage]?.text.slice(m.start, m.end)).toBe(m.action);
  });

  it('reads inline and "following the instructions" mandates with addressees as written (without the article; agencies by key)', () => {
    const inline = extractLines([
      'The Kigali Action Plan updated Resolution 30 (Rev. Kigali, 2022) and encourages the ITU-D sector to continue advancing the WSIS vision.',
      '3.3. Following the instructions of the Plenipotentiary Conference in Resolution 140 (Rev. Bucharest, 2022), the ITU Secretary-General is coordinating with relevant United Nations organizations.',
    ]);
    expect(inline.mandates.map((m) => [m.resolution, m.addressee, m.verb, m.action])).toEqual([
      ['ITU-WTDC/30', 'ITU-D', 'encourages', 'to continue advancing the WSIS vision'],
      ['ITU-PP/140', 'ITU Secretary-General', 'instructs', 'coordinating with relevant United Nations organizations'],
    ]);
    const written = extractLines([
      'The Council Resolution 1332 (Mod 2024) requests the ITU Council to review the roadmaps.',
      'The Council Resolution 1332 (Mod 2024) instructs the Secretary-General and the Directors of the three Bureaux to report annually.',
    ]);
    expect(written.mandates.map((m) => m.addressee)).toEqual(['ITU Council', 'Secretary-General and the Directors of the three Bureaux']);
  });

  it('does not read invitations without a resolution, or reaffirms/commends/notes, as mandates', () => {
    const none = extractLines([
      'Members are invited to note the document.',
      'Member States are invited to take the necessary action required for the preparations.',
      'Revised ITU Council Resolution 1332 (modified 2024) reaffirms that the WSIS framework is the foundation.',
      'Revised ITU Council Resolution 1334 (modified 2023) commends the ITU Secretary-General’s efforts to align WSIS.',
      'In line with Resolution 1332 (C11, last amended C19), the Secretary-General prepares a report.',
    ]);
    expect(none.mandates).toEqual([]);
  });

  it('reads a passive invitation when the sentence names the resolution', () => {
    const passive = extractLines(['Under Resolution 140 (Rev. Bucharest, 2022), Member States are invited to contribute to the WSIS+20 review.']);
    expect(passive.mandates.map((m) => [m.resolution, m.addressee, m.verb])).toEqual([['ITU-PP/140', 'Member States', 'invites']]);
  });
});

describe('relations', () => {
  it('links facilitators, organizers of a series to its dated events, and agencies acting together', () => {
    const x = extractLines([
      'ITU acts as the sole facilitator for AL C2, C5 and C6.',
      'The annual WSIS Forum, hosted by ITU and co-organized with UNESCO, UNDP, and UNCTAD, is a platform.',
      'The WSIS Forum 2023 continued to explore WSIS Action Lines.',
    ]);
    const rel = (type: string) => x.relations.filter((r) => r.type === type).map((r) => `${r.from.key}>${r.to.key}${r.role ? `:${r.role}` : ''}`);
    expect(rel('FACILITATES')).toEqual(['ITU>C2:lead facilitator', 'ITU>C5:lead facilitator', 'ITU>C6:lead facilitator']);
    expect(rel('ORGANIZES')).toEqual(['ITU>WSIS-FORUM-2023:host', 'UNESCO>WSIS-FORUM-2023:co-organizer', 'UNDP>WSIS-FORUM-2023:co-organizer', 'UNCTAD>WSIS-FORUM-2023:co-organizer']);
    expect(rel('PARTNERS_WITH')).toContain('UNESCO>UNDP');
    expect(rel('PARTNERS_WITH')).toContain('ITU>UNESCO');
  });

  it('gives each Action Line of a facilitation sentence to the agencies named before it, co-facilitators after "with"', () => {
    const x = extractLines([
      'UNESCO, as facilitator of Action Lines C3, C8 and C9, contributed to SDG 4.',
      'FAO is the lead facilitator for C7 e-agriculture, and WHO leads C7 e-health.',
      'UNDP and ITU co-facilitate Action Line C1 with UNESCO.',
      'Action Line C10 is facilitated by UNESCO.',
      'ITU-D has a key role as facilitator for Action Line C11, together with UNDESA and UNDP.',
    ]);
    const facilitates = x.relations.filter((r) => r.type === 'FACILITATES').map((r) => `${r.from.key}>${r.to.key}`);
    expect(facilitates.sort()).toEqual(
      ['FAO>C7:e-agriculture', 'ITU>C1', 'UNDP>C1', 'UNESCO>C1', 'UNESCO>C10', 'UNESCO>C3', 'UNESCO>C8', 'UNESCO>C9', 'WHO>C7:e-health', 'UNDESA>C11', 'UNDP>C11'].sort(),
    );
  });

  it('has a body convene its own sessions: a commission its numbered sessions, the Council its sessions, ITU its conferences', () => {
    const x = extractLines([
      'The Commission on Science and Technology for Development, at its twenty-eighth session, reviewed the report.',
      'Council 2024 and PP-22 considered it, as did the WSIS Forum 2024.',
    ]);
    const organizes = x.relations.filter((r) => r.type === 'ORGANIZES').map((r) => `${r.from.key}>${r.to.key}:${r.role}`);
    expect(organizes.sort()).toEqual(['CSTD>CSTD-28:convener', 'ITU-COUNCIL>ITU-COUNCIL-2024:convener', 'ITU>ITU-PP-2022:convener'].sort());
  });

  it('dates a numbered meeting of no fixed calendar by the date right after it, and no other', () => {
    const x = extractLines([
      'The Council Working Group on WSIS and SDGs held its 42nd meeting on 3 February 2025 and its 43rd meeting on 15 September 2025.',
      'The 38th CWG WSIS&SDG meeting discussed the report.',
    ]);
    const years = Object.fromEntries(x.entities.filter((e) => e.label === 'Event').map((e) => [e.key, e.props['year'] ?? null]));
    expect(years).toEqual({ 'CWG-WSIS-SDG-42': 2025, 'CWG-WSIS-SDG-43': 2025, 'CWG-WSIS-SDG-38': null });
  });

  it('keeps the role the sentence states for each Action Line: lead, co-facilitator or plain facilitator', () => {
    const x = extractLines([
      'ITU plays a leading facilitating role for Action Lines C2, C5 and C6, and acts as co-facilitator of Action Lines C1 and C3.',
      'UNESCO is the facilitator of C8.',
    ]);
    const roles = x.relations.filter((r) => r.type === 'FACILITATES').map((r) => `${r.from.key}>${r.to.key}:${r.role}`);
    expect(roles.sort()).toEqual(
      ['ITU>C1:co-facilitator', 'ITU>C2:lead facilitator', 'ITU>C3:co-facilitator', 'ITU>C5:lead facilitator', 'ITU>C6:lead facilitator', 'UNESCO>C8:facilitator'].sort(),
    );
  });
});

describe('seed corpus', () => {
  const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));

  it.each(files)('%s: extraction satisfies the contract schema and is deterministic', async (file) => {
    const loaded = await loadFile(join(SEEDS, file));
    const first = extractDocument(loaded);
    expect(ExtractionSchema.safeParse(first).success).toBe(true);
    expect(extractDocument(loaded)).toEqual(first);
    expect(first.passages.length).toBeGreaterThan(3);
  });
});

describe('"resolves to instruct" lead-ins (the ITU Plenipotentiary form)', () => {
  const x = extractLines([
    'RESOLUTION 140 (REV. BUCHAREST, 2022)',
    'The Plenipotentiary Conference of the International Telecommunication Union (Bucharest, 2022),',
    'resolves to instruct the Director of the Telecommunication Development Bureau',
    '1\tto continue to support Member States in developing national e-strategies;',
    '2\tto report annually to the Council on the activities undertaken,',
    'decides to invite Member States',
    'to participate actively in the WSIS+20 review process.',
    'The Council Resolution 1332 resolves to request the Secretary-General to prepare a report on WSIS.',
  ]);
  const byAction = (start: string) => x.mandates.find((m) => m.action.startsWith(start));

  it('reads the second verb as the operative one, for a lead-in with numbered actions and inline', () => {
    expect(byAction('to continue to support')).toMatchObject({ resolution: 'ITU-PP/140', verb: 'instructs', addressee: 'Director of the Telecommunication Development Bureau' });
    expect(byAction('to report annually')).toMatchObject({ resolution: 'ITU-PP/140', verb: 'instructs' });
    expect(byAction('to participate actively')).toMatchObject({ resolution: 'ITU-PP/140', verb: 'invites', addressee: 'Member States' });
    expect(byAction('to prepare a report')).toMatchObject({ resolution: 'ITU-COUNCIL/1332', verb: 'requests', addressee: 'Secretary-General' });
  });

  it('keeps offsets into the original passage text', () => {
    for (const m of x.mandates) {
      const passage = x.passages.find((p) => p.ordinal === m.passage);
      expect(passage?.text.slice(m.start, m.end)).toBe(m.action);
    }
  });
});
