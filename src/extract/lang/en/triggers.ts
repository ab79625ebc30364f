// Finds the words that tell an event in an English sentence (met, received, held talks, visited, arrived in, phone call) and the clause each one governs.
import type { EventMode, EventType } from "../../../domain/types.ts";
import type { PersonMention } from "../../mentions.ts";
import type { EnglishLexicon } from "./lexicon.ts";
import { phraseAt } from "./phrase-at.ts";
import type { EnToken } from "./tokens.ts";

export interface Trigger {
  type: Exclude<EventType, "Statement" | "Agreement">;
  from: number;
  to: number;
  /** A noun ("talks", "visit"): its partners come after "with" or "between", not as a direct object. */
  noun: boolean;
  /** "was received by": the one named after "by" acts. */
  passive: boolean;
  mode: EventMode;
  /** "X is in Tehran": a visit only for a subject right before it who is foreign there. */
  copula?: boolean;
  /** "…, hosted by X": a participle with no auxiliary describes the word right before it. */
  reduced?: boolean;
  /** The clause the trigger governs: [to, end). */
  end: number;
}

type Found = Omit<Trigger, "end">;

/** A noun use: a determiner before the word, over adjectives only ("an official visit", "his first meeting"). */
function nounLike(toks: readonly EnToken[], i: number, lex: EnglishLexicon): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const b = toks[k]!;
    if (b.punct || b.cap || lex.titleHeads.has(b.base) || lex.pluralHeads.has(b.base)) return false;
    if (lex.determiners.has(b.base)) return true;
    if (!lex.eventAdjectives.has(b.base) && !lex.adjectiveEnding.test(b.base)) return false;
  }
  return false;
}

const prevBase = (toks: readonly EnToken[], i: number): string => toks[i - 1]?.base ?? "";

/** "Tanaka also called on Prime Minister Rao": a courtesy call is a meeting; "called on Israel to stop" is no call. */
function courtesyCallAt(lex: EnglishLexicon, toks: readonly EnToken[], i: number): Found | null | undefined {
  if (!lex.courtesyCallVerbs.has(toks[i]!.base) || toks[i + 1]?.base !== "on") return undefined;
  // "called on President X", and "called on the Afghan prime minister, X" (a determiner, then a title or a name).
  const named = (k: number) => !!toks[k] && (toks[k].cap || lex.titleHeads.has(toks[k].base));
  // "called on former President X": a title's own word in lower case stands where the determiner would.
  const det = lex.determiners.has(toks[i + 2]?.base ?? "") || lex.titleWords.has(toks[i + 2]?.base ?? "");
  if (!toks[i + 2]?.cap && !(det && [i + 3, i + 4, i + 5].some(named))) return undefined;
  // "to" and a lower-case word (an infinitive) within the next ten words: an appeal. Unless the call has a
  // place first: "called on X at the Villa to present the report" went to see X, for a purpose.
  const end = Math.min(i + 12, toks.length);
  for (let k = i + 2; k < end; k++) {
    if (toks[k]!.base === "at") break;
    if (toks[k]!.base === "to" && k + 1 < end && /^\p{Ll}/u.test(toks[k + 1]!.text)) return null;
  }
  return { type: "Meeting", from: i, to: i + 2, noun: false, passive: false, mode: "in_person" };
}

/** "a phone call", "received a telephone call", "held a video conference": a call, with its light verb. */
function phoneCallAt(lex: EnglishLexicon, toks: readonly EnToken[], i: number): Found | null | undefined {
  const call = phraseAt(lex.callPhrases, toks, i, i + 4);
  if (!call) return undefined;
  const phrase = call.payloads[0] ?? "";
  // "call" alone is a noun only after a determiner ("a call", "the call"); "call for" is no phone call.
  const before = prevBase(toks, i);
  if (phrase === "call" && !lex.determiners.has(before) && !lex.adverbs.has(before)) return null;
  const video = phrase.split(" ").some((w) => lex.videoWords.has(w));
  let from = i;
  // "received a phone call", "held a telephone conversation": the light verb belongs to the call.
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const b = toks[k]!.base;
    if (lex.callLightVerbs.has(b)) {
      from = k;
      break;
    }
    if (!(lex.determiners.has(b) || lex.callModifiers.has(b))) break;
  }
  const mode = video ? "video" : "phone";
  return { type: "Call", from, to: i + call.length, noun: true, passive: false, mode };
}

/** "Yilmaz is in Tehran for …": being in a place is a visit when the subject is foreign there (see events.ts). */
function copulaVisitAt(lex: EnglishLexicon, toks: readonly EnToken[], i: number): Found | null {
  if (toks[i]!.base !== "in" || !lex.copulas.has(prevBase(toks, i)) || toks[i - 2]?.punct) return null;
  return {
    type: "Visit",
    from: i - 1,
    to: i + 1,
    noun: false,
    passive: false,
    mode: "in_person",
    copula: true,
  };
}

/** "met", "was received by", "…, hosted by X": a meeting verb, active, passive or a reduced participle. */
function meetingVerbAt(lex: EnglishLexicon, toks: readonly EnToken[], i: number): Found {
  const base = toks[i]!.base;
  let k = i - 1;
  while (k >= 0 && lex.adverbs.has(toks[k]!.base)) k--;
  const participle = lex.hostParticiples.has(base);
  const passive = participle && lex.passiveAux.has(toks[k]?.base ?? "");
  const reduced = !passive && participle && toks[i + 1]?.base === "by";
  return {
    type: "Meeting",
    from: i,
    to: i + 1,
    noun: false,
    passive: passive || reduced,
    mode: "in_person",
    ...(reduced ? { reduced } : {}),
  };
}

