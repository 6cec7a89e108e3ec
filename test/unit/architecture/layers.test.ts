/**
 * The layer table (README "Architecture", .dependency-cruiser.cjs) holds for the whole tree: every forbidden
 * import rule passes and no two layer folders import each other, directly or round a longer cycle.
 */
import { resolve } from 'node:path';
import { cruise, type ICruiseOptions, type ICruiseResult } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { beforeAll, describe, expect, it } from 'vitest';
import { layerCycles, layerOf } from './layer-cycles.js';

const CONFIG = resolve('.dependency-cruiser.cjs');

async function cruiseTree(roots: string[], options: ICruiseOptions, tsConfig = true): Promise<ICruiseResult> {
  const reported = await cruise(roots, options, undefined, tsConfig ? { tsConfig: extractTSConfig(resolve('tsconfig.json')) } : undefined);
  return reported.output as ICruiseResult;
}

const violationLines = (result: ICruiseResult): string[] =>
  result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}${v.cycle ? ` (${v.cycle.map((c) => c.name).join(' → ')})` : ''}`);

describe('layering', () => {
  let options: ICruiseOptions;
  let result: ICruiseResult;
  beforeAll(async () => {
    options = await extractDepcruiseOptions(CONFIG);
    result = await cruiseTree(['src', 'ingest', 'web', 'bench', 'eval', 'test'], options);
  }, 120_000);

  it('cruises the whole tree', () => {
    const sources = result.modules.filter((m) => /^(src|ingest|web)\//.test(m.source));
    expect(sources.length).toBeGreaterThan(100);
  });

  it('breaks no dependency rule', () => {
    expect(violationLines(result)).toEqual([]);
  });

  it('has no cycle between layer folders', () => {
    const edges = result.modules.flatMap((m) => m.dependencies.map((d) => [m.source, d.resolved] as const));
    expect(layerCycles(edges)).toEqual([]);
  });

  it('flags a domain module that imports the store', async () => {
    const fixture = await cruiseTree(['src'], { ...options, baseDir: resolve('test/fixtures/layers') }, false);
    expect(violationLines(fixture)).toEqual(['domain-is-pure: src/domain/leaky.mjs → src/store/adapter.mjs']);
  });
});

describe('layerCycles', () => {
  it('names the layer folders of each file', () => {
    expect(layerOf('src/api/routes/search.ts')).toBe('src/api');
    expect(layerOf('src/config.ts')).toBe('src/config.ts');
    expect(layerOf('web/src/pages/agency.ts')).toBe('web');
    expect(layerOf('node_modules/zod/index.js')).toBeNull();
  });

  it('finds a cycle through three layers and ignores imports inside one layer', () => {
    const edges = [
      ['src/api/routers.ts', 'web/serve.ts'],
      ['web/serve.ts', 'ingest/x.ts'],
      ['ingest/x.ts', 'src/api/errors.ts'],
      ['src/api/routes/a.ts', 'src/api/errors.ts'],
      ['src/api/errors.ts', 'src/api/routes/a.ts'],
      ['src/search/a.ts', 'src/domain/b.ts'],
    ] as const;
    expect(layerCycles(edges)).toEqual([['ingest', 'src/api', 'web']]);
  });
});
