// One shutdown path for every command: SIGINT, SIGTERM, a closed stdout pipe and fatal errors all run the same
// steps (stop accepting, abort work in flight, close the store: compact, release its lock), then exit.

export interface Lifecycle {
  /** Aborted when the process is asked to stop; long work checks it between steps. */
  readonly signal: AbortSignal;
  /** The reason the process is stopping ("SIGTERM", "EPIPE", …), null while it runs. */
  readonly reason: string | null;
  /** Resolves when the process is asked to stop (a server waits on it). */
  readonly stopped: Promise<string>;
  /** Adds a step to run at shutdown; steps run once, the last added first. */
  onStop(step: () => Promise<void>): void;
  /** Runs the steps (once; later calls wait for the first). A step that fails is reported and the rest still run. */
  runSteps(): Promise<void>;
}

/** Time every step together may take before the process exits anyway. */
export const SHUTDOWN_GRACE_MS = 15_000;

export function createLifecycle(log: (line: string) => void): Lifecycle {
  const controller = new AbortController();
  const steps: (() => Promise<void>)[] = [];
  let reason: string | null = null;
  let running: Promise<void> | null = null;
  let announce: (reason: string) => void = () => undefined;
  const stopped = new Promise<string>((resolve) => (announce = resolve));

  const requestStop = (why: string): void => {
    if (reason !== null) {
      // A second Ctrl-C: the user does not want to wait.
      if (why === "SIGINT" || why === "SIGTERM") {
        log(`diplograph: ${why} again, exiting without waiting`);
        process.exit(130);
      }
      return;
    }
    reason = why;
    controller.abort(why);
    announce(why);
    // The steps are bounded: a store that cannot close in time does not keep a container from stopping.
    setTimeout(() => {
      log(`diplograph: shutdown took longer than ${SHUTDOWN_GRACE_MS / 1000} s; exiting`);
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
  };
  process.on("SIGINT", () => requestStop("SIGINT"));
  process.on("SIGTERM", () => requestStop("SIGTERM"));
  // `diplograph export | head`: the reader went away; stop quietly, as other Unix tools do.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") requestStop("EPIPE");
  });

  return {
    signal: controller.signal,
    get reason() {
      return reason;
    },
    stopped,
    onStop(step) {
      steps.push(step);
    },
    runSteps() {
      running ??= (async () => {
        for (const step of steps.splice(0).reverse()) {
          await step().catch((error: unknown) =>
            log(`diplograph: while stopping: ${error instanceof Error ? error.message : String(error)}`),
          );
        }
      })();
      return running;
    },
  };
}
