import type { EntityLabel } from '../domain/labels.js';

/** The first session of the General Assembly met in 1946: session n runs from September of 1945 + n. */
const UNGA_FIRST_SESSION_YEAR = 1945;

export interface YearFacts {
  year: number | null;
  date: string | null;
  latestVersionYear: number | null;
}

/**
 * The year a secretariat reader places an item at: an event's or a version's own year, a document's date, a
 * resolution's latest revision (ITU) or the year in its symbol (UN: E/RES/2023/3 → 2023, A/RES/78/132 → session
 * 78 → 2023). Standing things (agencies, Action Lines, SDGs, initiatives) have no year and go last.
 */
export function itemYear(key: string, label: EntityLabel, facts: YearFacts | undefined): number | null {
  switch (label) {
    case 'Event':
    case 'ResolutionVersion':
      return facts?.year ?? yearInKey(key);
    case 'Document':
      return facts?.year ?? yearOfDate(facts?.date ?? null);
    case 'Resolution':
      return unResolutionYear(key) ?? facts?.latestVersionYear ?? facts?.year ?? null;
    default:
      return null;
  }
}

function yearInKey(key: string): number | null {
  const match = /(?:^|[-@])((?:19|20)\d\d)$/.exec(key);
  return match ? Number(match[1]) : null;
}

function yearOfDate(date: string | null): number | null {
  const match = date ? /^(\d{4})/.exec(date) : null;
  return match ? Number(match[1]) : null;
}

/** A/RES/<session>/<n>, E/RES/<year>/<n> and A/<session>/L.<n> style symbols. */
export function unResolutionYear(key: string): number | null {
  const calendar = /^[A-Z]+\/RES\/((?:19|20)\d\d)\//.exec(key);
  if (calendar) return Number(calendar[1]);
  const session = /^A\/(?:RES\/)?(\d{1,3})\//.exec(key);
  return session ? UNGA_FIRST_SESSION_YEAR + Number(session[1]) : null;
}
