// The four queries of the side-by-side run, each written for our API and for @neo4j/graphql over the same
// Neo4j graph, and how to reduce either answer to the same canonical form to check they agree.
type Json = Record<string, unknown>;

export interface QueryPair {
  name: string;
  ours: string;
  theirs: string;
  variables: Record<string, unknown>;
  /** When @neo4j/graphql's query takes other variables (it has no neighbourhood limit). */
  theirVariables?: Record<string, unknown>;
  /** Both answers as the same comparable value. */
  canonicalOurs(data: Json): unknown;
  canonicalTheirs(data: Json): unknown;
}

/** Everyone on an event but its location, as our API's `participants` lists them. */
const NOT_LOCATION = `where: { edge: { NOT: { role: { eq: "location" } } } }`;
const THEIR_EVENT = `id type date participantsConnection(${NOT_LOCATION}) { edges { properties { role } node { id name } } }`;
const OUR_EVENT = "id type date participants { role entity { id name } }";

const list = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);
const obj = (value: unknown): Json => (typeof value === "object" && value !== null ? (value as Json) : {});

/** One event as text: id, type, date and its participants sorted (neither API promises their order). */
function ourEvent(e: Json): string {
  const people = list(e.participants).map((p) => {
    const entity = obj(p.entity);
    return `${String(p.role)}:${String(entity.id)}:${String(entity.name)}`;
  });
  return `${String(e.id)}|${String(e.type)}|${String(e.date)}|${people.sort().join(",")}`;
}

function theirEvent(e: Json): string {
  const people = list(obj(e.participantsConnection).edges).map((edge) => {
    const node = obj(edge.node);
    return `${String(obj(edge.properties).role)}:${String(node.id)}:${String(node.name)}`;
  });
  return `${String(e.id)}|${String(e.type)}|${String(e.date)}|${people.sort().join(",")}`;
}

export function queryPairs(input: {
  person: string;
  met: readonly [string, string];
  countries: readonly [string, string];
  centre: string;
  limit: number;
}): QueryPair[] {
  return [
    {
      name: "person with events",
      variables: { id: input.person },
      ours: `query($id: ID!) { person(id: $id) { id name events(first: 10) { totalCount nodes { ${OUR_EVENT} } } } }`,
      theirs:
        `query($id: ID!) { people(where: { id: { eq: $id } }) { id name eventsConnection(first: 10, ` +
        `sort: [{ node: { sortKey: ASC } }], ${NOT_LOCATION}) { totalCount edges { node { ${THEIR_EVENT} } } } } }`,
      canonicalOurs: (d) => {
        const p = obj(d.person);
        const events = obj(p.events);
        return [p.id, p.name, events.totalCount, list(events.nodes).map(ourEvent)];
      },
      canonicalTheirs: (d) => {
        const p = obj(list(d.people)[0]);
        const events = obj(p.eventsConnection);
        return [p.id, p.name, events.totalCount, list(events.edges).map((e) => theirEvent(obj(e.node)))];
      },
    },
    {
      name: "events between two countries",
      variables: { a: input.countries[0], b: input.countries[1] },
      ours: `query($a: String!, $b: String!) { bilateral(a: $a, b: $b) { events { ${OUR_EVENT} } } }`,
      theirs:
        "query($a: String!, $b: String!) { events(where: { AND: [" +
        `{ participantsConnection: { some: { node: { country: { eq: $a } }, edge: { NOT: { role: { eq: "location" } } } } } }, ` +
        `{ participantsConnection: { some: { node: { country: { eq: $b } }, edge: { NOT: { role: { eq: "location" } } } } } } ` +
        `] }, sort: [{ sortKey: ASC }]) { ${THEIR_EVENT} } }`,
      canonicalOurs: (d) => list(obj(d.bilateral).events).map(ourEvent),
      canonicalTheirs: (d) => list(d.events).map(theirEvent),
    },
    {
      name: "meetings between two persons",
      variables: { a: input.met[0], b: input.met[1] },
      ours: `query($a: ID!, $b: ID!) { meetingsBetween(a: $a, b: $b) { ${OUR_EVENT} } }`,
      // From the first person (an index seek), as one would write it by hand, not a filter over every event.
      theirs:
        "query($a: ID!, $b: ID!) { people(where: { id: { eq: $a } }) { events(where: { participants: " +
        `{ some: { id: { eq: $b } } } }, sort: [{ sortKey: ASC }]) { ${THEIR_EVENT} } } }`,
      canonicalOurs: (d) => list(d.meetingsBetween).map(ourEvent),
      canonicalTheirs: (d) => list(obj(list(d.people)[0]).events).map(theirEvent),
    },
    {
      name: "two-hop neighbourhood",
      variables: { id: input.centre, limit: input.limit },
      theirVariables: { id: input.centre },
      ours:
        "query($id: ID!, $limit: Int!) { neighborhood(id: $id, depth: 2, limit: $limit) { nodes { id name } " +
        "edges { source target via } truncated } }",
      // @neo4j/graphql has no neighbourhood: the two hops as nested relationships, every path spelled out.
      theirs:
        "query($id: ID!) { entities(where: { id: { eq: $id } }) { id name events { id participants { id name " +
        "events { id participants { id name } } } } } }",
      // Compared: the set of entities and the set of ties joining them (our edges' `via`); the nesting
      // repeats entities and ties along every path, and our edges are per pair, so the shapes differ.
      canonicalOurs: (d) => {
        const sub = obj(d.neighborhood);
        const nodes = list(sub.nodes).map((n) => `${String(n.id)}:${String(n.name)}`);
        const vias = new Set(list(sub.edges).map((e) => String(e.via)));
        return { truncated: sub.truncated, nodes: nodes.sort(), ties: [...vias].sort() };
      },
      canonicalTheirs: (d) => {
        const nodes = new Set<string>();
        const ties = new Set<string>();
        const walk = (entity: Json, depth: number): void => {
          nodes.add(`${String(entity.id)}:${String(entity.name)}`);
          if (depth === 2) return;
          for (const event of list(entity.events)) {
            ties.add(String(event.id));
            for (const p of list(event.participants)) walk(p, depth + 1);
          }
        };
        for (const centre of list(d.entities)) walk(centre, 0);
        return { truncated: false, nodes: [...nodes].sort(), ties: [...ties].sort() };
      },
    },
  ];
}
