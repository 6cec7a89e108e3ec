import { basename } from 'node:path';
import { Command } from 'commander';
import { ConfigError, loadConfig } from '../../src/config.js';
import type { Extraction } from '../../src/domain/document.js';
import { InputError } from '../../src/domain/errors.js';
import { extractFile } from '../../src/extract/index.js';
import { loadFile } from '../loaders/index.js';

/** A readable summary: what was found, per label, with the mandates and versions spelled out. */
function summarize(x: Extraction): string {
  const lines = [
    `${x.document.source}: key ${x.document.key}${x.document.title ? `, "${x.document.title}"` : ''}`,
    `${x.passages.length} passages, ${x.entities.length} entities, ${x.mandates.length} mandates, ${x.versions.length} versions, ${x.relations.length} relations`,
  ];
  const byLabel = new Map<string, string[]>();
  for (const e of x.entities) byLabel.set(e.label, [...(byLabel.get(e.label) ?? []), e.key]);
  for (const [label, keys] of byLabel) lines.push(`  ${label} (${keys.length}): ${keys.join(', ')}`);
  for (const m of x.mandates) lines.push(`  mandate ${m.resolution} ${m.verb} ${m.addressee}: ${m.action.slice(0, 100)}`);
  for (const v of x.versions) lines.push(`  version ${v.key} (${v.kind}${v.place ? ` ${v.place}` : ''}${v.event ? `, ${v.event}` : ''})`);
  for (const w of x.warnings) lines.push(`  warning: ${w}`);
  return `${lines.join('\n')}\n`;
}

/**
 * A file that holds several resolutions prints one object: the collection's document, the entities, mandates,
 * versions and relations of all its parts (each mandate names its resolution), and each part's own extraction.
 */
function contractOf(extractions: readonly Extraction[]): Extraction & { documents?: Extraction[] } {
  const [whole, ...parts] = extractions as [Extraction, ...Extraction[]];
  if (parts.length === 0) return whole;
  const all = [whole, ...parts];
  return {
    ...whole,
    entities: all.flatMap((x) => x.entities),
    mandates: all.flatMap((x) => x.mandates),
    versions: all.flatMap((x) => x.versions),
    relations: all.flatMap((x) => x.relations),
    documents: parts,
  };
}

const program = new Command()
  .name('extract')
  .description('Extract passages, entities, mandates and resolution versions from one document (no store needed).')
  .argument('<file>', 'a PDF, DOCX, TXT, Markdown or HTML file')
  .option('--json', 'print exactly the extraction JSON on stdout')
  .action(async (file: string, options: { json?: boolean }) => {
    const config = loadConfig();
    const loaded = await loadFile(file, { maxBytes: config.MAX_FILE_BYTES, parseTimeoutMs: config.PARSE_TIMEOUT_MS });
    const extractions = extractFile(loaded);
    process.stdout.write(options.json ? `${JSON.stringify(contractOf(extractions))}\n` : extractions.map(summarize).join(''));
  });

try {
  await program.parseAsync();
} catch (error) {
  const file = process.argv.slice(2).find((a) => !a.startsWith('-')) ?? '';
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  process.stderr.write(`error: ${error instanceof InputError || error instanceof ConfigError ? reason : `${basename(file)}: ${reason}`}\n`);
  process.exitCode = 1;
}