/** "visited", "a visit to", "arrived in": a journey, unless the word only describes ("a tour led by"). */
function visitAt(lex: EnglishLexicon, toks: readonly EnToken[], i: number, noun: boolean): Found | null {
  const base = toks[i]!.base;
  const verb = lex.visitVerbs.has(base);
  const isVisitNoun = lex.visitNouns.has(base);
  if (!verb && !isVisitNoun) return null;
  // "the delegations headed by X", "a tour led by": a passive participle describes, it tells no journey.
  if (verb && toks[i + 1]?.base === "by" && !isVisitNoun) return null;
  // "met with visiting Pakistani President X": an adjective before a name or title, not a verb of its own.
  const before = prevBase(toks, i);
  if (base === "visiting" && (lex.meetingVerbs.has(before) || before === "with" || before === "the"))
    return null;
  const isNoun = isVisitNoun && (noun || !verb);
  // "his trips to Baku, Moscow and Yerevan": plural nouns tell no one visit.
  if (isNoun && base.endsWith("s")) return null;
  return { type: "Visit", from: i, to: i + 1, noun: isNoun, passive: false, mode: "in_person" };
}

function triggerAt(lex: EnglishLexicon, toks: readonly EnToken[], i: number): Found | null {
  const t = toks[i];
  if (!t || t.punct) return null;
  const courtesy = courtesyCallAt(lex, toks, i);
  if (courtesy !== undefined) return courtesy;
  const call = phoneCallAt(lex, toks, i);
  if (call !== undefined) return call;
  const phrase = phraseAt(lex.meetingPhrases, toks, i, i + 4);
  if (phrase)
    return {
      type: "Meeting",
      from: i,
      to: i + phrase.length,
      noun: false,
      passive: false,
      mode: "in_person",
    };
  const copula = copulaVisitAt(lex, toks, i);
  if (copula) return copula;
  const prev = prevBase(toks, i);
  const gerund = lex.timeConjunctions.has(prev);
  if (lex.meetingNouns.has(t.base) && !(t.base === "meeting" && gerund)) {
    return { type: "Meeting", from: i, to: i + 1, noun: true, passive: false, mode: "in_person" };
  }
  const noun = nounLike(toks, i, lex) && !gerund;
  if (lex.meetingVerbs.has(t.base) && !noun) return meetingVerbAt(lex, toks, i);
  return visitAt(lex, toks, i, noun);
}

/** Triggers of one sentence with their clauses; a verb and a noun of one type close together are one trigger. */
export function findTriggers(
  lex: EnglishLexicon,
  toks: readonly EnToken[],
  dateline: number,
  names: ReadonlySet<number> = new Set(),
): Trigger[] {
  const found: Found[] = [];
  for (let i = dateline; i < toks.length; i++) {
    // "the SCO Council of Heads of State": a word inside a body's name is no verb; "the World Government Summit",
    // "the Munich Security Conference": a capitalised noun after capitalised words names a venue, not talks.
    if (names.has(i)) continue;
    const tok = toks[i]!;
    const prev = toks[i - 1];
    if (tok.cap && i > dateline && prev?.cap && !prev.punct && lex.meetingNouns.has(tok.base)) continue;
    const t = triggerAt(lex, toks, i);
    if (!t) continue;
    const last = found[found.length - 1];
    if (last && last.type === t.type && t.from - last.to <= 3 && !(last.noun && !t.noun)) {
      last.to = t.to;
      last.noun &&= t.noun;
      i = t.to - 1;
      continue;
    }
    // "received a phone call": the call absorbed the verb before it.
    if (last && t.from < last.to) found.pop();
    found.push(t);
    i = t.to - 1;
  }
  return found.map((t, k) => {
    let end = found[k + 1]?.from ?? toks.length;
    for (let j = t.to; j < end; j++) {
      const tok = toks[j]!;
      if (lex.clauseBreakers.has(tok.base) || (tok.punct && lex.clauseBreakers.has(tok.text))) {
        end = j;
        break;
      }
    }
    return { ...t, end };
  });
}

/** Whether a back-referencing noun ("the visit", "this call") opens the trigger. */
export function isBackReference(lex: EnglishLexicon, toks: readonly EnToken[], t: Trigger): boolean {
  return t.noun && lex.definiteDeterminers.has(toks[t.from - 1]?.base ?? "");
}

/**
 * "In comments at the start of meetings with X, Y touched on …": a person after a comma in the trigger's clause,
 * with a lower-case word that is no function word after the name (a verb), opens the main clause: that person is
 * its subject, and the partners of the fronted noun end before the comma. A verb of speech counts too ("…, Y
 * said"), unless Y speaks for someone else.
 */
export function mainClauseSubject(
  lex: EnglishLexicon,
  toks: readonly EnToken[],
  persons: readonly PersonMention[],
  t: Trigger,
  participle = false,
): PersonMention | undefined {
  return persons.find((p) => {
    if (p.from <= t.to || p.from >= t.end || toks[p.from - 1]?.text !== ",") return false;
    const next = toks[p.to];
    if (!next || next.punct || next.cap || /\d/.test(next.base)) return false;
    // "At a meeting with X, Y said …": Y speaks of the meeting Y held; a spokesman speaks of someone else's.
    if (lex.speechVerbs.has(next.base)) return !isSpokesperson(lex, p);
    // "Upon landing in Tokyo, X was greeted …": after a participle of journey an auxiliary follows its subject.
    if (participle && lex.copulas.has(next.base)) return true;
    return !lex.functionWords.has(next.base);
  });
}

function isSpokesperson(lex: EnglishLexicon, p: PersonMention): boolean {
  return p.titles.some((title) =>
    title
      .toLowerCase()
      .split(/\s+/u)
      .some((w) => lex.spokespersonWords.has(w)),
  );
}
