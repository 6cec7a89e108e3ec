import type { Router } from 'express';
import type { AppDeps } from './deps.js';
import { agenciesRouter } from './routes/agencies.js';
import { docsRouter } from './routes/docs.js';
import { documentDetailsRouter } from './routes/document-details.js';
import { documentsRouter } from './routes/documents.js';
import { entitiesRouter } from './routes/entities.js';
import { healthRouter } from './routes/health.js';
import { mandatesRouter } from './routes/mandates.js';
import { pathsRouter } from './routes/paths.js';
import { resolutionsRouter } from './routes/resolutions.js';
import { searchRouter } from './routes/search.js';
import { traceRouter } from './routes/trace.js';
import { webAssetsRouter } from './web-assets.js';

/** A router declares full paths (`/api/...`) and registers them in the OpenAPI registry. */
export type RouterFactory = (deps: AppDeps) => Router;

/**
 * Every API router, mounted in this order by createApp. To add an area: import its factory and append one line.
 * The web UI's static assets come last so /api paths always win.
 */
export const ROUTERS: RouterFactory[] = [
  healthRouter,
  docsRouter,
  ({ search }) => searchRouter(search),
  mandatesRouter,
  traceRouter,
  agenciesRouter,
  entitiesRouter,
  resolutionsRouter,
  documentDetailsRouter,
  pathsRouter,
  documentsRouter,
  webAssetsRouter,
];
