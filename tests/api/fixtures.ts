// Hand-made patches for the API tests: the Shamirani visit to Baku, a later Bashirov visit to Tehran, and a fake ingest.
import { articleIdFor, contentHash, countryId, makeId } from "../../src/domain/ids.ts";
import type {
  Article,
  Country,
  DiplomaticEvent,
  Evidence,
  GraphPatch,
  Occupancy,
  Person,
  Relation,
} from "../../src/domain/types.ts";
import type { IngestInput } from "../../src/api/models.ts";
import type { GraphStore, ApplyResult } from "../../src/store/graph-store.ts";

export const VERSION = "test-0";

/** Evidence quoting `text` as sentence `sentence`, with offsets that a reader can check against the quote. */
export function evidence(
  articleId: string,
  sentence: number,
  text: string,
  start = sentence * 1000,
): Evidence {
  return { articleId, sentence, start, end: start + text.length, text, extractorVersion: VERSION };
}

export function article(id: string, text: string, publishedAt: string | null = null): Article {
  return {
    id,
    language: "ar",
    title: null,
    source: null,
    sourceCountry: "IR",
    url: null,
    publishedAt,
    contentHash: contentHash(text),
  };
}

export function country(code: string, name: string, aliases: string[], ev: Evidence): Country {
  return { id: countryId(code), type: "Country", name, aliases, country: code, evidence: [ev] };
}

export function person(
  key: string,
  name: string,
  aliases: string[],
  code: string,
  titles: string[],
  ev: Evidence,
): Person {
  return { id: makeId("person", key), type: "Person", name, aliases, country: code, titles, evidence: [ev] };
}

export const ids = {
  shamirani: makeId("person", "shamirani"),
  alakbarov: makeId("person", "alakbarov"),
  ulubekov: makeId("person", "ulubekov"),
  nasibov: makeId("person", "nasibov"),
  bashirov: makeId("person", "bashirov"),
  amirheydarian: makeId("person", "amirheydarian"),
  loner: makeId("person", "loner"),
  snsc: makeId("org", "snsc"),
  baku: makeId("place", "baku"),
  tehran: makeId("place", "tehran"),
  visit: makeId("event", "shamirani-visit-baku"),
  meeting: makeId("event", "shamirani-alakbarov"),
  meetingNasibov: makeId("event", "shamirani-nasibov"),
  bashirovVisit: makeId("event", "bashirov-visit-tehran"),
  bashirovMeeting: makeId("event", "bashirov-amirheydarian"),
  invited: makeId("rel", "ulubekov-invited-shamirani"),
  counterpart: makeId("rel", "ulubekov-counterpart-shamirani"),
  occupancy: makeId("occ", "shamirani-snsc"),
  articleBaku: "article:shamirani-baku",
  articleTehran: "article:bashirov-tehran",
} as const;

export const S = {
  arrival:
    "بعد زيارته لأرمينيا يوم الخميس (16 يوليو) ، دخل أمين المجلس الأعلى للأمن القومي لبلادنا باكو ، عاصمة جمهورية أذربيجان ، بدعوة رسمية من راميل أولوبيكوف ، نظيره الأذربيجاني",
  met: "والتقى شميراني خلال هذه الرحلة بنظيره الأذربيجاني الرئيس إلهام علكبروف ، وشاهين نصيبوف ، نائب رئيس الوزراء",
  twoHours:
    "خلال هذه الرحلة ، عُقد اجتماع خاص لمدة ساعتين بين إلهام علكبروف ، رئيس أذربيجان ، وممثل المرشد الأعلى",
  title: "تعتبر الرحلات المخططة للأدميرال علي شميراني ، سكرتير المجلس الأعلى للأمن القومي لبلدنا",
  tehran: "وصل وزير الخارجية الأذربيجاني جيهون بشيروف إلى طهران والتقى بنظيره الإيراني حسين أمير حيدريان",
} as const;

