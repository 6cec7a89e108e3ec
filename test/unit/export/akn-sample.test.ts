import { describe, expect, it } from 'vitest';
import { loadBuffer } from '../../../ingest/loaders/index.js';
import { extractDocument } from '../../../src/extract/index.js';
import { exportOf } from '../../fixtures/akn/export-of.js';
import { SAMPLE_AKN } from '../../fixtures/akn/resolution-sample.js';
import { CAN_VALIDATE, schemaErrors } from '../../fixtures/akn/xmllint.js';

describe('a converter-made AKN resolution, read and written back', async () => {
  const extraction = extractDocument(await loadBuffer(Buffer.from(SAMPLE_AKN), 'res-146.xml'));
  const structure = extraction.structure;

  it('is read like its printed text: the glued operative phrase heads its own group', () => {
    expect(structure?.identity).toMatchObject({ resolution: 'ITU-PP/146', version: 'ITU-PP/146@2018' });
    expect(structure?.formula?.event).toBe('ITU-PP-2018');
    expect(structure?.preamble.map((group) => [group.phrase, group.paragraphs.length])).toEqual([['recalling', 2]]);
    expect(structure?.operative.map((group) => [group.phrase, group.paragraphs.map((p) => p.num)])).toEqual([
      ['resolves', ['1', '2']],
      ['instructs the Secretary-General', ['1', '2']],
    ]);
    expect(extraction.mandates.map((m) => `${m.verb} ${m.addressee}`)).toContain('instructs Secretary-General');
  });

  const xml = exportOf(extraction).xml;

  it('is written back with its citation linked and no xml:lang on the statement', () => {
    expect(xml).toContain('<ref href="/akn/un/statement/deliberation/itu-pp/2018-11-15/res-71">Resolution 71 (Rev. Dubai, 2018)</ref>');
    expect(xml).toContain('<statement name="resolution">');
  });

  it.skipIf(!CAN_VALIDATE)('is valid AKN 3.0 (xmllint)', () => {
    expect(schemaErrors(new Map([['res-146', xml]]))).toEqual([]);
  });
});
