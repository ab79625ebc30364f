// Colours: one per country (stable across reloads), one per community, and the fixed ones of events and dimmed items.
const PALETTE = [
  "#1f77b4",
  "#d62728",
  "#2ca02c",
  "#9467bd",
  "#ff7f0e",
  "#8c564b",
  "#e377c2",
  "#17becf",
  "#bcbd22",
  "#393b79",
  "#637939",
  "#843c39",
];

export const EVENT_COLOUR = "#6b7280";
export const DIMMED = "#e5e7eb";
export const HIGHLIGHT = "#f59e0b";
export const NO_GROUP = "#9ca3af";

/** A colour for each group key, in key order: the same slice always gets the same colours. */
export function groupColours(keys: Iterable<string>): Map<string, string> {
  const sorted = [...new Set(keys)].sort();
  return new Map(sorted.map((key, i) => [key, PALETTE[i % PALETTE.length] ?? NO_GROUP]));
}
