// The English tagger: sentences in, mentions of people, places, bodies, dates and events out, as the shared assemble stage expects.
import type { ArticleContext } from "../../article-context.ts";
import { loadGazetteer } from "../../gazetteer.ts";
import type { ArticleMentions, EventMention, OrgMention, PersonMention } from "../../mentions.ts";
import { counterpartsOf, impliedVisits } from "./afterwards.ts";
import { meetingPlaces } from "./meeting-places.ts";
import { datelineLength } from "./dateline.ts";
import { findDates } from "./dates.ts";
import { findEvents } from "./events.ts";
import { buildEnglishGeoIndex, findGeos, type GeoIndex } from "./geo.ts";
import { englishLexicon } from "./lexicon.ts";
import { findOrgs, type Acronym } from "./orgs.ts";
import { ArticlePeople, findPlurals } from "./people.ts";
import { PersonFinder } from "./persons.ts";
import { expandShortForms, findSurnames, knownNames, mergeTypos } from "./surnames.ts";
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

export function tagEnglish(text: string, context: ArticleContext): ArticleMentions {
  const { index, words } = rules();
  const lex = words.lex;
  const sentences = englishSentences(text, lex.abbreviations, lex.functionWords);
  const acronyms = new Map<string, Acronym>();
  let nextId = 0;
  const newId = () => nextId++;
  const perSentence = sentences.map((sentence) => {
    const geos = findGeos(sentence, index, lex);
    const dateline = datelineLength(sentence, geos);
    const dates = findDates(sentence, lex, context.publishedAt);
    const geoAt = new Map(
      geos.flatMap((g) => Array.from({ length: g.to - g.from }, (_, k) => [g.from + k, g] as const)),
    );
    const orgs = findOrgs(sentence, lex, geoAt, acronyms);
    const tags: SentenceTags = {
      sentence,
      geoAt,
      orgAt: new Map(
        orgs.flatMap((o) => Array.from({ length: o.to - o.from }, (_, k) => [o.from + k, o] as const)),
      ),
      dateAt: new Set(dates.flatMap((d) => Array.from({ length: d.to - d.from }, (_, k) => d.from + k))),
      taken: new Set<number>(),
      dateline,
      headline: isHeadline(sentence, words),
      acronyms,
    };
    const finder = new PersonFinder(words, tags, newId);
    const persons = finder.find();
    return { sentence, geos, dates, orgs, tags, persons, counterparts: finder.counterparts, dateline };
  });
  // Second pass: a surname met once in a full name is a mention wherever it stands alone.
  const known = knownNames(
    perSentence.flatMap((s) => s.persons),
    words,
  );
  for (const s of perSentence) {
    s.persons.push(...findSurnames(words, s.tags, known, newId));
    s.persons.sort((a, b) => a.from - b.from);
  }
  const persons: PersonMention[] = perSentence.flatMap((s) => s.persons);
  expandShortForms(persons, known);
  mergeTypos(persons);
  const people = new ArticlePeople(persons);
  const events: EventMention[] = [];
  const home = perSentence[0]?.geos.find((g) => g.to <= (perSentence[0]?.dateline ?? 0)) ?? null;
  for (const s of perSentence) {
    const found = findEvents(
      {
        sentence: s.sentence,
        persons: s.persons,
        geos: s.geos,
        dates: s.dates,
        plurals: findPlurals(s.sentence, lex),
        dateline: s.dateline,
        orgs: s.orgs,
        home,
      },
      { lex, people, published: context.publishedAt },
      events,
    );
    events.push(...found);
  }
  resolveImpliedAgents(events);
  events.push(...impliedVisits(events, people));
  meetingPlaces(events, people);
  const counterparts = counterpartsOf(
    perSentence.flatMap((s) => s.counterparts),
    events,
    people,
    context.sourceCountry,
  );
  const orgs: OrgMention[] = perSentence.flatMap((s) => s.orgs);
  return {
    sentences,
    persons,
    geos: perSentence.flatMap((s) => s.geos),
    orgs,
    events: events.sort((a, b) => a.sentence - b.sentence || a.from - b.from),
    counterparts,
    dateline: home,
  };
}
