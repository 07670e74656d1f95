FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: the project's postinstall prepares a development database template, and no
# dependency needs an install script to build or run the server.
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY tsconfig.json tsconfig.build.json ormconfig.ts ./
COPY src ./src
COPY migrations ./migrations
# The runtime runs compiled JavaScript only (migrations included, in dist/migrations). --omit=optional
# too: typeorm names ts-node as an optional peer, which keeps ts-node, typescript and @swc/core under
# --omit=dev alone; no optional package is needed at run time (platform binaries of dev tools, types).
RUN npm run build && npm prune --omit=dev --omit=optional --ignore-scripts

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
# The trusted-documents manifest (TRUSTED_DOCUMENTS_FILE, relative to WORKDIR), committed and kept current by CI.
COPY client/generated/persisted-documents.json ./client/generated/
# Without DATABASE_URL the server keeps the embedded database under DATA_DIR and its lock file beside
# it (<DATA_DIR>.lock), so DATA_DIR is a directory inside a volume the node user owns, not the volume.
RUN mkdir -p /app/.data && chown node:node /app/.data
ENV DATA_DIR=/app/.data/db
VOLUME /app/.data
USER node
EXPOSE 4000
# `node dist/src/migrate.js` applies the migrations and exits (docker-compose.yml's migrate service).
CMD ["node", "dist/src/main.js"]
