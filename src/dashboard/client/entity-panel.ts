// The entity panel: names in every script, positions over time, events on a timeline, counterparts met and how often.
import { bidi, fill, h } from "./dom.ts";
import type { Actions } from "./actions.ts";
import { eventLine } from "./format.ts";
import type { EntityAnswer, EventSummary, Position } from "./queries.ts";

function section(title: string, ...content: (Node | string | null)[]): HTMLElement {
  return h("section", {}, h("h3", {}, title), ...content);
}

function positions(list: Position[]): HTMLElement | null {
  if (list.length === 0) return null;
  const rows = list.map((p) =>
    h(
      "tr",
      {},
      h("td", {}, bidi(p.title)),
      h("td", {}, p.organization ? bidi(p.organization.name) : "—"),
      h(
        "td",
        {},
        p.start || p.end ? `${p.start ?? "?"} – ${p.end ?? "…"}` : p.observed.join(", ") || "date not given",
      ),
    ),
  );
  return section(
    "Positions",
    h(
      "table",
      {},
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          h("th", { scope: "col" }, "Title"),
          h("th", { scope: "col" }, "Organisation"),
          h("th", { scope: "col" }, "When"),
        ),
      ),
      h("tbody", {}, ...rows),
    ),
  );
}

function timeline(events: EventSummary[], self: string, actions: Actions): HTMLElement {
  if (events.length === 0) return section("Events", h("p", {}, "No event in the graph."));
  return section(
    "Events",
    h(
      "ol",
      { class: "timeline" },
      ...events.map((e) =>
        h(
          "li",
          {},
          h(
            "button",
            { type: "button", class: "link", "data-event": e.id, onclick: () => actions.openEvent(e.id) },
            eventLine(e, self),
          ),
        ),
      ),
    ),
  );
}

export function renderEntity(el: HTMLElement, id: string, answer: EntityAnswer, actions: Actions): void {
  const entity = answer.entity;
  if (entity === null) {
    fill(
      el,
      h("h2", {}, "Unknown entity"),
      h(
        "p",
        { role: "status", class: "notice" },
        `No entity has the id “${id}” given in the address. The rest of the view is kept.`,
      ),
    );
    return;
  }
  const seen = new Set<string>();
  const events = [...answer.asParticipant.nodes, ...answer.asPlace.nodes].filter(
    (e) => !seen.has(e.id) && seen.add(e.id),
  );
  const country = entity.country ? `${entity.country.name} (${entity.country.code})` : (entity.code ?? null);
  const met = entity.peopleMet ?? [];
  fill(
    el,
    h("h2", { id: "entity-name" }, bidi(entity.name)),
    h(
      "p",
      { class: "kind" },
      entity.type,
      entity.kind ? ` · ${entity.kind}` : "",
      country ? ` · ${country}` : "",
    ),
    section("Names", h("ul", { class: "names" }, ...entity.names.map((n) => h("li", {}, bidi(n))))),
    entity.titles && entity.titles.length > 0
      ? section("Titles", h("ul", {}, ...entity.titles.map((t) => h("li", {}, bidi(t)))))
      : null,
    positions(entity.positions ?? []),
    timeline(events, entity.id, actions),
    met.length > 0
      ? section(
          "Counterparts met",
          h(
            "ul",
            { class: "met" },
            ...met.map((m) =>
              h(
                "li",
                {},
                h(
                  "button",
                  { type: "button", class: "link", onclick: () => actions.selectEntity(m.person.id) },
                  bidi(m.person.name),
                ),
                ` × ${m.count}`,
              ),
            ),
          ),
        )
      : null,
    h(
      "p",
      { class: "actions" },
      h("button", { type: "button", onclick: () => actions.setTie("a", entity.id) }, "Tie from here (A)"),
      " ",
      h("button", { type: "button", onclick: () => actions.setTie("b", entity.id) }, "Tie to here (B)"),
    ),
  );
}
