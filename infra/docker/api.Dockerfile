# The API image (also the worker's: RUN_WORKER=true): docker build -f infra/docker/api.Dockerfile .
# Production dependencies only, files owned by root and read-only to the process, which runs as the
# unprivileged `node` user (uid 1000): it runs with a read-only root filesystem (only /tmp writable).
# Base images are pinned to an exact version; pin them by digest too in your registry's build.

FROM node:20.20.2-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json turbo.json tsconfig.base.json ./
COPY apps/police/package.json ./apps/police/
COPY apps/partner/package.json ./apps/partner/
COPY packages/ui/package.json ./packages/ui/
COPY packages/client/package.json ./packages/client/
COPY tests/e2e/package.json ./tests/e2e/
COPY tests/faults/package.json ./tests/faults/
COPY tests/deployment/package.json ./tests/deployment/
COPY packages/schema ./packages/schema
COPY apps/api ./apps/api
RUN npm ci --workspace @lantern/api --workspace @lantern/schema --include-workspace-root --no-audit --no-fund \
 && npx turbo run build --filter=@lantern/api

# A clean install without development dependencies: no embedded PostgreSQL, no compilers, test or build
# tools. npm ci checks every workspace's package.json against the lockfile, so all of them are copied
# (in the build stage too).
FROM node:20.20.2-bookworm-slim AS dependencies
WORKDIR /app
COPY package.json package-lock.json ./
COPY apps/api/package.json ./apps/api/
COPY apps/police/package.json ./apps/police/
COPY apps/partner/package.json ./apps/partner/
COPY packages/schema/package.json ./packages/schema/
COPY packages/ui/package.json ./packages/ui/
COPY packages/client/package.json ./packages/client/
COPY tests/e2e/package.json ./tests/e2e/
COPY tests/faults/package.json ./tests/faults/
COPY tests/deployment/package.json ./tests/deployment/
RUN npm ci --omit=dev --workspace @lantern/api --workspace @lantern/schema --no-audit --no-fund \
 && npm cache clean --force

FROM node:20.20.2-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=dependencies /app/node_modules ./node_modules
COPY --from=dependencies /app/package.json ./package.json
COPY --from=build /app/packages/schema/package.json ./packages/schema/package.json
COPY --from=build /app/packages/schema/dist ./packages/schema/dist
COPY --from=build /app/apps/api/package.json ./apps/api/package.json
COPY --from=build /app/apps/api/dist ./apps/api/dist
USER 1000:1000
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=120s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:4000/healthz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"]
CMD ["node", "apps/api/dist/main.js"]
