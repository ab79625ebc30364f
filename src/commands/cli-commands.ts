// The CLI's commands: each parses its own options and imports its module when it is called, so a command
// loads only what it uses (`extract` and `eval` start without Apollo, graphology or the Neo4j driver).
import { parseArgs } from "node:util";
import type { Config } from "../config.ts";
import { EXIT } from "./cli-errors.ts";
import type { Lifecycle } from "./lifecycle.ts";

export interface CommandContext {
  life: Lifecycle;
  /** The configuration, read from the environment on first use (so `extract` works with a bad NEO4J_URI). */
  config: () => Config;
  /** Reports a usage problem on stderr with the usage text; returns the bad-input exit code. */
  usage: (problem: string) => number;
}

export type Command = (args: string[], ctx: CommandContext) => Promise<number>;

const out = (text: string) => process.stdout.write(`${text}\n`);
const progress = (line: string) => process.stderr.write(`${line}\n`);

async function openStore(ctx: CommandContext) {
  const { openCliStore } = await import("./cli-store.ts");
  return openCliStore(ctx.config(), ctx.life);
}

const extract: Command = async (args, ctx) => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      lang: { type: "string" },
      "source-country": { type: "string" },
      published: { type: "string" },
      json: { type: "boolean", default: false },
      trace: { type: "boolean", default: false },
    },
  });
  const file = positionals[0];
  if (!file) return ctx.usage("extract needs a FILE");
  const { extractCommand } = await import("./extract.ts");
  out(
    await extractCommand(file, {
      json: values.json ?? false,
      ...(values.trace ? { trace: progress } : {}),
      maxArticleBytes: ctx.config().limits.maxArticleBytes,
      ...(values.lang ? { lang: values.lang } : {}),
      ...(values["source-country"] ? { sourceCountry: values["source-country"] } : {}),
      ...(values.published ? { published: values.published } : {}),
    }),
  );
  return EXIT.ok;
};

const evaluate: Command = async (args, ctx) => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      lang: { type: "string" },
      json: { type: "boolean", default: false },
      extractions: { type: "string" },
    },
  });
  const dir = positionals[0];
  if (!dir) return ctx.usage("eval needs a DIR (texts/ + gold/ + meta.tsv, or NAME.txt + NAME.gold.json)");
  const { evalCommand } = await import("./eval.ts");
  out(
    await evalCommand(dir, {
      json: values.json ?? false,
      ...(values.lang ? { lang: values.lang } : {}),
      ...(values.extractions ? { extractions: values.extractions } : {}),
      progress,
    }),
  );
  return EXIT.ok;
};

const seed: Command = async (args, ctx) => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { resume: { type: "boolean", default: false } },
  });
  const store = await openStore(ctx);
  const [{ describeStore }, { createExtractPool }, { seedFolders }, { DEFAULT_SEED_DIR }] = await Promise.all(
    [
      import("./cli-store.ts"),
      import("../ingest/extract-pool.ts"),
      import("./seed.ts"),
      import("./serve.ts"),
    ],
  );
  progress(`diplograph: ${describeStore(ctx.config().store)}`);
  // Extraction in a worker: Ctrl-C is answered at once, even in the middle of a long article.
  const pool = createExtractPool(1);
  ctx.life.onStop(() => pool.close());
  ctx.life.signal.addEventListener("abort", () => void pool.close()); // the article in hand stops too
  const report = await seedFolders(store, positionals.length ? positionals : [DEFAULT_SEED_DIR], {
    extract: (where, text, meta) => pool.extract(where, text, meta),
    signal: ctx.life.signal,
    maxArticleBytes: ctx.config().limits.maxArticleBytes,
    resume: values.resume ?? false,
  });
  if (report.skipped > 0) return EXIT.interrupted;
  return report.failed.length ? EXIT.failure : EXIT.ok;
};

const serve: Command = async (args, ctx) => {
  const { values } = parseArgs({ args, options: { "no-seed": { type: "boolean", default: false } } });
  const { DEFAULT_SEED_DIR, serveCommand } = await import("./serve.ts");
  await serveCommand(ctx.config(), { seed: !values["no-seed"], seedDirs: [DEFAULT_SEED_DIR] }, ctx.life);
  return EXIT.ok;
};

const query: Command = async (args, ctx) => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { variables: { type: "string" } },
  });
  const document = positionals[0];
  if (!document) return ctx.usage("query needs a GraphQL document");
  const { parseVariables, queryCommand } = await import("./query.ts");
  const variables = parseVariables(values.variables);
  const store = await openStore(ctx);
  const result = await queryCommand(ctx.config(), store, document, variables);
  out(result.text);
  return result.failed ? EXIT.failure : EXIT.ok;
};

const retract: Command = async (args, ctx) => {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const id = positionals[0];
  if (!id) return ctx.usage("retract needs an ARTICLE_ID");
  const store = await openStore(ctx);
  out(JSON.stringify(await store.retractArticle(id), null, 2));
  return EXIT.ok;
};

const exportGraph: Command = async (args, ctx) => {
  const { values } = parseArgs({ args, options: { out: { type: "string" }, format: { type: "string" } } });
  const { exportCommand, exportFormat } = await import("./export.ts");
  const format = exportFormat(values.format);
  const store = await openStore(ctx);
  const text = await exportCommand(store, { format, out: values.out ?? null });
  if (text !== null) out(text);
  return EXIT.ok;
};

const importGraph: Command = async (args, ctx) => {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const file = positionals[0];
  if (!file) return ctx.usage("import needs a FILE (a JSON export)");
  const [{ importFile }, { describeStore }] = await Promise.all([
    import("./import.ts"),
    import("./cli-store.ts"),
  ]);
  const store = await openStore(ctx);
  progress(`diplograph: importing into ${describeStore(ctx.config().store)}`);
  out(JSON.stringify(await importFile(store, file), null, 2));
  return EXIT.ok;
};

const stats: Command = async (args, ctx) => {
  parseArgs({ args, options: {} });
  const { describeStore } = await import("./cli-store.ts");
  const store = await openStore(ctx);
  out(JSON.stringify({ store: describeStore(ctx.config().store), ...(await store.counts()) }, null, 2));
  return EXIT.ok;
};

export const COMMANDS: Readonly<Record<string, Command>> = {
  extract,
  eval: evaluate,
  seed,
  serve,
  query,
  retract,
  export: exportGraph,
  import: importGraph,
  stats,
};
