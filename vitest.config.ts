import { defineConfig } from 'vitest/config';

export const vitestConfig = defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // The embedded store and the ONNX runtime are native; forks keep each file's handles isolated.
    pool: 'forks',
    // The project's own copy of the offline model (models/README.md), so a fresh clone needs nothing beside it.
    env: {
      MODELS_DIR: process.env.MODELS_DIR ?? new URL('models/', import.meta.url).pathname,
      EMBEDDING_MODEL: process.env.EMBEDDING_MODEL ?? 'local/glove-100d-bert-uncased',
      // A developer's .env must not reach the tests (the CLIs they spawn read it too).
      ENV_FILE: '',
    },
  },
});

// vitest reads the default export of its config file; this is the one default export the project allows.
export default vitestConfig;
