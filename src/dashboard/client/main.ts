// The dashboard page: wires the search, filters, graph and panels to one view state that the address holds.
import "./dashboard.css";
import type { Actions } from "./actions.ts";
import { ApiError, gql } from "./api.ts";
import { hideProblem, showProblem } from "./banner.ts";
import { bidi, byId, fill, h } from "./dom.ts";
import { renderEntity } from "./entity-panel.ts";
import { renderEvent } from "./event-panel.ts";
import { exportGexf, exportPng } from "./export.ts";
import { fetchApiMetrics } from "./metrics.ts";
import { readFilters, showFilters } from "./filters.ts";
import { eventLine } from "./format.ts";
import { createGraphView, type GraphView } from "./graph-view.ts";
import { ENTITY, EVENT, NAME, SLICE, type EntityAnswer, type EventDetails, type Slice } from "./queries.ts";
import { mountSearch } from "./search.ts";
import { renderTies } from "./ties-panel.ts";
import { readState, sliceFilter, writeState, type ViewState } from "./url-state.ts";

/** The API's cap on a slice: sigma draws this many events and their entities at interactive speed. */
const MAX_EVENTS = 5000;

let state: ViewState = readState(location.search);
let view: GraphView | null = null;
let drawnOnce = false;

function commit(next: ViewState): void {
  state = next;
  history.replaceState(null, "", `${location.pathname}${writeState(state)}`);
}

const actions: Actions = {
  selectEntity(id) {
    commit({ ...state, selected: id });
    view?.select(id);
    void loadEntity(true);
  },
  openEvent(id) {
    commit({ ...state, event: id });
    void loadEvent(true);
  },
  setTie(end, id) {
    commit(end === "a" ? { ...state, tieA: id } : { ...state, tieB: id });
    void loadTies(true);
  },
  showProblem,
};

async function loadSlice(): Promise<void> {
  const status = byId("slice-status");
  fill(status, "Loading the graph…");
  let slice: Slice;
  try {
    slice = (
      await gql<{ graphSlice: Slice }>(SLICE, {
        filter: sliceFilter(state),
        view: state.view,
        max: MAX_EVENTS,
      })
    ).graphSlice;
  } catch (error) {
    fill(status, "The graph could not be loaded.");
    return showProblem(error, () => void loadSlice());
  }
  performance.mark("dashboard:slice-loaded");
  hideProblem();
  view?.kill();
  delete document.body.dataset["metrics"];
  const container = byId("graph");
  view = createGraphView(container, slice, {
    colour: state.colour,
    selected: state.selected,
    onSelect: (id) => actions.selectEntity(id),
  });
  showLegend();
  container.setAttribute(
    "aria-label",
    `Graph of ${slice.nodes.length} nodes and ${slice.edges.length} ties; use the search box to pick one.`,
  );
  document.body.dataset["drawnNodes"] = String(view.graph.order);
  document.body.dataset["drawnEdges"] = String(view.graph.size);
  if (!drawnOnce) {
    drawnOnce = true;
    performance.mark("dashboard:drawn");
    const marks = performance.getEntriesByType("mark").map((m) => `${m.name}=${m.startTime.toFixed(0)}`);
    document.body.dataset["timings"] = marks.join(" ");
    requestAnimationFrame(() => (document.body.dataset["firstFrameMs"] = performance.now().toFixed(0)));
  }
  showStatus(slice);
  const drawn = view;
  void fetchApiMetrics(state).then((metrics) => {
    if (view !== drawn) return;
    if (metrics !== null) drawn.useApiMetrics(metrics);
    showLegend();
    document.body.dataset["metrics"] = metrics === null ? "page" : "api";
  });
}

function showStatus(slice: Slice): void {
  const counts = `${slice.drawnEvents} of ${slice.totalEvents} events · ${slice.nodes.length} nodes · ${slice.edges.length} ties`;
  fill(
    byId("slice-status"),
    counts,
    slice.truncated
      ? h(
          "strong",
          { class: "cut" },
          ` · Cut at ${slice.maxEvents} events (the earliest first): narrow the dates, countries or types to see the rest.`,
        )
      : null,
    slice.totalEvents === 0
      ? h(
          "strong",
          { class: "cut" },
          slice.withoutFullDate.length > 0
            ? " · No dated event in this range; those without a full date are listed below."
            : " · No event matches these filters: widen them to see more.",
        )
      : null,
  );
  const apart = byId("apart");
  if (slice.withoutFullDate.length === 0) return fill(apart);
  fill(
    apart,
    h(
      "h2",
      {},
      `${slice.withoutFullDate.length} event${slice.withoutFullDate.length === 1 ? "" : "s"} without a full date (not placed in the date range)`,
    ),
    h(
      "ul",
      {},
      ...slice.withoutFullDate.map((e) =>
        h(
          "li",
          {},
          h(
            "button",
            { type: "button", class: "link", onclick: () => actions.openEvent(e.id) },
            eventLine(e, null),
          ),
        ),
      ),
    ),
  );
}

