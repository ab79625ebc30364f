// The diplograph command line: wiring only (arguments -> configuration -> a command). Every command runs
// inside one lifecycle (src/commands/lifecycle.ts): signals, a closed pipe and failures all close the store.
// Commands are loaded when called (src/commands/cli-commands.ts): `extract` does not pay for Apollo or the stores.
import { loadConfig, type Config } from "./config.ts";
import { COMMANDS } from "./commands/cli-commands.ts";
import { EXIT, describeFailure } from "./commands/cli-errors.ts";
import { createLifecycle, type Lifecycle } from "./commands/lifecycle.ts";

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

async function main(argv: string[], life: Lifecycle, config: () => Config): Promise<number> {
  const [command, ...rest] = argv;
  // "diplograph eval --help": any command's help is the usage, which names every command's options.
  const help = command === undefined || ["help", "--help", "-h"].includes(command);
  if (help || rest.includes("--help") || rest.includes("-h")) {
    process.stdout.write(`${USAGE}\n`);
    return EXIT.ok;
  }
  const handler = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!handler) return usage(`unknown command "${command}"`);
  return handler(rest, { life, config, usage });
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
