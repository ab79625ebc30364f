// How dates and events read in the panels.
import { bidi, h } from "./dom.ts";
import type { EventSummary } from "./queries.ts";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export function dateLabel(date: string | null, precision: string | null): string {
  if (date === null) return "undated";
  const [y, m, d] = date.split("-");
  const month = MONTHS[Number(m) - 1] ?? m;
  if (precision === "day_no_year") return `${Number(d)} ${month}, year not given`;
  if (precision === "year") return y ?? date;
  if (precision === "month") return `${month} ${y}`;
  return date;
}

/** "Meeting with A, B" (the others than `self`), names in their own script. */
export function eventLine(e: EventSummary, self: string | null): HTMLElement {
  const others = e.participants.filter((p) => p.entity.id !== self);
  const names = others.flatMap((p, i) => [i > 0 ? ", " : "", bidi(p.entity.name)]);
  return h(
    "span",
    {},
    h("span", { class: "when" }, dateLabel(e.date, e.datePrecision)),
    " ",
    h("strong", {}, e.type),
    e.status === "planned" ? " (planned)" : "",
    names.length > 0 ? " with " : "",
    ...names,
  );
}
