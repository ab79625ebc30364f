// The embedded graph store: graphology in memory, kept on disk as a snapshot plus an fsynced operation log.
import { NotFoundError, StoreUnavailableError, messageOf } from "../../domain/errors.ts";
import type { ApplyResult, GraphStore } from "../graph-store.ts";
import { commitChange } from "./commit.ts";
import { deepFreeze } from "./freeze.ts";
import { admitPatch, internPatch } from "./compact.ts";
import { rebuildPatch } from "./stored.ts";
import { PATCH_FORMAT, SNAPSHOT_FILE, STATE_FORMAT } from "./snapshot.ts";
import { stateLoader } from "./state-restore.ts";
import { stateSnapshot } from "./state-snapshot.ts";
import { join } from "node:path";
import { eventsBetween, eventsBetweenCountries, findEvents } from "./events.ts";
import { openJournal, type Journal, type JournalOp } from "./journal.ts";
import { applyResult, planChange, retractResult } from "./plan.ts";
import { counts, findEntities, listArticles } from "./reads.ts";
import { adjacentTies, createState, type MemoryState } from "./state.ts";
import { neighborhood, shortestPath } from "./traversal.ts";
import { compareStrings } from "../../domain/merge.ts";

export interface MemoryStoreOptions {
  /** Directory that holds the graph (created if missing). null or absent: memory only, gone on close (tests). */
  dataDir?: string | null;
  /** Compact the log into a snapshot once it passes this many bytes. Default 64 MiB. */
  compactAfterBytes?: number;
  /** Where warnings go (a torn log tail cut away, a failed compaction). Default console.warn. */
  warn?: (message: string) => void;
}

const DEFAULT_COMPACT_AFTER = 64 * 1024 * 1024;

/** Replays an operation from our own files: it was checked when first written, and any order of a set gives one graph. */
function replayOp(state: MemoryState, op: JournalOp): void {
  if (op.op === "apply") deepFreeze(internPatch(op.patch, state.strings));
  const articleId = op.op === "apply" ? op.patch.article.id : op.articleId;
  if (op.op === "retract" && !state.patches.has(articleId)) return;
  const change = planChange(
    state,
    articleId,
    op.op === "apply" ? op.patch : null,
    "store/memory: replay",
    false,
  );
  commitChange(state, change);
}

export async function createMemoryStore(options: MemoryStoreOptions = {}): Promise<GraphStore> {
  const state = createState();
  const warn = options.warn ?? ((message: string) => console.warn(message));
  const compactAfter = options.compactAfterBytes ?? DEFAULT_COMPACT_AFTER;
  const dataDir = options.dataDir ?? null;
  const loader = stateLoader(state, dataDir === null ? "" : join(dataDir, SNAPSHOT_FILE), warn);
  const journal: Journal | null =
    dataDir === null
      ? null
      : await openJournal(
          dataDir,
          {
            // Format 1 (an older version's): every patch replayed through the merge, slow but the same graph.
            patch: (patch) => replayOp(state, { op: "apply", patch }),
            stateHeader: (header) => loader.header(header),
            state: (record) => loader.record(record),
            snapshotRead(format) {
              if (format === STATE_FORMAT) loader.finish();
              if (format === PATCH_FORMAT) {
                warn(
                  `store/memory: ${join(dataDir, SNAPSHOT_FILE)} is in the older patch format: replayed patch by ` +
                    "patch (slow); it is rewritten in the state format when the store closes",
                );
              }
            },
            op: (op) => replayOp(state, op),
          },
          warn,
        );
  let closed = false;
  let closing: Promise<void> | null = null;
  // Writes run one at a time: each is planned against the state the previous one left.
  let queue: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(write: () => Promise<T>): Promise<T> => {
    const run = queue.then(write);
    queue = run.catch(() => undefined);
    return run;
  };
  const open = (): MemoryState => {
    if (closed) throw new StoreUnavailableError("store/memory: the store is closed");
    return state;
  };
  const maybeCompact = async (): Promise<void> => {
    if (journal === null || journal.logBytes < compactAfter) return;
    // The write that got us here is already durable in the log; a failed compaction only delays the next.
    await journal
      .compact(stateSnapshot(state))
      .catch((error: unknown) => warn(`store/memory: compaction failed: ${messageOf(error)}`));
  };

  return {
    kind: "memory",

    async applyPatch(input) {
      open();
      // Frozen once on the way in: merged items share its evidence, participants and dates.
      const { patch, json: patchJson } = admitPatch(input, state.strings, "store/memory: applyPatch");
      return exclusive(async (): Promise<ApplyResult> => {
        const s = open();
        const articleId = patch.article.id;
        const before = s.patches.get(articleId);
        if (before !== undefined && JSON.stringify(rebuildPatch(before, s.contributions)) === patchJson) {
          return {
            articleId,
            created: { entities: [], events: [], occupancies: [], relations: [] },
            unchanged: true,
          };
        }
        const change = planChange(s, articleId, patch, "store/memory: applyPatch");
        const result = applyResult(s, change);
        await journal?.append({ op: "apply", patch }, patchJson);
        commitChange(s, change);
        await maybeCompact();
        return result;
      });
    },

    async retractArticle(articleId) {
      open();
      return exclusive(async () => {
        const s = open();
        if (!s.patches.has(articleId)) {
          throw new NotFoundError(`store/memory: retractArticle: unknown article "${articleId}"`);
        }
        const change = planChange(s, articleId, null, "store/memory: retractArticle");
        const result = retractResult(s, change);
        await journal?.append({ op: "retract", articleId });
        commitChange(s, change);
        await maybeCompact();
        return result;
      });
    },

    async getArticle(id) {
      return open().patches.get(id)?.article ?? null;
    },
    async listArticles() {
      return listArticles(open());
    },
    async getEntity(id) {
      return open().merged.entity.get(id) ?? null;
    },
    async getEntities(ids) {
      const s = open();
      return ids.map((id) => s.merged.entity.get(id) ?? null);
    },
    async getEvent(id) {
      return open().merged.event.get(id) ?? null;
    },
    async getEvents(ids) {
      const s = open();
      return ids.map((id) => s.merged.event.get(id) ?? null);
    },
    async findEntities(query) {
      return findEntities(open(), query);
    },
    async findEvents(query) {
      return findEvents(open(), query);
    },
    async eventsBetween(a, b) {
      return eventsBetween(open(), a, b);
    },
    async eventsBetweenCountries(a, b) {
      return eventsBetweenCountries(open(), a, b);
    },
    async occupanciesOf(personId) {
      const s = open();
      return adjacentTies(s, personId, "occupancy")
        .flatMap((id) => s.merged.occupancy.get(id) ?? [])
        .filter((o) => o.personId === personId)
        .sort((a, b) => compareStrings(a.id, b.id));
    },
    async relationsOf(entityId) {
      const s = open();
      return adjacentTies(s, entityId, "relation")
        .flatMap((id) => s.merged.relation.get(id) ?? [])
        .sort((a, b) => compareStrings(a.id, b.id));
    },
    async neighborhood(id, options) {
      return neighborhood(open(), id, options);
    },
    async shortestPath(from, to, options) {
      return shortestPath(open(), from, to, options);
    },
    async counts() {
      return counts(open());
    },
    close() {
      // Every caller gets the one closing: a second close must not close the log twice.
      closing ??= exclusive(async () => {
        closed = true;
        if (journal === null) return;
        try {
          if (journal.logBytes > 0 || journal.openedFormat === PATCH_FORMAT) {
            await journal.compact(stateSnapshot(state));
          }
        } finally {
          await journal.close();
        }
      });
      return closing;
    },
  };
}
