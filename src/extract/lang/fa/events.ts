// Events of one Persian sentence from its triggers. Persian is verb-final: the subject opens the clause, the other
// side follows "با" ("X با Y دیدار کرد"), the one received follows "از" ("X از Y استقبال کرد"), a destination
// follows "به" or a verb of motion ("به X سفر کرد", "عازم X شد"), and a relative clause ("Y که … راهی X شده است")
// has the name before "که" as its subject.
import { CLAUSE_ENDS, COMMAS } from "../../text/chars.ts";
import { accompanyingVisit } from "../../accompanying.ts";
import type { DateMention, EventMention, GeoMention, PersonMention } from "../../mentions.ts";
import type { Sentence } from "../../text/tokenize.ts";
import type { PersianLexicon } from "./lexicon.ts";
import { findTriggers, type Trigger } from "./triggers.ts";

export interface SentenceFinds {
  sentence: Sentence;
  persons: PersonMention[];
  geos: GeoMention[];
  dates: DateMention[];
}

const QUOTES = new Set(["\u00ab", '"', "\u201c"]);

/** The people of a phrase that starts at token `at`: the one there and those joined to it by "و" or a comma. */
function chainFrom(
  persons: readonly PersonMention[],
  norms: readonly string[],
  at: number,
  lex: PersianLexicon,
): PersonMention[] {
  const out: PersonMention[] = [];
  let next = at;
  for (;;) {
    if (QUOTES.has(norms[next] ?? "")) next++;
    const p =
      persons.find((q) => q.from === next && q.counterpart === false) ?? persons.find((q) => q.from === next);
    if (!p) return out;
    // Counterparts of several countries told in one phrase are one role each over the same words: all of them.
    if (p.counterpart)
      out.push(...persons.filter((q) => q.from === p.from && q.to === p.to && q.counterpart));
    else out.push(p);
    next = p.to;
    if (QUOTES.has(norms[next] ?? "") || norms[next] === "\u00bb") next++;
    if (!lex.conjunctions.has(norms[next] ?? "") && !COMMAS.has(norms[next] ?? "")) return out;
    // "X، رئیس‌جمهور روسیه، و Y": a comma that closes an apposition, then the "و" of the list.
    if (COMMAS.has(norms[next] ?? "") && lex.conjunctions.has(norms[next + 1] ?? "")) next++;
    next++;
  }
}

/**
 * The nearest postposition of a set to the trigger: right after it ("دیدار با X"), after the people named
 * after the noun ("دیدار X وزیر … با Y"), or before it in the clause ("X با Y دیدار کرد").
 */
function markerNear(
  words: ReadonlySet<string>,
  verbs: ReadonlySet<string>,
  s: SentenceFinds,
  norms: readonly string[],
  t: Trigger,
  clauseStart: number,
): number | null {
  let k = t.to;
  for (let p = s.persons.find((q) => q.from === k); p; p = s.persons.find((q) => q.from === k)) k = p.to;
  // "دیدار دوجانبه خود را با X": an adjective, the reflexive and the object marker may stand before "با";
  // a verb ends the clause ("با X دیدار کرد و با قدردانی از …": that "با" is the next clause's).
  for (let j = k; j < k + MARKER_REACH; j++) {
    if (words.has(norms[j] ?? "")) return j;
    if (PUNCTUATION.has(norms[j] ?? "") || verbs.has(norms[j] ?? "")) break;
  }
  for (let j = t.from - 1; j >= clauseStart; j--) if (words.has(norms[j] ?? "")) return j;
  return null;
}

/** How far after a noun of meeting its "با" may stand, and what ends that search. */
const MARKER_REACH = 5;
const PUNCTUATION = new Set([...CLAUSE_ENDS, ...COMMAS, ":"]);

/** Where the trigger's clause starts: after a semicolon or a dot that did not end the sentence. */
function clauseStart(norms: readonly string[], t: Trigger): number {
  for (let k = t.from - 1; k > 0; k--) if (CLAUSE_ENDS.has(norms[k] ?? "")) return k + 1;
  return 0;
}

function reciprocal(lex: PersianLexicon, norms: readonly string[], from: number, to: number): boolean {
  for (let k = from; k < to; k++)
    if (lex.reciprocal.match([norms[k] ?? ""], norms.slice(k + 1, k + 4))) return true;
  return false;
}

