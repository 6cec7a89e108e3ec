/**
 * The layer table of README.md ("Architecture"), enforced. `npm test` runs these rules (test/unit/architecture).
 * A layer may import only the layers listed for it; `src/config.ts` (environment, validated with zod) is open to
 * every layer but the domain and extraction. Tests and benches may import anything.
 */
// Package paths as resolved: a worktree whose node_modules is a link resolves them outside it.
const DRIVERS = '(^|/)node_modules/(neo4j-driver|@grafeo-db)/';
const HTTP = '(^|/)node_modules/(express|multer|cors|helmet|express-rate-limit|@asteasolutions)/|^(node:)?https?$';
const ZOD = '(^|/)node_modules/zod/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'src/domain holds types, keys and reference tables: it imports nothing but zod (no I/O, no other layer).',
      severity: 'error',
      from: { path: '^src/domain/' },
      to: { pathNot: ['^src/domain/', ZOD] },
    },
    {
      name: 'extract-reads-domain-only',
      comment: 'Extraction is built from the domain tables; it knows nothing of stores, search or HTTP.',
      severity: 'error',
      from: { path: '^src/extract/' },
      to: { path: '^(src/(?!extract/|domain/)|ingest/|web/)' },
    },
    {
      name: 'export-renders-domain-only',
      comment: 'src/export renders domain values (a resolution structure as Akoma Ntoso): no store, no HTTP.',
      severity: 'error',
      from: { path: '^src/export/' },
      to: { path: '^(src/(?!export/|domain/)|ingest/|web/)' },
    },
    {
      name: 'store-reads-domain-only',
      comment: 'The store port and its adapters depend on the domain (and config) only.',
      severity: 'error',
      from: { path: '^src/store/' },
      to: { path: '^(src/(?!store/|domain/|config\\.ts$)|ingest/|web/)' },
    },
    {
      name: 'drivers-only-in-store',
      comment: 'A database driver is imported by its adapter in src/store and nowhere else.',
      severity: 'error',
      from: { path: '^(src|ingest|web|bench)/', pathNot: '^src/store/' },
      to: { path: DRIVERS },
    },
    {
      name: 'search-above-extract-and-store-port',
      comment: 'Search uses the domain, extraction and the store port (never an adapter); nothing above it.',
      severity: 'error',
      from: { path: '^src/search/' },
      to: { path: '^(src/(?!search/|domain/|extract/|store/port\\.ts$|store/queries/|config\\.ts$)|ingest/|web/)' },
    },
    {
      name: 'trace-below-http',
      comment: 'Traceability services: domain, extraction, search and the store port; no HTTP types, no adapter.',
      severity: 'error',
      from: { path: '^src/trace/' },
      to: { path: '^(src/(?!trace/|domain/|extract/|search/|export/|store/port\\.ts$|store/queries/|config\\.ts$)|ingest/|web/)' },
    },
    {
      name: 'trace-no-http',
      severity: 'error',
      from: { path: '^src/trace/' },
      to: { path: HTTP },
    },
    {
      name: 'api-uses-ingest-through-its-service',
      comment: 'Routes ingest through the IngestService port (src/domain); only the composition root builds it.',
      severity: 'error',
      from: { path: '^src/api/', pathNot: '^src/api/main\\.ts$' },
      to: { path: '^ingest/' },
    },
    {
      name: 'api-composition-root-uses-ingest-service-only',
      severity: 'error',
      from: { path: '^src/api/main\\.ts$' },
      to: { path: '^ingest/', pathNot: '^ingest/service\\.ts$' },
    },
    {
      name: 'api-serves-web-dist-only',
      comment: 'The API serves the built UI; the only thing it takes from web/ is where the bundle is.',
      severity: 'error',
      from: { path: '^src/api/' },
      to: { path: '^web/', pathNot: '^web/dist-dir\\.ts$' },
    },
    {
      name: 'ingest-below-api',
      comment: 'The ingest pipeline uses every layer but the API.',
      severity: 'error',
      from: { path: '^ingest/' },
      to: { path: '^(src/api/|web/)' },
    },
    {
      name: 'web-is-separate',
      comment: 'The web UI is a separate client: it talks to the API over HTTP and imports no server code.',
      severity: 'error',
      from: { path: '^web/' },
      to: { path: '^(src|ingest|bench|test)/' },
    },
    {
      name: 'production-code-not-from-tests',
      severity: 'error',
      from: { path: '^(src|ingest|web)/' },
      to: { path: '^(test|bench|eval)/' },
    },
    {
      name: 'no-module-cycle',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that does not resolve is a typo or a missing dependency.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^web/dist/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    combinedDependencies: false,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
  },
};
