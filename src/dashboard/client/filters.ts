// The filter form: date range, countries, event types, held or planned, the view and the colours. It reads and
// writes the view state; the address keeps it.
import { byId } from "./dom.ts";
import { EVENT_TYPES, type ViewState } from "./url-state.ts";

const input = (id: string) => byId<HTMLInputElement>(id);

export function showFilters(state: ViewState): void {
  input("from").value = state.from;
  input("to").value = state.to;
  input("countries").value = state.countries.join(", ");
  for (const type of EVENT_TYPES) input(`type-${type}`).checked = state.types.includes(type);
  byId<HTMLSelectElement>("status").value = state.status;
  input(state.view === "PEOPLE" ? "view-people" : "view-events").checked = true;
  input(state.colour === "community" ? "colour-community" : "colour-country").checked = true;
}

/** The filters as the form holds them, or a message saying what to fix. */
export function readFilters(state: ViewState): ViewState | string {
  const countries = input("countries")
    .value.split(/[\s,]+/)
    .map((c) => c.trim().toUpperCase())
    .filter(Boolean);
  const bad = countries.find((c) => !/^[A-Z]{2}$/.test(c));
  if (bad !== undefined) return `“${bad}” is not a two-letter country code (IR, AZ, …).`;
  const from = input("from").value;
  const to = input("to").value;
  if (from && to && from > to) return "The start date is after the end date.";
  const status = byId<HTMLSelectElement>("status").value;
  return {
    ...state,
    from,
    to,
    countries,
    types: EVENT_TYPES.filter((t) => input(`type-${t}`).checked),
    status: status === "held" || status === "planned" ? status : "",
    view: input("view-people").checked ? "PEOPLE" : "EVENTS",
    colour: input("colour-community").checked ? "community" : "country",
  };
}
