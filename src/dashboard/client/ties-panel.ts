// "What ties A and B": the shortest path, the events both took part in, and for two countries their bilateral timeline.
import { gql } from "./api.ts";
import { bidi, fill, h } from "./dom.ts";
import type { Actions } from "./actions.ts";
import { eventLine } from "./format.ts";
import { BILATERAL, TIES, type BilateralAnswer, type EventSummary, type TiesAnswer } from "./queries.ts";

const COUNTRY = /^country:([A-Z]{2})$/;

function eventList(events: EventSummary[], actions: Actions): HTMLElement {
  return h(
    "ol",
    { class: "timeline" },
    ...events.map((e) =>
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
  );
}

/** Finds what ties the two and draws it; returns the path's ids so the graph can light them up. */
export async function renderTies(el: HTMLElement, a: string, b: string, actions: Actions): Promise<string[]> {
  fill(el, h("h2", {}, "What ties them"), h("p", { role: "status" }, "Looking…"));
  const ties = await gql<TiesAnswer>(TIES, { a, b });
  const ca = COUNTRY.exec(a)?.[1];
  const cb = COUNTRY.exec(b)?.[1];
  const bilateral = ca && cb ? await gql<BilateralAnswer>(BILATERAL, { a: ca, b: cb }) : null;
  const path = ties.path;
  fill(
    el,
    h("h2", { id: "ties-title", tabindex: "-1" }, "What ties them"),
    h("h3", {}, "Shortest path"),
    path === null
      ? h("p", {}, "No path within 6 hops.")
      : h(
          "ol",
          { class: "path" },
          ...path.hops.map((hop) =>
            h(
              "li",
              {},
              bidi(hop.from.name),
              " — ",
              hop.kind === "EVENT"
                ? h(
                    "button",
                    { type: "button", class: "link", onclick: () => actions.openEvent(hop.via) },
                    hop.label,
                  )
                : hop.label,
              " — ",
              bidi(hop.to.name),
            ),
          ),
        ),
    h("h3", {}, "Events both took part in"),
    ties.meetingsBetween.length === 0 ? h("p", {}, "None.") : eventList(ties.meetingsBetween, actions),
    bilateral
      ? h(
          "section",
          {},
          h("h3", {}, `Bilateral timeline ${ca}–${cb}`),
          eventList(
            bilateral.bilateral.timeline.map((t) => t.event),
            actions,
          ),
        )
      : null,
  );
  // The entities and, between them, the events that tie them (drawn as nodes in the events view).
  return path ? [...path.nodes.map((n) => n.id), ...path.hops.map((hop) => hop.via)] : [];
}
