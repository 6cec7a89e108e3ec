import { extname } from 'node:path';
import type { DocumentFormat } from '../../src/domain/document.js';
import type { InputErrorKind } from '../../src/domain/errors.js';

/** What the bytes are, by magic number and content, never by the file's name alone. */
export type SniffResult =
  | { ok: true; format: DocumentFormat; text: string | null }
  | { ok: false; kind: InputErrorKind; reason: string };

const PDF_MAGIC = Buffer.from('%PDF-');
const ZIP_MAGIC = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
// OLE compound file: a legacy .doc, or an Office document encrypted with a password (Word wraps those in OLE).
const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
// Names that promise a binary format: if the bytes do not carry its magic, the file is refused.
const BINARY_EXTENSIONS = new Set(['.pdf', '.docx', '.doc', '.zip', '.xlsx', '.pptx', '.odt', '.rtf']);
const TEXT_EXTENSIONS = new Set(['', '.txt', '.text', '.md', '.markdown', '.html', '.htm', '.xhtml', '.xml', '.akn']);
// Control characters other than tab, LF, CR, form feed: their presence means binary data.
const CONTROL_JUNK = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g;
const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)[\s>]/i;
// XML prolog parts before the root element: declaration, processing instructions, comments, a DOCTYPE (with its
// internal subset). The root is read past them, so a DOCTYPE'd AKN file still reaches the AKN reader, which refuses it.
const XML_PROLOG = /^\s*(?:(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^[>]*(?:\[[\s\S]*?\])?\s*>)\s*)*/i;
const ROOT_ELEMENT = /^<(?:[\w.-]+:)?([\w.-]+)[\s>/]/;

export function sniffFormat(bytes: Buffer, name: string): SniffResult {
  const extension = extname(name).toLowerCase();
  // Tolerate a few bytes of junk before the header, as PDF readers do.
  const pdfAt = bytes.subarray(0, 1024).indexOf(PDF_MAGIC);
  if (pdfAt >= 0) return { ok: true, format: 'pdf', text: null };
  if (bytes.subarray(0, 4).equals(ZIP_MAGIC)) return { ok: true, format: 'docx', text: null };
  if (bytes.subarray(0, 8).equals(OLE_MAGIC))
    return { ok: false, kind: 'unsupported-type', reason: 'legacy .doc or password-protected Office file (OLE container): not supported' };
  if (extension === '.pdf') return { ok: false, kind: 'unsupported-type', reason: 'not a PDF (no %PDF- header)' };
  if (BINARY_EXTENSIONS.has(extension)) return { ok: false, kind: 'unsupported-type', reason: `not a ${extension.slice(1).toUpperCase()} (not a ZIP archive)` };
  if (!TEXT_EXTENSIONS.has(extension)) return { ok: false, kind: 'unsupported-type', reason: `unsupported file type '${extension}'` };
  const text = decodeUtf8Text(bytes);
  if (text === null) return { ok: false, kind: 'unsupported-type', reason: 'binary data, not text' };
  if (extension === '.md' || extension === '.markdown') return { ok: true, format: 'md', text };
  const html = extension === '.html' || extension === '.htm' || extension === '.xhtml';
  const root = xmlRoot(text);
  if (!html && (root === 'akomaNtoso' || ((extension === '.xml' || extension === '.akn') && root !== 'html'))) return { ok: true, format: 'akn', text };
  if (html || root === 'html' || HTML_START.test(text.slice(0, 4096)))
    return { ok: true, format: 'html', text };
  return { ok: true, format: 'txt', text };
}

/**
 * The root element's local name of an XML document (after its prolog), or null when the text does not open with
 * XML. Read from the first 64 KB: a longer prolog is no document's.
 */
function xmlRoot(text: string): string | null {
  const head = text.slice(0, 65_536);
  const prolog = XML_PROLOG.exec(head)?.[0] ?? '';
  return ROOT_ELEMENT.exec(head.slice(prolog.length))?.[1] ?? null;
}

/** UTF-8 text without NUL or control junk, or null when the bytes are not text. */
function decodeUtf8Text(bytes: Buffer): string | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
  const junk = text.match(CONTROL_JUNK)?.length ?? 0;
  // A stray control character can survive copy-paste; more than one in a thousand is not text.
  if (text.includes('\u0000') || junk > Math.max(1, text.length / 1000)) return null;
  return text.replace(/^\uFEFF/, '');
}
