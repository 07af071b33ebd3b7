# The API image: built from the repository root (docker build -f infra/docker/api.Dockerfile .).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json turbo.json tsconfig.base.json ./
COPY packages ./packages
COPY apps/api ./apps/api
RUN npm ci --workspace @lantern/api --workspace @lantern/schema --include-workspace-root \
 && npx turbo run build --filter=@lantern/api \
 && npm prune --omit=dev --workspace @lantern/api --workspace @lantern/schema

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app /app
USER node
EXPOSE 4000
HEALTHCHECK CMD node -e "fetch('http://localhost:4000/healthz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "apps/api/dist/main.js"]
