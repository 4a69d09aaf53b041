# syntax=docker/dockerfile:1
# complaint-desk on Node 24, as a non-root user. Build and run (see README, "Container"):
#   docker build -t complaint-desk .
#   docker run --init --env-file .env -p 3000:3000 -v complaint-desk-data:/app/data complaint-desk
# or with Redis: `docker compose up -d` (compose.yaml); with PostgreSQL: compose.postgres.yaml.

ARG NODE_IMAGE=node:24-slim

# --- dependencies --------------------------------------------------------------------------------------
# Nothing is compiled: SQLite is Node's own node:sqlite, TypeScript runs by Node's type stripping, and the
# canvas is a prebuilt binary. Only node_modules moves on from this stage.
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# Production dependencies only: no test runner, linter or mutation tester, and not the `node`
# devDependency either — the image's own Node 24 runs the bot.
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# --- runtime -------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
# JSON logs for the container runtime's log driver; /healthz and /metrics on HEALTH_PORT in both modes (an
# empty HEALTH_PORT= in an env file turns that server off: the health check then asks PORT, HTTP mode only).
ENV NODE_ENV=production \
  PORT=3000 \
  HEALTH_PORT=8081 \
  LOG_FORMAT=json
WORKDIR /app
# Owned by root, so the bot cannot change its own code; only /app/data (a SQLite store) is writable.
COPY --from=deps /app/node_modules ./node_modules
COPY package.json package-lock.json tsconfig.json ./
COPY prompts ./prompts
COPY src ./src
RUN mkdir -p /app/data && chown node:node /app/data
VOLUME ["/app/data"]
USER node
EXPOSE 3000 8081
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.HEALTH_PORT || process.env.PORT) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# What `npm start` runs, without npm in between, so that `docker stop`'s SIGTERM reaches the bot and it
# stops cleanly (npm does not pass SIGTERM on). Kept equal to package.json's "start" by a test.
CMD ["node", "--max-semi-space-size=32", "--import", "./src/require-node.mjs", "--import", "./src/cache-compiled-modules.mjs", "--import", "./src/load-env-file.ts", "src/main.ts"]
