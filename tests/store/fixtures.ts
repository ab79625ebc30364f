// A small hand-made diplomatic graph over three articles (en, ar, fr) for the store contract suite.
// Iran, Azerbaijan and Russia; one visit told by two articles; an undated agreement; a planned visit.
import { contentHash } from "../../src/domain/ids.ts";
import type {
  Article,
  DiplomaticEvent,
  Entity,
  Evidence,
  GraphPatch,
  Occupancy,
  Relation,
} from "../../src/domain/types.ts";

export const ARTICLES = {
  a: "article:a-en",
  b: "article:b-ar",
  c: "article:c-fr",
  d: "article:d-en",
} as const;

export const IDS = {
  shamirani: "person:shamirani",
  alakbarov: "person:alakbarov",
  ulubekov: "person:ulubekov",
  amir: "person:amir-heydarian",
  lazutkin: "person:lazutkin",
  iran: "country:IR",
  azerbaijan: "country:AZ",
  russia: "country:RU",
  snsc: "org:snsc",
  azCouncil: "org:az-security-council",
  irMfa: "org:ir-mfa",
  ruMfa: "org:ru-mfa",
  baku: "place:baku",
  tehran: "place:tehran",
  moscow: "place:moscow",
  tabriz: "place:tabriz",
  visit: "event:visit-baku",
  meetAlakbarov: "event:meet-alakbarov",
  meetUlubekov: "event:meet-ulubekov",
  meetTehran: "event:meet-tehran",
  agreement: "event:agreement-ir-az",
  call: "event:call-fm",
  plannedVisit: "event:planned-visit-tehran",
  statement: "event:statement-moscow",
  meetD: "event:meet-d",
  occShamirani: "occ:shamirani-snsc",
  occUlubekov: "occ:ulubekov-council",
  occAmir: "occ:amir-mfa",
  occLazutkin: "occ:lazutkin-mfa",
  relAz: "rel:shamirani-ulubekov",
  relFm: "rel:amir-lazutkin",
  relMoscow: "rel:moscow-russia",
} as const;

/** Evidence of one sentence of an article; offsets follow the sentence index so spans differ. */
export function evidence(articleId: string, sentence: number, text: string): Evidence {
  const start = sentence * 200;
  return { articleId, sentence, start, end: start + text.length, text, extractorVersion: "fixture-1" };
}

export function article(
  id: string,
  language: string,
  publishedAt: string | null,
  title: string | null = null,
): Article {
  return {
    id,
    language,
    title,
    source: "fixture",
    sourceCountry: null,
    url: `https://example.org/${id}`,
    publishedAt,
    contentHash: contentHash(`${id}\u0000${title ?? ""}`),
  };
}

type Ev = Evidence[];

export function person(
  id: string,
  name: string,
  country: string | null,
  ev: Ev,
  more: { aliases?: string[]; titles?: string[] } = {},
): Entity {
  return {
    id,
    type: "Person",
    name,
    aliases: more.aliases ?? [],
    country,
    titles: more.titles ?? [],
    evidence: ev,
  };
}

export function country(code: string, name: string, ev: Ev): Entity {
  return { id: `country:${code}`, type: "Country", name, aliases: [], country: code, evidence: ev };
}

export function organization(id: string, name: string, code: string | null, ev: Ev): Entity {
  return { id, type: "Organization", name, aliases: [], country: code, kind: "council", evidence: ev };
}

export function place(id: string, name: string, code: string | null, ev: Ev): Entity {
  return { id, type: "Place", name, aliases: [], country: code, kind: "city", evidence: ev };
}

export function event(
  id: string,
  type: DiplomaticEvent["type"],
  participants: [string, DiplomaticEvent["participants"][number]["role"]][],
  ev: Ev,
  more: Partial<Omit<DiplomaticEvent, "id" | "type" | "participants" | "evidence">> = {},
): DiplomaticEvent {
  return {
    id,
    type,
    status: more.status ?? "held",
    participants: participants.map(([entityId, role]) => ({ entityId, role })),
    location: more.location ?? null,
    date: more.date ?? null,
    mode: more.mode ?? null,
    duration: more.duration ?? null,
    topics: more.topics ?? [],
    evidence: ev,
  };
}

export function occupancy(
  id: string,
  personId: string,
  title: string,
  organizationId: string | null,
  code: string | null,
  observed: string[],
  ev: Ev,
  span: { start?: string; end?: string } = {},
): Occupancy {
  return {
    id,
    personId,
    title,
    organizationId,
    country: code,
    observed,
    start: span.start ?? null,
    end: span.end ?? null,
    evidence: ev,
  };
}

export function relation(
  id: string,
  type: Relation["type"],
  source: string,
  target: string,
  ev: Ev,
): Relation {
  return { id, type, source, target, evidence: ev };
}

