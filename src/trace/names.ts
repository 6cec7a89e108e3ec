import { displayName } from '../domain/display-names.js';
import type { EntityLabel } from '../domain/labels.js';

/** An entity stored without a name gets the readable one its key and the reference tables give (or stays null). */
export const withDisplayName = <T extends { key: string; label: EntityLabel; name: string | null }>(entity: T): T => ({
  ...entity,
  name: entity.name ?? displayName(entity.label, entity.key),
});
