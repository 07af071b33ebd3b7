# One image per app: docker build -f infra/docker/web.Dockerfile --build-arg APP=police .
FROM node:20-bookworm-slim AS build
ARG APP
WORKDIR /app
COPY . .
RUN npm ci && npx turbo run build --filter=@lantern/${APP}

FROM nginx:1.27-alpine
ARG APP
COPY --from=build /app/apps/${APP}/dist /usr/share/nginx/html
COPY infra/nginx/${APP}.conf /etc/nginx/conf.d/default.conf