function showLegend(): void {
  const entries = view?.legend() ?? [];
  fill(
    byId("legend"),
    ...entries.map((e) => {
      const dot = h("span", { class: "dot" });
      dot.style.backgroundColor = e.color; // through the CSSOM: the CSP allows no style attributes
      return h("span", { class: "swatch" }, dot, bidi(e.label));
    }),
    entries.length > 0 ? h("span", { class: "swatch" }, h("span", { class: "dot event" }), "event") : null,
    view
      ? h(
          "span",
          { class: "sources" },
          `Size: ${view.sources().size}. Communities: ${view.sources().community}.`,
        )
      : null,
  );
}

async function loadEntity(focus = false): Promise<void> {
  const panel = byId("entity-panel");
  if (state.selected === "") return;
  try {
    renderEntity(panel, state.selected, await gql<EntityAnswer>(ENTITY, { id: state.selected }), actions);
    if (focus) byId("entity-name").setAttribute("tabindex", "-1");
    if (focus) byId("entity-name").focus();
  } catch (error) {
    showProblem(error, () => void loadEntity());
  }
}

async function loadEvent(focus = false): Promise<void> {
  const panel = byId("event-panel");
  if (state.event === "") return fill(panel);
  try {
    const data = await gql<{ event: EventDetails | null }>(EVENT, { id: state.event });
    renderEvent(panel, state.event, data.event, actions);
    if (focus) document.getElementById("event-title")?.focus();
  } catch (error) {
    showProblem(error, () => void loadEvent());
  }
}

async function loadTies(focus = false): Promise<void> {
  const panel = byId("ties-panel");
  const name = async (id: string) => {
    const found = await gql<{ entity: { name: string } | null }>(NAME, { id }).catch(() => null);
    return found?.entity?.name ?? id;
  };
  const ends = h(
    "p",
    {},
    "A: ",
    state.tieA ? bidi(await name(state.tieA)) : "(pick an entity, then “Tie from here”)",
    " · B: ",
    state.tieB ? bidi(await name(state.tieB)) : "(pick another, then “Tie to here”)",
  );
  if (state.tieA === "" || state.tieB === "") return fill(panel, h("h2", {}, "What ties them"), ends);
  try {
    const path = await renderTies(panel, state.tieA, state.tieB, actions);
    view?.highlightPath(path);
    if (focus) document.getElementById("ties-title")?.focus();
  } catch (error) {
    if (error instanceof ApiError && error.kind === "not-found") {
      const notice = `${error.message} (from the address). The rest of the view is kept.`;
      return fill(
        panel,
        h("h2", {}, "What ties them"),
        ends,
        h("p", { role: "status", class: "notice" }, notice),
      );
    }
    fill(panel, h("h2", {}, "What ties them"), ends);
    showProblem(error, () => void loadTies());
  }
}

function wire(): void {
  showFilters(state);
  byId<HTMLFormElement>("filter-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const next = readFilters(state);
    if (typeof next === "string") return fill(byId("filter-error"), next);
    fill(byId("filter-error"));
    commit(next);
    void loadSlice();
  });
  for (const id of ["colour-country", "colour-community"]) {
    byId(id).addEventListener("change", () => {
      const next = readFilters(state);
      if (typeof next === "string") return;
      commit({ ...state, colour: next.colour });
      view?.colourBy(next.colour);
      showLegend();
    });
  }
  mountSearch(
    byId<HTMLInputElement>("search"),
    byId<HTMLUListElement>("search-hits"),
    (hit) => actions.selectEntity(hit.id),
    (error) => showProblem(error, () => undefined),
  );
  byId("export-png").addEventListener("click", () => view && void exportPng(view));
  byId("export-gexf").addEventListener("click", () => view && exportGexf(view));
}

wire();
void loadSlice();
void loadEntity();
void loadEvent();
void loadTies();
