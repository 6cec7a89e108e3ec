# The API (and the ingest CLI) on Node 24 LTS. Grafeo's native binary needs glibc >= 2.34: node:24-slim (bookworm) has 2.36.
FROM node:24-slim

WORKDIR /app
# onnxruntime-node's install script would otherwise download CUDA binaries (npm >= 11.19 already skips it through
# package.json's allowScripts; older npm versions read this variable).
ENV ONNXRUNTIME_NODE_INSTALL_CUDA=skip \
    SCARF_ANALYTICS=false \
    NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/data

COPY package.json package-lock.json .npmrc ./
# tsx runs the TypeScript sources at start, so dev dependencies (tsx, typescript) are installed too.
RUN npm ci --include=dev && npm cache clean --force

COPY . .
# The UI bundle is built here: at run time /app belongs to root, and `npm start` only rebuilds a stale bundle.
RUN npm run build:web

# Optional: bake an embedding model into the image (`--build-arg BAKE_MODEL=Xenova/all-MiniLM-L6-v2`, needs the hub
# at build time); run it with MODELS_DIR=/app/models-baked. The offline stand-in is always at /app/models.
ARG BAKE_MODEL=""
RUN if [ -n "$BAKE_MODEL" ]; then \
      ENV_FILE= DATA_DIR=/tmp/bake EMBEDDING_MODEL="$BAKE_MODEL" npx tsx docker/bake-model.ts \
      && mv /tmp/bake/models-cache /app/models-baked && rm -rf /tmp/bake; \
    fi

# The store and the model download cache live in volumes, which the unprivileged user must be able to write.
RUN mkdir -p /data/models-cache && chown -R node:node /data

VOLUME ["/data"]
EXPOSE 3000
USER node
CMD ["npm", "start"]
