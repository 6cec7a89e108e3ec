import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import express, { Router } from 'express';
import type { AppDeps } from '../deps.js';
import { buildOpenApiDocument } from '../openapi/registry.js';
import { refuseSourceMaps } from '../source-maps.js';

const SWAGGER_DIR = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
/**
 * Replaces the bundled initializer, which points at the petstore demo (field notes §7), with our own spec. The base
 * layout has no top bar: the bar's logo is an SVG with an inline <style>, which the self-only CSP blocks (a console
 * error on every visit), and its spec-URL box has nothing to offer for the one spec served here.
 */
const INITIALIZER = `window.onload = function () {
  window.ui = SwaggerUIBundle({
    url: '/api/openapi.json',
    dom_id: '#swagger-ui',
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout',
  });
};
`;

/** Serves the generated OpenAPI document and the offline Swagger UI at /api/docs/. */
export function docsRouter(_deps: AppDeps): Router {
  const router = Router();
  // Generated on first request: by then every router module has registered its paths.
  let document: ReturnType<typeof buildOpenApiDocument> | null = null;
  router.get('/api/openapi.json', (_req, res) => {
    document ??= buildOpenApiDocument();
    res.json(document);
  });
  router.get('/api/docs/swagger-initializer.js', (_req, res) => {
    res.type('application/javascript').send(INITIALIZER);
  });
  router.use('/api/docs', refuseSourceMaps, express.static(SWAGGER_DIR, { index: 'index.html' }));
  return router;
}