const day = (value: string) => ({ value, precision: "day" as const });

/** Article A (English): the visit to Baku, the meeting with Alakbarov, a meeting in Tehran, an undated agreement. */
export function patchA(options: { version?: 2 } = {}): GraphPatch {
  const a = ARTICLES.a;
  const s0 = [
    evidence(a, 0, "Ali Shamirani, Secretary of the Supreme National Security Council, arrived in Baku."),
  ];
  const s1 = [evidence(a, 1, "Shamirani met President Ilham Alakbarov in Baku.")];
  const s2 = [evidence(a, 2, "Iran and Azerbaijan signed a security memorandum.")];
  const s3 = [evidence(a, 3, "Last month Shamirani met Hossein Amir-Heydarian in Tehran.")];
  const v2 = options.version === 2;
  const entities: Entity[] = [
    person(IDS.shamirani, "Ali Shamirani", "IR", s0, {
      aliases: ["Shamirani"],
      titles: ["Secretary of the Supreme National Security Council"],
    }),
    person(IDS.alakbarov, "Ilham Alakbarov", "AZ", s1, { titles: ["President"] }),
    organization(IDS.snsc, "Supreme National Security Council", "IR", s0),
    place(IDS.baku, "Baku", "AZ", s0),
  ];
  const events: DiplomaticEvent[] = [
    event(IDS.visit, "Visit", [[IDS.shamirani, "visitor"]], s0, {
      location: IDS.baku,
      date: day("2022-07-16"),
      mode: "in_person",
      topics: ["security"],
    }),
    event(
      IDS.meetAlakbarov,
      "Meeting",
      [
        [IDS.shamirani, "counterpart"],
        [IDS.alakbarov, "host"],
      ],
      s1,
      { location: IDS.baku, date: day("2022-07-16") },
    ),
  ];
  if (!v2) {
    entities.push(
      person(IDS.amir, "Hossein Amir-Heydarian", "IR", s3),
      country("IR", "Iran", s2),
      country("AZ", "Azerbaijan", s2),
      place(IDS.tehran, "Tehran", "IR", s3),
    );
    events.push(
      event(
        IDS.agreement,
        "Agreement",
        [
          [IDS.iran, "signatory"],
          [IDS.azerbaijan, "signatory"],
        ],
        s2,
      ),
      event(
        IDS.meetTehran,
        "Meeting",
        [
          [IDS.shamirani, "participant"],
          [IDS.amir, "participant"],
        ],
        s3,
        { location: IDS.tehran, date: day("2022-06-01") },
      ),
    );
  }
  return {
    article: article(a, "en", "2022-07-16", v2 ? "Shamirani in Baku (corrected)" : "Shamirani in Baku"),
    entities,
    events,
    occupancies: [
      occupancy(
        IDS.occShamirani,
        IDS.shamirani,
        "Secretary of the Supreme National Security Council",
        IDS.snsc,
        "IR",
        ["2022-07-16"],
        s0,
      ),
    ],
    relations: [],
  };
}

/** Article B (Arabic): the same visit and meeting, plus a meeting with Ulubekov and a counterpart relation. */
export function patchB(options: { withoutUlubekov?: boolean } = {}): GraphPatch {
  const b = ARTICLES.b;
  const s0 = [evidence(b, 0, "وصل علي شميراني أمين المجلس الأعلى للأمن القومي إلى باكو.")];
  const s1 = [evidence(b, 1, "والتقى شميراني الرئيس الأذربيجاني إلهام علكبروف.")];
  const s2 = [evidence(b, 2, "كما التقى شميراني نظيره الأذربيجاني رامل أولوبيكوف أمين مجلس الأمن.")];
  const entities: Entity[] = [
    person(IDS.shamirani, "علي شميراني", "IR", s0, {
      aliases: ["شميراني"],
      titles: ["أمين المجلس الأعلى للأمن القومي"],
    }),
    person(IDS.alakbarov, "إلهام علكبروف", "AZ", s1),
    country("AZ", "أذربيجان", s1),
    place(IDS.baku, "باكو", "AZ", s0),
  ];
  const events: DiplomaticEvent[] = [
    event(IDS.visit, "Visit", [[IDS.shamirani, "visitor"]], s0, {
      location: IDS.baku,
      date: { value: "2022-07-01", precision: "month" },
      topics: ["economy"],
    }),
    event(
      IDS.meetAlakbarov,
      "Meeting",
      [
        [IDS.shamirani, "counterpart"],
        [IDS.alakbarov, "host"],
      ],
      s1,
    ),
  ];
  const occupancies: Occupancy[] = [
    occupancy(
      IDS.occShamirani,
      IDS.shamirani,
      "أمين المجلس الأعلى للأمن القومي",
      null,
      "IR",
      ["2022-07-17"],
      s0,
    ),
  ];
  const relations: Relation[] = [];
  if (options.withoutUlubekov !== true) {
    entities.push(
      person(IDS.ulubekov, "رامل أولوبيكوف", "AZ", s2),
      organization(IDS.azCouncil, "أمانة مجلس الأمن الأذربيجاني", "AZ", s2),
    );
    events.push(
      event(
        IDS.meetUlubekov,
        "Meeting",
        [
          [IDS.shamirani, "counterpart"],
          [IDS.ulubekov, "counterpart"],
        ],
        s2,
        { location: IDS.baku, date: day("2022-07-17") },
      ),
    );
    occupancies.push(
      occupancy(IDS.occUlubekov, IDS.ulubekov, "أمين مجلس الأمن", IDS.azCouncil, "AZ", ["2022-07-17"], s2),
    );
    relations.push(relation(IDS.relAz, "COUNTERPART_OF", IDS.shamirani, IDS.ulubekov, s2));
  }
  return { article: article(b, "ar", "2022-07-17"), entities, events, occupancies, relations };
}

