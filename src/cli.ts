// The diplograph command line: wiring only (arguments -> configuration -> a command). Every command runs
// inside one lifecycle (src/commands/lifecycle.ts): signals, a closed pipe and failures all close the store.
import { parseArgs } from "node:util";
import { loadConfig, type Config } from "./config.ts";
import { evalCommand } from "./commands/eval.ts";
import { exportCommand, exportFormat } from "./commands/export.ts";
import { importFile } from "./commands/import.ts";
import { extractCommand } from "./commands/extract.ts";
import { parseVariables, queryCommand } from "./commands/query.ts";
import { seedFolders } from "./commands/seed.ts";
import { DEFAULT_SEED_DIR, serveCommand } from "./commands/serve.ts";
import { EXIT, describeFailure } from "./commands/cli-errors.ts";
import { describeStore, openCliStore } from "./commands/cli-store.ts";
import { createLifecycle, type Lifecycle } from "./commands/lifecycle.ts";
import { createExtractPool } from "./ingest/extract-pool.ts";

const USAGE = `diplograph: a diplomatic-events knowledge graph

usage:
  diplograph serve [--no-seed]            serve GraphQL (seeds the graph from seed/articles when it is empty)
  diplograph seed [DIR…] [--resume]       ingest the articles (NAME.txt + NAME.json) of folders (default seed/articles);
                                          --resume skips articles the store holds with the same text
  diplograph extract FILE [--lang ar|en|fa] [--source-country CC] [--published YYYY-MM-DD] [--json] [--trace]
                                          extract one article and print it (the contract JSON with --json)
  diplograph eval DIR [--lang ar|en|fa] [--json] [--extractions OUTDIR]
                                          extract and score every article of an annotated folder against its gold
  diplograph query QUERY [--variables JSON]
                                          run one GraphQL operation against the configured store
  diplograph retract ARTICLE_ID           remove one article and what only it supported
  diplograph export [--format json|gexf|graphml|csv] [--out FILE|DIR]
                                          write the whole graph: JSON (default; what import reads), GEXF for
                                          Gephi, GraphML, or CSV files for neo4j-admin database import (--out DIR)
  diplograph import FILE                  read a JSON export into the configured store, which must be empty
  diplograph stats                        counts of the configured store, and which store it is

  --debug (any command)                   print stack traces of failures

exit codes: 0 done; 1 failure (a store error, a query answered with errors, an article that failed);
            2 bad input (arguments, files, metadata, configuration); 130 interrupted (Ctrl-C)

configuration comes from the environment (see README): GRAPH_STORE, DIPLOGRAPH_DATA_DIR, PORT, NEO4J_URI …`;

const out = (text: string) => process.stdout.write(`${text}\n`);

