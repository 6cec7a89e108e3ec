import { fileURLToPath } from 'node:url';

/** Where web/build.ts writes the UI bundle and the API serves it from (src/api/web-assets.ts). */
export const webDistDir = fileURLToPath(new URL('./dist/', import.meta.url));
