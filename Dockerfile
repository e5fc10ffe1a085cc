# syntax=docker/dockerfile:1
# Slotted image: install, type-check and build (web apps, API bundle) in build stages; the runtime
# stage holds only the bundle, production dependencies, the web apps' dist and the migrations. The
# API serves the customer app at / and the admin console at /admin, as the non-root `node` user.

FROM node:20-bookworm-slim AS deps
ENV PNPM_HOME=/pnpm PATH=/pnpm:$PATH CI=true
RUN npm install -g pnpm@10.34.9
WORKDIR /app
COPY pnpm-lock.yaml pnpm-workspace.yaml package.json ./
COPY apps/admin/package.json apps/admin/
COPY apps/api/package.json apps/api/
COPY apps/customer/package.json apps/customer/
COPY examples/rest-client/package.json examples/rest-client/
COPY packages/app-shell/package.json packages/app-shell/
COPY packages/auth/package.json packages/auth/
COPY packages/client/package.json packages/client/
COPY packages/config/package.json packages/config/
COPY packages/core/package.json packages/core/
COPY packages/db/package.json packages/db/
COPY packages/logger/package.json packages/logger/
COPY packages/ui/package.json packages/ui/
COPY packages/validators/package.json packages/validators/
COPY tooling/bundle-size/package.json tooling/bundle-size/
COPY tooling/e2e/package.json tooling/e2e/
COPY tooling/eslint/package.json tooling/eslint/
COPY tooling/prisma-engine/package.json tooling/prisma-engine/
COPY tooling/typescript/package.json tooling/typescript/
COPY tooling/vitest/package.json tooling/vitest/
# Sources are needed for the postinstall `prisma generate` (schema, config, offline engine).
COPY prisma ./prisma
COPY prisma.config.ts tsconfig.base.json ./
COPY tooling ./tooling
RUN pnpm install --frozen-lockfile

FROM deps AS build
COPY . .
RUN pnpm prisma generate && pnpm --filter @slotted/api typecheck \
  && pnpm --filter @slotted/customer --filter @slotted/admin --filter @slotted/api build

# Same lockfile, so node_modules/.pnpm keeps its folder names and the links the bundle build wrote
# in apps/api/dist/node_modules stay valid; only production dependencies remain in node_modules.
# No scripts: the root postinstall (prisma generate) needs the prisma CLI, a dev dependency, and
# the generated client is already inside the bundle.
FROM build AS prod-deps
RUN pnpm install --prod --frozen-lockfile --offline --ignore-scripts --config.confirmModulesPurge=false \
  --filter "@slotted/api..."

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
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/v1/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "--enable-source-maps", "apps/api/dist/main.js"]
