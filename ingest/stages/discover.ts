import { readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { DOCUMENT_FORMATS } from '../../src/domain/document.js';

/** Extensions taken when walking a folder (a file named explicitly is always tried: loaders sniff content). */
const FOLDER_EXTENSIONS = new Set([...DOCUMENT_FORMATS.map((format) => `.${format}`), '.htm', '.markdown', '.xml']);

/** Files to ingest, in a stable order: named files as given, folders walked recursively (sorted). */
export async function discoverFiles(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const absolute = resolve(path);
    const info = await stat(absolute).catch(() => null);
    if (info?.isDirectory()) {
      const entries = await readdir(absolute, { recursive: true, withFileTypes: true });
      files.push(
        ...entries
          .filter((entry) => entry.isFile() && FOLDER_EXTENSIONS.has(extname(entry.name).toLowerCase()))
          .map((entry) => join(entry.parentPath, entry.name))
          .sort(),
      );
    } else {
      // Missing paths go on, so the load stage reports them as failed files with a reason.
      files.push(absolute);
    }
  }
  return files;
}
