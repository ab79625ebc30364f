// The parts of an English event that the trigger's phrase tells: planned or held, negated, partners' cue, hosts, place and date.
import { phraseAt } from "./phrase-at.ts";
import type { EventMention, GeoMention, OrgMention, PersonMention } from "../../mentions.ts";
import { forward, type EnDateMention } from "./dates.ts";
import type { EnglishLexicon } from "./lexicon.ts";
import type { PluralRef } from "./people.ts";
import type { EnSentence, EnToken } from "./tokens.ts";
import type { Trigger } from "./triggers.ts";

/** What one sentence offers to its events. */
export interface SentenceFindings {
  sentence: EnSentence;
  persons: PersonMention[];
  geos: GeoMention[];
  dates: EnDateMention[];
  plurals: PluralRef[];
  dateline: number;
  /** Bodies named in the sentence: their words are no event words. */
  orgs?: OrgMention[];
  /** The place of the article's dateline: where "arrived" with no place, and "the country", are. */
  home?: GeoMention | null;
}

/** Where the trigger's own phrase ends, for its place and date. */
export function scopeEnd(lex: EnglishLexicon, toks: readonly EnToken[], t: Trigger): number {
  for (let j = t.to; j < t.end; j++) {
    const b = toks[j]!.base;
    // ", an Israeli official said Monday": the date of the report, not of the meeting.
    if (lex.scopeBreakers.has(b) || (lex.reportingVerbs.has(b) && j > t.to)) return j;
  }
  return t.end;
}

/** Where attendees start ("also attended by", "in the presence of"): they are present, not partners. */
export function attendanceFrom(
  lex: EnglishLexicon,
  toks: readonly EnToken[],
  from: number,
  to: number,
): number {
  for (let j = from; j < to; j++) {
    if (phraseAt(lex.attendanceCues, toks, j, j + 5)) return j;
  }
  return to;
}

/** The preposition before a geo mention, over "the". */
export function prepositionBefore(toks: readonly EnToken[], g: GeoMention): string {
  const k = toks[g.from]?.base === "the" || toks[g.from - 1]?.base !== "the" ? g.from - 1 : g.from - 2;
  return toks[k]?.base ?? "";
}

/** Whether a planned marker stands just before the trigger, or a future time after it. */
export function isPlanned(
  lex: EnglishLexicon,
  toks: readonly EnToken[],
  t: Trigger,
  clauseStart: number,
): boolean {
  const from = Math.max(clauseStart, t.from - 5);
  for (let j = from; j < t.from; j++) {
    const m = phraseAt(lex.plannedBefore, toks, j, j + 4);
    if (!m) continue;
    if (toks[j]!.base !== "to") return true;
    // "to" marks the infinitive only right before the verb ("to meet", "to hold talks").
    const next = toks[j + 1]?.base ?? "";
    if (j + 1 === t.from || (lex.lightVerbs.has(next) && t.from - j <= 4)) return true;
  }
  for (let j = t.to; j < t.end; j++) {
    if (phraseAt(lex.plannedAfter, toks, j, j + 5)) return true;
  }
  return false;
}

export function isNegated(
  lex: EnglishLexicon,
  toks: readonly EnToken[],
  t: Trigger,
  clauseStart: number,
): boolean {
  for (let j = Math.max(clauseStart, t.from - 3); j < t.from; j++) {
    const words = [];
    for (let k = j + 1; k < t.from; k++) words.push(toks[k]!.base);
    if (lex.negations.match([toks[j]!.base], words)) return true;
  }
  return false;
}

/** The index of the first cue word ("with", "between", "by", "participation of") in [from, to), or -1. */
export function cueIndex(lex: EnglishLexicon, toks: readonly EnToken[], from: number, to: number): number {
  for (let j = from; j < to; j++) {
    if (phraseAt(lex.participationCues, toks, j, j + 3)) return j;
  }
  return -1;
}

export function lastAgent(events: readonly EventMention[]): number | null {
  for (let k = events.length - 1; k >= 0; k--) {
    const a = events[k]!.agent;
    if (a !== null) return a;
  }
  return null;
}

/** "at the invitation of X", "hosted by X": the hosts of a visit. */
export function hostsIn(
  lex: EnglishLexicon,
  toks: readonly EnToken[],
  t: Trigger,
  after: readonly PersonMention[],
): number[] {
  const hosts: number[] = [];
  for (let j = t.to; j < t.end; j++) {
    const m = phraseAt(lex.invitation, toks, j, j + 4);
    if (!m) continue;
    const host = after.find((p) => p.from >= j + m.length && p.from - (j + m.length) <= 3);
    if (host) hosts.push(host.id);
  }
  return hosts;
}

/**
 * Where a visit goes: the first country or place after the trigger that follows "to", "in", "into", "at" or the
 * verb itself ("visited Riyadh"), not a "from" one nor one inside a title; a noun takes it within three words
 * ("a visit to Egypt"). "Azerbaijan's Nakhchivan exclave" goes to Nakhchivan.
 */
