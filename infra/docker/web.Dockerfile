# One image per app, starting on its own: docker build -f infra/docker/web.Dockerfile --build-arg APP=police .
# nginx from the unprivileged image (uid 101, port 8080), with the app's server block and the security
# headers it includes baked in: no mount is needed. Writable paths: /tmp and /var/cache/nginx only, so it
# runs with a read-only root filesystem when those two are mounted as empty folders.

FROM node:20.20.2-bookworm-slim AS build
ARG APP
WORKDIR /app
COPY . .
RUN npm ci --no-audit --no-fund && npx turbo run build --filter=@lantern/${APP}

FROM nginxinc/nginx-unprivileged:1.28.0-alpine
ARG APP
COPY --from=build /app/apps/${APP}/dist /usr/share/nginx/html
COPY infra/nginx/${APP}.conf /etc/nginx/conf.d/default.conf
COPY infra/nginx/security-headers.conf /etc/nginx/conf.d/security-headers.conf
USER 101:101
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --retries=3 CMD ["wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8080/"]
