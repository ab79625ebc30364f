// The diplograph command line: wiring only (arguments -> configuration -> a command).
import { parseArgs } from "node:util";
import { writeFile } from "node:fs/promises";
import { loadConfig } from "./config.ts";
import { isDiplographError, messageOf } from "./domain/errors.ts";
import { evalCommand } from "./commands/eval.ts";
import { exportGraph } from "./commands/export.ts";
import { extractCommand } from "./commands/extract.ts";
import { queryCommand } from "./commands/query.ts";
import { seedFolders } from "./commands/seed.ts";
import { DEFAULT_SEED_DIR, serveCommand } from "./commands/serve.ts";
import { openStore } from "./store/open-store.ts";

const USAGE = `diplograph: a diplomatic-events knowledge graph

usage:
  diplograph serve [--no-seed]            serve GraphQL (seeds the graph from seed/articles when it is empty)
  diplograph seed [DIR…]                  ingest the articles (NAME.txt + NAME.json) of folders (default seed/articles)
  diplograph extract FILE [--lang ar|en|fa] [--source-country CC] [--published YYYY-MM-DD] [--json]
                                          extract one article and print it (the contract JSON with --json)
  diplograph eval DIR [--lang ar|en|fa] [--json] [--extractions OUTDIR]
                                          extract and score every article of an annotated folder against its gold
  diplograph query QUERY [--variables JSON]
                                          run one GraphQL operation against the configured store
  diplograph retract ARTICLE_ID           remove one article and what only it supported
  diplograph export [--out FILE]          write the whole graph as JSON
  diplograph stats                        counts of the configured store

configuration comes from the environment (see README): GRAPH_STORE, DIPLOGRAPH_DATA_DIR, PORT, NEO4J_URI …`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const out = (text: string) => process.stdout.write(`${text}\n`);
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
        },
      });
      const file = positionals[0];
      if (!file) return usage("extract needs a FILE");
      out(
        await extractCommand(file, {
          json: values.json ?? false,
          ...(values.lang ? { lang: values.lang } : {}),
          ...(values["source-country"] ? { sourceCountry: values["source-country"] } : {}),
          ...(values.published ? { published: values.published } : {}),
        }),
      );
      return 0;
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
      return 0;
    }
    case "seed": {
      const { positionals } = parseArgs({ args: rest, allowPositionals: true, options: {} });
      const store = await openStore(loadConfig().store);
      try {
        const report = await seedFolders(store, positionals.length ? positionals : [DEFAULT_SEED_DIR]);
        return report.failed.length ? 1 : 0;
      } finally {
        await store.close();
      }
    }
    case "serve": {
      const { values } = parseArgs({
        args: rest,
        options: { "no-seed": { type: "boolean", default: false } },
      });
      await serveCommand(loadConfig(), { seed: !values["no-seed"], seedDirs: [DEFAULT_SEED_DIR] });
      return -1; // keeps running until a signal
    }
    case "query": {
      const { values, positionals } = parseArgs({
        args: rest,
        allowPositionals: true,
        options: { variables: { type: "string" } },
      });
      const query = positionals[0];
      if (!query) return usage("query needs a GraphQL document");
      out(await queryCommand(loadConfig(), query, values.variables));
      return 0;
    }
    case "retract": {
      const id = rest[0];
      if (!id) return usage("retract needs an ARTICLE_ID");
      const store = await openStore(loadConfig().store);
      try {
        out(JSON.stringify(await store.retractArticle(id), null, 2));
        return 0;
      } finally {
        await store.close();
      }
    }
    case "export": {
      const { values } = parseArgs({ args: rest, options: { out: { type: "string" } } });
      const store = await openStore(loadConfig().store);
      try {
        const json = JSON.stringify(await exportGraph(store), null, 2);
        if (values.out) await writeFile(values.out, json);
        else out(json);
        return 0;
      } finally {
        await store.close();
      }
    }
    case "stats": {
      const store = await openStore(loadConfig().store);
      try {
        out(JSON.stringify(await store.counts(), null, 2));
        return 0;
      } finally {
        await store.close();
      }
    }
    case undefined:
    case "help":
    case "--help":
    case "-h":
      out(USAGE);
      return 0;
    default:
      return usage(`unknown command "${command}"`);
  }
}

function usage(problem: string): number {
  process.stderr.write(`diplograph: ${problem}\n\n${USAGE}\n`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (error: unknown) => {
    // Expected failures (bad input, an unreachable store) get one clear line; anything else its stack.
    process.stderr.write(
      `diplograph: ${isDiplographError(error) ? error.message : error instanceof Error ? (error.stack ?? error.message) : messageOf(error)}\n`,
    );
    process.exitCode = isDiplographError(error) && error.code === "BAD_USER_INPUT" ? 2 : 1;
  },
);
