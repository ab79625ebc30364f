// Finds visits, meetings, calls and statements in an Arabic sentence: a trigger word, then who, whom, where and when.
import type { EventType } from "../../../domain/types.ts";
import type { DateMention, EventMention, GeoMention, PersonMention } from "../../mentions.ts";
import type { Sentence, Token } from "../../text/tokenize.ts";
import type { ArabicLexicon } from "./lexicon.ts";
import { forms, readings } from "./morphology.ts";
import { AGENT_REACH, subjectOf } from "./subject.ts";

interface Trigger {
  type: EventType;
  from: number;
  to: number;
  /** A noun with a possessive ending ("زيارته", "لقائه"): the agent is someone named elsewhere. */
  possessive: boolean;
  noun: boolean;
  /** "التقيت X" in a quotation: the speaker met X. */
  firstPerson?: boolean;
  /** "واستقبله الرئيس X": the one met is a pronoun on the verb. */
  objectPronoun?: boolean;
}

const norms = (toks: readonly Token[]): string[] => toks.map((t) => t.norm);

const POSSESSIVE = /(ه|ها|هما|هم)$/;
const DEMONSTRATIVES = new Set(["هذه", "هذا", "تلك", "ذلك", "هذين", "هاتين"]);
/** How far after a summit noun "بين" may stand ("قمة مصرية عراقية أردنية بين"). */
const SUMMIT_REACH = 5;

export interface SentenceFindings {
  sentence: Sentence;
  persons: PersonMention[];
  geos: GeoMention[];
  dates: DateMention[];
}

function triggerAt(lex: ArabicLexicon, toks: readonly Token[], i: number): Trigger | null {
  const tok = toks[i];
  if (!tok || tok.punct) return null;
  const rest = toks.slice(i + 1, i + 4).map((t) => t.norm);
  const call = lex.callPhrases.match(forms(tok.norm), rest);
  if (call) return { type: "Call", from: i, to: i + call.length, possessive: false, noun: true };
  const agreement = lex.agreementWords.match(forms(tok.norm), rest);
  if (agreement)
    return { type: "Agreement", from: i, to: i + agreement.length, possessive: false, noun: false };
  // Verbs take only the conjunctions و ف; nouns any clitic ("بلقاء", "خلال لقائه", "للمحادثات").
  // A word right after a preposition is a noun: "في حل الأزمة" is solving, not "حلّ" (arrived).
  const afterPreposition = lex.prepositions.has(toks[i - 1]?.norm ?? "");
  const verbForms = afterPreposition
    ? []
    : readings(tok.norm)
        .filter((r) => r.prefix === "" || r.prefix === "و" || r.prefix === "ف")
        .map((r) => r.word);
  const nounForms = forms(tok.norm);
  const verb = (set: Set<string>) => verbForms.some((f) => set.has(f));
  const noun = (set: Set<string>) => nounForms.some((f) => set.has(f));
  // On the written word: a folded ta marbuta (زيارة) would look like the pronoun ه (زيارته).
  const possessive = POSSESSIVE.test(tok.text) && tok.text.length > 4;
  // "خلال هذه الرحلة": a noun after a demonstrative points back at an event already told.
  if (DEMONSTRATIVES.has(toks[i - 1]?.norm ?? "")) return null;
  // "استقبله", "واستقبلها": a meeting verb carrying its object as a pronoun (listed or not). Read on the written
  // word: a folded ta marbuta looks like the pronoun ("جمعة", a name, is no "جمع" + "ه").
  const objectPronoun = verbForms.some((f) =>
    lex.objectPronouns.some(
      (p) => f.endsWith(p) && tok.text.endsWith(p) && lex.meetingVerbs.has(f.slice(0, -p.length)),
    ),
  );
  if (objectPronoun || verb(lex.meetingVerbs))
    return { type: "Meeting", from: i, to: i + 1, possessive: false, noun: false, objectPronoun };
  if (verb(lex.firstPersonMeetingVerbs))
    return { type: "Meeting", from: i, to: i + 1, possessive: false, noun: false, firstPerson: true };
  if (noun(lex.meetingNouns)) return { type: "Meeting", from: i, to: i + 1, possessive, noun: true };
  // "قمة ثلاثية بين …": a summit is a meeting only of those it is said to be between.
  if (noun(lex.summitNouns) && toks.slice(i + 1, i + 1 + SUMMIT_REACH).some((t) => lex.between.has(t.norm)))
    return { type: "Meeting", from: i, to: i + 1, possessive: false, noun: true };
  if (verb(lex.visitVerbs)) return { type: "Visit", from: i, to: i + 1, possessive: false, noun: false };
  if (noun(lex.visitNouns)) return { type: "Visit", from: i, to: i + 1, possessive, noun: true };
  if (verb(lex.statementVerbs))
    return { type: "Statement", from: i, to: i + 1, possessive: false, noun: false };
  return null;
}

