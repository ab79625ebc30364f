// Reads who, whom, where and when of each event trigger in an English sentence: subjects before the verb, partners after it, "by" in the passive.
import type { EventMention, PersonMention } from "../../mentions.ts";
import {
  attendanceFrom,
  cueIndex,
  dateFor,
  destination,
  hostsIn,
  isNegated,
  isPlanned,
  lastAgent,
  meetingPlace,
  type SentenceFindings,
} from "./event-parts.ts";
import type { EnglishLexicon } from "./lexicon.ts";
import type { ArticlePeople, PluralRef } from "./people.ts";
import { durationIn, topicsIn } from "./event-details.ts";
import { phraseAt } from "./phrase-at.ts";
import { findTriggers, isBackReference, mainClauseSubject } from "./triggers.ts";

export type { SentenceFindings } from "./event-parts.ts";

export interface EventContext {
  lex: EnglishLexicon;
  people: ArticlePeople;
  published: string | null;
}

const ADVERBIAL = new Set(["in", "during"]);
const TRILATERAL = new Set(["trilateral", "three-way", "tripartite", "three-party"]);

export function findEvents(
  f: SentenceFindings,
  ctx: EventContext,
  previous: readonly EventMention[],
): EventMention[] {
  const { lex, people } = ctx;
  const toks = f.sentence.tokens;
  const inNames = new Set<number>();
  for (const o of f.orgs ?? []) for (let j = o.from; j < o.to; j++) if (toks[j]?.cap) inNames.add(j);
  const triggers = findTriggers(lex, toks, f.dateline, inNames);
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
    const before = f.persons.filter((p) => p.to <= t.from);
    // "At the start of meetings with X, Y said …": the main clause's subject, after the fronted phrase, is the one who met.
    const mainSubject =
      t.noun && before.length === 0 ? mainClauseSubject(lex, toks, f.persons, t) : undefined;
    const partnersEnd = mainSubject?.from ?? attendanceFrom(lex, toks, t.to, t.end);
    // '"… the leaders met," spokesperson X tweeted': the one who reports is no partner.
    const reporter = (p: PersonMention) => lex.reportingVerbs.has(toks[p.to]?.base ?? "");
    const after = f.persons.filter((p) => inSpan(p, t.to, partnersEnd) && !reporter(p));
    // "met with X, and the two ministers discussed …", "During the meeting with X, they …": a group after the
    // partners is the pair itself, not more people.
    const pluralsAfter = f.plurals.filter(
      (r) => inSpan(r, t.to, t.end) && !after.some((p) => p.to <= r.from),
    );
    // The subject: the nearest person before the trigger, unless that person was the object of the previous verb.
    let subject: PersonMention | undefined = mainSubject ?? before[before.length - 1];
    const gap = toks.slice(subject ? subject.to : f.dateline, t.from);
    const relative = gap.some((x) => x.base === "who");
    const pronoun = gap.some((x) => lex.subjectPronouns.has(x.base));
    const pluralSubject = f.plurals.filter((r) => r.to <= t.from && (!subject || r.from >= subject.to)).pop();
    if (subject && prevEvent && !relative && [...prevEvent.others, ...prevEvent.hosts].includes(subject.id)) {
      subject = people.byId(prevEvent.agent ?? -1) ?? subject;
    }
    // "Rutte told reporters … He is due to travel …": a pronoun opening the sentence is the one who opened the
    // sentence before (named), else the last one who acted.
    const opener = people.inSentence(f.sentence.index - 1).find((p) => p.from <= 1);
    const pronounFirst = lex.subjectPronouns.has(toks[f.dateline]?.base ?? "");
    if (!subject && pronoun && pronounFirst && opener?.name) subject = opener;
    if (!subject && pronoun) subject = people.byId(lastAgent(events) ?? lastAgent(previous) ?? -1);
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
    // "the meeting of the SCO Council of Heads of State": a body's session, not a meeting of two people.
    if (t.noun && t.type === "Meeting" && toks[t.to]?.base === "of") {
      const k = toks[t.to + 1]?.base === "the" ? t.to + 2 : t.to + 1;
      if (toks[k]?.cap && !f.persons.some((p) => p.from <= k && k < p.to)) return;
    }
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
      // "the summit, hosted by X": the participle is said of the word before it, here no person.
      if (t.reduced && subject.to < t.from - 1) return;
      agent = by.id;
      others = [subject.id];
      // "received by A, B and by C": the others listed after the first received the guest too, all in one event.
      const fellowHosts = listAfter(lex, toks, after, by);
      if (fellowHosts.length > 0) {
        joint = true;
        agent = null;
        others = [by.id, ...fellowHosts, subject.id];
      }
    } else if (pluralSubject && !pronoun) {
      joint = true;
      others = [...groupIds(pluralSubject, []), ...partners.map((p) => p.id)];
    } else if (
      coSubject &&
      subject &&
      t.type !== "Visit" &&
      partners.length === 0 &&
      pluralsAfter.length === 0
    ) {
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
      const isPair = (e: EventMention) => e.joint && e.type === t.type;
      const pair = events.findLast(isPair) ?? previous.findLast(isPair);
      if (pair) {
        joint = true;
        agent = null;
        agentImplied = false;
        others = [...new Set([...pair.others, ...others])];
      }
    }
    if (t.noun && isBackReference(lex, toks, t) && partners.length === 0 && !pluralSubject) return;

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
      duration: durationIn(lex, toks, t.to, triggers[k + 1]?.from ?? toks.length, t.from),
      topics: topicsIn(lex, toks, t.to, triggers[k + 1]?.from ?? toks.length),
    };
    if (t.copula) {
      const where = destination(lex, toks, f, t);
      const country = subject ? people.country(subject.id) : null;
      if (!subject || subject.to !== t.from || !where || !country || country === where.code) return;
      if (people.isResident(subject.id)) return;
    }
    if (t.type === "Visit") {
      const sameSentence = events.find((e) => e.type === "Visit" && e.location && e.agent === agent);
      const location =
        destination(lex, toks, f, t) ??
        sameSentence?.location ??
        partnersLand(lex, toks, f, t, agent, events, people) ??
        arrivalAfterMeeting(f, t, agent, previous, people) ??
        null;
      if (!location || (agent === null && !agentImplied)) return;
      events.push({ ...base, type: "Visit", others: [], location, mode: "in_person" });
      // "A, B and C arrived in Astana": each of a list of subjects made the journey. "X arrived accompanied by Y": the
      // ones who came with the visitor visited too.
      const fellows = agent === null || t.passive ? [] : listBefore(lex, toks, f.persons, subject);
      for (const id of [...fellows, ...companions(lex, toks, f, t)])
        events.push({
          ...base,
          type: "Visit",
          agent: id,
          agentImplied: false,
          others: [],
          location,
          mode: "in_person",
        });
      return;
    }
    if (others.length === 0 || (joint && others.length < 2)) return;
    const location = meetingPlace(lex, toks, f, t);
    events.push({ ...base, type: t.type, others, location, mode: t.mode });
  });
  return events;
}

