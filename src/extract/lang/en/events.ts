// Reads who, whom, where and when of each event trigger in an English sentence: subjects before the verb, partners after it, "by" in the passive.
import type { EventMention, GeoMention, PersonMention } from "../../mentions.ts";
import { forward, type EnDateMention } from "./dates.ts";
import type { EnglishLexicon } from "./lexicon.ts";
import type { ArticlePeople, PluralRef } from "./people.ts";
import type { EnSentence, EnToken } from "./tokens.ts";
import { findTriggers, isBackReference, type Trigger } from "./triggers.ts";

export interface SentenceFindings {
  sentence: EnSentence;
  persons: PersonMention[];
  geos: GeoMention[];
  dates: EnDateMention[];
  plurals: PluralRef[];
  dateline: number;
}

export interface EventContext {
  lex: EnglishLexicon;
  people: ArticlePeople;
  published: string | null;
}

const LIGHT_VERBS = new Set(["hold", "have", "pay", "make", "conduct", "holding", "paying"]);
/** Words after which a place or date belongs to something else ("… since Baku's offensive in Karabakh last week"). */
const SCOPE_BREAKERS = new Set([
  "since",
  "after",
  "before",
  "amid",
  "following",
  "over",
  "against",
  "about",
  "regarding",
  "concerning",
  "despite",
  "during",
  "focused",
  "aimed",
  "which",
  "that",
]);
const DESTINATION_CUES = new Set(["to", "in", "into", "at", "for"]);
const ADVERBIAL = new Set(["in", "during"]);
const TRILATERAL = new Set(["trilateral", "three-way", "tripartite", "three-party"]);

/** Where the trigger's own phrase ends, for its place and date. */
function scopeEnd(lex: EnglishLexicon, toks: readonly EnToken[], t: Trigger): number {
  for (let j = t.to; j < t.end; j++) {
    const b = toks[j]!.base;
    // ", an Israeli official said Monday": the date of the report, not of the meeting.
    if (SCOPE_BREAKERS.has(b) || (lex.reportingVerbs.has(b) && j > t.to)) return j;
  }
  return t.end;
}

/** Where attendees start ("also attended by", "in the presence of"): they are present, not partners. */
function attendanceFrom(lex: EnglishLexicon, toks: readonly EnToken[], from: number, to: number): number {
  for (let j = from; j < to; j++) {
    if (
      lex.attendanceCues.match(
        [toks[j]!.base],
        toks.slice(j + 1, j + 5).map((x) => x.base),
      )
    )
      return j;
  }
  return to;
}

/** The preposition before a geo mention, over "the". */
function prepositionBefore(toks: readonly EnToken[], g: GeoMention): string {
  const k = toks[g.from]?.base === "the" || toks[g.from - 1]?.base !== "the" ? g.from - 1 : g.from - 2;
  return toks[k]?.base ?? "";
}

/** Whether a planned marker stands just before the trigger, or a future time after it. */
function isPlanned(lex: EnglishLexicon, toks: readonly EnToken[], t: Trigger, clauseStart: number): boolean {
  const from = Math.max(clauseStart, t.from - 5);
  for (let j = from; j < t.from; j++) {
    const m = lex.plannedBefore.match(
      [toks[j]!.base],
      toks.slice(j + 1, j + 4).map((x) => x.base),
    );
    if (!m) continue;
    if (toks[j]!.base !== "to") return true;
    // "to" marks the infinitive only right before the verb ("to meet", "to hold talks").
    const next = toks[j + 1]?.base ?? "";
    if (j + 1 === t.from || (LIGHT_VERBS.has(next) && t.from - j <= 4)) return true;
  }
  for (let j = t.to; j < t.end; j++) {
    if (
      lex.plannedAfter.match(
        [toks[j]!.base],
        toks.slice(j + 1, j + 5).map((x) => x.base),
      )
    )
      return true;
  }
  return false;
}

function isNegated(lex: EnglishLexicon, toks: readonly EnToken[], t: Trigger, clauseStart: number): boolean {
  for (let j = Math.max(clauseStart, t.from - 3); j < t.from; j++)
    if (lex.negations.has(toks[j]!.base)) return true;
  return false;
}

/** The index of the first cue word ("with", "between", "by", "participation of") in [from, to), or -1. */
function cueIndex(lex: EnglishLexicon, toks: readonly EnToken[], from: number, to: number): number {
  for (let j = from; j < to; j++) {
    if (
      lex.participationCues.match(
        [toks[j]!.base],
        toks.slice(j + 1, j + 3).map((x) => x.base),
      )
    )
      return j;
  }
  return -1;
}

