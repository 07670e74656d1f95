FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ormconfig.ts ./
COPY src ./src
COPY migrations ./migrations
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
# The trusted-documents manifest (TRUSTED_DOCUMENTS_FILE, relative to WORKDIR), committed and kept current by CI.
COPY client/generated/persisted-documents.json ./client/generated/
USER node
EXPOSE 4000
CMD ["node", "dist/src/main.js"]
