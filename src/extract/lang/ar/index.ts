// The Arabic tagger: sentences in, mentions of people, places, bodies, dates and events out.
import { buildGeoIndex, homonymPlaces, settleHomonyms } from "../../geo-index.ts";
import { loadGazetteer } from "../../gazetteer.ts";
import type {
  ArticleMentions,
  CounterpartMention,
  DateMention,
  EventMention,
  GeoMention,
  PersonMention,
} from "../../mentions.ts";
import {
  byToken,
  emptyState,
  idCounter,
  runPasses,
  type Pass,
  type TaggerState,
  type Tracer,
} from "../../pipeline.ts";
import { splitSentences, type Sentence } from "../../text/tokenize.ts";
import type { ArticleContext } from "../../article-context.ts";
import { findDates } from "./dates.ts";
import { amongDelegationVisits, companionVerbVisits, delegationMemberVisits } from "./companion-verbs.ts";
import { findEvents } from "./events.ts";
import { findGeos, stateNounsOf } from "./geo.ts";
import { trimToKnownNames } from "./known-names.ts";
import { findSurnames, givenNameSurnames, knownSurnames } from "./surnames.ts";
import { arabicLexicon } from "./lexicon.ts";
import { arabicMorphology, entryKeys } from "./morphology.ts";
import { findOrgs } from "./orgs.ts";
import { PersonFinder } from "./persons.ts";
import { ArabicWords, type SentenceTags } from "./words.ts";

/** Arabic demonym forms by rule: إيراني -> إيراني، إيرانية، إيرانيون، إيرانيين، الأذرية … */
function demonymForms(base: string): string[] {
  const { taMarbuta, nisba, nisbaPlurals } = arabicMorphology();
  const forms = [base, base + taMarbuta];
  if (base.endsWith(nisba)) forms.push(...nisbaPlurals.map((ending) => base + ending));
  return forms;
}

let compiled: {
  index: ReturnType<typeof buildGeoIndex>;
  homonyms: ReturnType<typeof homonymPlaces>;
  words: ArabicWords;
  capitals: Map<string, string>;
  stateNouns: Map<string, Set<string>>;
} | null = null;

function rules() {
  if (compiled) return compiled;
  const lex = arabicLexicon();
  const gazetteer = loadGazetteer("ar");
  compiled = {
    capitals: new Map(gazetteer.countries.flatMap((c) => (c.capital ? [[c.code, c.capital] as const] : []))),
    stateNouns: stateNounsOf(gazetteer.countries),
    homonyms: homonymPlaces(gazetteer),
    index: buildGeoIndex(gazetteer, {
      demonymForms,
      firstWordKeys: (word) => entryKeys(word).map((key) => ({ key, needsArticle: key !== word })),
      blocklist: lex.geoBlocklist,
    }),
    words: new ArabicWords(lex),
  };
  return compiled;
}

/** A sentence's working state: its mentions so far and the tags that later passes read. */
interface ArabicSentence {
  sentence: Sentence;
  geos: GeoMention[];
  dates: DateMention[];
  tags: SentenceTags;
  persons: PersonMention[];
  counterparts: CounterpartMention[];
}

interface ArabicState extends TaggerState {
  perSentence: ArabicSentence[];
  nextId: number;
}

