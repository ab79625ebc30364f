// The playground's example tabs, filled from the graph itself (the meeting told most often, its people and their
// countries), so they run as they are on whatever was seeded, and no one is named in code.
import type { DiplomaticEvent, Entity } from "../../domain/types.ts";
import type { GraphStore } from "../../store/graph-store.ts";
import { analyticsTabs } from "./analytics-examples.ts";

export interface ExampleTab {
  query: string;
  variables?: string;
}

const MEETINGS = `# The meetings of two people: here the pair whose meeting the articles tell most often.
query MeetingsBetween($a: ID!, $b: ID!) {
  meetingsBetween(a: $a, b: $b) {
    id
    type
    status
    date
    datePrecision
    mode
    duration
    place { name }
    participants { role entity { id name type } }
    evidence { articleId sentence start end text }
  }
}`;

const bilateralQuery = (
  a: string,
  b: string,
) => `# Two countries: events between their officials, who took part, and a timeline.
query Bilateral {
  bilateral(a: "${a}", b: "${b}") {
    a { name code }
    b { name code }
    officials { person { name names } country eventCount }
    timeline { date datePrecision event { type participants { role entity { name } } } }
    events { id type evidence { sentence text } }
  }
}`;

const PATH = `# The shortest chain between two people, each hop with its evidence.
query Path($from: ID!, $to: ID!) {
  path(from: $from, to: $to, maxHops: 4) {
    length
    nodes { id name type }
    hops { from { name } to { name } kind label evidence { sentence text } }
  }
}`;

const searchQuery = (
  text: string,
) => `# Search by name, in any script; then a person's positions, events and the people met.
query Search {
  search(text: ${JSON.stringify(text)}) {
    id
    type
    name
    ... on Person {
      names
      country { code name }
      positions { title organization { name } observed }
      peopleMet { count person { name } }
    }
  }
  stats { store persons countries events articles }
}`;

const PLACEHOLDER = "(seed the graph first: no meeting in it yet)";

/** The held meeting with the most evidence (ties: the first by id), or null in an empty graph. */
async function busiestMeeting(store: GraphStore): Promise<DiplomaticEvent | null> {
  const page = await store.findEvents({ type: "Meeting", status: "held", limit: 200 });
  const sorted = [...page.items].sort(
    (x, y) => y.evidence.length - x.evidence.length || (x.id < y.id ? -1 : 1),
  );
  return sorted.find((e) => e.participants.length >= 2) ?? null;
}

export async function exampleTabs(store: GraphStore): Promise<ExampleTab[]> {
  const meeting = await busiestMeeting(store);
  const [aId, bId] = meeting ? meeting.participants.map((p) => p.entityId) : [];
  const [a, b] = await store.getEntities([aId ?? "", bId ?? ""]);
  // A third person tied to the first but not the second, so the path tab has a chain to show.
  const around = a ? await store.neighborhood(a.id, { depth: 1, limit: 50 }) : null;
  const third = around?.nodes.find((n: Entity) => n.type === "Person" && n.id !== a?.id && n.id !== b?.id);
  const vars = (v: Record<string, string>): string => JSON.stringify(v, null, 2);
  const countries =
    a?.country && b?.country && a.country !== b.country ? [a.country, b.country] : ["IR", "AZ"];
  return [
    { query: MEETINGS, variables: vars({ a: a?.id ?? PLACEHOLDER, b: b?.id ?? PLACEHOLDER }) },
    { query: bilateralQuery(countries[0] ?? "IR", countries[1] ?? "AZ") },
    { query: PATH, variables: vars({ from: third?.id ?? a?.id ?? PLACEHOLDER, to: b?.id ?? PLACEHOLDER }) },
    { query: searchQuery(a?.name.split(/\s+/).pop() ?? "") },
    ...analyticsTabs({
      person: a?.id ?? PLACEHOLDER,
      other: b?.id ?? PLACEHOLDER,
      countries: [countries[0] ?? "IR", countries[1] ?? "AZ"],
    }),
  ];
}
