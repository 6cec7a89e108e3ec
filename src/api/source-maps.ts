import type { RequestHandler } from 'express';
import { problem, sendProblem } from './errors.js';

/**
 * Source maps are for the people building the UI, not for the public: they are megabytes (app.js.map is 2.2 MB)
 * and spell out the sources. Static folders answer 404 for them.
 */
export const refuseSourceMaps: RequestHandler = (req, res, next) => {
  if (!req.path.endsWith('.map')) return next();
  sendProblem(res, problem(404, `not served: ${req.path}`));
};
