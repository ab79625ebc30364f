// The language-neutral driver of extraction: a language pack is an ordered list of named passes over one
// article's state; the driver runs them in order and, when asked, records what each pass added (`extract --trace`).
import type { ArticleContext } from "./article-context.ts";
import type {
  ArticleMentions,
  CounterpartMention,
  DateMention,
  EventMention,
  GeoMention,
  OrgMention,
  PersonMention,
} from "./mentions.ts";
import type { Sentence } from "./text/tokenize.ts";

/** What every pack's passes fill in, beside whatever working state of its own a pack keeps. */
export interface TaggerState {
  readonly text: string;
  readonly context: ArticleContext;
  sentences: Sentence[];
  persons: PersonMention[];
  geos: GeoMention[];
  /** Dates found (events take theirs from here); kept for the trace, not passed on. */
  dates: DateMention[];
  orgs: OrgMention[];
  events: EventMention[];
  counterparts: CounterpartMention[];
  dateline: GeoMention | null;
}

/** Each mention by the tokens it covers, so that passes ask "what stands at token k" in one look-up. */
export function byToken<T extends { from: number; to: number }>(mentions: readonly T[]): Map<number, T> {
  const out = new Map<number, T>();
  for (const m of mentions) for (let k = m.from; k < m.to; k++) out.set(k, m);
  return out;
}

/** Mention ids of one article, counted by its state. */
export function idCounter(state: { nextId: number }): () => number {
  return () => state.nextId++;
}

/** One step of a pack: a small named function over the state, testable alone. */
export interface Pass<S extends TaggerState> {
  readonly name: string;
  run(state: S): void;
}

/** What one pass did: the mentions it added or changed, each described in a line, and its time. */
export interface TraceStep {
  pass: string;
  ms: number;
  lines: string[];
}

export type Tracer = (step: TraceStep) => void;

export function emptyState(text: string, context: ArticleContext): TaggerState {
  return {
    text,
    context,
    sentences: [],
    persons: [],
    geos: [],
    dates: [],
    orgs: [],
    events: [],
    counterparts: [],
    dateline: null,
  };
}

export function runPasses<S extends TaggerState>(
  passes: readonly Pass<S>[],
  state: S,
  tracer?: Tracer,
): ArticleMentions {
  for (const pass of passes) {
    const before = tracer ? describe(state) : null;
    const started = performance.now();
    pass.run(state);
    if (tracer && before) {
      const after = describe(state);
      const seen = new Set(before);
      tracer({ pass: pass.name, ms: performance.now() - started, lines: after.filter((l) => !seen.has(l)) });
    }
  }
  const { sentences, persons, geos, orgs, events, counterparts, dateline } = state;
  return { sentences, persons, geos, orgs, events, counterparts, dateline };
}

/** One line per mention, so that two states can be compared line by line (only when tracing). */
function describe(state: TaggerState): string[] {
  const name = new Map(state.persons.map((p) => [p.id, p.name ?? `(${p.titles.join(", ")})`]));
  const who = (id: number | null) => (id === null ? "?" : (name.get(id) ?? `#${id}`));
  return [
    ...state.persons.map(
      (p) =>
        `#${p.sentence} person ${p.name ?? "(role)"}${p.titles.length ? ` — ${p.titles.join("; ")}` : ""}` +
        `${p.country ? ` [${p.country}]` : ""}`,
    ),
    ...state.geos.map((g) => `#${g.sentence} ${g.kind} ${g.surface} → ${g.code}${g.weak ? " (weak)" : ""}`),
    ...state.dates.map((d) => `#${d.sentence} date ${d.text} → ${d.value} (${d.precision})`),
    ...state.orgs.map((o) => `#${o.sentence} organisation ${o.name}${o.country ? ` [${o.country}]` : ""}`),
    ...state.events.map(
      (e) =>
        `#${e.sentence} ${e.type}${e.status === "planned" ? " (planned)" : ""}: ${who(e.agent)}` +
        `${e.others.length ? ` with ${e.others.map(who).join(", ")}` : ""}` +
        `${e.hosts.length ? ` hosted by ${e.hosts.map(who).join(", ")}` : ""}` +
        `${e.location ? ` in ${e.location.surface}` : ""}${e.date ? ` on ${e.date.value}` : ""}`,
    ),
    ...state.counterparts.map((c) => `#${c.sentence} counterpart ${who(c.person)} of ${who(c.of)}`),
    ...(state.dateline ? [`dateline ${state.dateline.surface} → ${state.dateline.code}`] : []),
  ];
}
