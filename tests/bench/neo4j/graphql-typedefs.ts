// The Neo4j store's graph as @neo4j/graphql (v7) type definitions: the labels, relationship type and properties
// the store writes (src/store/neo4j/codec.ts, cypher/writes.ts), so @neo4j/graphql reads the very nodes our API
// reads. Only the plain properties: merged items' evidence, aliases and titles live inside the `json`
// property, which @neo4j/graphql can only hand out as text.
export const NEO4J_GRAPHQL_TYPE_DEFS = /* GraphQL */ `
  type Touches @relationshipProperties {
    "visitor, host, participant … or location (the event's place)"
    role: String!
  }

  type Entity @node(labels: ["Entity"]) {
    id: ID!
    type: String!
    name: String!
    country: String
    events: [Event!]! @relationship(type: "TOUCHES", direction: OUT, properties: "Touches")
  }

  type Person @node(labels: ["Person", "Entity"]) {
    id: ID!
    name: String!
    country: String
    events: [Event!]! @relationship(type: "TOUCHES", direction: OUT, properties: "Touches")
  }

  type Event @node(labels: ["Event"]) {
    id: ID!
    type: String!
    status: String!
    "the timeline date (YYYY-MM-DD), absent when undated"
    date: String
    "the store's event order key: by date, undated last, then by id"
    sortKey: String!
    participants: [Entity!]! @relationship(type: "TOUCHES", direction: IN, properties: "Touches")
  }
`;
