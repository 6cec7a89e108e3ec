import {
  ACTION_LINE_FACILITATORS_SOURCE,
  ACTION_LINES,
  AGENCIES,
  INITIATIVES,
  ITU_CONFERENCES,
  SDGS,
  WSIS_SDG_MATRIX,
  WSIS_SDG_MATRIX_SOURCE,
} from '../domain/reference/index.js';
import { sdgName } from '../domain/display-names.js';
import { eventName } from '../domain/event-names.js';
import type { GraphStore, Row } from './port.js';
import { type RowsWrite, writes } from './queries/index.js';

/** How reference facilitator roles read in the graph (the linkages API reports them as written here). */
const FACILITATOR_ROLES = { lead: 'lead facilitator', 'co-facilitator': 'co-facilitator' } as const;

/**
 * Seeds the reference facts idempotently (MERGE by key): Action Lines with the C7 sub-lines, SDGs and the
 * targets the WSIS–SDG Matrix names, agencies with aliases, facilitators, the matrix, ITU conference events and
 * initiatives. Every node is marked `reference` and every relationship carries `source: 'reference'`.
 */
export async function seedReference(store: GraphStore): Promise<void> {
  const seed = (statement: RowsWrite, rows: Row[]) => store.run(statement, { rows });
  await seed(writes.referenceActionLines, ACTION_LINES.map((line) => ({ key: line.key, title: line.title })));
  await seed(
    writes.referenceActionLineParents,
    ACTION_LINES.filter((line) => line.parent !== null).map((line) => ({ key: line.key, parent: line.parent })),
  );
  await seed(writes.referenceSdgs, SDGS.map((sdg) => ({ key: sdg.key, title: sdg.title, goal: sdg.goal, target: null })));
  await seed(writes.referenceSdgTargets, sdgTargetRows());
  await seed(
    writes.referenceAgencies,
    AGENCIES.map((agency) => ({ key: agency.key, name: agency.name, aliases: [...agency.aliases], kind: agency.kind })),
  );
  await seed(
    writes.referenceFacilitators,
    ACTION_LINES.flatMap((line) =>
      line.facilitators.map((f) => ({
        agency: f.agency,
        actionLine: line.key,
        role: FACILITATOR_ROLES[f.role],
        citation: ACTION_LINE_FACILITATORS_SOURCE,
      })),
    ),
  );
  await seed(
    writes.referenceMatrix,
    WSIS_SDG_MATRIX.map((link) => ({
      actionLine: link.actionLine,
      sdg: link.sdg,
      targets: link.targets.map((target) => `SDG${target}`),
      citation: WSIS_SDG_MATRIX_SOURCE,
    })),
  );
  await seed(
    writes.referenceEvents,
    ITU_CONFERENCES.flatMap((series) =>
      series.sessions.map((session) => ({
        key: `${series.series}-${session.year}`,
        name: eventName(`${series.series}-${session.year}`),
        series: series.series,
        year: session.year,
        place: session.place,
      })),
    ),
  );
  await seed(
    writes.referenceInitiatives,
    INITIATIVES.map((initiative) => ({ key: initiative.key, name: initiative.name, aliases: [...initiative.surfaceForms] })),
  );
}

/** SDG target nodes (`SDG9.c`) for every target the matrix names, each LINKED_TO its goal. */
function sdgTargetRows(): Row[] {
  const targets = new Set(WSIS_SDG_MATRIX.flatMap((link) => link.targets));
  return [...targets].sort().map((target) => {
    const goal = Number(target.split('.')[0]);
    return { key: `SDG${target}`, name: sdgName(`SDG${target}`), sdg: `SDG${goal}`, goal, target };
  });
}
