import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Deterministic PRNG (mulberry32): the same seed writes the same corpus, so runs compare. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AGENCIES = ['ITU', 'UNESCO', 'UNDP', 'UNCTAD', 'UN DESA', 'FAO', 'WHO', 'ILO', 'UNEP', 'WMO', 'UPU', 'ITC', 'UN-Habitat', 'UNICEF'];
const ADDRESSEES = ['the Secretary-General', 'the Director of the Telecommunication Development Bureau', 'the Directors of the three Bureaux', 'the Council Working Group on WSIS&SDG', 'Member States', 'Sector Members'];
const VERBS = ['instructs', 'requests', 'invites', 'encourages', 'calls upon'];
const ACTIONS = [
  'to continue to take a leading role in the implementation of the WSIS outcomes within the mandate of ITU',
  'to report annually to the Council on the activities undertaken to implement this resolution',
  'to update the roadmaps for the WSIS Action Lines for which ITU is the sole facilitator',
  'to support developing countries in building confidence and security in the use of ICTs',
  'to strengthen cooperation with the United Nations regional commissions on broadband infrastructure',
  'to contribute to the WSIS+20 review and to the Global Digital Compact follow-up',
  'to share best practices through the WSIS Stocktaking platform and the WSIS Prizes contest',
];
const TOPICS = [
  'affordable broadband connectivity in least developed countries',
  'digital skills and capacity building for women and girls',
  'cybersecurity and the protection of critical information infrastructure',
  'e-health services in rural and remote areas',
  'open data and e-government services for citizens',
  'measuring the information society with reliable ICT indicators',
  'the environmental impact of ICTs and e-waste management',
  'multilingual content and cultural diversity on the Internet',
];
const PLACES: [string, number][] = [['Busan', 2014], ['Dubai', 2018], ['Bucharest', 2022]];

/** One ITU-like document: a symbol, a title, preambles, citations, operative mandates. */
function documentText(index: number, next: () => number): string {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const resolution = 100 + Math.floor(next() * 120);
  const [place, year] = pick(PLACES);
  const council = 1300 + Math.floor(next() * 120);
  const lines = [
    `Council 2024`,
    `Document C24/${index + 1}-E`,
    `${2019 + (index % 6)}-0${1 + (index % 9)}-15`,
    `Report on the implementation of WSIS outcomes, part ${index + 1}`,
    '',
  ];
  const paragraphs = 18 + Math.floor(next() * 15);
  for (let p = 0; p < paragraphs; p += 1) {
    const agency = pick(AGENCIES);
    const other = pick(AGENCIES);
    const line = 1 + Math.floor(next() * 11);
    const sdg = 1 + Math.floor(next() * 17);
    const kind = next();
    if (kind < 0.25) {
      lines.push(
        `${p + 1}. ${pick(VERBS)} ${pick(ADDRESSEES)} ${pick(ACTIONS)}, in line with Resolution ${resolution} (Rev. ${place}, ${year}) of the Plenipotentiary Conference and Council Resolution ${council} (Mod 2024).`,
      );
    } else if (kind < 0.5) {
      lines.push(
        `${p + 1}. ${agency} and ${other} jointly organized a session at the WSIS Forum ${2019 + (p % 6)} on ${pick(TOPICS)}, contributing to WSIS Action Line C${line} and SDG ${sdg}.`,
      );
    } else if (kind < 0.75) {
      lines.push(
        `${p + 1}. As lead facilitator of Action Line C${line}, ${agency} reported progress on ${pick(TOPICS)}; see also document C23/${1 + Math.floor(next() * 90)} and the WSIS-SDG Matrix linking it to SDG target ${sdg}.${1 + Math.floor(next() * 5)}.`,
      );
    } else {
      lines.push(
        `${p + 1}. Recalling Resolution 70/125 of the United Nations General Assembly on the overall review of the implementation of the outcomes of the WSIS, the secretariat notes continued work on ${pick(TOPICS)} with ${agency}, towards the 2030 Agenda for Sustainable Development.`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** Writes `count` synthetic .txt documents into `dir`; returns their paths. */
export async function writeSyntheticCorpus(dir: string, count: number, seed = 20_251_124): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const next = random(seed);
  const paths: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const path = join(dir, `synthetic-${String(i).padStart(5, '0')}.txt`);
    await writeFile(path, documentText(i, next));
    paths.push(path);
  }
  return paths;
}