export function findEvents(
  f: SentenceFindings,
  ctx: EventContext,
  previous: readonly EventMention[],
): EventMention[] {
  const { lex, people } = ctx;
  const toks = f.sentence.tokens;
  const triggers = findTriggers(lex, toks, f.dateline);
  const events: EventMention[] = [];
  const inSpan = (m: { from: number }, a: number, b: number) => m.from >= a && m.from < b;
  const groupIds = (ref: PluralRef, exclude: number[]) => people.group(ref, exclude);
  let clauseStart = f.dateline;
  let previousTo = f.dateline;
  triggers.forEach((t, k) => {
    // Markers are read back to the previous trigger, not to its clause's end: "visit Moscow … to hold talks".
    const zoneStart = previousTo;
    const planned = isPlanned(lex, toks, t, previousTo);
    const negated = isNegated(lex, toks, t, Math.max(previousTo, clauseStart));
    clauseStart = t.end;
    previousTo = t.to;
    if (negated) return;
    const prevEvent = events[events.length - 1];
    const after = f.persons.filter((p) => inSpan(p, t.to, attendanceFrom(lex, toks, t.to, t.end)));
    const pluralsAfter = f.plurals.filter((r) => inSpan(r, t.to, t.end));
    // The subject: the nearest person before the trigger, unless that person was the object of the previous verb.
    const before = f.persons.filter((p) => p.to <= t.from);
    let subject: PersonMention | undefined = before[before.length - 1];
    const gap = toks.slice(subject ? subject.to : f.dateline, t.from);
    const relative = gap.some((x) => x.base === "who");
    const pronoun = gap.some((x) => lex.subjectPronouns.has(x.base));
    const pluralSubject = f.plurals.filter((r) => r.to <= t.from && (!subject || r.from >= subject.to)).pop();
    if (subject && prevEvent && !relative && [...prevEvent.others, ...prevEvent.hosts].includes(subject.id)) {
      subject = people.byId(prevEvent.agent ?? -1) ?? subject;
    }
    if (!subject && pronoun) subject = people.byId(lastAgent([...previous, ...events]) ?? -1);
    // "X and Y met": two subjects joined by "and" (and nothing else), nobody after.
    const coSubject = subject
      ? before.find((p) => {
          const gapWords = toks.slice(p.to, subject!.from);
          return (
            p.to < subject!.from &&
            gapWords.some((x) => x.base === "and") &&
            gapWords.every((x) => x.base === "and" || x.text === ",")
          );
        })
      : undefined;
    const cue = cueIndex(lex, toks, t.to, t.end);
    // "talks between X and Y", and "the meeting of X and Y lasted three hours".
    const ofList = t.noun && toks[t.to]?.base === "of" && after.filter((p) => p.from > t.to).length >= 2;
    const between = lex.between.has(toks[cue]?.base ?? "") || ofList;
    const needsCue = t.noun || (t.type === "Call" && cue >= 0);
    const partners = ofList ? after : needsCue ? after.filter((p) => cue >= 0 && p.from > cue) : after;

    let agent: number | null = null;
    let agentImplied = false;
    let others: number[] = [];
    let joint = false;
    if (between) {
      joint = true;
      others = [...partners.map((p) => p.id), ...pluralsAfter.flatMap((r) => groupIds(r, []))];
    } else if (t.passive) {
      const byIndex = toks.slice(t.to, t.end).findIndex((x) => x.base === "by");
      const by = byIndex < 0 ? undefined : after.find((p) => p.from > t.to + byIndex);
      if (!by || !subject) return;
      agent = by.id;
      others = [subject.id];
    } else if (pluralSubject && !pronoun) {
      joint = true;
      others = [...groupIds(pluralSubject, []), ...partners.map((p) => p.id)];
    } else if (coSubject && subject && partners.length === 0 && pluralsAfter.length === 0) {
      joint = true;
      others = [coSubject.id, subject.id];
    } else {
      if (subject) agent = subject.id;
      else agentImplied = pronoun || t.noun;
      others = [
        ...partners.map((p) => p.id),
        ...pluralsAfter.flatMap((r) => groupIds(r, agent === null ? [] : [agent])),
      ];
    }
    // "X told Y in a phone call", "X assured Y during talks": the two named before the adverbial noun.
    const adverbial =
      t.noun &&
      (ADVERBIAL.has(toks[t.from - 1]?.base ?? "") ||
        (["a", "an", "the"].includes(toks[t.from - 1]?.base ?? "") &&
          ADVERBIAL.has(toks[t.from - 2]?.base ?? "")));
    const zone = f.persons.filter((p) => p.to <= t.from && p.from >= zoneStart);
    if (adverbial && partners.length === 0 && !pluralSubject && zone.length >= 2) {
      joint = true;
      agent = null;
      agentImplied = false;
      others = zone.slice(-2).map((p) => p.id);
    }
    // "a trilateral meeting with the participation of X": X joins the pair that met before.
    if (t.noun && toks.slice(Math.max(0, t.from - 2), t.from).some((x) => TRILATERAL.has(x.base))) {
      const pair = [...previous, ...events].reverse().find((e) => e.joint && e.type === t.type);
      if (pair) {
        joint = true;
        agent = null;
        agentImplied = false;
        others = [...new Set([...pair.others, ...others])];
      }
    }
    if (t.noun && isBackReference(toks, t) && partners.length === 0 && !pluralSubject) return;

    const hosts = hostsIn(lex, toks, t, after);
    others = others.filter((o) => !hosts.includes(o) && o !== agent);
    const date = dateFor(lex, f, t, k, planned, ctx.published);
    const base = {
      sentence: f.sentence.index,
      from: t.from,
      to: t.end,
      start: toks[t.from]!.start,
      end: toks[Math.max(t.end, t.to) - 1]!.end,
      status: planned ? ("planned" as const) : ("held" as const),
      agent,
      agentImplied,
      hosts: t.type === "Visit" ? hosts : [],
      joint,
      date,
      duration: null,
      topics: [],
    };
    if (t.copula) {
      const where = destination(lex, toks, f, t);
      const country = subject ? people.country(subject.id) : null;
      if (!subject || subject.to !== t.from || !where || !country || country === where.code) return;
      if (people.isResident(subject.id)) return;
    }
    if (t.type === "Visit") {
      const sameSentence = events.find((e) => e.type === "Visit" && e.location && e.agent === agent);
      const location = destination(lex, toks, f, t) ?? sameSentence?.location ?? null;
      if (!location || (agent === null && !agentImplied)) return;
      events.push({ ...base, type: "Visit", others: [], location, mode: "in_person" });
      return;
    }
    if (others.length === 0 || (joint && others.length < 2)) return;
    const location = meetingPlace(lex, toks, f, t);
    events.push({ ...base, type: t.type, others, location, mode: t.mode });
  });
  return events;
}

