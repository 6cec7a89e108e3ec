/** The neighbourhood graph of one entity, drawn with cytoscape (bundled, no CDN). Clicking a node opens it. */
import cytoscape from 'cytoscape';
import type { Neighbour } from './schemas.js';

export type TypedNeighbour = Neighbour & { type: string };

/** Beyond this many neighbours the drawing is unreadable; the list below the graph still has them all. */
export const MAX_GRAPH_NEIGHBOURS = 60;

const LABEL_COLOURS: Record<string, string> = {
  Resolution: '#1f5fa8',
  ResolutionVersion: '#6c8ebf',
  ActionLine: '#2e8b57',
  SDG: '#c0392b',
  Agency: '#8e44ad',
  Event: '#d35400',
  Document: '#555f6b',
  Initiative: '#b7950b',
  Passage: '#95a5a6',
  Mandate: '#16a085',
};

export function drawNeighbourhood(
  container: HTMLElement,
  centre: { key: string; label: string },
  neighbours: TypedNeighbour[],
  open: (key: string) => void,
): cytoscape.Core {
  const shown = neighbours.slice(0, MAX_GRAPH_NEIGHBOURS);
  const nodes = new Map<string, cytoscape.ElementDefinition>();
  nodes.set(centre.key, { data: { id: centre.key, label: centre.key, kind: centre.label, centre: 1 } });
  const edges: cytoscape.ElementDefinition[] = [];
  shown.forEach((neighbour, index) => {
    if (!nodes.has(neighbour.key)) {
      nodes.set(neighbour.key, { data: { id: neighbour.key, label: neighbour.key, kind: neighbour.label ?? 'Entity', centre: 0 } });
    }
    const [source, target] = neighbour.direction === 'in' ? [neighbour.key, centre.key] : [centre.key, neighbour.key];
    edges.push({ data: { id: `e${index}`, source, target, label: neighbour.type } });
  });
  const graph = cytoscape({
    container,
    elements: [...nodes.values(), ...edges],
    layout: { name: 'concentric', concentric: (node) => Number(node.data('centre')), levelWidth: () => 1, minNodeSpacing: 48 },
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(label)',
          'background-color': (node: cytoscape.NodeSingular) => LABEL_COLOURS[String(node.data('kind'))] ?? '#7f8c8d',
          color: '#1b1f24',
          'font-size': 11,
          'text-valign': 'bottom',
          'text-margin-y': 4,
          width: 18,
          height: 18,
        },
      },
      { selector: 'node[centre = 1]', style: { width: 30, height: 30, 'font-weight': 'bold', 'border-width': 3, 'border-color': '#1b1f24' } },
      {
        selector: 'edge',
        style: {
          width: 1.5,
          'line-color': '#b8c0c8',
          'target-arrow-color': '#b8c0c8',
          'target-arrow-shape': 'triangle',
          'curve-style': 'bezier',
          label: 'data(label)',
          'font-size': 8,
          color: '#5b6570',
          'text-rotation': 'autorotate',
        },
      },
    ],
    wheelSensitivity: 0.3,
  });
  graph.on('tap', 'node', (event) => {
    const key = String(event.target.id());
    if (key !== centre.key) open(key);
  });
  return graph;
}
