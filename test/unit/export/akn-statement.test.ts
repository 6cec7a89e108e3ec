import { describe, expect, it } from 'vitest';
import { statementAkn } from '../../../src/export/akn-statement.js';
import { SOURCE } from '../../fixtures/akn/resolution-146.js';
import { CAN_VALIDATE, NO_VALIDATION_REASON, schemaErrors } from '../../fixtures/akn/xmllint.js';

describe('a resolution structure written as AKN4UN', () => {
  const exported = statementAkn(SOURCE);
  const { xml } = exported;

  it('names work, expression and manifestation with AKN4UN IRIs dated by the adopting session', () => {
    expect(xml).toContain('<FRBRuri value="/akn/un/statement/deliberation/itu-pp/2018-11-15/res-146"/>');
    expect(xml).toContain('<FRBRuri value="/akn/un/statement/deliberation/itu-pp/2018-11-15/res-146/eng@2018-11-15"/>');
    expect(xml).toContain('<FRBRdate date="2018-11-15" name="adoption"/>');
    expect(xml).toContain('<TLCOrganization eId="itu-pp" href="/ontology/organizations/itu-pp" showAs="Plenipotentiary Conference"/>');
    expect(xml).toContain('<TLCOrganization eId="itu" href="/ontology/organizations/itu" showAs="International Telecommunication Union"/>');
    expect(xml).toContain('<TLCEvent eId="itu-pp-2018" href="/ontology/events/itu-pp-2018" showAs="Plenipotentiary Conference (Dubai, 2018)"/>');
    expect(xml).toMatch(/<statement name="resolution">/);
  });

  it('groups recitals by preambular phrase and operative paragraphs by operative phrase, sub-items as points', () => {
    expect(xml).toContain('<recitals eId="recs_1"><intro eId="recs_1__intro"><p><i>recalling</i></p></intro><recital eId="recs_1__rec_1"><num>a)</num>');
    expect(xml).toContain('<hcontainer name="instructs_the_secretary_general" eId="hcont_2"><heading><i>instructs the Secretary-General</i></heading>');
    expect(xml).toContain('<list eId="hcont_1__para_2__list_1"><point eId="hcont_1__para_2__list_1__point_a_1"');
    expect(xml).toContain('&amp; its annex &lt; 2;');
  });

  it('links every citation outside the identity line to the cited resolution, the version where the text gives it', () => {
    expect(xml).toContain('<ref href="/akn/un/statement/deliberation/itu-pp/2018-11-15/res-71">Resolution 71 (Rev. Dubai, 2018)</ref>');
    expect(xml).toContain('<ref href="/akn/un/statement/deliberation/itu-wcit/2012/res-4">Resolution 4 (Dubai, 2012)</ref>');
    expect(xml).toContain('<ref href="/akn/un/statement/deliberation/itu-pp/res-71">Resolution 71</ref>;');
    expect(xml.match(/<ref /g)).toHaveLength(3);
  });

  it('puts every mandate in its paragraph, found by eId and referring to the mandate', () => {
    expect(Object.fromEntries(exported.mandateParagraphs)).toEqual({
      'pp18-res-146!m0': 'hcont_1__para_1',
      'pp18-res-146!m1': 'hcont_1__para_2',
      'pp18-res-146!m2': 'hcont_2__para_1',
      'pp18-res-146!m3': 'hcont_2__para_2',
    });
    expect(xml).toContain('<paragraph eId="hcont_2__para_1" refersTo="#mandate_3">');
    expect(xml).toContain('<TLCConcept eId="mandate_3" href="/ontology/mandates/pp18-res-146!m2" showAs="instructs Secretary-General"/>');
  });

  it.skipIf(!CAN_VALIDATE)('is refused by the schema when it carries what AKN forbids (the check can fail)', () => {
    expect(schemaErrors(new Map([['lang', xml.replace('<statement name="resolution">', '<statement name="resolution" xml:lang="en">')]]))).not.toEqual([]);
  });

  it('has unique eIds', () => {
    const ids = [...xml.matchAll(/ eId="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.skipIf(!CAN_VALIDATE)(`validates against the AKN 3.0 schema${CAN_VALIDATE ? '' : ` (skipped: ${NO_VALIDATION_REASON})`}`, () => {
    expect(schemaErrors(new Map([['res-146', xml]]))).toEqual([]);
  });
});
