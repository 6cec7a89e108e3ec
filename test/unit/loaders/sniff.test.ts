import { describe, expect, it } from 'vitest';
import { sniffFormat } from '../../../ingest/loaders/sniff.js';

const text = (value: string): Buffer => Buffer.from(value, 'utf8');

describe('sniffFormat', () => {
  it('goes by magic bytes, not by name', () => {
    expect(sniffFormat(text('%PDF-1.7\n...'), 'report.txt')).toMatchObject({ ok: true, format: 'pdf' });
    expect(sniffFormat(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]), 'report.pdf')).toMatchObject({ ok: true, format: 'docx' });
  });
  it('refuses OLE containers: legacy .doc and password-protected Office files', () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    expect(sniffFormat(ole, 'secret.docx')).toEqual({ ok: false, kind: 'unsupported-type', reason: 'legacy .doc or password-protected Office file (OLE container): not supported' });
  });
  it('refuses a binary-format name without its magic', () => {
    expect(sniffFormat(text('hello'), 'report.pdf')).toEqual({ ok: false, kind: 'unsupported-type', reason: 'not a PDF (no %PDF- header)' });
    expect(sniffFormat(text('hello'), 'report.docx')).toEqual({ ok: false, kind: 'unsupported-type', reason: 'not a DOCX (not a ZIP archive)' });
  });
  it('tells markdown, html and plain text apart for valid UTF-8', () => {
    expect(sniffFormat(text('# Title'), 'notes.md')).toMatchObject({ format: 'md' });
    expect(sniffFormat(text('<!DOCTYPE html><html><body>x</body></html>'), 'page')).toMatchObject({ format: 'html' });
    expect(sniffFormat(text('<p>x</p>'), 'page.htm')).toMatchObject({ format: 'html' });
    expect(sniffFormat(text('plain'), 'notes.txt')).toMatchObject({ format: 'txt', text: 'plain' });
  });
  it('refuses invalid UTF-8, NUL bytes and unknown extensions', () => {
    expect(sniffFormat(Buffer.from([0xc3, 0x28, 0x41]), 'a.txt')).toEqual({ ok: false, kind: 'unsupported-type', reason: 'binary data, not text' });
    expect(sniffFormat(text('abc\u0000def'), 'a.txt')).toEqual({ ok: false, kind: 'unsupported-type', reason: 'binary data, not text' });
    expect(sniffFormat(text('words'), 'data.xyz')).toEqual({ ok: false, kind: 'unsupported-type', reason: "unsupported file type '.xyz'" });
  });
});
