// The evidence panel of one event: what happened, who took part, and every sentence that says so.
import { bidi, fill, h } from "./dom.ts";
import type { Actions } from "./actions.ts";
import { evidenceBlock } from "./evidence.ts";
import { dateLabel } from "./format.ts";
import type { EventDetails } from "./queries.ts";

export function renderEvent(el: HTMLElement, id: string, event: EventDetails | null, actions: Actions): void {
  if (event === null) {
    fill(
      el,
      h("h2", {}, "Unknown event"),
      h("p", { role: "status", class: "notice" }, `No event has the id “${id}” given in the address.`),
    );
    return;
  }
  const facts = [
    dateLabel(event.date, event.datePrecision),
    event.status,
    event.mode?.replace(/_/g, " "),
    event.duration,
  ].filter(Boolean);
  fill(
    el,
    h("h2", { id: "event-title", tabindex: "-1" }, `${event.type}: evidence`),
    h(
      "p",
      { class: "kind" },
      facts.join(" · "),
      event.place ? " · at " : "",
      event.place ? bidi(event.place.name) : null,
    ),
    event.dateText ? h("p", {}, "Date as written: ", bidi(event.dateText)) : null,
    h(
      "ul",
      { class: "participants" },
      ...event.participants.map((p) =>
        h(
          "li",
          {},
          h(
            "button",
            { type: "button", class: "link", onclick: () => actions.selectEntity(p.entity.id) },
            bidi(p.entity.name),
          ),
          p.role ? ` (${p.role})` : "",
        ),
      ),
    ),
    h("h3", {}, `${event.evidence.length} sentence${event.evidence.length === 1 ? "" : "s"}`),
    ...event.evidence.map(evidenceBlock),
  );
}
