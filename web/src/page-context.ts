import type { Route } from './router.js';

/** What a page renders into; main.ts makes one per navigation. */
export interface PageContext {
  root: HTMLElement;
  route: Route;
  /** Aborted when the user navigates away, so a slow answer never paints over the next page. */
  signal: AbortSignal;
}
