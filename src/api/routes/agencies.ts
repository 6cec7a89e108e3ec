import { Router } from 'express';
import { NotFoundError } from '../../domain/errors.js';
import type { AppDeps } from '../deps.js';
import { openApiRegistry, problemResponses } from '../openapi/registry.js';
import { AgencyParamsSchema, EVIDENCE_CAP_NOTE, LinkagesResponseSchema } from '../schemas/traceability.js';
import { agencyLinkages } from '../../trace/linkages.js';
import { resolveEntity } from '../../search/entity-resolver.js';

openApiRegistry.registerPath({
  method: 'get',
  path: '/api/agencies/{key}/linkages',
  summary: 'How one agency is linked: Action Lines, SDGs (via the WSIS–SDG Matrix), events, partner agencies',
  description: `One item per linked entity. ${EVIDENCE_CAP_NOTE} A partner's total adds up its kinds of link.`,
  tags: ['traceability'],
  request: { params: AgencyParamsSchema },
  responses: {
    200: { description: 'the agency linkages, each with its source', content: { 'application/json': { schema: LinkagesResponseSchema } } },
    ...problemResponses(400, 404),
  },
});

export function agenciesRouter({ store }: AppDeps): Router {
  const router = Router();
  router.get('/api/agencies/:key/linkages', async (req, res) => {
    const { key } = AgencyParamsSchema.parse(req.params);
    // Aliases work too ("UN DESA"), but the answer is always about an Agency.
    const agency = await resolveEntity(store, key).catch((error: unknown) => {
      if (error instanceof NotFoundError) return null;
      throw error;
    });
    if (!agency || agency.label !== 'Agency') throw new NotFoundError('agency', key);
    res.json(await agencyLinkages(store, agency));
  });
  return router;
}
