// Cypher of the traversals, in entity hops over the bipartite graph: (:Entity)-[:TOUCHES]->(:Tie)<-[:TOUCHES]-(:Entity)
// is one hop whatever the tie (event, relation, occupancy), as the memory store counts them.
import { LIMITS } from "../../graph-store.ts";

export const ENTITY_IDS = "UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e.id AS id";

/**
 * One breadth-first layer: the entities one hop from the frontier not seen yet, how many, and the first
 * `$take` of them in id order (all of them when the layer fits under the limit).
 */
export const NEXT_LAYER =
  "UNWIND $frontier AS fid MATCH (:Entity {id: fid})-[:TOUCHES]->(:Tie)<-[:TOUCHES]-(n:Entity) " +
  "WHERE NOT n.id IN $seen WITH DISTINCT n ORDER BY n.sortId WITH collect(n.id) AS ids " +
  "RETURN size(ids) AS total, ids[0..$take] AS first";

/** The ties next to the inner entities that join at least two kept ones: the neighbourhood's edges. */
export const LINKING_TIES =
  "UNWIND $inner AS iid MATCH (:Entity {id: iid})-[:TOUCHES]->(t:Tie) WITH DISTINCT t " +
  "MATCH (t)<-[:TOUCHES]-(k:Entity) WHERE k.id IN $kept WITH t, count(DISTINCT k) AS kept " +
  "WHERE kept >= 2 RETURN t.kind AS kind, t.json AS json";

/**
 * A shortest path of at most `hops` entity hops (2 × hops edges; the graph is bipartite, so every path between
 * two entities alternates entity and tie). Length bounds cannot be parameters, so there is one statement per
 * bound, 1 to LIMITS.maxHops, made here from integers we own.
 *
 * `shortestPath()`, not `ANY SHORTEST`: on the bench graph at 1M events (Neo4j 5.26), 60 random person pairs,
 * two rounds, same lengths every time: `ANY SHORTEST (a)-[:TOUCHES]-{1,8}(b)` (StatefulShortestPath) 112–114
 * ms median, 236–241 ms p90; `shortestPath((a)-[:TOUCHES*1..8]-(b))` (the ShortestPath operator's bidirectional
 * breadth-first search) 4.5–5.1 ms median, 6.8–9.1 ms p90. The caller never asks it for a path from an entity
 * to itself, which `shortestPath()` refuses.
 */
export const SHORTEST_PATH: readonly string[] = Array.from(
  { length: LIMITS.maxHops + 1 },
  (_, hops) =>
    "MATCH (a:Entity {id: $from}) MATCH (b:Entity {id: $to}) " +
    `MATCH p = shortestPath((a)-[:TOUCHES*1..${Math.max(1, 2 * hops)}]-(b)) ` +
    "RETURN [n IN nodes(p) | n.id] AS ids, [n IN nodes(p) | n.kind] AS kinds, [n IN nodes(p) | n.json] AS jsons",
);