export function destination(
  lex: EnglishLexicon,
  toks: readonly EnToken[],
  f: SentenceFindings,
  t: Trigger,
): GeoMention | null {
  const end = scopeEnd(lex, toks, t);
  const found = f.geos.find((g) => {
    if (g.from < t.to || g.from >= end || g.from < f.dateline) return false;
    if (g.kind === "demonym" || f.persons.some((p) => g.from >= p.from && g.to <= p.to)) return false;
    if (t.noun && g.from - t.to > 3) return false;
    let direct = true;
    for (let j = t.to; j < g.from && direct; j++) direct = f.dates.some((d) => d.from <= j && j < d.to);
    return direct || lex.destinationPrepositions.has(prepositionBefore(toks, g));
  });
  if (!found) return homeDestination(lex, toks, f, t, end);
  const next = f.geos.find((g) => g.from === found.to && g.kind === "place" && g.code === found.code);
  return found.kind === "country" && toks[found.to - 1]?.possessive && next ? next : found;
}

/**
 * A journey with no place named: "arrived in the country", "landed on Tuesday on a one-day visit", in a report
 * filed from a dateline, went to the dateline's place.
 */
function homeDestination(
  lex: EnglishLexicon,
  toks: readonly EnToken[],
  f: SentenceFindings,
  t: Trigger,
  end: number,
): GeoMention | null {
  if (!f.home) return null;
  const words = toks.slice(t.from, t.to).map((x) => x.base);
  if (
    words.some((w) => lex.arrivalWords.has(w)) &&
    !toks.slice(t.to, end).some((x) => lex.originCues.has(x.base))
  )
    return f.home;
  for (let j = t.to; j + 2 < end && j <= t.to + 3; j++) {
    if (
      lex.destinationPrepositions.has(toks[j]!.base) &&
      toks[j + 1]?.base === "the" &&
      lex.homeNouns.has(toks[j + 2]!.base)
    )
      return f.home;
  }
  return null;
}

/** "in the capital, Nairobi", "in the capital of Lima": a place named after the word for a capital. */
function namedCity(lex: EnglishLexicon, toks: readonly EnToken[], g: GeoMention): boolean {
  const joiner = toks[g.from - 1]?.base;
  return (
    g.kind === "place" &&
    (joiner === "," || joiner === "of") &&
    lex.capitalWords.has(toks[g.from - 2]?.base ?? "") &&
    toks[g.from - 3]?.base === "the" &&
    toks[g.from - 4]?.base === "in"
  );
}

/** "at State House, Nairobi", "at the Presidential Palace, Baku": a named venue, a comma, then its city. */
function venueThenCity(lex: EnglishLexicon, toks: readonly EnToken[], g: GeoMention): boolean {
  if (g.kind !== "place" || toks[g.from - 1]?.text !== ",") return false;
  for (let j = g.from - 2; j >= Math.max(0, g.from - 6); j--) {
    const tok = toks[j];
    if (!tok) return false;
    if (lex.destinationPrepositions.has(tok.base)) return j < g.from - 2;
    // The venue's name: capitalised words, maybe with "the" or "of" inside.
    if (!/^\p{Lu}/u.test(tok.text) && !lex.nonFinalTitleWords.has(tok.base)) return false;
  }
  return false;
}

/** "in Baku", or "Yerevan, where … he met": the place of a meeting, if the sentence says it. */
export function meetingPlace(
  lex: EnglishLexicon,
  toks: readonly EnToken[],
  f: SentenceFindings,
  t: Trigger,
): GeoMention | null {
  const end = scopeEnd(lex, toks, t);
  const inside = f.geos.find(
    (g) =>
      g.from > t.to &&
      g.from < end &&
      g.kind !== "demonym" &&
      (prepositionBefore(toks, g) === "in" || namedCity(lex, toks, g) || venueThenCity(lex, toks, g)),
  );
  if (inside) return inside;
  // "In Amman, he held talks with …": a place opening the sentence.
  const opening = f.geos.find((g) => g.to < t.from && prepositionBefore(toks, g) === "in" && g.from <= 2);
  if (opening && toks[opening.to]?.text === "," && opening.kind !== "demonym") return opening;
  const where = toks.slice(0, t.from).findLastIndex((x) => x.base === "where");
  if (where < 0) return null;
  return f.geos.filter((g) => g.to <= where && g.kind !== "demonym").pop() ?? null;
}

export function dateFor(
  lex: EnglishLexicon,
  f: SentenceFindings,
  t: Trigger,
  k: number,
  planned: boolean,
  published: string | null,
): EnDateMention | null {
  const d =
    f.dates.find((x) => x.from >= t.to && x.from < scopeEnd(lex, f.sentence.tokens, t)) ??
    (k === 0 ? f.dates.filter((x) => x.to <= t.from).pop() : undefined) ??
    null;
  return d && planned ? forward(d, published) : d;
}