/** A destination: a place or country after "به" / "عازم" / "راهی" / "وارد", near the trigger. */
function destination(
  lex: PersianLexicon,
  s: SentenceFinds,
  t: Trigger,
  norms: readonly string[],
): GeoMention | null {
  // "سفر به X", "سفر ماه گذشته به X": the preposition may come after a few words of time, and after the one
  // who travels with an apposition of theirs ("سفر X، صدراعظم پیشین آلمان، به سمرقند").
  let after = t.kind === "motion" ? t.to : -1;
  const from = t.kind === "motion" ? t.to : pastOwner(s, norms, t.to);
  for (let k = from; after < 0 && k < from + 4 && !s.geos.some((g) => g.from === k); k++)
    if (lex.toWords.has(norms[k] ?? "")) after = k + 1;
  const skipWord = (k: number) => (lex.placeCues.has(norms[k] ?? "") ? k + 1 : k);
  const direct = s.geos.find((g) => after >= 0 && g.from === skipWord(after) && g.kind !== "demonym");
  if (direct) return direct;
  // "به دوحه سفر کرد", "به شهر آستانه رفته‌اند": "به" and a place before the trigger.
  return (
    [...s.geos]
      .reverse()
      .find(
        (g) => g.to <= t.from && t.from - g.to <= 2 && g.kind !== "demonym" && afterTo(lex, s, norms, g),
      ) ?? null
  );
}

/** How far an apposition after a name may reach before its closing comma. */
const APPOSITION_REACH = 8;

/** Past the person named right after a noun and the apposition set off by commas after them, or `at` itself. */
function pastOwner(s: SentenceFinds, norms: readonly string[], at: number): number {
  const owner = s.persons.find((p) => p.from === at);
  if (!owner) return at;
  if (!COMMAS.has(norms[owner.to] ?? "")) return owner.to;
  for (let k = owner.to + 1; k < owner.to + APPOSITION_REACH && k < norms.length; k++)
    if (COMMAS.has(norms[k] ?? "")) return k + 1;
  return owner.to;
}

/**
 * Whether "به" leads to the place: right before it, or before a place cue and one word the gazetteer does not
 * know, the city its country follows ("به شهر X ترکیه سفر کرد", "به شهر X در شمال ترکیه سفر کرد").
 */
function afterTo(lex: PersianLexicon, s: SentenceFinds, norms: readonly string[], g: GeoMention): boolean {
  let k = g.from - 1;
  if (lex.placeCues.has(norms[k] ?? "")) k--;
  if (lex.toWords.has(norms[k] ?? "")) return true;
  // "در شمال ترکیه": where in the country the city named before it lies.
  let region = g.from - 1;
  if (lex.regionWords.has(norms[region] ?? "")) region--;
  if (region < g.from - 1 || lex.inWords.has(norms[region] ?? "")) {
    if (!lex.inWords.has(norms[region] ?? "")) return false;
    k = region - 1;
  }
  const unknown = (j: number) =>
    !s.geos.some((x) => x.from <= j && j < x.to) && !s.persons.some((p) => p.from <= j && j < p.to);
  if (!unknown(k)) return false;
  k--;
  if (lex.placeCues.has(norms[k] ?? "")) k--;
  return lex.toWords.has(norms[k] ?? "");
}

/** The subject of a relative clause: "Y که … راهی X شده است". */
function relativeSubject(
  lex: PersianLexicon,
  s: SentenceFinds,
  norms: readonly string[],
  t: Trigger,
): PersonMention | null {
  for (let k = t.from - 1; k > 0; k--) {
    if (!lex.relativeMarkers.has(norms[k] ?? "")) continue;
    return s.persons.find((p) => p.to === k) ?? null;
  }
  return null;
}

function eventOf(
  s: SentenceFinds,
  t: Trigger,
  parts: { agent: PersonMention | null; others: PersonMention[]; hosts?: PersonMention[]; joint?: boolean },
  location: GeoMention | null,
): EventMention {
  const first = s.sentence.tokens[t.from];
  const last = s.sentence.tokens[t.to - 1];
  return {
    sentence: s.sentence.index,
    from: t.from,
    to: t.to,
    start: first?.start ?? s.sentence.start,
    end: last?.end ?? s.sentence.end,
    type: t.type,
    status: t.status,
    agent: parts.agent?.id ?? null,
    agentImplied: parts.agent === null,
    others: parts.others.map((p) => p.id).filter((id) => id !== parts.agent?.id),
    hosts: (parts.hosts ?? []).map((p) => p.id),
    joint: parts.joint ?? false,
    location,
    date: s.dates[0] ?? null,
    duration: null,
    mode: t.type === "Call" ? "phone" : t.type === "Meeting" ? "in_person" : null,
    topics: [],
  };
}

