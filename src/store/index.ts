import type { Config } from '../config.js';
import { openGrafeoStore } from './grafeo/grafeo-store.js';
import { openNeo4jStore } from './neo4j/neo4j-store.js';
import type { GraphStore } from './port.js';

export type { GraphStore } from './port.js';
export { seedReference } from './seed.js';

/**
 * The configured store, schema ready: Neo4j when `NEO4J_URI` is set, else embedded Grafeo in `DATA_DIR`.
 */
export async function createStore(config: Config): Promise<GraphStore> {
  const store = config.NEO4J_URI
    ? openNeo4jStore({
        uri: config.NEO4J_URI,
        user: config.NEO4J_USER,
        password: config.NEO4J_PASSWORD,
        database: config.NEO4J_DATABASE,
      })
    : openGrafeoStore(config.DATA_DIR);
  try {
    await store.init();
  } catch (error) {
    await store.close().catch(() => undefined);
    throw error;
  }
  return store;
}