/** The Arabic pack's passes, in order. */
export const ARABIC_PASSES: readonly Pass<ArabicState>[] = [
  {
    name: "sentences",
    run(state) {
      state.sentences = splitSentences(state.text);
      state.perSentence = state.sentences.map((sentence) => ({
        sentence,
        geos: [],
        dates: [],
        tags: { sentence, geoAt: new Map(), dateAt: new Set(), taken: new Set() },
        persons: [],
        counterparts: [],
      }));
    },
  },
  {
    name: "places",
    run(state) {
      const { index, capitals, stateNouns } = rules();
      const geoRules = { index, capitals, stateNouns };
      for (const s of state.perSentence) {
        s.geos = findGeos(s.sentence, arabicLexicon(), geoRules, state.context.sourceCountry);
        s.tags.geoAt = byToken(s.geos);
      }
      state.geos = state.perSentence.flatMap((s) => s.geos);
      settleHomonyms(state.geos, rules().homonyms);
    },
  },
  {
    name: "dates",
    run(state) {
      for (const s of state.perSentence) {
        s.dates = findDates(s.sentence, arabicLexicon(), state.context.publishedAt);
        s.tags.dateAt = new Set(byToken(s.dates).keys());
      }
      state.dates = state.perSentence.flatMap((s) => s.dates);
    },
  },
  {
    name: "persons",
    run(state) {
      for (const s of state.perSentence) {
        const finder = new PersonFinder(rules().words, s.tags, idCounter(state));
        s.persons = finder.find();
        s.counterparts = finder.counterparts;
        // "أحمد جاسم السوداني": a demonym read as a family name names no country.
        if (finder.swallowed.size > 0) {
          s.geos = s.geos.filter((g) => !finder.swallowed.has(g));
          for (const [j, g] of s.tags.geoAt) if (finder.swallowed.has(g)) s.tags.geoAt.delete(j);
        }
      }
      state.persons = state.perSentence.flatMap((s) => s.persons);
      state.geos = state.perSentence.flatMap((s) => s.geos);
    },
  },
  {
    // A surname met once ("سليم داوودي") is a mention wherever it stands alone ("والتقى داوودي").
    name: "surnames",
    run(state) {
      const bySentence = new Map(state.perSentence.map((s) => [s.sentence.index, s]));
      trimToKnownNames(
        state.persons,
        (k) => bySentence.get(k)?.sentence.tokens ?? [],
        (k, j) => bySentence.get(k)?.tags.taken.delete(j),
        rules().words,
      );
      const surnames = knownSurnames(state.persons, rules().words);
      const givenSurnames = givenNameSurnames(state.persons, rules().words);
      for (const s of state.perSentence) {
        s.persons.push(...findSurnames(s, surnames, givenSurnames, rules().words, idCounter(state)));
        s.persons.sort((a, b) => a.from - b.from);
      }
      state.persons = state.perSentence.flatMap((s) => s.persons);
      // A demonym read as a surname ("والتقى السوداني") is no country mention any more.
      state.geos = state.perSentence.flatMap((s) => s.geos);
    },
  },
  {
    name: "events",
    run(state) {
      state.events = state.perSentence.flatMap((s) =>
        findEvents(
          { sentence: s.sentence, persons: s.persons, geos: s.geos, dates: s.dates },
          arabicLexicon(),
        ),
      );
    },
  },
  {
    name: "companions",
    run(state) {
      state.events.push(...companionVerbVisits(state.perSentence, state.events, arabicLexicon()));
      state.events.push(...delegationMemberVisits(state.perSentence, state.events, arabicLexicon()));
      state.events.push(...amongDelegationVisits(state.perSentence, state.events, arabicLexicon()));
      state.events.sort((a, b) => a.sentence - b.sentence || a.from - b.from);
    },
  },
  {
    name: "counterparts",
    run(state) {
      const found = state.perSentence.flatMap((s) => s.counterparts);
      state.counterparts = resolveCounterparts(found, state.events, state.persons);
    },
  },
  {
    name: "organisations",
    run(state) {
      const { words } = rules();
      state.orgs = state.perSentence.flatMap((s) =>
        findOrgs(s.sentence, arabicLexicon(), words, s.tags.geoAt),
      );
    },
  },
  {
    // The dateline may follow a headline: look at the first two lines.
    name: "dateline",
    run(state) {
      const [first, second] = state.perSentence;
      state.dateline =
        datelineOf(first?.geos ?? [], first?.sentence, first?.dates ?? []) ??
        datelineOf(second?.geos ?? [], second?.sentence, second?.dates ?? []);
    },
  },
];

export function tagArabic(text: string, context: ArticleContext, tracer?: Tracer): ArticleMentions {
  const state: ArabicState = { ...emptyState(text, context), perSentence: [], nextId: 0 };
  return runPasses(ARABIC_PASSES, state, tracer);
}

/**
 * A place as the first words of the article, followed by a comma, a dash or "في" ("أبوظبي في 20 فبراير/ وام/"),
 * or by a date and then one of those ("طرابلس 21 سبتمبر 2025 (وال) -").
 */
function datelineOf(
  geos: readonly GeoMention[],
  first: Sentence | undefined,
  dates: readonly DateMention[],
): GeoMention | null {
  const g = geos[0];
  if (!g || !first || g.kind !== "place" || g.from !== 0) return null;
  const after = dates.find((d) => d.from === g.to)?.to ?? g.to;
  return arabicLexicon().datelineCues.has(first.tokens[after]?.norm ?? "") ? g : null;
}

/**
 * "X ، نظيره الأذربيجاني": X is the counterpart of someone of another country in the same sentence: the
 * nearest person before X whose country is not X's ("سلّم الوزير حسان رسالة من نظيره الروسي سميرنوف").
 */
function resolveCounterparts(
  found: readonly CounterpartMention[],
  _events: readonly EventMention[],
  persons: readonly PersonMention[],
): CounterpartMention[] {
  // Indexed once: a long article has thousands of both, and each counterpart looks only at its sentence.
  const byId = new Map(persons.map((p) => [p.id, p]));
  const bySentence = new Map<number, PersonMention[]>();
  for (const p of persons) {
    const list = bySentence.get(p.sentence) ?? [];
    if (list.length === 0) bySentence.set(p.sentence, list);
    list.push(p);
  }
  return found.map((c) => {
    const me = byId.get(c.person);
    const others = (bySentence.get(c.sentence) ?? []).filter((p) => p.id !== c.person);
    // "مع نظرائه الأردني X، والسعودي Y": counterparts listed together are each the counterpart of the one they
    // met, not of each other.
    const notCounterparts = others.filter((p) => !p.counterpart);
    const sameSentence = notCounterparts.length > 0 ? notCounterparts : others;
    const other = (p: PersonMention) => !me?.country || !p.country || p.country !== me.country;
    const before = sameSentence.filter((p) => me && p.to <= me.from && other(p));
    const pick = before[before.length - 1] ?? sameSentence.find(other);
    return { ...c, of: pick?.id ?? null };
  });
}
