import cors from 'cors';
import express from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import type { AppDeps } from './deps.js';
import { apiNotFound, errorHandler, problem, sendProblem } from './errors.js';
import { ROUTERS } from './routers.js';

export type { AppDeps } from './deps.js';

/** JSON bodies are small (queries, not documents; uploads are multipart with their own limit). */
const JSON_BODY_LIMIT = '256kb';
const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function rateLimiter(limit: number, windowMs: number) {
  return rateLimit({
    windowMs,
    limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res) => sendProblem(res, problem(429, `rate limit of ${limit} requests per ${windowMs / 1000} s exceeded`)),
  });
}

export function createApp(deps: AppDeps, log: (message: string) => void = console.error): express.Express {
  const { config } = deps;
  const app = express();
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        // Only our own origin: the web UI and Swagger UI are served locally, nothing comes from a CDN.
        // data: images are Swagger UI's inlined icons.
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'"],
          connectSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'self'"],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
        },
      },
    }),
  );
  if (config.CORS_ORIGIN) app.use(cors({ origin: config.CORS_ORIGIN.split(',').map((o) => o.trim()) }));
  app.use(express.json({ limit: JSON_BODY_LIMIT }));

  const readLimiter = rateLimiter(config.RATE_LIMIT_READ, config.RATE_LIMIT_WINDOW_MS);
  const writeLimiter = rateLimiter(config.RATE_LIMIT_WRITE, config.RATE_LIMIT_WINDOW_MS);
  app.use('/api', (req, res, next) => (READ_METHODS.has(req.method) ? next() : writeLimiter(req, res, next)));
  // Search and the traceability reads run ranking work per request; cheap lookups stay unthrottled.
  app.use(['/api/search', '/api/mandates', '/api/trace', '/api/paths'], readLimiter);
  // A document's page reads up to a thousand passages: throttled as a read too (its writes have the write budget).
  app.use('/api/documents', (req, res, next) => (READ_METHODS.has(req.method) ? readLimiter(req, res, next) : next()));

  for (const router of ROUTERS) app.use(router(deps));

  app.use('/api', apiNotFound);
  app.use(errorHandler(log));
  return app;
}
