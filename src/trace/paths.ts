import type { GraphStore } from '../store/port.js';
import type { EntityRef, Evidence } from './types.js';
import type { PathHop } from './types.js';
import { evidenceOf } from './evidence.js';
import { queries } from '../store/queries/index.js';

type Path = { hops: PathHop[] };

/** The search stops at this many graph relationships (a shared passage counts two); maxHops may only lower it. */
export const MAX_HOPS = 4;

/**
 * Shortest connections between two entities, at most k of them, with how many shortest paths there are.
 * A passage between two entities is one hop ("named together"), with that passage as evidence; a relationship
 * drawn from text carries the passage it was read from. The passages of every hop are read in one follow-up (text,
 * page, file and title), not one per hop.
 */
export async function shortestPaths(
  store: GraphStore,
  from: EntityRef,
  to: EntityRef,
  maxHops: number,
  k: number,
): Promise<{ paths: Path[]; total: number }> {
  const rows = await store.run(queries.pathsShortest, { from: from.key, to: to.key, maxHops, limit: k });
  const passageKeys = [
    ...new Set(
      rows.flatMap((r) => [
        ...r.relationships.map((rel) => rel.passage),
        ...r.nodes.filter((node) => node.label === 'Passage').map((node) => node.key),
      ]),
    ),
  ].filter((p): p is string => p !== null);
  const passages = new Map(
    (passageKeys.length ? await store.run(queries.passagesByKey, { keys: passageKeys }) : []).map((p) => [p.key, p]),
  );
  const paths = rows.map((row) => {
    const hops: PathHop[] = [];
    for (let i = 0; i < row.relationships.length; i++) {
      const start = row.nodes[i];
      const next = row.nodes[i + 1];
      const rel = row.relationships[i];
      if (!start || !next || !rel) continue;
      if (start.label === 'Passage') continue; // folded into the hop that entered it
      if (next.label === 'Passage' && row.nodes[i + 2]) {
        const shared = passages.get(next.key);
        const evidence: Evidence | null = shared ? evidenceOf(shared) : null;
        hops.push({ from: start.key, to: row.nodes[i + 2]!.key, via: 'passage', evidence });
        continue;
      }
      const passage = rel.passage ? passages.get(rel.passage) : undefined;
      hops.push({ from: start.key, to: next.key, via: rel.type, evidence: passage ? evidenceOf(passage) : null });
    }
    return { hops };
  });
  return { paths, total: rows[0]?.total ?? 0 };
}
