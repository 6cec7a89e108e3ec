/**
 * A readable name for an entity that the graph holds without one, from its key and the reference tables: an
 * event's series and year, an SDG target's goal, a resolution's issuer and number. Null where the key says nothing
 * more than itself (documents, unknown series).
 */
import { eventName } from './event-names.js';
import type { EntityLabel } from './labels.js';
import { ACTION_LINES } from './reference/action-lines.js';
import { AGENCIES } from './reference/agencies.js';
import { INITIATIVES } from './reference/initiatives.js';
import { ITU_CONFERENCES } from './reference/itu-conferences.js';
import { SDGS } from './reference/sdgs.js';

const ISSUER_NAMES: Readonly<Record<string, string>> = {
  ...Object.fromEntries(ITU_CONFERENCES.map((conference) => [conference.series, conference.name])),
  'ITU-WRC': 'World Radiocommunication Conference',
};

export function displayName(label: EntityLabel, key: string): string | null {
  switch (label) {
    case 'Event':
      return eventName(key);
    case 'SDG':
      return sdgName(key);
    case 'ActionLine':
      return ACTION_LINES.find((line) => line.key === key)?.title ?? null;
    case 'Agency':
      return AGENCIES.find((agency) => agency.key === key)?.name ?? null;
    case 'Initiative':
      return INITIATIVES.find((initiative) => initiative.key === key)?.name ?? null;
    case 'Resolution':
      return resolutionName(key);
    case 'ResolutionVersion': {
      const [resolution, year] = key.split('@');
      const name = resolution === undefined ? null : resolutionName(resolution);
      return name === null || year === undefined ? null : `${name}, as revised in ${year}`;
    }
    case 'Document':
      return null;
  }
}

/** `SDG4` → "Quality education"; `SDG9.c` → "Target 9.c (Industry, innovation and infrastructure)". */
export function sdgName(key: string): string | null {
  const m = /^SDG(\d{1,2})(?:\.(\w+))?$/.exec(key);
  const goal = m ? SDGS.find((sdg) => sdg.goal === Number(m[1])) : undefined;
  if (!m || goal === undefined) return null;
  return m[2] === undefined ? goal.title : `Target ${m[1]}.${m[2]} (${goal.title})`;
}

/** `ITU-PP/140` → "Resolution 140 of the Plenipotentiary Conference"; `A/RES/70/125` → "General Assembly resolution 70/125". */
function resolutionName(key: string): string | null {
  const un = /^([AE])\/RES\/(.+)$/.exec(key);
  if (un) return `${un[1] === 'A' ? 'General Assembly' : 'ECOSOC'} resolution ${un[2]}`;
  const [issuer, number] = key.split('/');
  const body = issuer === undefined ? undefined : ISSUER_NAMES[issuer];
  return body === undefined || number === undefined ? null : `Resolution ${number} of the ${body}`;
}

/** An entity stored without a name gets the readable one its key and the reference tables give (or stays null). */
export const withDisplayName = <T extends { key: string; label: EntityLabel; name: string | null }>(entity: T): T => ({
  ...entity,
  name: entity.name ?? displayName(entity.label, entity.key),
});