async function main(argv: string[], life: Lifecycle, config: () => Config): Promise<number> {
  const [command, ...rest] = argv;
  // "diplograph eval --help": any command's help is the usage, which names every command's options.
  if (command !== undefined && (rest.includes("--help") || rest.includes("-h"))) {
    process.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  switch (command) {
    case "extract": {
      const { values, positionals } = parseArgs({
        args: rest,
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
      if (!file) return usage("extract needs a FILE");
      out(
        await extractCommand(file, {
          json: values.json ?? false,
          ...(values.trace ? { trace: (line: string) => process.stderr.write(`${line}\n`) } : {}),
          maxArticleBytes: config().limits.maxArticleBytes,
          ...(values.lang ? { lang: values.lang } : {}),
          ...(values["source-country"] ? { sourceCountry: values["source-country"] } : {}),
          ...(values.published ? { published: values.published } : {}),
        }),
      );
      return EXIT.ok;
    }
    case "eval": {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: {
          lang: { type: "string" },
          json: { type: "boolean", default: false },
          extractions: { type: "string" },
        },
      });
      const dir = positionals[0];
      if (!dir) return usage("eval needs a DIR (texts/ + gold/ + meta.tsv, or NAME.txt + NAME.gold.json)");
      out(
        await evalCommand(dir, {
          json: values.json ?? false,
          ...(values.lang ? { lang: values.lang } : {}),
          ...(values.extractions ? { extractions: values.extractions } : {}),
          progress: (line) => process.stderr.write(`${line}\n`),
        }),
      );
      return EXIT.ok;
    }
    case "seed": {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: { resume: { type: "boolean", default: false } },
      });
      const store = await openCliStore(config(), life);
      process.stderr.write(`diplograph: ${describeStore(config().store)}\n`);
      // Extraction in a worker: Ctrl-C is answered at once, even in the middle of a long article.
      const pool = createExtractPool(1);
      life.onStop(() => pool.close());
      life.signal.addEventListener("abort", () => void pool.close()); // the article in hand stops too
      const report = await seedFolders(store, positionals.length ? positionals : [DEFAULT_SEED_DIR], {
        extract: (where, text, meta) => pool.extract(where, text, meta),
        signal: life.signal,
        maxArticleBytes: config().limits.maxArticleBytes,
        resume: values.resume ?? false,
      });
      if (report.skipped > 0) return EXIT.interrupted;
      return report.failed.length ? EXIT.failure : EXIT.ok;
    }
    case "serve": {
      const { values } = parseArgs({
        args: rest,
        options: { "no-seed": { type: "boolean", default: false } },
      });
      await serveCommand(config(), { seed: !values["no-seed"], seedDirs: [DEFAULT_SEED_DIR] }, life);
      return EXIT.ok;
    }
    case "query": {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: { variables: { type: "string" } },
      });
      const query = positionals[0];
      if (!query) return usage("query needs a GraphQL document");
      const variables = parseVariables(values.variables);
      const store = await openCliStore(config(), life);
      const result = await queryCommand(config(), store, query, variables);
      out(result.text);
      return result.failed ? EXIT.failure : EXIT.ok;
    }
    case "retract": {
      const { positionals } = parseArgs({ args: rest, allowPositionals: true, options: {} });
      const id = positionals[0];
      if (!id) return usage("retract needs an ARTICLE_ID");
      const store = await openCliStore(config(), life);
      out(JSON.stringify(await store.retractArticle(id), null, 2));
      return EXIT.ok;
    }
    case "export": {
      const { values } = parseArgs({
        args: rest,
        options: { out: { type: "string" }, format: { type: "string" } },
      });
      const format = exportFormat(values.format);
      const store = await openCliStore(config(), life);
      const text = await exportCommand(store, { format, out: values.out ?? null });
      if (text !== null) out(text);
      return EXIT.ok;
    }
    case "import": {
      const { positionals } = parseArgs({ args: rest, allowPositionals: true, options: {} });
      const file = positionals[0];
      if (!file) return usage("import needs a FILE (a JSON export)");
      const store = await openCliStore(config(), life);
      process.stderr.write(`diplograph: importing into ${describeStore(config().store)}\n`);
      out(JSON.stringify(await importFile(store, file), null, 2));
      return EXIT.ok;
    }
    case "stats": {
      parseArgs({ args: rest, options: {} });
      const store = await openCliStore(config(), life);
      out(JSON.stringify({ store: describeStore(config().store), ...(await store.counts()) }, null, 2));
      return EXIT.ok;
    }
    case undefined:
    case "help":
    case "--help":
    case "-h":
      out(USAGE);
      return EXIT.ok;
    default:
      return usage(`unknown command "${command}"`);
  }
}

function usage(problem: string): number {
  process.stderr.write(`diplograph: ${problem}\n\n${USAGE}\n`);
  return EXIT.badInput;
}

async function run(): Promise<void> {
  const args = process.argv.slice(2);
  const debug = args.includes("--debug");
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const life = createLifecycle(log);
  let loaded: Config | null = null;
  const config = () => (loaded ??= loadConfig());
  const fail = (error: unknown): number => {
    const url = loaded ? `http://${loaded.host}:${loaded.port}/graphql` : undefined;
    const failure = describeFailure(error, { debug, ...(url ? { serverUrl: url } : {}) });
    log(`diplograph: ${failure.line}`);
    return failure.code;
  };
  // Errors no command caught (a failing timer, a rejected promise nobody awaited): close the store, exit 1.
  const fatal = (error: unknown) => {
    fail(error);
    void life.runSteps().finally(() => process.exit(EXIT.failure));
  };
  process.on("uncaughtException", fatal);
  process.on("unhandledRejection", fatal);
  let code: number;
  try {
    code = await main(
      args.filter((a) => a !== "--debug"),
      life,
      config,
    );
  } catch (error) {
    code = life.reason === "EPIPE" ? EXIT.ok : fail(error);
  }
  await life.runSteps();
  if (life.reason === "EPIPE") code = EXIT.ok;
  // Exit now: worker threads and sockets closed by the steps must not hold the process open.
  process.exit(code);
}

await run();
