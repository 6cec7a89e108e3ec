# The API (and the ingest CLI) on Node 20. Grafeo's native binary needs glibc >= 2.34: node:20-slim (bookworm) has 2.36.
FROM node:20-slim

WORKDIR /app
# onnxruntime-node would otherwise try to download CUDA binaries during npm ci.
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
# The store and the model cache live in the volume, which the unprivileged user must be able to write.
RUN mkdir -p /data && chown node:node /data

VOLUME ["/data"]
EXPOSE 3000
USER node
CMD ["npm", "start"]
