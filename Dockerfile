# The diplograph API image: Node 20, the locked dependencies, the sources run through tsx (no build step), the
# playground bundled at build time. Configured by environment (src/config.ts); docker-compose.yml sets it up for Neo4j.
FROM node:20-bookworm-slim

WORKDIR /app
COPY package.json package-lock.json ./
# Dev dependencies stay: esbuild bundles the playground (its version is part of the bundle's stamp) and the
# image is also the place to run `npx diplograph` commands against the same configuration.
RUN npm ci --no-audit --no-fund && npm cache clean --force
COPY . .
RUN npm run build:playground && npm run build:dashboard && chown -R node:node /app/.cache

USER node
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
EXPOSE 4000
CMD ["npx", "diplograph", "serve"]
