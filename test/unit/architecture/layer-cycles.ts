/** A layer folder is a top folder (`ingest`, `web`…) or a folder under src (`src/api`); src/config.ts is its own. */
export function layerOf(path: string): string | null {
  // Packages (also when a linked node_modules resolves them outside the tree) and node builtins are no layer.
  if (path.includes('node_modules/') || path.startsWith('../') || !path.includes('/')) return null;
  const [top, second] = path.split('/');
  if (top !== 'src') return top ?? null;
  return second?.endsWith('.ts') ? path : `${top}/${second}`;
}

/** Strongly connected groups of more than one layer (Tarjan), each sorted, from module-level import edges. */
export function layerCycles(edges: ReadonlyArray<readonly [string, string]>): string[][] {
  const graph = new Map<string, Set<string>>();
  for (const [from, to] of edges) {
    const a = layerOf(from);
    const b = layerOf(to);
    if (a === null || b === null || a === b) continue;
    graph.set(a, (graph.get(a) ?? new Set()).add(b));
    if (!graph.has(b)) graph.set(b, new Set());
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (node: string): void => {
    index.set(node, index.size);
    low.set(node, index.get(node)!);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) !== index.get(node)) return;
    const group: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      group.push(member);
    } while (member !== node);
    if (group.length > 1) groups.push(group.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return groups;
}
