import { describe, expect, it } from 'vitest';
import { parseAkn } from '../../../ingest/loaders/akn.js';
import { repairConvertedLine } from '../../../ingest/loaders/akn-repair.js';
import { sniffFormat } from '../../../ingest/loaders/sniff.js';

const NS = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';
const statement = (body: string): string => `<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="${NS}"><statement name="resolution" xml:lang="en">
  <meta><identification source="#x"><FRBRWork><FRBRthis value="/akn/un/x"/></FRBRWork></identification></meta>
  ${body}
</statement></akomaNtoso>`;
const texts = (xml: string): string[] => parseAkn(xml).blocks.map((block) => block.text);

describe('AKN statements read as the printed layout', () => {
  it('lays out preface, preamble and operative part line by line, numbers before their text', () => {
    const xml = statement(`
      <preface><longTitle><p><docType>RESOLUTION</docType> <docNumber>146 (REV. DUBAI, 2018)</docNumber></p></longTitle>
        <container name="title"><p>Periodic review of the ITRs</p></container></preface>
      <preamble><formula name="enactingFormula"><p>The Plenipotentiary Conference (Dubai, 2018),</p></formula>
        <recitals><intro><p><i>recalling</i></p></intro>
          <recital><p>a) Article 25 of the ITU Constitution;</p></recital>
          <recital><num>b)</num><p>No. 48 in Article 3 of the ITU Convention,</p></recital></recitals></preamble>
      <mainBody><hcontainer name="resolves"><heading><i>resolves</i></heading>
        <paragraph><num>1</num><content><p>that the ITRs should be reviewed:</p></content>
          <list><point><num>a)</num><content><p>periodically;</p></content></point></list></paragraph>
      </hcontainer></mainBody>`);
    expect(texts(xml)).toEqual([
      'RESOLUTION 146 (REV. DUBAI, 2018)',
      'Periodic review of the ITRs',
      'The Plenipotentiary Conference (Dubai, 2018),',
      'recalling',
      'a) Article 25 of the ITU Constitution;',
      'b) No. 48 in Article 3 of the ITU Convention,',
      'resolves',
      '1 that the ITRs should be reviewed:',
      'a) periodically;',
    ]);
  });

  it('reads a prefixed root, keeps undeclared entity references as literal text, and sets authorial notes under a rule', () => {
    const xml = `<akn:akomaNtoso xmlns:akn="${NS}"><akn:statement><akn:mainBody>
      <akn:p>developing<akn:authorialNote marker="1"><akn:p>These include LDCs.</akn:p></akn:authorialNote> countries &amp; &lol9;</akn:p>
    </akn:mainBody></akn:statement></akn:akomaNtoso>`;
    expect(texts(xml)).toEqual(['developing1 countries & &lol9;', '1 These include LDCs.']);
  });

  it('gives a collection its own front matter, then each component in order, skipping the table of contents', () => {
    const xml = `<akomaNtoso xmlns="${NS}"><documentCollection name="finalActs">
      <preface><longTitle><p><docType>FINAL ACTS</docType> <docTitle>of the Conference</docTitle></p></longTitle></preface>
      <collectionBody><component><componentRef src="#a" showAs="RESOLUTIONS"/></component></collectionBody>
      <components>
        <component><statement name="resolution"><preface><longTitle><p><docType>RESOLUTION</docType> <docNumber>2</docNumber></p></longTitle></preface></statement></component>
        <component><statement name="resolution"><preface><longTitle><p><docType>RESOLUTION</docType> <docNumber>11</docNumber></p></longTitle></preface></statement></component>
      </components></documentCollection></akomaNtoso>`;
    expect(texts(xml)).toEqual(['FINAL ACTS of the Conference', 'RESOLUTION 2', 'RESOLUTION 11']);
  });
});

describe("the converter's faults are cut back into lines", () => {
  it('an operative phrase left at the end of a paragraph, or inside one before its first clause', () => {
    expect(repairConvertedLine("2 to examine the reports with the Council's comments, instructs the Directors of the Bureaux")).toEqual([
      "2 to examine the reports with the Council's comments,",
      'instructs the Directors of the Bureaux',
    ]);
    expect(repairConvertedLine('3 to widen their participation, invites Member States, Sector Members and Associates to participate in EG-ITR,')).toEqual([
      '3 to widen their participation,',
      'invites Member States, Sector Members and Associates',
      'to participate in EG-ITR,',
    ]);
    expect(repairConvertedLine('6 to assist Member States, instructs the Directors of the Bureaux 1 to continue to support studies;')).toEqual([
      '6 to assist Member States,',
      'instructs the Directors of the Bureaux',
      '1 to continue to support studies;',
    ]);
  });

  it('leaves an addressee that is not a heading in its sentence', () => {
    const line = '1 to report, instructs the Secretary-General, in cooperation with the Directors, to act';
    expect(repairConvertedLine(line)).toEqual([line]);
    expect(repairConvertedLine('to consider it, invites the 2022 plenipotentiary conference to act.')).toEqual(['to consider it, invites the 2022 plenipotentiary conference to act.']);
  });

  it('paragraph numbers merged into the paragraph above, not reference numbers', () => {
    expect(repairConvertedLine('9 that the audit shall be carried out; 10 that the EWCF shall provide; 11 that, once all expenses')).toEqual([
      '9 that the audit shall be carried out;',
      '10 that the EWCF shall provide;',
      '11 that, once all expenses',
    ]);
    expect(repairConvertedLine('b) No. 48 in Article 3 of the ITU Convention;')).toEqual(['b) No. 48 in Article 3 of the ITU Convention;']);
  });

  it('inline footnotes go under their rule, one per line', () => {
    expect(repairConvertedLine('1 to hold WTPF; ____________________ 1 These include LDCs. 2 Buenos Aires Declaration, 2017.')).toEqual([
      '1 to hold WTPF;',
      '____________________',
      '1 These include LDCs.',
      '2 Buenos Aires Declaration, 2017.',
    ]);
  });
});

describe('AKN is recognised by its root element', () => {
  const bytes = (text: string): Buffer => Buffer.from(text);
  it('whatever the name, past a prolog with a DOCTYPE; other XML only under an XML name; XHTML stays HTML', () => {
    const akn = `<akomaNtoso xmlns="${NS}"><statement/></akomaNtoso>`;
    expect(sniffFormat(bytes(akn), 'upload')).toMatchObject({ ok: true, format: 'akn' });
    expect(sniffFormat(bytes(`<?xml version="1.0"?>\n<!-- c -->\n<!DOCTYPE a [<!ENTITY x "y">]>\n${akn}`), 'final-acts.txt')).toMatchObject({ format: 'akn' });
    expect(sniffFormat(bytes('<?xml version="1.0"?><catalog/>'), 'catalog.xml')).toMatchObject({ format: 'akn' });
    expect(sniffFormat(bytes('<?xml version="1.0"?><catalog/>'), 'notes')).toMatchObject({ format: 'txt' });
    expect(sniffFormat(bytes('<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body>x</body></html>'), 'page')).toMatchObject({ format: 'html' });
  });
});
