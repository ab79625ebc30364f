// The Persian tagger (Iranian and Dari news): sentences in, mentions of people, places, dates and events out,
// for the shared assemble stage.
import type { ArticleContext } from "../../article-context.ts";
import { buildGeoIndex } from "../../geo-index.ts";
import { loadGazetteer } from "../../gazetteer.ts";
import {
  bareNameMention,
  type ArticleMentions,
  type CounterpartMention,
  type DateMention,
  type GeoMention,
  type PersonMention,
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
import { nameRules } from "../../assemble/name-rules.ts";
import { fold } from "../../text/fold.ts";
import { splitSentences, type Sentence } from "../../text/tokenize.ts";
import { findDates } from "./dates.ts";
import { findEvents } from "./events.ts";
import { findGeos } from "./geo.ts";
import { delegationVisits } from "./delegations.ts";
import { addLearnedPlaces } from "./learned-places.ts";
import { persianLexicon } from "./lexicon.ts";
import { PersonFinder } from "./persons.ts";
import { PersianWords, type SentenceTags } from "./words.ts";

let compiled: { index: ReturnType<typeof buildGeoIndex>; words: PersianWords } | null = null;

function rules() {
  if (compiled) return compiled;
  const lex = persianLexicon();
  compiled = {
    // Persian writes a demonym as it is and its plural with "ها" ("ایرانی‌ها"), which suffix readings cover.
    index: buildGeoIndex(loadGazetteer("fa"), {
      demonymForms: (d) => [d],
      firstWordKeys: (w) => [{ key: w, needsArticle: false }],
      blocklist: lex.geoBlocklist,
    }),
    words: new PersianWords(lex),
  };
  return compiled;
}

/** A sentence's working state: its mentions so far and the tags that later passes read. */
interface PersianSentence {
  sentence: Sentence;
  geos: GeoMention[];
  dates: DateMention[];
  tags: SentenceTags;
  persons: PersonMention[];
}

interface PersianState extends TaggerState {
  perSentence: PersianSentence[];
  nextId: number;
}

/** The Persian pack's passes, in order. */
export const PERSIAN_PASSES: readonly Pass<PersianState>[] = [
  {
    name: "sentences",
    run(state) {
      state.sentences = splitSentences(state.text);
      state.perSentence = state.sentences.map((sentence) => ({
        sentence,
        geos: [],
        dates: [],
        persons: [],
        tags: {
          sentence,
          norms: sentence.tokens.map((t) => t.norm),
          geoAt: new Map(),
          dateAt: new Set(),
          taken: new Set<number>(),
        },
      }));
    },
  },
  {
    name: "places",
    run(state) {
      for (const s of state.perSentence)
        s.geos = findGeos(s.sentence, persianLexicon(), rules().index, state.context.sourceCountry);
      addLearnedPlaces(state.perSentence, persianLexicon());
      for (const s of state.perSentence) s.tags.geoAt = byToken(s.geos);
      state.geos = state.perSentence.flatMap((s) => s.geos);
    },
  },
  {
    name: "dates",
    run(state) {
      for (const s of state.perSentence) {
        s.dates = findDates(s.sentence, persianLexicon(), state.context.publishedAt);
        s.tags.dateAt = new Set(byToken(s.dates).keys());
      }
      state.dates = state.perSentence.flatMap((s) => s.dates);
    },
  },
  {
    name: "persons",
    run(state) {
      for (const s of state.perSentence)
        s.persons = new PersonFinder(
          rules().words,
          s.tags,
          idCounter(state),
          state.context.sourceCountry,
        ).find();
      state.persons = state.perSentence.flatMap((s) => s.persons);
    },
  },
  {
    // A name met once with a title ("کالینوف رئیس‌جمهور روسیه") is a mention wherever it stands alone.
    name: "surnames",
    run(state) {
      const surnames = knownSurnames(state.persons, rules().words);
      const shortForms = knownShortForms(state.persons, rules().words);
      for (const s of state.perSentence) {
        // "ناصر پور" read as given name and surname is "حامد ناصر پور" (keyed "حامد", "ناصرپور") all the same.
        for (const p of s.persons)
          if (p.nameKey.length === 2 && surnames.has(p.nameKey.join(""))) p.nameKey = [p.nameKey.join("")];
        const found = findSurnames(s.tags, surnames, idCounter(state), shortForms);
        s.persons = withTitlesBefore(s.persons, found);
      }
      state.persons = state.perSentence.flatMap((s) => s.persons);
    },
  },
  {
    name: "events",
    run(state) {
      state.events = state.perSentence.flatMap((s) => findEvents(s, persianLexicon()));
    },
  },
  {
    name: "delegations",
    run(state) {
      state.events.push(...delegationVisits(state.perSentence, state.events, persianLexicon()));
      state.events.sort((a, b) => a.sentence - b.sentence || a.from - b.from);
    },
  },
  {
    name: "counterparts",
    run(state) {
      state.counterparts = counterparts(state.persons);
    },
  },
  {
    name: "dateline",
    run(state) {
      const first = state.perSentence[0];
      state.dateline = datelineOf(first?.geos ?? [], first?.sentence);
    },
  },
];

export function tagPersian(text: string, context: ArticleContext, tracer?: Tracer): ArticleMentions {
  const state: PersianState = { ...emptyState(text, context), perSentence: [], nextId: 0 };
  return runPasses(PERSIAN_PASSES, state, tracer);
}

/** "تهران - ایرنا -": a place opening the article, followed by a dash or a comma. */
function datelineOf(geos: readonly GeoMention[], first: Sentence | undefined): GeoMention | null {
  const g = geos[0];
  if (!g || !first || g.kind !== "place" || g.from !== 0) return null;
  return ["-", "\u2013", "\u060c", ","].includes(first.tokens[g.to]?.text ?? "") ? g : null;
}

/** The last word of every name of two words or more, and single names that came with a title. */
function knownSurnames(persons: readonly PersonMention[], words: PersianWords): Set<string> {
  const out = new Set<string>();
  for (const p of persons) {
    const last = p.nameKey[p.nameKey.length - 1];
    if (!last || last.length < 3 || words.isGivenName(last)) continue;
    if (p.nameKey.length >= 2 || p.titles.length > 0) out.add(last);
  }
  return out;
}

/**
 * "تافور بن کاسلو بن عبدالله آل منصور" is "بن کاسلو" later on: each "بن X" of a lineage name, and the last word of a
 * name of three words or more ("سالم بن حمد الحارثی" is "الحارثی"), when only one person of the article has it,
 * stands for that person (keyed by their name, whose key joins the words after the first).
 */
function knownShortForms(persons: readonly PersonMention[], words: PersianWords): Map<string, string[]> {
  const byShort = new Map<string, string[] | null>();
  const particles = nameRules().lineageParticles;
  const keep = (short: string, p: PersonMention) => {
    const known = byShort.get(short);
    byShort.set(short, known === undefined || known?.join(" ") === p.nameKey.join(" ") ? p.nameKey : null);
  };
  for (const p of persons) {
    const ws = p.name === null ? [] : fold(p.name).split(/\s+/);
    ws.forEach((w, k) => {
      const next = ws[k + 1];
      if (k > 0 && particles.has(w) && next !== undefined) keep(`${w} ${next}`, p);
    });
    const last = ws[ws.length - 1];
    if (ws.length >= 3 && last && last.length >= 3 && !words.isGivenName(last) && !particles.has(last))
      keep(last, p);
  }
  return new Map([...byShort].filter((e): e is [string, string[]] => e[1] !== null));
}

function findSurnames(
  tags: SentenceTags,
  surnames: ReadonlySet<string>,
  newId: () => number,
  shortForms: ReadonlyMap<string, string[]> = new Map(),
): PersonMention[] {
  const out: PersonMention[] = [];
  const toks = tags.sentence.tokens;
  toks.forEach((tok, i) => {
    const next = toks[i + 1];
    const lineage = next && !tags.taken.has(i) ? shortForms.get(`${tok.norm} ${next.norm}`) : undefined;
    if (lineage && next && !tags.taken.has(i + 1)) {
      out.push(twoWordMention(tags, i, lineage, newId));
      return;
    }
    const whole = tok.punct || tags.taken.has(i) || tags.geoAt.has(i) ? undefined : shortForms.get(tok.norm);
    if (whole) {
      tags.taken.add(i);
      const span = { sentence: tags.sentence.index, from: i, to: i + 1, start: tok.start, end: tok.end };
      out.push(bareNameMention({ id: newId(), ...span, name: tok.text, nameKey: whole }));
      return;
    }
    // "ناصر پور" for the key "ناصرپور": a surname whose parts the key joins, written apart again.
    const joined = next && !tok.punct && !next.punct ? tok.norm + next.norm : "";
    if (surnames.has(joined) && !tags.taken.has(i) && !tags.taken.has(i + 1)) {
      out.push(twoWordMention(tags, i, [joined], newId));
      return;
    }
    if (tok.punct || tags.taken.has(i) || tags.geoAt.has(i) || !surnames.has(tok.norm)) return;
    tags.taken.add(i);
    out.push(
      bareNameMention({
        id: newId(),
        sentence: tags.sentence.index,
        from: i,
        to: i + 1,
        start: tok.start,
        end: tok.end,
        name: tok.text,
        nameKey: [tok.norm],
      }),
    );
  });
  return out;
}

/** The two words from i as a mention of the person keyed `nameKey`; both words are taken. */
function twoWordMention(
  tags: SentenceTags,
  i: number,
  nameKey: string[],
  newId: () => number,
): PersonMention {
  const toks = tags.sentence.tokens;
  const tok = toks[i]!;
  const next = toks[i + 1]!;
  tags.taken.add(i).add(i + 1);
  const name = tags.sentence.text.slice(tok.start - tags.sentence.start, next.end - tags.sentence.start);
  const span = { sentence: tags.sentence.index, from: i, to: i + 2, start: tok.start, end: next.end };
  return bareNameMention({ id: newId(), ...span, name, nameKey });
}

/**
 * "وزیر خارجه گوربانلی", "امیر دهباشی": a title with no name of its own, right before a known surname, is that
 * person's title; the two mentions become one.
 */
function withTitlesBefore(
  persons: readonly PersonMention[],
  surnames: readonly PersonMention[],
): PersonMention[] {
  const roles = new Map(persons.filter((p) => p.name === null && !p.counterpart).map((p) => [p.to, p]));
  const absorbed = new Set<PersonMention>();
  const named = surnames.map((p) => {
    const role = roles.get(p.from);
    if (!role) return p;
    absorbed.add(role);
    const { from, start, titles, titleStems, country } = role;
    return { ...p, from, start, titles, titleStems, country };
  });
  return [...persons.filter((p) => !absorbed.has(p)), ...named].sort((a, b) => a.from - b.from);
}

/** "همتای سعودی خود": the counterpart of the nearest person of another country before it in the sentence. */
function counterparts(persons: readonly PersonMention[]): CounterpartMention[] {
  const bySentence = new Map<number, PersonMention[]>();
  for (const p of persons) {
    const list = bySentence.get(p.sentence);
    if (list) list.push(p);
    else bySentence.set(p.sentence, [p]);
  }
  return persons
    .filter((p) => p.counterpart)
    .map((c) => {
      const before = (bySentence.get(c.sentence) ?? []).filter(
        (p) => p.to <= c.from && (!c.country || p.country !== c.country),
      );
      return { person: c.id, of: before[before.length - 1]?.id ?? null, sentence: c.sentence };
    });
}
