/**
 * The statement registry and cypher/ agree: every read and write file is registered, every registered statement has
 * its file on each engine it declares, and the parameters a file uses are exactly those its schema declares.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CYPHER_ROOT, cypherStatement, statementParameters } from '../../../src/store/cypher-files.js';
import { STATEMENTS } from '../../../src/store/queries/index.js';
import { ENGINES } from '../../../src/store/statement.js';

const files = (['read', 'write'] as const).flatMap((kind) =>
  readdirSync(join(CYPHER_ROOT, kind), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.cypher'))
    .map((file) => {
      const parts = file.replace(/\.cypher$/, '').split('/');
      return { kind, name: parts.at(-1) as string, engine: parts.length > 1 ? parts[0] : null, file: `${kind}/${file}` };
    }),
);

describe('statement registry', () => {
  it('registers every statement file once, with the engine of an engine-only file', () => {
    const unregistered = files.filter(
      (f) => !STATEMENTS.some((s) => s.kind === f.kind && s.name === f.name && (f.engine === null || s.engines.includes(f.engine as never))),
    );
    expect(unregistered.map((f) => f.file)).toEqual([]);
    const ids = STATEMENTS.map((s) => `${s.kind}/${s.name}`);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(STATEMENTS.map((s) => [`${s.kind}/${s.name}`, s] as const))('%s has a file on its engines and takes the parameters it declares', (_, statement) => {
    const declared = Object.keys((statement.params as z.ZodObject).shape).sort();
    for (const engine of ENGINES) {
      const common = existsSync(join(CYPHER_ROOT, statement.kind, `${statement.name}.cypher`));
      const own = existsSync(join(CYPHER_ROOT, statement.kind, engine, `${statement.name}.cypher`));
      expect(common || own, `${engine}`).toBe(statement.engines.includes(engine));
      if (!statement.engines.includes(engine)) continue;
      expect(statementParameters(cypherStatement(statement.kind, statement.name, engine)).sort(), engine).toEqual(declared);
    }
  });
});