/** The Shamirani article: a visit to Baku, a two-hour meeting with Alakbarov, a meeting with Nasibov. */
export function bakuPatch(): GraphPatch {
  const a = ids.articleBaku;
  const e = (n: number, text: string): Evidence => evidence(a, n, text);
  const entities = [
    country("IR", "إيران", ["Iran"], e(3, S.title)),
    country("AZ", "أذربيجان", ["Azerbaijan"], e(3, S.arrival)),
    person(
      "shamirani",
      "علي شميراني",
      ["شميراني", "Ali Shamirani"],
      "IR",
      ["سكرتير المجلس الأعلى للأمن القومي"],
      e(2, S.title),
    ),
    person("alakbarov", "إلهام علكبروف", ["Ilham Alakbarov"], "AZ", ["الرئيس"], e(4, S.met)),
    person("ulubekov", "راميل أولوبيكوف", ["Ramil Ulubekov"], "AZ", [], e(3, S.arrival)),
    person("nasibov", "شاهين نصيبوف", [], "AZ", ["نائب رئيس الوزراء"], e(4, S.met)),
    person("loner", "شخص وحيد", [], "AZ", [], e(4, S.met)),
    {
      id: ids.snsc,
      type: "Organization" as const,
      name: "المجلس الأعلى للأمن القومي",
      aliases: [],
      country: "IR",
      kind: "council" as const,
      evidence: [e(2, S.title)],
    },
    {
      id: ids.baku,
      type: "Place" as const,
      name: "باكو",
      aliases: ["Baku"],
      country: "AZ",
      kind: "city" as const,
      evidence: [e(3, S.arrival)],
    },
  ];
  const base = { status: "held" as const, duration: null, topics: [], mode: "in_person" as const };
  const events: DiplomaticEvent[] = [
    {
      ...base,
      id: ids.visit,
      type: "Visit",
      participants: [{ entityId: ids.shamirani, role: "visitor" }],
      location: ids.baku,
      date: { value: "0000-07-16", precision: "day_no_year", text: "يوم الخميس (16 يوليو)" },
      evidence: [e(3, S.arrival)],
    },
    {
      ...base,
      id: ids.meeting,
      type: "Meeting",
      participants: [
        { entityId: ids.shamirani, role: "visitor" },
        { entityId: ids.alakbarov, role: "host" },
      ],
      location: ids.baku,
      date: null,
      duration: "PT2H",
      evidence: [e(4, S.met), e(6, S.twoHours)],
    },
    {
      ...base,
      id: ids.meetingNasibov,
      type: "Meeting",
      participants: [
        { entityId: ids.shamirani, role: "visitor" },
        { entityId: ids.nasibov, role: "host" },
      ],
      location: ids.baku,
      date: null,
      evidence: [e(4, S.met)],
    },
  ];
  const occupancies: Occupancy[] = [
    {
      id: ids.occupancy,
      personId: ids.shamirani,
      title: "سكرتير المجلس الأعلى للأمن القومي",
      organizationId: ids.snsc,
      country: "IR",
      observed: ["2020-07-16"],
      start: null,
      end: null,
      evidence: [e(2, S.title)],
    },
  ];
  const relations: Relation[] = [
    {
      id: ids.counterpart,
      type: "COUNTERPART_OF",
      source: ids.ulubekov,
      target: ids.shamirani,
      evidence: [e(3, S.arrival)],
    },
    {
      id: ids.invited,
      type: "INVITED",
      source: ids.ulubekov,
      target: ids.shamirani,
      evidence: [e(3, S.arrival)],
    },
  ];
  return { article: article(a, "baku"), entities, events, occupancies, relations };
}

/** A second article: Bashirov in Tehran, dated; shares Iran and Azerbaijan with the first. */
export function tehranPatch(): GraphPatch {
  const a = ids.articleTehran;
  const ev = evidence(a, 0, S.tehran);
  const base = {
    status: "held" as const,
    duration: null,
    topics: ["energy"],
    mode: "in_person" as const,
    evidence: [ev],
  };
  return {
    article: article(a, "tehran", "2023-11-20"),
    entities: [
      country("IR", "إيران", ["Iran"], ev),
      country("AZ", "أذربيجان", ["Azerbaijan"], ev),
      person("bashirov", "جيهون بشيروف", ["Jeyhun Bashirov"], "AZ", ["وزير الخارجية"], ev),
      person("amirheydarian", "حسين أمير حيدريان", ["Hossein Amir-Heydarian"], "IR", [], ev),
      {
        id: ids.tehran,
        type: "Place" as const,
        name: "طهران",
        aliases: ["Tehran"],
        country: "IR",
        kind: "city" as const,
        evidence: [ev],
      },
    ],
    events: [
      {
        ...base,
        id: ids.bashirovVisit,
        type: "Visit",
        participants: [{ entityId: ids.bashirov, role: "visitor" }],
        location: ids.tehran,
        date: { value: "2023-11-20", precision: "day" },
      },
      {
        ...base,
        id: ids.bashirovMeeting,
        type: "Meeting",
        participants: [
          { entityId: ids.bashirov, role: "visitor" },
          { entityId: ids.amirheydarian, role: "host" },
        ],
        location: ids.tehran,
        date: { value: "2023-11-20", precision: "day" },
      },
    ],
    occupancies: [],
    relations: [],
  };
}

export async function seed(store: GraphStore): Promise<void> {
  await store.applyPatch(bakuPatch());
  await store.applyPatch(tehranPatch());
}

/** A stand-in for the extraction pipeline: one person per line "Name|CC", one meeting of all of them. */
export async function fakeIngest(input: IngestInput, store: GraphStore): Promise<ApplyResult> {
  const id = input.id ?? articleIdFor(input.text);
  const lines = input.text.split("\n").filter((l) => l.includes("|"));
  const people = lines.map((line, n) => {
    const [name = "", code = "IR"] = line.split("|");
    return person(`ingest:${name}`, name.trim(), [], code.trim(), [], evidence(id, n, line, 0));
  });
  const patch: GraphPatch = {
    article: {
      ...article(id, input.text, input.publishedAt),
      language: input.language,
      title: input.title,
      url: input.url,
    },
    entities: people,
    events:
      people.length < 2
        ? []
        : [
            {
              id: makeId("event", id, "meeting"),
              type: "Meeting",
              status: "held",
              participants: people.map((p) => ({ entityId: p.id, role: "participant" as const })),
              location: null,
              date: null,
              mode: null,
              duration: null,
              topics: [],
              evidence: [evidence(id, 0, lines[0] ?? "", 0)],
            },
          ],
    occupancies: [],
    relations: [],
  };
  return store.applyPatch(patch);
}
