// Patches for the crash tests: deterministic from the article id, each self-contained (it carries every
// entity it refers to) so any set of them is a valid graph, and sharing persons so merges and retractions interact.
import { contentHash } from "../../../src/domain/ids.ts";
import type { DiplomaticEvent, Entity, GraphPatch } from "../../../src/domain/types.ts";

const EVENTS_PER_PATCH = 12;
const PERSONS = 30;
// Long sentences make each record span many disk blocks, so a kill lands inside a write more often.
const FILLER = "The two sides discussed regional security and energy cooperation at length. ".repeat(6);

function seedOf(articleId: string): number {
  return Number.parseInt(contentHash(articleId).slice(0, 8), 16);
}

export function crashPatch(articleId: string): GraphPatch {
  const seed = seedOf(articleId);
  const evidence = (sentence: number) => [
    { articleId, sentence, start: 0, end: 10, text: `${sentence} ${FILLER}`, extractorVersion: "crash-1" },
  ];
  const personIds = new Set<number>();
  const events: DiplomaticEvent[] = [];
  for (let i = 0; i < EVENTS_PER_PATCH; i++) {
    const a = (seed + i * 7) % PERSONS;
    const b = (seed + i * 13 + 1) % PERSONS;
    personIds.add(a).add(b);
    events.push({
      id: `event:${articleId}:${i}`,
      type: i % 3 === 0 ? "Call" : "Meeting",
      status: "held",
      participants: [
        { entityId: `person:${a}`, role: "counterpart" },
        { entityId: `person:${b}`, role: "counterpart" },
      ],
      location: null,
      date: { value: `2022-0${1 + (i % 9)}-1${i % 10}`, precision: "day" },
      mode: null,
      duration: null,
      topics: [],
      evidence: evidence(i),
    });
  }
  const entities: Entity[] = [...personIds].map((p) => ({
    id: `person:${p}`,
    type: "Person",
    name: `Person ${p} (${articleId})`,
    aliases: [],
    country: "IR",
    titles: [],
    evidence: evidence(100 + p),
  }));
  return {
    article: {
      id: articleId,
      language: "en",
      title: null,
      source: null,
      sourceCountry: null,
      url: null,
      publishedAt: null,
      contentHash: contentHash(articleId),
    },
    entities,
    events,
    occupancies: [],
    relations: [],
  };
}
