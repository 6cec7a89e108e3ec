import { describe, expect, it, beforeAll } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { EmbedderUnavailableError, loadEmbedder, type Embedder } from '../../../src/search/embedder.js';

const norm = (v: Float32Array): number => Math.sqrt(v.reduce((sum, x) => sum + x * x, 0));
const cosine = (a: Float32Array, b: Float32Array): number => a.reduce((sum, x, i) => sum + x * (b[i] ?? 0), 0);

describe('loadEmbedder with the offline model from MODELS_DIR', () => {
  let embedder: Embedder;
  beforeAll(async () => {
    embedder = await loadEmbedder(loadConfig());
  });

  it('reads the dimension from the model output', async () => {
    expect(embedder.model).toBe(process.env.EMBEDDING_MODEL);
    const [vector] = await embedder.embed(['broadband access in rural areas']);
    expect(embedder.dimension).toBeGreaterThan(0);
    expect(vector?.length).toBe(embedder.dimension);
  });

  it('returns unit-length vectors', async () => {
    const vectors = await embedder.embed(['The Council instructs the Secretary-General', 'e-learning and SDG 4']);
    for (const vector of vectors) expect(norm(vector!)).toBeCloseTo(1, 4);
  });

  it('gives the same vectors batched as one by one, in input order', async () => {
    const texts = Array.from({ length: 40 }, (_, i) => `passage ${i}: ${'policy report meeting '.repeat(i % 7)}`);
    const batched = await embedder.embed(texts);
    expect(batched).toHaveLength(texts.length);
    for (const [i, text] of texts.entries()) {
      const [single] = await embedder.embed([text]);
      expect(cosine(single!, batched[i]!)).toBeCloseTo(1, 5);
    }
  });

  it('puts related sentences closer than unrelated ones', async () => {
    const [a, b, c] = await embedder.embed([
      'The meeting was postponed until next week.',
      'The conference has been delayed to a later date.',
      'Volcanic eruptions release sulphur dioxide.',
    ]);
    expect(cosine(a!, b!)).toBeGreaterThan(cosine(a!, c!));
  });

  it('gives no vector, never NaN, to texts the model cannot place: alone, in a batch among others, across batches', async () => {
    const unplaceable = ['zzqx', '12345', 'مرحبا بالعالم العربي'];
    for (const text of unplaceable) expect(await embedder.embed([text])).toEqual([null]);
    const mixed = Array.from({ length: 70 }, (_, i) => (i % 3 === 0 ? unplaceable[i % unplaceable.length]! : `broadband policy report ${i}`));
    const vectors = await embedder.embed(mixed);
    expect(vectors).toHaveLength(mixed.length);
    for (const [i, vector] of vectors.entries()) {
      if (i % 3 === 0) expect(vector).toBeNull();
      else expect(norm(vector!)).toBeCloseTo(1, 4);
    }
  });

  it('returns no vectors for no texts', async () => {
    expect(await embedder.embed([])).toEqual([]);
  });
});

describe('loadEmbedder without a loadable model', () => {
  it('fails fast with EmbedderUnavailableError naming the model', async () => {
    const config = loadConfig({ ...process.env, EMBEDDING_MODEL: 'local/no-such-model' });
    await expect(loadEmbedder(config)).rejects.toBeInstanceOf(EmbedderUnavailableError);
    await expect(loadEmbedder(config)).rejects.toThrow(/local\/no-such-model/);
  });
});

describe('loadEmbedder from a hub that accepts connections but never answers', () => {
  it('gives up with EmbedderUnavailableError instead of hanging for minutes', async () => {
    const { createServer } = await import('node:net');
    const { mkdtemp, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { env } = await import('@huggingface/transformers');
    const sockets: import('node:net').Socket[] = [];
    const silent = createServer((socket) => sockets.push(socket)); // reads nothing, answers nothing
    await new Promise<void>((ready) => silent.listen(0, '127.0.0.1', ready));
    const dataDir = await mkdtemp(join(tmpdir(), 'embedder-silent-'));
    const previousHost = env.remoteHost;
    env.remoteHost = `http://127.0.0.1:${(silent.address() as import('node:net').AddressInfo).port}/`;
    try {
      const config = loadConfig({ ...process.env, MODELS_DIR: undefined, DATA_DIR: dataDir, EMBEDDING_MODEL: 'Xenova/all-MiniLM-L6-v2' });
      await expect(loadEmbedder(config)).rejects.toBeInstanceOf(EmbedderUnavailableError);
    } finally {
      env.remoteHost = previousHost;
      for (const socket of sockets) socket.destroy();
      silent.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
