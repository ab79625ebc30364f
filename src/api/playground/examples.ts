// The playground's example tabs about the seed, with ids looked up in the graph so they run as they are.
import type { GraphStore } from "../../store/graph-store.ts";

export interface ExampleTab {
  query: string;
  variables?: string;
}

/** The first person whose name or alias contains the text, or a placeholder saying what to look up. */
async function personId(store: GraphStore, name: string): Promise<string> {
  const found = await store.findEntities({ type: "Person", name, limit: 1 });
  return found[0]?.id ?? `(no person named ${name} yet: run the search tab)`;
}

const MEETINGS = `# Meetings of the persons named شمخاني (Shamkhani) and علييف (Aliyev): ids found by search.
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

const BILATERAL = `# Iran and Azerbaijan: events between their officials, who took part, and a timeline.
query Bilateral {
  bilateral(a: "IR", b: "AZ") {
    a { name code }
    b { name code }
    officials { person { name names } country eventCount }
    timeline { date datePrecision event { type participants { role entity { name } } } }
    events { id type evidence { sentence text } }
  }
}`;

const PATH = `# The shortest chain from Usubov (أوسوبوف) to Aliyev (علييف), each hop with its evidence.
query Path($from: ID!, $to: ID!) {
  path(from: $from, to: $to, maxHops: 4) {
    length
    nodes { id name type }
    hops { from { name } to { name } kind label evidence { sentence text } }
  }
}`;

const SEARCH = `# Search across scripts; then a person's positions, events and the people met.
query Search {
  search(text: "شمخاني") {
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

export async function exampleTabs(store: GraphStore): Promise<ExampleTab[]> {
  const [shamkhani, aliyev, usubov] = await Promise.all([
    personId(store, "شمخاني"),
    personId(store, "علييف"),
    personId(store, "أوسوبوف"),
  ]);
  const vars = (v: Record<string, string>): string => JSON.stringify(v, null, 2);
  return [
    { query: MEETINGS, variables: vars({ a: shamkhani, b: aliyev }) },
    { query: BILATERAL },
    { query: PATH, variables: vars({ from: usubov, to: aliyev }) },
    { query: SEARCH },
  ];
}
