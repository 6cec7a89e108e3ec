/** ITU Council, UNGA and ECOSOC resolutions (the extraction's layout fixtures) written as AKN4UN. */
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFile } from '../../../ingest/loaders/index.js';
import type { Extraction } from '../../../src/domain/document.js';
import { extractFile } from '../../../src/extract/index.js';
import { exportOf } from '../../fixtures/akn/export-of.js';
import { CAN_VALIDATE, NO_VALIDATION_REASON, schemaErrors } from '../../fixtures/akn/xmllint.js';

const LAYOUTS = resolve('test/fixtures/extract/layouts');

describe('resolutions of other bodies as AKN4UN', async () => {
  const extractions: Extraction[] = [];
  for (const file of readdirSync(LAYOUTS).sort()) extractions.push(...extractFile(await loadFile(resolve(LAYOUTS, file))).filter((x) => x.structure !== null));
  const exported = new Map(extractions.map((x) => [x.structure!.identity.resolution, { extraction: x, akn: exportOf(x) }]));

  it('names each by its body and number, the UN symbol included', () => {
    expect(exported.get('A/RES/70/125')?.akn.xml).toContain('<FRBRuri value="/akn/un/statement/deliberation/unga/res-70-125"/>');
    expect(exported.get('A/RES/70/125')?.akn.xml).toContain('<TLCOrganization eId="unga" href="/ontology/organizations/unga" showAs="United Nations General Assembly"/>');
    expect(exported.get('E/RES/2023/3')?.akn.xml).toContain('/akn/un/statement/deliberation/ecosoc/');
    expect(exported.get('ITU-COUNCIL/1334')?.akn.xml).toContain('/akn/un/statement/deliberation/itu-council/');
  });

  it('puts every mandate in an element found by eId, annexed declarations included', () => {
    for (const { extraction, akn } of exported.values()) expect(akn.mandateParagraphs.size).toBe(extraction.mandates.length);
  });

  it.skipIf(!CAN_VALIDATE)(`validates against akomantoso30.xsd${CAN_VALIDATE ? '' : ` (skipped: ${NO_VALIDATION_REASON})`}`, () => {
    expect(exported.size).toBe(3);
    expect(schemaErrors(new Map([...exported].map(([key, { akn }]) => [key, akn.xml])))).toEqual([]);
  });
});