/**
 * Triggers of one sentence; neighbours of the same type with no person between them are one trigger
 * ("عُقد اجتماع", "عقد في وقت سابق اليوم جلسة مباحثات").
 */
function triggers(
  lex: ArabicLexicon,
  toks: readonly Token[],
  persons: readonly PersonMention[],
  geos: readonly GeoMention[],
): Trigger[] {
  const out: Trigger[] = [];
  for (let i = 0; i < toks.length; i++) {
    // A word inside someone's name or title is no trigger ("فيصل" is not ف + يصل).
    if (persons.some((p) => i >= p.from && i < p.to)) continue;
    const t = triggerAt(lex, toks, i);
    if (!t) continue;
    const last = out[out.length - 1];
    const between = (m: { from: number }) => !!last && m.from >= last.to && m.from < t.from;
    const personBetween =
      persons.some(between) || geos.some(between) || toks.slice(last?.to ?? 0, t.from).some((x) => x.punct);
    if (last && last.type === t.type && t.from - last.to <= 8 && !personBetween) {
      last.to = t.to;
      continue;
    }
    out.push(t);
    i = t.to - 1;
  }
  return out;
}

export function findEvents(f: SentenceFindings, lex: ArabicLexicon): EventMention[] {
  const toks = f.sentence.tokens;
  const found = triggers(lex, toks, f.persons, f.geos);
  const events: EventMention[] = [];
  found.forEach((trigger, k) => {
    let end = found[k + 1]?.from ?? toks.length;
    for (let j = trigger.to; j < end; j++) {
      if (readings(toks[j]?.norm ?? "").some((r) => lex.clauseBreakers.has(r.word))) {
        end = j;
        break;
      }
    }
    const inClause = (m: { from: number }) => m.from >= trigger.to && m.from < end;
    const after = f.persons.filter(inClause);
    const before = f.persons.filter((p) => p.to <= trigger.from);
    const between = toks
      .slice(trigger.to, Math.min(end, trigger.to + 6))
      .some((t) => lex.between.has(t.norm));
    // Planned: a marker just before or at the trigger ("من المقرر أن يلتقي", "سيزور").
    const window = 0;
    const planned = toks
      .slice(window, trigger.to)
      .some(
        (t, j) =>
          !!lex.plannedMarkers.match(forms(t.norm), norms(toks.slice(window + j + 1, window + j + 3))),
      );
    // "دعوة … لزيارة باكستان": an invitation to visit is a visit not yet made.
    // (Only "لزيارة", to visit: "تلبية لدعوة من X، في أول زيارة" is the visit made at that invitation.)
    const invited =
      /^ل/.test(toks[trigger.from]?.norm ?? "") &&
      toks
        .slice(Math.max(0, trigger.from - 10), trigger.from)
        .some((t, j, w) => !!lex.invitation.match(forms(t.norm), norms(w.slice(j + 1, j + 3))));
    // "حضر اللقاء X": attendees of a meeting told elsewhere, not a meeting of their own.
    const attended = toks
      .slice(Math.max(0, trigger.from - 2), trigger.from)
      .some((t) => lex.attendance.has(t.norm));
    if (attended && trigger.type === "Meeting") return;

    const { agent, agentImplied, others, explicit } = subjectOf(
      { lex, toks, trigger, before, after, between, persons: f.persons },
      events,
    );
    // Hosts of a visit: "بدعوة من X".
    const hosts: PersonMention[] = [];
    for (let j = trigger.to; j < end; j++) {
      const inv = lex.invitation.match(
        forms(toks[j]?.norm ?? ""),
        toks.slice(j + 1, j + 3).map((x) => x.norm),
      );
      if (!inv) continue;
      const host = after.find((p) => p.from >= j + inv.length && p.from - (j + inv.length) <= 3);
      if (host && !hosts.includes(host)) hosts.push(host);
    }
    const agentSpan = agent ? { from: agent.from, to: agent.to } : null;
    const destination = (g: GeoMention) =>
      inClause(g) &&
      g.kind !== "demonym" &&
      !(agentSpan && g.from >= agentSpan.from && g.to <= agentSpan.to) &&
      !after.some((p) => g.from >= p.from && g.to <= p.to);
    // A capital with no cue counts only as the place of a visit, and only when nothing surer is there.
    const location =
      trigger.type === "Visit"
        ? (f.geos.find((g) => !g.weak && destination(g)) ??
          f.geos.find((g) => !!g.weak && destination(g)) ??
          null)
        : placeIn(
            toks,
            f.geos.filter((g) => !g.weak),
            trigger.to,
            end,
          );
    // A date before the trigger belongs to it only when no earlier event of the sentence claims it.
    const date =
      f.dates.find(inClause) ?? (k === 0 ? f.dates.find((d) => d.to <= trigger.from) : undefined) ?? null;
    const duration = durationIn(lex, toks, trigger.to, end);
    const topics = [
      ...new Set(
        toks.slice(trigger.to, end).flatMap((t) =>
          forms(t.norm)
            .map((x) => lex.topics.get(x))
            .filter((x): x is string => !!x),
        ),
      ),
    ];
    const first = toks[trigger.from]!;
    const last = toks[Math.max(end, trigger.to) - 1]!;
    const base = {
      sentence: f.sentence.index,
      from: trigger.from,
      to: end,
      start: first.start,
      end: last.end,
      status: planned || (invited && trigger.type === "Visit") ? ("planned" as const) : ("held" as const),
      agent: agent?.id ?? null,
      agentImplied,
      hosts: hosts.map((h) => h.id),
      joint: between,
      date,
      duration,
      topics,
    };
    if (trigger.type === "Visit") {
      // "التقى … في باكو …، في زيارة …": a visit noun with no place of its own is the visit of that meeting.
      const earlier = [...events].reverse().find((e) => e.location && e.location.kind !== "demonym");
      const place = location ?? (trigger.noun && earlier ? earlier.location : null);
      const visited =
        !trigger.noun && after[0] && after[0] !== agent && after[0].from - trigger.to < AGENT_REACH
          ? after[0]
          : null;
      if (!place && visited) {
        events.push({ ...base, type: "Meeting", others: [visited.id], location: null, mode: "in_person" });
        return;
      }
      if (!place) return;
      events.push({ ...base, type: "Visit", others: [], location: place, mode: "in_person" });
      // "… إلى قطر برفقة عقيلته X، ووزراء …": those who travel with the visitor make the same visit.
      for (const c of companionsIn(lex, toks, after, trigger.to, end)) {
        if (c.id === base.agent || hosts.includes(c)) continue;
        const companion = { agent: c.id, agentImplied: false, hosts: [], others: [] };
        events.push({ ...base, ...companion, type: "Visit", location: place, mode: "in_person" });
      }
    } else if (trigger.type === "Agreement") {
      // "شهد X وY التوقيع على اتفاقيات": the signing is between the people of the sentence (before and after).
      const signatories = [...before, ...after].filter((p) => p.name !== null || p.titles.length > 0);
      if (signatories.length < 2) return;
      events.push({
        ...base,
        type: "Agreement",
        agent: null,
        agentImplied: false,
        others: signatories.map((p) => p.id),
        joint: true,
        location: placeIn(toks, f.geos, 0, end),
        mode: "in_person",
        hosts: [],
      });
    } else if (trigger.type === "Statement") {
      // "وأكد X … وقال": a second verb of speaking keeps the subject of the first.
      const previous =
        [...events].reverse().find((e) => e.type === "Statement") ?? events.find((e) => e.agent !== null);
      const speaker = explicit && !trigger.possessive ? (agent?.id ?? null) : (previous?.agent ?? null);
      if (speaker === null) return;
      events.push({
        ...base,
        agent: speaker,
        agentImplied: false,
        type: "Statement",
        others: [],
        location: null,
        mode: null,
        hosts: [],
      });
    } else {
      // "بحضور X": those who only attended are not the ones met.
      const attendee = (p: PersonMention) =>
        toks.slice(Math.max(0, p.from - 2), p.from).some((t) => lex.attendance.has(t.norm));
      const rest = others.filter((p) => !hosts.includes(p) && !attendee(p)).map((p) => p.id);
      // "واستقبله الرئيس X": no one else named, the one received is the person the article follows.
      if (trigger.objectPronoun && rest.length === 0 && agent) {
        events.push({
          ...base,
          type: "Meeting",
          others: [],
          location,
          mode: "in_person",
          hosts: [],
          objectImplied: true,
        });
        return;
      }
      if (rest.length === 0 || (between && rest.length < 2)) return;
      // A noun alone ("الجلسة النيابية", "اللقاء") is a meeting of people only with "مع", "بين", a possessive or
      // its agent right after it ("لقاء X مع Y").
      const withWord = toks.slice(trigger.to, end).some((t) => t.norm === "مع" || /^مع/.test(t.norm));
      if (
        trigger.noun &&
        trigger.type === "Meeting" &&
        !between &&
        !trigger.possessive &&
        !withWord &&
        !explicit
      )
        return;
      const mode = trigger.type === "Call" ? ("phone" as const) : ("in_person" as const);
      events.push({ ...base, type: trigger.type, others: rest, location, mode, hosts: [] });
    }
  });
  return events;
}