/** The place of a meeting: a place named after "در" in the sentence ("در آلاسکا", "در کابل"). */
function venue(lex: PersianLexicon, s: SentenceFinds, norms: readonly string[]): GeoMention | null {
  return s.geos.find((g) => g.kind === "place" && lex.inWords.has(norms[g.from - 1] ?? "")) ?? null;
}

interface Sides {
  start: number;
  /** The other side: after "با" (after "از" for a reception), or before "را". */
  others: PersonMention[];
  /** The subject: the first people of the clause, or those named between the noun and "با". */
  subject: PersonMention[];
  /** People named right after the noun when no postposition names the other side ("دیدار X و Y"). */
  named: PersonMention[];
  /** "از سوی X … مورد استقبال قرار گرفت": the other side received the subject, not the other way round. */
  passive: boolean;
}

function sidesOf(lex: PersianLexicon, s: SentenceFinds, t: Trigger, norms: readonly string[]): Sides {
  const start = clauseStart(norms, t);
  const marker = markerNear(
    t.kind === "reception" ? lex.fromWords : lex.withWords,
    lex.heldVerbs,
    s,
    norms,
    t,
    start,
  );
  // "از سوی X مورد استقبال قرار گرفت": the one who received stands after "از سوی".
  const by = marker !== null && lex.byNouns.has(norms[marker + 1] ?? "") ? 1 : 0;
  let others = marker === null ? [] : chainFrom(s.persons, norms, marker + 1 + by, lex);
  // "X، Y را به حضور پذیرفت": the one received stands before the object marker.
  if (others.length === 0 && t.kind === "reception") {
    const k = norms.findIndex((w, j) => j >= start && j < t.from && lex.objectMarkers.has(w));
    others = s.persons.filter((p) => k > 0 && (p.to === k || withDelegation(lex, norms, p.to, k)));
  }
  const limit = marker !== null && marker < t.from ? marker : t.from;
  const before = s.persons.filter((p) => p.from >= start && p.to <= limit && !others.includes(p));
  // "دیدار X با Y": the one named between the noun and "با" is the subject.
  const genitive =
    marker !== null && marker > t.to ? s.persons.filter((p) => p.from >= t.to && p.to <= marker) : [];
  const subject =
    genitive.length > 0 ? genitive : before[0] ? chainFrom(s.persons, norms, before[0].from, lex) : [];
  // "مورد استقبال رسمی X": an adjective of the noun may stand before the one named after it.
  let after = t.to;
  while (lex.eventAdjectives.has(norms[after] ?? "")) after++;
  const named = others.length === 0 ? chainFrom(s.persons, norms, after, lex) : [];
  return { start, others, subject, named, passive: by === 1 };
}

/** "X و هیئت همراه را پذیرفت": between the one received and "را", only "و" and their delegation. */
function withDelegation(
  lex: PersianLexicon,
  norms: readonly string[],
  from: number,
  marker: number,
): boolean {
  return (
    marker - from >= 2 &&
    marker - from <= 3 &&
    lex.conjunctions.has(norms[from] ?? "") &&
    lex.delegationNouns.has(norms[from + 1] ?? "")
  );
}

function meetingEvents(
  lex: PersianLexicon,
  s: SentenceFinds,
  t: Trigger,
  norms: readonly string[],
): EventMention[] {
  const { start, others, subject, named, passive } = sidesOf(lex, s, t, norms);
  // "دعوت را پذیرفت", "دعوت X را پذیرفت" accepted something: "پذیرفت" receives only someone named before "را"
  // who completes no invitation.
  const invitedBy = (p: PersonMention) => lex.invitation.match([norms[p.from - 1] ?? ""], []) !== null;
  if (lex.receptionVerbs.has(norms[t.from] ?? "") && (others.length === 0 || others.some(invitedBy)))
    return [];
  const where = venue(lex, s, norms);
  // "دیدار X و Y", "X و Y با یکدیگر دیدار کردند": everyone named takes part together.
  if (named.length >= 2) return [eventOf(s, t, { agent: null, others: named, joint: true }, where)];
  // "X … مورد استقبال Y قرار گرفت", "X در دیدار Y": the one named after the noun is the other side.
  if (named.length === 1 && subject.length > 0)
    return [eventOf(s, t, { agent: subject[0] ?? null, others: named }, where)];
  // "X و همسرش Y … از Z استقبال کردند": a subject of several, all with the other side.
  if (others.length > 0 && subject.length >= 2)
    return [eventOf(s, t, { agent: null, others: [...subject, ...others], joint: true }, where)];
  const together = subject.length >= 2 || reciprocal(lex, norms, start, t.from);
  if (others.length === 0 && together && subject.length > 0)
    return [eventOf(s, t, { agent: subject[0] ?? null, others: subject.slice(1), joint: true }, where)];
  if (others.length === 0 && (t.anaphoric || subject.length === 0)) return [];
  const agent = subject[0] ?? null;
  const out = [eventOf(s, t, { agent, others }, where)];
  // A reception in a city: the ones received came there.
  const city = s.geos.find((g) => g.kind === "place");
  if (t.kind === "reception" && t.status === "held" && agent && city && !passive)
    for (const o of others)
      out.push(eventOf(s, { ...t, type: "Visit" }, { agent: o, others: [], hosts: [agent] }, city));
  return out;
}

