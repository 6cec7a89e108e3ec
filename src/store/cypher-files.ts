import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { StoreError } from '../domain/errors.js';
import type { Engine, StatementKind } from './statement.js';


export const CYPHER_ROOT = fileURLToPath(new URL('../../cypher/', import.meta.url));

/** Statement names are file names, never paths: this keeps `read(name)` inside cypher/. */
const STATEMENT_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const cache = new Map<string, string>();

/**
 * The text of `cypher/<kind>/<name>.cypher`. An engine folder (`cypher/<kind>/<engine>/`) wins over the common
 * file: only index-specific statements (vector property writes, index queries) live there.
 */
export function cypherStatement(kind: StatementKind, name: string, engine: Engine): string {
  const cacheKey = `${engine}:${kind}:${name}`;
  const cached = cache.get(cacheKey);
  if (cached !== undefined) return cached;
  if (!STATEMENT_NAME.test(name)) throw new StoreError(`invalid statement name: ${name}`, 'UNKNOWN_STATEMENT');
  const candidates = [join(CYPHER_ROOT, kind, engine, `${name}.cypher`), join(CYPHER_ROOT, kind, `${name}.cypher`)];
  const path = candidates.find((candidate) => existsSync(candidate));
  if (path === undefined) throw new StoreError(`no ${kind} statement named ${name}`, 'UNKNOWN_STATEMENT');
  const text = readFileSync(path, 'utf8').trim();
  cache.set(cacheKey, text);
  return text;
}

export interface SchemaStatement {
  name: string;
  text: string;
}

/** Idempotent DDL for one engine: `cypher/schema/common/` then `cypher/schema/<engine>/`, each in name order. */
export function schemaStatements(engine: Engine): SchemaStatement[] {
  return ['common', engine].flatMap((folder) => {
    const dir = join(CYPHER_ROOT, 'schema', folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((file) => file.endsWith('.cypher'))
      .sort()
      .map((file) => {
        const text = readFileSync(join(dir, file), 'utf8').trim();
        return { name: `${folder}/${file.replace(/\.cypher$/, '')}`, text };
      });
  });
}

/** The `$name` parameters a statement uses (backquoted names and string literals aside, which our files avoid). */
export function statementParameters(text: string): string[] {
  return [...new Set([...text.matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((match) => match[1] as string))];
}
