// The view as the address holds it (filters, view, colours, selection, the evidence open, the pair tied), so a view
// can be shared and reloaded.
export const EVENT_TYPES = ["Visit", "Meeting", "Call", "Statement", "Agreement"] as const;

export interface ViewState {
  from: string;
  to: string;
  countries: string[];
  types: string[];
  status: "" | "held" | "planned";
  view: "EVENTS" | "PEOPLE";
  colour: "country" | "community";
  /** Selected entity id. */
  selected: string;
  /** Event whose evidence is open. */
  event: string;
  /** The two ends of "what ties A and B". */
  tieA: string;
  tieB: string;
}

export const EMPTY_STATE: ViewState = {
  from: "",
  to: "",
  countries: [],
  types: [],
  status: "",
  view: "EVENTS",
  colour: "country",
  selected: "",
  event: "",
  tieA: "",
  tieB: "",
};

const list = (value: string | null): string[] =>
  (value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

export function readState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const status = p.get("status");
  return {
    from: p.get("from") ?? "",
    to: p.get("to") ?? "",
    countries: list(p.get("countries")).map((c) => c.toUpperCase()),
    types: list(p.get("types")).filter((t) => (EVENT_TYPES as readonly string[]).includes(t)),
    status: status === "held" || status === "planned" ? status : "",
    view: p.get("view") === "people" ? "PEOPLE" : "EVENTS",
    colour: p.get("colour") === "community" ? "community" : "country",
    selected: p.get("selected") ?? "",
    event: p.get("event") ?? "",
    tieA: p.get("a") ?? "",
    tieB: p.get("b") ?? "",
  };
}

export function writeState(state: ViewState): string {
  const p = new URLSearchParams();
  const put = (key: string, value: string) => {
    if (value !== "") p.set(key, value);
  };
  put("from", state.from);
  put("to", state.to);
  put("countries", state.countries.join(","));
  put("types", state.types.join(","));
  put("status", state.status);
  if (state.view === "PEOPLE") p.set("view", "people");
  if (state.colour === "community") p.set("colour", "community");
  put("selected", state.selected);
  put("event", state.event);
  put("a", state.tieA);
  put("b", state.tieB);
  const text = p.toString();
  return text === "" ? "" : `?${text}`;
}

/** The slice filter the API takes, from the view state. */
export function sliceFilter(state: ViewState): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  if (state.from) filter["from"] = state.from;
  if (state.to) filter["to"] = state.to;
  if (state.countries.length > 0) filter["countries"] = state.countries;
  if (state.types.length > 0) filter["types"] = state.types;
  if (state.status) filter["status"] = state.status;
  return filter;
}
