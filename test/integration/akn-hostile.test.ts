/**
 * Hostile XML, through the loader and through POST /api/documents: each file is refused with a one-line reason
 * naming the file, and the store is exactly as before. The files are generated here (the big one at 100 MB).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBuffer, loadFile } from '../../ingest/loaders/index.js';
import { InputError } from '../../src/domain/errors.js';
import { startApp, type RunningApp } from '../browser/harness.js';
import { expectUploadRefused } from './refusals.js';

const AKN = 'xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"';
const DOCTYPE_REFUSED = /^XML declares (DOCTYPE|ENTITY): DTDs and entity declarations are refused/;

const billionLaughs = [
  '<?xml version="1.0"?>',
  '<!DOCTYPE akomaNtoso [',
  '<!ENTITY lol "lol">',
  ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`),
  ']>',
  `<akomaNtoso ${AKN}><statement name="resolution"><mainBody><p>&lol9;</p></mainBody></statement></akomaNtoso>`,
].join('\n');
const externalEntity = `<?xml version="1.0"?>\n<!DOCTYPE akomaNtoso [<!ENTITY secret SYSTEM "file:///etc/passwd">]>\n<akomaNtoso ${AKN}><statement name="resolution"><mainBody><p>&secret;</p></mainBody></statement></akomaNtoso>`;
const bareEntity = `<?xml version="1.0"?>\n<!ENTITY x "y">\n<akomaNtoso ${AKN}><statement name="resolution"><mainBody><p>&x;</p></mainBody></statement></akomaNtoso>`;
const deep = `<akomaNtoso ${AKN}><statement name="resolution"><mainBody>${'<hcontainer name="x">'.repeat(200)}<p>deep</p>${'</hcontainer>'.repeat(200)}</mainBody></statement></akomaNtoso>`;
const manyElements = `<akomaNtoso ${AKN}><statement name="resolution"><mainBody><p>${'<b/>'.repeat(1_000_001)}</p></mainBody></statement></akomaNtoso>`;
const otherNamespace = '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/2.0"><statement><mainBody><p>x</p></mainBody></statement></akomaNtoso>';
const notAkn = '<?xml version="1.0"?><catalog xmlns="urn:example"><item>x</item></catalog>';

const CASES: Array<[name: string, xml: string, status: number, reason: string | RegExp]> = [
  ['billion-laughs.xml', billionLaughs, 422, DOCTYPE_REFUSED],
  ['external-entity.xml', externalEntity, 422, DOCTYPE_REFUSED],
  ['bare-entity.akn', bareEntity, 422, /^XML declares ENTITY: /],
  ['deep.xml', deep, 422, 'XML nests elements over 100 levels deep'],
  ['many-elements.xml', manyElements, 422, 'XML has over 1000000 elements'],
  ['akn-2.xml', otherNamespace, 422, 'XML is not Akoma Ntoso 3.0 (root <akomaNtoso> in namespace http://docs.oasis-open.org/legaldocml/ns/akn/2.0)'],
  ['catalog.xml', notAkn, 422, 'XML is not Akoma Ntoso 3.0 (root <catalog> in namespace urn:example)'],
];

async function refusal(load: Promise<unknown>): Promise<InputError> {
  const error = await load.then(() => null, (thrown: unknown) => thrown);
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

describe('hostile XML is refused by the loader with a reason naming the file', () => {
  it.each(CASES)('%s', async (name, xml, _status, reason) => {
    const error = await refusal(loadBuffer(Buffer.from(xml), name));
    expect(error.file).toBe(name);
    expect(error.message).not.toContain('\n');
    if (typeof reason === 'string') expect(error.reason).toBe(reason);
    else expect(error.reason).toMatch(reason);
  });

  it('refuses a 100 MB AKN file before reading it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'akn-big-'));
    try {
      const path = join(dir, 'huge.xml');
      const paragraph = '<paragraph><num>1</num><content><p>to report annually to the Council;</p></content></paragraph>';
      const body = paragraph.repeat(Math.ceil((100 * 1024 * 1024) / paragraph.length));
      await writeFile(path, `<akomaNtoso ${AKN}><statement name="resolution"><mainBody>${body}</mainBody></statement></akomaNtoso>`);
      const error = await refusal(loadFile(path));
      expect(error.reason).toMatch(/^file is 100 MB, over the 50 MB limit$/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('hostile XML uploads are refused and change nothing', () => {
  let app: RunningApp;
  beforeAll(async () => {
    app = await startApp({ seeds: false });
  });
  afterAll(async () => app?.close());

  const expectRefused = (bytes: Uint8Array, name: string, status: number, reason: string | RegExp): Promise<void> =>
    expectUploadRefused(app, bytes, name, status, reason);

  it.each(CASES)('%s', async (name, xml, status, reason) => {
    await expectRefused(Buffer.from(xml), name, status, reason);
  });

  it('a 100 MB AKN upload → 413, stopped while streaming', async () => {
    const paragraph = '<paragraph><num>1</num><content><p>to report annually to the Council;</p></content></paragraph>';
    const bytes = Buffer.from(`<akomaNtoso ${AKN}><statement><mainBody>${paragraph.repeat(Math.ceil((100 * 1024 * 1024) / paragraph.length))}</mainBody></statement></akomaNtoso>`);
    await expectRefused(bytes, 'huge.akn', 413, 'file is over the 50 MB limit');
  });
});