/** Article C (French): a phone call between foreign ministers, a planned visit, a statement without a year. */
export function patchC(): GraphPatch {
  const c = ARTICLES.c;
  const s0 = [evidence(c, 0, "Hossein Amir-Heydarian s'est entretenu au téléphone avec Sergueï Lazutkin.")];
  const s1 = [evidence(c, 1, "Lazutkin se rendra à Téhéran en septembre.")];
  const s2 = [evidence(c, 2, "Le 3 août, Lazutkin a fait une déclaration à Moscou, en Russie.")];
  const s3 = [evidence(c, 3, "Le ministre iranien a cité Tabriz.")];
  return {
    article: article(c, "fr", "2022-08-02"),
    entities: [
      person(IDS.amir, "Hossein Amir-Heydarian", "IR", s0, {
        aliases: ["Amir-Heydarian"],
        titles: ["ministre des Affaires étrangères"],
      }),
      person(IDS.lazutkin, "Sergueï Lazutkin", "RU", s0, { aliases: ["Lazutkin"] }),
      country("RU", "Russie", s2),
      organization(IDS.irMfa, "ministère iranien des Affaires étrangères", "IR", s0),
      organization(IDS.ruMfa, "ministère russe des Affaires étrangères", "RU", s0),
      place(IDS.tehran, "Téhéran", "IR", s1),
      place(IDS.moscow, "Moscou", "RU", s2),
      place(IDS.tabriz, "Tabriz", "IR", s3),
    ],
    events: [
      event(
        IDS.call,
        "Call",
        [
          [IDS.amir, "counterpart"],
          [IDS.lazutkin, "counterpart"],
        ],
        s0,
        { date: day("2022-08-02"), mode: "phone", duration: "PT1H" },
      ),
      event(IDS.plannedVisit, "Visit", [[IDS.lazutkin, "visitor"]], s1, {
        status: "planned",
        location: IDS.tehran,
        date: { value: "2022-09-01", precision: "month" },
      }),
      event(IDS.statement, "Statement", [[IDS.lazutkin, "speaker"]], s2, {
        location: IDS.moscow,
        date: { value: "0000-08-03", precision: "day_no_year" },
      }),
    ],
    occupancies: [
      occupancy(
        IDS.occAmir,
        IDS.amir,
        "ministre des Affaires étrangères",
        IDS.irMfa,
        "IR",
        ["2022-08-02"],
        s0,
      ),
      occupancy(
        IDS.occLazutkin,
        IDS.lazutkin,
        "ministre des Affaires étrangères",
        IDS.ruMfa,
        "RU",
        ["2022-08-02"],
        s0,
        {
          start: "2004-03-09",
        },
      ),
    ],
    relations: [
      relation(IDS.relFm, "COUNTERPART_OF", IDS.amir, IDS.lazutkin, s0),
      relation(IDS.relMoscow, "LOCATED_IN", IDS.moscow, IDS.russia, s2),
    ],
  };
}

/** Article D leans on article B: its meeting names Ulubekov, whom only B describes. */
export function patchD(): GraphPatch {
  const d = ARTICLES.d;
  const s0 = [evidence(d, 0, "Lazutkin also met Ulubekov.")];
  return {
    article: article(d, "en", "2022-08-10"),
    entities: [person(IDS.lazutkin, "Sergey Lazutkin", "RU", s0)],
    events: [
      event(
        IDS.meetD,
        "Meeting",
        [
          [IDS.lazutkin, "participant"],
          [IDS.ulubekov, "participant"],
        ],
        s0,
      ),
    ],
    occupancies: [],
    relations: [],
  };
}

/** The three articles of the fixture graph. */
export function fixturePatches(): GraphPatch[] {
  return [patchA(), patchB(), patchC()];
}
