#!/usr/bin/env node
// The `diplograph` command: loads the TypeScript CLI through tsx, so there is no build step to forget.
import { register } from "tsx/esm/api";

// The documented default (src/config.ts), set before any library reads it: graphql-js, for one, decides at load
// whether every instanceof also looks for a second copy of itself, which costs on each field it resolves.
process.env.NODE_ENV ??= "production";
register();
await import("./cli.ts");
