import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { highlightSyntax, lintCypherQuery } from '@neo4j-cypher/language-support';
import { describe, expect, it } from 'vitest';
import { NODE_LABELS, RELATIONSHIP_TYPES } from '../../src/domain/labels.js';
import { CYPHER_ROOT, statementParameters } from '../../src/store/cypher-files.js';
import { NODE_PROPERTY_KEYS, PARAMETER_ROW_FIELDS, RELATIONSHIP_PROPERTY_KEYS } from '../../src/store/graph-properties.js';

/** Every statement under cypher/, whoever wrote it: read, write and schema, common and per engine. */
const files = readdirSync(CYPHER_ROOT, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.cypher'))
  .sort();

const labels = new Set<string>([...NODE_LABELS, ...RELATIONSHIP_TYPES]);
const properties = new Set<string>([...NODE_PROPERTY_KEYS, ...RELATIONSHIP_PROPERTY_KEYS, ...PARAMETER_ROW_FIELDS]);

const dbSchema = {
  labels: [...NODE_LABELS],
  relationshipTypes: [...RELATIONSHIP_TYPES],
  propertyKeys: [...properties],
};

describe('cypher/ statements', () => {
  it('there are statements to lint', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  // The linter costs ~0.2 s per statement: each file is linted exactly once.
  it.each(files)('%s parses as Cypher and names only known labels, types and properties', (file) => {
    const text = readFileSync(join(CYPHER_ROOT, file), 'utf8');
    const parameters = Object.fromEntries(statementParameters(text).map((name) => [name, null]));
    const { diagnostics } = lintCypherQuery(text, { ...dbSchema, parameters });
    const messages = diagnostics.map((d) => ({ severity: d.severity, text: typeof d.message === 'string' ? d.message : d.message.value, line: d.range.start.line + 1 }));
    // Errors, and the schema warnings the linter gives for unknown names in MATCH patterns.
    const errors = messages.filter((m) => m.severity === 1 || /not present in the database/.test(m.text));
    expect(errors.map((m) => `${file}:${m.line}: ${m.text}`)).toEqual([]);

    // The linter does not check names in MERGE, CREATE and SET: check every label/type and property token.
    const tokens = highlightSyntax(text);
    const unknownLabels = tokens.filter((t) => t.tokenType === 'label' && !labels.has(t.token)).map((t) => t.token);
    const unknownProperties = storedPropertyNames(tokens).filter((name) => !properties.has(name));
    expect({ unknownLabels, unknownProperties }).toEqual({ unknownLabels: [], unknownProperties: [] });
  });
});

type Token = ReturnType<typeof highlightSyntax>[number];

/**
 * Property names a statement reads or writes: `n.prop` accessors and keys of pattern maps `(n:L {prop: …})`.
 * Keys of map literals in expressions (`{limit: $k}`, `[x | {type: …}]`) are not properties and are left out.
 */
function storedPropertyNames(tokens: Token[]): string[] {
  const names: string[] = [];
  const curly: boolean[] = []; // per open '{': is it a pattern's property map?
  tokens.forEach((token, i) => {
    const previous = tokens[i - 1];
    if (token.token === '{') {
      const beforePrevious = tokens[i - 2];
      const opensPattern =
        previous?.tokenType === 'label' ||
        previous?.token === '(' ||
        previous?.token === '[' ||
        (previous?.tokenType === 'variable' && (beforePrevious?.token === '(' || beforePrevious?.token === '['));
      curly.push(opensPattern);
    } else if (token.token === '}') {
      curly.pop();
    } else if (token.tokenType === 'property') {
      const isMapKey = tokens[i + 1]?.token === ':' && previous?.token !== '.';
      if (!isMapKey || curly.at(-1) === true) names.push(token.token);
    }
  });
  return names;
}