/** "هیئتی به رهبری X … سفر کرده است": the one named after the cue heads the delegation that travels. */
function headOfDelegation(
  lex: PersianLexicon,
  s: SentenceFinds,
  norms: readonly string[],
  from: number,
  to: number,
): PersonMention | undefined {
  for (let k = from; k < to; k++) {
    const m = lex.delegationHeads.match([norms[k] ?? ""], norms.slice(k + 1, k + 3));
    if (m) return s.persons.find((p) => p.from === k + m.length && p.to <= to);
  }
  return undefined;
}

function visitEvents(
  lex: PersianLexicon,
  s: SentenceFinds,
  t: Trigger,
  norms: readonly string[],
): EventMention[] {
  const where = destination(lex, s, t, norms);
  // "وارد فرودگاه بین‌المللی … شد": an arrival at an airport the text does not place is to where the article was
  // filed (read when the article is put together), for a foreign visitor only.
  const atAirport = !where && t.kind === "motion" && lex.arrivalFacilities.has(norms[t.to] ?? "");
  if ((!where && !atAirport) || t.anaphoric) return [];
  const start = clauseStart(norms, t);
  const relative = relativeSubject(lex, s, norms, t);
  const after = t.kind === "visit" ? s.persons.find((p) => p.from === t.to) : undefined;
  const subject = s.persons.filter((p) => p.from >= start && p.to <= t.from && !p.counterpart)[0];
  const agent = relative ?? after ?? headOfDelegation(lex, s, norms, start, t.from) ?? subject ?? null;
  const invited = s.sentence.tokens.findIndex(
    (_, k) => k < t.from && lex.invitation.match([norms[k] ?? ""], norms.slice(k + 1, k + 3)),
  );
  const hosts =
    invited < 0
      ? []
      : chainFrom(s.persons, norms, invited + 1, lex).concat(chainFrom(s.persons, norms, invited + 2, lex));
  const visit = eventOf(s, t, { agent, others: [], hosts }, where);
  if (atAirport) visit.atDateline = true;
  // "X در رأس هیئتی شامل Y و Z وارد … شد", "X به همراه Y …": those named after the cue made the same journey.
  const cue = norms.findIndex(
    (_, k) =>
      k >= start && k < t.from && lex.companionCues.match([norms[k] ?? ""], norms.slice(k + 1, k + 3)),
  );
  const companions = s.persons.filter(
    (p) => cue >= 0 && p.from > cue && p.to <= t.from && p !== agent && !hosts.includes(p),
  );
  const travel = (p: PersonMention) => accompanyingVisit(visit, p.id, visit);
  return agent === null ? [visit] : [visit, ...companions.map(travel)];
}

/** Two event words over the same people in one sentence are one act: "در تماس تلفنی با X … مورد رایزنی قرار داد". */
function sameAct(a: EventMention, b: EventMention): boolean {
  const people = (e: EventMention) => [e.agent, ...e.others].sort().join(",");
  return a.type !== "Visit" && b.type !== "Visit" && a.others.length > 0 && people(a) === people(b);
}

export function findEvents(s: SentenceFinds, lex: PersianLexicon): EventMention[] {
  const norms = s.sentence.tokens.map((t) => t.norm);
  const inNames = new Set(
    s.persons.flatMap((p) => Array.from({ length: p.to - p.from }, (_, k) => p.from + k)),
  );
  const out: EventMention[] = [];
  for (const t of findTriggers(s.sentence, lex, inNames)) {
    const found = t.type === "Visit" ? visitEvents(lex, s, t, norms) : meetingEvents(lex, s, t, norms);
    for (const e of found) if (!out.some((o) => sameAct(o, e))) out.push(e);
  }
  return out;
}
