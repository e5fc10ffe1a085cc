# syntax=docker/dockerfile:1
# Slotted image: install and build with the same pnpm commands as CI (.ci/run) in build stages; the
# runtime stage holds only the API bundle (no source maps), production dependencies, the web apps'
# dist and the migrations. One image, three commands (as the non-root `node` user):
#   node apps/api/dist/main.js      the API, serving the customer app at / and the console at /admin
#   node apps/api/dist/worker.js    background jobs (WORKER_MODE=separate on the API)
#   node apps/api/dist/migrate.js   applies pending migrations, then exits

FROM node:20-bookworm-slim AS base
ENV PNPM_HOME=/pnpm PATH=/pnpm:$PATH CI=true TURBO_TELEMETRY_DISABLED=1
RUN npm install -g pnpm@10.34.9

# Every workspace package.json, whatever the package: a package added later cannot be missed,
# and the install layer below is rebuilt only when a manifest changes, not on every source edit.
FROM base AS manifests
WORKDIR /src
COPY . .
RUN mkdir /manifests \
  && find . -name package.json -not -path "*/node_modules/*" -exec cp --parents {} /manifests/ \;

FROM base AS deps
WORKDIR /app
COPY --from=manifests /manifests ./
COPY pnpm-lock.yaml pnpm-workspace.yaml ./
COPY patches ./patches
# The root postinstall (`prisma generate`) needs the schema, its config and the offline engine.
COPY prisma ./prisma
COPY prisma.config.ts tsconfig.base.json ./
COPY tooling ./tooling
RUN pnpm install --frozen-lockfile

FROM deps AS build
COPY . .
RUN pnpm build

# Same lockfile, so node_modules/.pnpm keeps its folder names and the links the bundle build wrote
# in apps/api/dist/node_modules stay valid; only production dependencies remain in node_modules.
# No scripts: the root postinstall (prisma generate) needs the prisma CLI, a dev dependency, and
# the generated client is already inside the bundle. Source maps are for local debugging only.
FROM build AS prod-deps
RUN pnpm install --prod --frozen-lockfile --offline --ignore-scripts --config.confirmModulesPurge=false \
  --filter "@slotted/api..." \
  && find apps/api/dist apps/customer/dist apps/admin/dist -name "*.map" -not -path "*/node_modules/*" -delete

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=3000 HOST=0.0.0.0
WORKDIR /app
COPY --from=prod-deps --chown=node:node /app/node_modules ./node_modules
COPY --from=prod-deps --chown=node:node /app/apps/api/package.json ./apps/api/
COPY --from=prod-deps --chown=node:node /app/apps/api/dist ./apps/api/dist
COPY --from=prod-deps --chown=node:node /app/apps/customer/dist ./apps/customer/dist
COPY --from=prod-deps --chown=node:node /app/apps/admin/dist ./apps/admin/dist
# The migration runner looks for prisma/migrations from the working directory upwards.
COPY --from=prod-deps --chown=node:node /app/prisma/migrations ./prisma/migrations
USER node
EXPOSE 3000
# The worker runs no HTTP server: compose gives it its own check.
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/v1/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "apps/api/dist/main.js"]