/** Where a meeting took place: a place or country after "في" (or with "بـ") near its trigger ("في باكو"). */
function placeIn(
  toks: readonly Token[],
  geos: readonly GeoMention[],
  from: number,
  to: number,
): GeoMention | null {
  const lo = Math.max(0, from - 4);
  const introduced = (g: GeoMention) =>
    toks[g.from - 1]?.norm === "في" || /^ب/.test(toks[g.from]?.norm ?? "");
  return (
    geos.find(
      (g) => g.from >= lo && g.from < to && g.kind !== "demonym" && g.kind !== "our" && introduced(g),
    ) ?? null
  );
}

/** People named after a word of company ("برفقة", "يرافقه") in the clause of a visit. */
function companionsIn(
  lex: ArabicLexicon,
  toks: readonly Token[],
  after: readonly PersonMention[],
  from: number,
  to: number,
): PersonMention[] {
  for (let j = from; j < to; j++) {
    if (forms(toks[j]?.norm ?? "").some((f) => lex.companionCues.has(f)))
      return after.filter((p) => p.from > j && p.from < to);
  }
  return [];
}

/** "لمدة ساعتين" -> PT2H; "لمدة ثلاث ساعات" -> PT3H. */
function durationIn(lex: ArabicLexicon, toks: readonly Token[], from: number, to: number): string | null {
  const words: Record<string, number> = { ساعه: 1, ثلاث: 3, اربع: 4, خمس: 5, ست: 6, عشر: 10 };
  for (let j = from; j < to; j++) {
    if (!forms(toks[j]?.norm ?? "").some((f) => lex.durationMarkers.has(f))) continue;
    for (let k = j + 1; k < Math.min(j + 4, to); k++) {
      const unit = lex.durationUnits.get(toks[k]?.norm ?? "");
      if (!unit) continue;
      const prev = toks[k - 1]?.norm ?? "";
      const count =
        unit.length > 1 ? Number(unit.slice(1)) : /^\d+$/.test(prev) ? Number(prev) : (words[prev] ?? 1);
      const letter = unit[0] ?? "H";
      return letter === "D" ? `P${count}D` : `PT${count}${letter}`;
    }
  }
  return null;
}