/**
 * "X met his Kenyan counterpart Y during his official visit": a visit with no place, told inside a meeting of the
 * same agent, went to the country of the one met, when the sentence names that country.
 */
function partnersLand(
  lex: EventContext["lex"],
  toks: SentenceFindings["sentence"]["tokens"],
  f: SentenceFindings,
  t: { from: number },
  agent: number | null,
  events: readonly EventMention[],
  people: ArticlePeople,
): EventMention["location"] {
  const own = [toks[t.from - 1], toks[t.from - 2]].some((x) => x && lex.possessivePronouns.has(x.base));
  if (!own || agent === null) return null;
  const home = people.country(agent);
  const meeting = events.find((e) => e.type === "Meeting" && e.agent !== null && people.same(e.agent, agent));
  const abroad = (meeting?.others ?? []).map((id) => people.country(id)).find((c) => c && c !== home);
  return (abroad && f.geos.find((g) => g.code === abroad)) || null;
}

/** How many sentences back an arrival with no place looks for the meeting that says where it was. */
const ARRIVAL_REACH = 5;

/** The people after "accompanied by" in a journey's clause. */
function companions(
  lex: EventContext["lex"],
  toks: SentenceFindings["sentence"]["tokens"],
  f: SentenceFindings,
  t: { to: number; end: number },
): number[] {
  for (let j = t.to; j < t.end; j++) {
    const cue = phraseAt(lex.companionCues, toks, j, j + 3);
    if (cue) return f.persons.filter((p) => p.from >= j + cue.length && p.from < t.end).map((p) => p.id);
  }
  return [];
}

/**
 * "X met Y in Caracas. … X arrived at the palace": an arrival with no place, told a few sentences after a meeting of
 * the same person in a place abroad, was the journey to that place.
 */
function arrivalAfterMeeting(
  f: SentenceFindings,
  t: { from: number },
  agent: number | null,
  previous: readonly EventMention[],
  people: ArticlePeople,
): EventMention["location"] {
  if (agent === null) return null;
  const here = f.sentence.index;
  // The events so far are in sentence order: look back only over the last ARRIVAL_REACH sentences.
  for (let k = previous.length - 1; k >= 0; k--) {
    const e = previous[k];
    if (!e || e.sentence < here - ARRIVAL_REACH) break;
    if (e.type !== "Meeting" || e.status !== "held" || e.location === null) continue;
    if ([e.agent, ...e.others].some((id) => id !== null && people.same(id, agent))) return e.location;
  }
  return null;
}

/** The people listed before a subject, joined to it by commas and "and" only ("A, B, and C"). */
function listBefore(
  lex: EventContext["lex"],
  toks: SentenceFindings["sentence"]["tokens"],
  persons: readonly PersonMention[],
  subject: PersonMention | undefined,
): number[] {
  const out: number[] = [];
  let head = subject;
  while (head) {
    const from = head.from;
    const prev = persons.findLast((p) => p.to <= from);
    if (!prev || prev.to === from) break;
    const gap = toks.slice(prev.to, from);
    if (!gap.every((x) => lex.listGlue.has(x.text) || lex.listGlue.has(x.base))) break;
    out.push(prev.id);
    head = prev;
  }
  return out;
}

/** The people listed after a person, joined by commas, "and" and "by" only ("A, B, and by C"). */
function listAfter(
  lex: EventContext["lex"],
  toks: SentenceFindings["sentence"]["tokens"],
  after: readonly PersonMention[],
  first: PersonMention,
): number[] {
  const out: number[] = [];
  let last = first;
  for (const p of after) {
    if (p.from < last.to) continue;
    if (!toks.slice(last.to, p.from).every((x) => lex.listGlue.has(x.base) || lex.listGlue.has(x.text)))
      break;
    out.push(p.id);
    last = p;
  }
  return out;
}
