import { execFile } from 'node:child_process';
import { tmpdir } from 'node:os';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const loaders = new URL('../../ingest/loaders/index.ts', import.meta.url).href;
const corpus = (path: string): string => new URL(`../../corpus/${path}`, import.meta.url).pathname;

// The CLIs run under tsx, where the parse worker must register tsx itself; vitest covers the other path.
describe('the parse worker under tsx, started from another working directory', () => {
  it('loads a PDF and a DOCX and refuses an encrypted PDF', async () => {
    const script = `
      const { loadFile } = await import(${JSON.stringify(loaders)});
      const pdf = await loadFile(${JSON.stringify(corpus('pdf/003_911621527da43a0c.pdf'))});
      const docx = await loadFile(${JSON.stringify(corpus('docx/003_911621527da43a0c.docx'))});
      const refusal = await loadFile(${JSON.stringify(new URL('../fixtures/hostile/encrypted.pdf', import.meta.url).pathname)}).catch((error) => error.reason);
      console.log(JSON.stringify({ pdf: [pdf.format, pdf.pageCount, pdf.blocks.length], docx: [docx.format, docx.blocks.length], refusal }));
    `;
    const tsx = new URL('../../node_modules/tsx/dist/esm/index.mjs', import.meta.url).href;
    const { stdout } = await run(process.execPath, ['--import', tsx, '--input-type=module', '-e', script], { cwd: tmpdir() });
    expect(JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}')).toEqual({
      pdf: ['pdf', 2, 28],
      docx: ['docx', 28],
      refusal: 'encrypted PDF: a password is required',
    });
  });
});
