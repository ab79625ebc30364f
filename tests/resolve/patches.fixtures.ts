// Hand-made article patches that read like extractions of cross-script reports, for resolver tests without extractors.
import { contentHash, countryId, makeId } from "../../src/domain/ids.ts";
import type {
  DiplomaticEvent,
  Entity,
  EventDate,
  Evidence,
  GraphPatch,
  Participant,
  Person,
  Place,
} from "../../src/domain/types.ts";
import { eventId } from "../../src/domain/ids.ts";

/** An article being written: add persons, places and events, then take its patch. */
export class ArticleDraft {
  private sentence = 0;
  private readonly entities: Entity[] = [];
  private readonly events: DiplomaticEvent[] = [];

  constructor(
    readonly id: string,
    private readonly publishedAt: string | null = "2022-07-04",
  ) {}

  private evidence(text: string): Evidence[] {
    const sentence = this.sentence++;
    return [{ articleId: this.id, sentence, start: 0, end: text.length, text, extractorVersion: "test" }];
  }

  person(name: string, country: string | null = null, titles: string[] = [], aliases: string[] = []): string {
    const id = makeId("person", country ?? "", name);
    const p: Person = { id, type: "Person", name, aliases, country, titles, evidence: this.evidence(name) };
    this.entities.push(p);
    if (country !== null && !this.entities.some((e) => e.id === countryId(country))) {
      this.entities.push({
        id: countryId(country),
        type: "Country",
        name: country,
        aliases: [],
        country,
        evidence: this.evidence(country),
      });
    }
    return id;
  }

  place(name: string, country: string): string {
    const id = makeId("place", country, name);
    const p: Place = {
      id,
      type: "Place",
      name,
      aliases: [],
      country,
      kind: "city",
      evidence: this.evidence(name),
    };
    this.entities.push(p);
    return id;
  }

  event(
    type: DiplomaticEvent["type"],
    participants: readonly Participant[],
    options: { date?: EventDate | null; location?: string | null; status?: DiplomaticEvent["status"] } = {},
  ): string {
    const base: DiplomaticEvent = {
      id: "",
      type,
      status: options.status ?? "held",
      participants: [...participants],
      location: options.location ?? null,
      date: options.date === undefined ? null : options.date,
      mode: null,
      duration: null,
      topics: [],
      evidence: this.evidence(`${type} ${participants.map((p) => p.entityId).join(" ")}`),
    };
    const id = eventId(base, this.id);
    this.events.push({ ...base, id });
    return id;
  }

  meeting(a: string, b: string, date: string | null, location: string | null = null): string {
    return this.event(
      "Meeting",
      [
        { entityId: a, role: "participant" },
        { entityId: b, role: "participant" },
      ],
      { date: date === null ? null : { value: date, precision: "day" }, location },
    );
  }

  patch(): GraphPatch {
    return {
      article: {
        id: this.id,
        language: /\p{Script=Arabic}/u.test(JSON.stringify(this.entities)) ? "ar" : "en",
        title: null,
        source: null,
        sourceCountry: null,
        url: null,
        publishedAt: this.publishedAt,
        contentHash: contentHash(this.id),
      },
      entities: this.entities,
      events: this.events,
      occupancies: [],
      relations: [],
    };
  }
}

/** The same meeting in Baku as an Arabic wire and an English wire tell it. */
export function bakuMeeting(): { ar: GraphPatch; en: GraphPatch } {
  const ar = new ArticleDraft("baku.ar");
  const alakbarov = ar.person("إلهام علكبروف", "AZ", ["الرئيس الأذربيجاني"]);
  const bashirov = ar.person("جيهون بشيروف", "AZ", ["وزير الخارجية"]);
  const shamirani = ar.person("علي شميراني", "IR", ["أمين المجلس الأعلى للأمن القومي"]);
  ar.meeting(alakbarov, shamirani, "2022-07-04", ar.place("باكو", "AZ"));
  ar.meeting(bashirov, shamirani, "2022-07-04");

  const en = new ArticleDraft("baku.en", "2022-07-05");
  const ilham = en.person("Ilham Alakbarov", "AZ", ["President"]);
  const jeyhun = en.person("Jeyhun Bashirov", null, ["Foreign Minister"], ["Bashirov"]);
  const ali = en.person("Ali Shamirani", "IR", ["Secretary of the Supreme National Security Council"]);
  en.meeting(ilham, ali, "2022-07-04", en.place("Baku", "AZ"));
  en.meeting(jeyhun, ali, null);
  return { ar: ar.patch(), en: en.patch() };
}
