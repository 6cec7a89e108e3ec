/** Serves the built web UI (web/dist) from the API's Express app; the build itself is web/build.ts. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express from 'express';
import { webDistDir } from '../../web/dist-dir.js';
import { problem, sendProblem } from './errors.js';
import { refuseSourceMaps } from './source-maps.js';

export function webAssetsRouter(): express.Router {
  const router = express.Router();
  router.use(refuseSourceMaps, express.static(webDistDir, { index: 'index.html', fallthrough: true, maxAge: 0 }));
  // Without a bundle the page would be a bare 404; say what to run instead.
  router.get('/', (_req, res, next) => {
    if (existsSync(join(webDistDir, 'index.html'))) return next();
    sendProblem(res, problem(503, 'the web UI is not built: run `npm run build:web`'));
  });
  return router;
}
