import { Parser } from 'htmlparser2';
import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import { InputRefusal } from './refusal.js';
import type { LoadLimits } from './limits.js';
import { formatBytes } from './limits.js';

const MAIN_PART = 'word/document.xml';
// Word writes document.xml a few dozen elements deep (tables in tables add ~6 each); tens of thousands
// of levels is an attack on recursive XML walkers such as mammoth's.
export const MAX_XML_DEPTH = 256;
// Real DOCX parts compress 5–30×; a part that claims more than this is a bomb, not a document.
const MAX_COMPRESSION_RATIO = 200;
/** How much of the main part is read for its nesting before any ratio is judged. */
const NESTING_PEEK_BYTES = 1024 * 1024;

/**
 * Checks a DOCX zip with yauzl before mammoth sees it (mammoth has no bomb protection): entry count,
 * declared and actual uncompressed sizes (yauzl checks each stream against its declared size),
 * compression ratio, and the element nesting depth of word/document.xml.
 */
export async function checkDocxZip(bytes: Buffer, limits: LoadLimits): Promise<void> {
  const zip = await openZip(bytes);
  try {
    if (zip.entryCount > limits.maxZipEntries)
      throw new InputRefusal('too-many-entries', `DOCX has ${zip.entryCount} zip entries, over the limit of ${limits.maxZipEntries}`);
    const entries = await listEntries(zip);
    const main = entries.find((entry) => entry.fileName === MAIN_PART);
    if (!main) throw new InputRefusal('unsupported-type', `ZIP archive is not a DOCX (no ${MAIN_PART})`);
    const bomb = new InputRefusal('zip-bomb', `DOCX expands beyond the ${formatBytes(limits.maxUncompressedBytes)} limit (zip bomb?)`);
    const declared = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
    if (declared > limits.maxUncompressedBytes) throw bomb;
    // Deep nesting compresses as well as padding does: its opening tags come first, so a look at the start of the
    // main part names it before the compression ratio would call it a bomb.
    await measureDepth(zip, main, NESTING_PEEK_BYTES);
    const packed = entries.find((entry) => entry.uncompressedSize > 1024 * 1024 && entry.uncompressedSize / Math.max(1, entry.compressedSize) > MAX_COMPRESSION_RATIO);
    if (packed) {
      const ratio = Math.round(packed.uncompressedSize / Math.max(1, packed.compressedSize));
      throw new InputRefusal('zip-bomb', `DOCX part ${packed.fileName} is compressed ${ratio}:1, past the ${MAX_COMPRESSION_RATIO}:1 of real documents (zip bomb?)`);
    }
    let inflated = 0;
    for (const entry of entries) {
      if (entry.isEncrypted()) throw new InputRefusal('encrypted', 'encrypted DOCX: a password is required');
      if (entry === main) {
        inflated += await measureDepth(zip, main, limits.maxUncompressedBytes - inflated, bomb);
        continue;
      }
      for await (const chunk of await zip.openReadStreamPromise(entry)) {
        inflated += (chunk as Buffer).length;
        if (inflated > limits.maxUncompressedBytes) throw bomb;
      }
    }
  } catch (error) {
    if (error instanceof InputRefusal) throw error;
    throw new InputRefusal('corrupt', `corrupt DOCX (${zipErrorDetail(error)})`, { cause: error });
  } finally {
    zip.close();
  }
}

async function openZip(bytes: Buffer): Promise<ZipFile> {
  try {
    return await yauzl.fromBufferPromise(bytes, { lazyEntries: true, validateEntrySizes: true });
  } catch (error) {
    throw new InputRefusal('corrupt', `corrupt DOCX (${zipErrorDetail(error)})`, { cause: error });
  }
}

/**
 * Streams a part through the depth meter, refusing it once elements nest past MAX_XML_DEPTH; reads at most `budget`
 * bytes, then stops (no `overBudget` refusal: a peek) or refuses with `overBudget`. Returns the bytes read.
 */
async function measureDepth(zip: ZipFile, entry: Entry, budget: number, overBudget?: InputRefusal): Promise<number> {
  if (entry.isEncrypted()) throw new InputRefusal('encrypted', 'encrypted DOCX: a password is required');
  const depth = new DepthMeter();
  const stream = await zip.openReadStreamPromise(entry);
  let read = 0;
  try {
    for await (const chunk of stream) {
      read += (chunk as Buffer).length;
      depth.write(chunk as Buffer);
      if (depth.max > MAX_XML_DEPTH) throw new InputRefusal('nesting', `DOCX ${MAIN_PART} nests elements over ${MAX_XML_DEPTH} levels deep`);
      if (read > budget) {
        if (overBudget) throw overBudget;
        return read;
      }
    }
    depth.end();
  } finally {
    stream.destroy();
  }
  if (depth.max > MAX_XML_DEPTH) throw new InputRefusal('nesting', `DOCX ${MAIN_PART} nests elements over ${MAX_XML_DEPTH} levels deep`);
  return read;
}

function zipErrorDetail(error: unknown): string {
  const message = error instanceof Error ? error.message.split('\n')[0] : '';
  return message ? `broken ZIP archive: ${message.slice(0, 100)}` : 'broken ZIP archive';
}

function listEntries(zip: ZipFile): Promise<Entry[]> {
  return new Promise((resolve, reject) => {
    const entries: Entry[] = [];
    zip.on('entry', (entry: Entry) => {
      entries.push(entry);
      zip.readEntry();
    });
    zip.once('end', () => resolve(entries));
    zip.once('error', reject);
    zip.readEntry();
  });
}

/** Streams XML and records how deep elements nest, without building a tree. */
class DepthMeter {
  max = 0;
  private depth = 0;
  private readonly parser = new Parser(
    {
      onopentag: () => {
        this.depth++;
        if (this.depth > this.max) this.max = this.depth;
      },
      onclosetag: () => {
        this.depth--;
      },
    },
    { xmlMode: true },
  );

  write(chunk: Buffer): void {
    this.parser.write(chunk.toString('utf8'));
  }

  end(): void {
    this.parser.end();
  }
}
