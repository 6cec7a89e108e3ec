/**
 * Docker build step (`--build-arg BAKE_MODEL=<hub id>`): loads the model once, which downloads it into
 * DATA_DIR/models-cache in hub layout, so the image can run it with MODELS_DIR and no network.
 */
import { loadConfig } from '../src/config.js';
import { loadEmbedder } from '../src/search/embedder.js';

const embedder = await loadEmbedder(loadConfig());
process.stdout.write(`baked ${embedder.model} (${embedder.dimension} dimensions)\n`);
