// Export of the drawn view: a PNG of what sigma shows, and GEXF (graphology-gexf) that Gephi opens.
import { downloadAsPNG } from "@sigma/export-image";
import { write } from "graphology-gexf/browser";
import type Sigma from "sigma";
import { download } from "./dom.ts";
import type { GraphView } from "./graph-view.ts";

export function exportPng(view: GraphView): Promise<void> {
  // export-image is typed for sigma over plain attributes; it only reads the renderer, so ours fits.
  return downloadAsPNG(view.sigma as unknown as Sigma, {
    fileName: "diplograph",
    backgroundColor: "#ffffff",
  });
}

export function exportGexf(view: GraphView): void {
  const xml = write(view.graph, {
    formatNode: (key, a) => ({
      label: a.label,
      attributes: {
        kind: a.kind,
        country: a.country ?? "",
        community: a.community,
        names: a.names.join(" | "),
      },
      viz: { x: a.x, y: a.y, size: a.size, color: a.color },
    }),
    formatEdge: (_, a) => ({ weight: typeof a["weight"] === "number" ? a["weight"] : 1 }),
  });
  download(new Blob([xml], { type: "application/gexf+xml" }), "diplograph.gexf");
}
