// The English tagger: sentences in, mentions of people, places, bodies, dates and events out, as the shared assemble stage expects.
import type { ArticleContext } from "../../article-context.ts";
import { loadGazetteer } from "../../gazetteer.ts";
import type {
  ArticleMentions,
  CounterpartMention,
  EventMention,
  GeoMention,
  OrgMention,
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
import { counterpartsOf, impliedVisits } from "./afterwards.ts";
import { datelineMeetings, meetingPlaces } from "./meeting-places.ts";
import { datelineLength } from "./dateline.ts";
import { findDates, type EnDateMention } from "./dates.ts";
import { companionVisits } from "./event-lists.ts";
import { findEvents } from "./events.ts";
import { summitMeeting } from "./summits.ts";
import { buildEnglishGeoIndex, findGeos, type GeoIndex } from "./geo.ts";
import { englishLexicon } from "./lexicon.ts";
import { findOrgs, type Acronym } from "./orgs.ts";
import { ArticlePeople, findPlurals } from "./people.ts";
import { PersonFinder } from "./persons.ts";
import { expandShortForms, findSurnames, knownNames, mergeTypos, type KnownNames } from "./surnames.ts";
import { englishSentences, type EnSentence } from "./tokens.ts";
import { EnglishWords, type SentenceTags } from "./words.ts";

let compiled: { index: GeoIndex; words: EnglishWords } | null = null;

function rules() {
  if (compiled) return compiled;
  const lex = englishLexicon();
  compiled = { index: buildEnglishGeoIndex(loadGazetteer("en"), lex), words: new EnglishWords(lex) };
  return compiled;
}

/** A title-case line with no closing stop (a headline): its capitals say nothing about names. */
function isHeadline(sentence: EnSentence, words: EnglishWords): boolean {
  const content = sentence.tokens.filter((t) => !t.punct && t.base.length > 3 && !words.isFunction(t));
  const last = sentence.tokens[sentence.tokens.length - 1];
  return (
    content.length >= 4 && content.filter((t) => t.cap).length >= content.length * 0.75 && last?.text !== "."
  );
}

/**
 * "During the meeting with X": an event with no subject of its own is the act of the one who acts in that sentence,
 * else of the last one who acted. Read here, before the visits that meetings imply are added, so that an implied
 * visitor never becomes the topic.
 */
function resolveImpliedAgents(events: EventMention[]): void {
  let topic: number | null = null;
  const actorOf = new Map<number, number>();
  for (const o of events)
    if (o.agent !== null && !o.agentImplied && !actorOf.has(o.sentence)) actorOf.set(o.sentence, o.agent);
  for (const e of events) {
    if (e.agent !== null || !e.agentImplied) {
      if (e.agent !== null) topic = e.agent;
      continue;
    }
    const agent = actorOf.get(e.sentence) ?? topic;
    if (agent === null) continue;
    e.agent = agent;
    e.agentImplied = false;
    e.others = e.others.filter((o) => o !== agent);
  }
}

/** A sentence's working state: its mentions so far and the tags that later passes read. */
interface EnglishSentence {
  sentence: EnSentence;
  geos: GeoMention[];
  dates: EnDateMention[];
  orgs: OrgMention[];
  tags: SentenceTags;
  persons: PersonMention[];
  counterparts: CounterpartMention[];
}

interface EnglishState extends TaggerState {
  perSentence: EnglishSentence[];
  acronyms: Map<string, Acronym>;
  known: KnownNames;
  people: ArticlePeople;
  nextId: number;
}

/** The English pack's passes, in order. */
export const ENGLISH_PASSES: readonly Pass<EnglishState>[] = [
  {
    name: "sentences",
    run(state) {
      const { words } = rules();
      const { abbreviations, functionWords } = words.lex;
      const sentences = englishSentences(state.text, abbreviations, functionWords);
      state.sentences = sentences;
      state.perSentence = sentences.map((sentence) => ({
        sentence,
        geos: [],
        dates: [],
        orgs: [],
        persons: [],
        counterparts: [],
        tags: {
          sentence,
          geoAt: new Map(),
          orgAt: new Map(),
          dateAt: new Set(),
          taken: new Set(),
          dateline: 0,
          headline: isHeadline(sentence, words),
          acronyms: state.acronyms,
        },
      }));
    },
  },
  {
    name: "places",
    run(state) {
      const { index, words } = rules();
      for (const s of state.perSentence) {
        s.geos = findGeos(s.sentence, index, words.lex);
        s.tags.geoAt = byToken(s.geos);
        s.tags.dateline = datelineLength(s.sentence, s.geos);
      }
      state.geos = state.perSentence.flatMap((s) => s.geos);
    },
  },
  {
    name: "dates",
    run(state) {
      for (const s of state.perSentence) {
        s.dates = findDates(s.sentence, rules().words.lex, state.context.publishedAt);
        s.tags.dateAt = new Set(byToken(s.dates).keys());
      }
      state.dates = state.perSentence.flatMap((s) => s.dates);
    },
  },
  {
    // Acronyms defined in a sentence ("the International Atomic Energy Agency (IAEA)") serve the ones after it.
    name: "organisations",
    run(state) {
      for (const s of state.perSentence) {
        s.orgs = findOrgs(s.sentence, rules().words.lex, s.tags.geoAt, state.acronyms);
        s.tags.orgAt = byToken(s.orgs);
      }
      state.orgs = state.perSentence.flatMap((s) => s.orgs);
    },
  },
  {
    name: "persons",
    run(state) {
      for (const s of state.perSentence) {
        const finder = new PersonFinder(rules().words, s.tags, idCounter(state));
        s.persons = finder.find();
        s.counterparts = finder.counterparts;
      }
      state.persons = state.perSentence.flatMap((s) => s.persons);
    },
  },
  {
    // A surname met once in a full name is a mention wherever it stands alone.
    name: "surnames",
    run(state) {
      const { words } = rules();
      state.known = knownNames(state.persons, words);
      for (const s of state.perSentence) {
        s.persons.push(...findSurnames(words, s.tags, state.known, idCounter(state)));
        s.persons.sort((a, b) => a.from - b.from);
      }
      state.persons = state.perSentence.flatMap((s) => s.persons);
    },
  },
  {
    name: "name variants",
    run(state) {
      expandShortForms(state.persons, state.known);
      mergeTypos(state.persons);
      state.people = new ArticlePeople(state.persons);
    },
  },
  {
    name: "dateline",
    run(state) {
      // The first sentence with a dateline: under a headline and a byline it opens a later one.
      const first = state.perSentence.find((s) => s.tags.dateline > 0);
      state.dateline = first?.geos.find((g) => g.to <= first.tags.dateline && g.kind !== "demonym") ?? null;
    },
  },
  {
    name: "events",
    run(state) {
      const lex = rules().words.lex;
      const events: EventMention[] = [];
      for (const s of state.perSentence) {
        const plurals = findPlurals(s.sentence, lex);
        const parts = { ...s, plurals, dateline: s.tags.dateline, home: state.dateline };
        const context = {
          lex,
          people: state.people,
          published: state.context.publishedAt,
          sourceCountry: state.context.sourceCountry,
        };
        events.push(...findEvents(parts, context, events));
      }
      state.events = events;
    },
  },
  { name: "implied agents", run: (state) => resolveImpliedAgents(state.events) },
  {
    name: "meetings at the dateline",
    run(state) {
      const datelines = new Map<number, GeoMention>();
      for (const s of state.perSentence) {
        const g = s.geos.find((x) => x.to <= s.tags.dateline && x.kind !== "demonym");
        if (g) datelines.set(s.sentence.index, g);
      }
      datelineMeetings(state.events, (k) => datelines.get(k) ?? null, state.people);
    },
  },
  {
    name: "implied visits and meeting places",
    run(state) {
      state.events.push(...impliedVisits(state.events, state.people));
      state.events.push(...companionVisits(state.perSentence, state.events, state.people, rules().words.lex));
      meetingPlaces(state.events, state.people);
      state.events.sort((a, b) => a.sentence - b.sentence || a.from - b.from);
    },
  },
  {
    name: "summits",
    run(state) {
      const summit = summitMeeting(state.perSentence, state.events, state.people, rules().words.lex);
      if (summit) state.events.push(summit);
    },
  },
  {
    name: "counterparts",
    run(state) {
      const found = state.perSentence.flatMap((s) => s.counterparts);
      state.counterparts = counterpartsOf(found, state.events, state.people, state.context.sourceCountry);
    },
  },
];

export function tagEnglish(text: string, context: ArticleContext, tracer?: Tracer): ArticleMentions {
  const state: EnglishState = {
    ...emptyState(text, context),
    perSentence: [],
    acronyms: new Map(),
    known: knownNames([], rules().words),
    people: new ArticlePeople([]),
    nextId: 0,
  };
  return runPasses(ENGLISH_PASSES, state, tracer);
}