function lastAgent(events: readonly EventMention[]): number | null {
  for (let k = events.length - 1; k >= 0; k--) {
    const a = events[k]!.agent;
    if (a !== null) return a;
  }
  return null;
}

/** "at the invitation of X", "hosted by X": the hosts of a visit. */
function hostsIn(
  lex: EnglishLexicon,
  toks: readonly EnToken[],
  t: Trigger,
  after: readonly PersonMention[],
): number[] {
  const hosts: number[] = [];
  for (let j = t.to; j < t.end; j++) {
    const m = lex.invitation.match(
      [toks[j]!.base],
      toks.slice(j + 1, j + 4).map((x) => x.base),
    );
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
function destination(
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
    return direct || DESTINATION_CUES.has(prepositionBefore(toks, g));
  });
  if (!found) return null;
  const next = f.geos.find((g) => g.from === found.to && g.kind === "place" && g.code === found.code);
  return found.kind === "country" && toks[found.to - 1]?.possessive && next ? next : found;
}

/** "in Baku", or "Yerevan, where … he met": the place of a meeting, if the sentence says it. */
function meetingPlace(
  lex: EnglishLexicon,
  toks: readonly EnToken[],
  f: SentenceFindings,
  t: Trigger,
): GeoMention | null {
  const end = scopeEnd(lex, toks, t);
  const inside = f.geos.find(
    (g) => g.from > t.to && g.from < end && g.kind !== "demonym" && prepositionBefore(toks, g) === "in",
  );
  if (inside) return inside;
  // "In Amman, he held talks with …": a place opening the sentence.
  const opening = f.geos.find((g) => g.to < t.from && prepositionBefore(toks, g) === "in" && g.from <= 2);
  if (opening && toks[opening.to]?.text === "," && opening.kind !== "demonym") return opening;
  const where = toks.slice(0, t.from).findLastIndex((x) => x.base === "where");
  if (where < 0) return null;
  return f.geos.filter((g) => g.to <= where && g.kind !== "demonym").pop() ?? null;
}

function dateFor(
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
