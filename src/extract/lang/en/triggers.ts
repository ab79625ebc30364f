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

const DETERMINERS = new Set(["the", "a", "an", "this", "that", "his", "her", "their", "its", "our", "whose"]);
const CALLED_ON = new Set(["called", "calls", "calling", "call"]);
const COPULA = new Set(["is", "was", "are", "were"]);
const GERUND_CUES = new Set(["after", "before", "while", "since", "following", "upon", "during", "ahead"]);
const PASSIVE_VERBS = new Set(["received", "welcomed", "hosted", "met", "greeted"]);
/** A back-reference ("the call", "this visit") says nothing new unless partners follow. */
const BACK = new Set(["the", "this", "that"]);

const ADJECTIVE = /(?:-|\d|al|ial|ic|ive|ful|ent|ant|ate|ous|ary|ory|ly|ed|st|nd|rd|th)$/u;
const ADJECTIVES = new Set([
  "first",
  "second",
  "last",
  "next",
  "brief",
  "rare",
  "separate",
  "official",
  "working",
  "state",
  "private",
  "formal",
  "surprise",
  "landmark",
  "new",
  "fresh",
  "latest",
  "two",
  "three",
  "high-level",
  "closed-door",
  "one-on-one",
  "bilateral",
  "trilateral",
  "phone",
  "telephone",
  "long",
  "short",
  "key",
]);

/** A noun use: a determiner before the word, over adjectives only ("an official visit", "his first meeting"). */
function nounLike(toks: readonly EnToken[], i: number, lex: EnglishLexicon): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const b = toks[k]!;
    if (b.punct || b.cap || lex.titleHeads.has(b.base) || lex.pluralHeads.has(b.base)) return false;
    if (DETERMINERS.has(b.base)) return true;
    if (!ADJECTIVES.has(b.base) && !ADJECTIVE.test(b.base)) return false;
  }
  return false;
}

const prevBase = (toks: readonly EnToken[], i: number): string => toks[i - 1]?.base ?? "";

function triggerAt(lex: EnglishLexicon, toks: readonly EnToken[], i: number): Omit<Trigger, "end"> | null {
  const t = toks[i];
  if (!t || t.punct) return null;
  // "Iwaya also called on Prime Minister Modi": a courtesy call is a meeting; "called on Israel to stop" is no call.
  if (CALLED_ON.has(t.base) && toks[i + 1]?.base === "on" && toks[i + 2]?.cap) {
    const urged = toks
      .slice(i + 2, i + 12)
      .some((x, k, a) => x.base === "to" && /^\p{Ll}/u.test(a[k + 1]?.text ?? ""));
    return urged
      ? null
      : { type: "Meeting", from: i, to: i + 2, noun: false, passive: false, mode: "in_person" };
  }
  const call = phraseAt(lex.callPhrases, toks, i, i + 4);
  if (call) {
    const phrase = call.payloads[0] ?? "";
    // "call" alone is a noun only after a determiner ("a call", "the call"); "call for" is no phone call.
    if (
      phrase === "call" &&
      !DETERMINERS.has(toks[i - 1]?.base ?? "") &&
      !lex.adverbs.has(toks[i - 1]?.base ?? "")
    )
      return null;
    const video = phrase.split(" ").some((w) => lex.videoWords.has(w));
    let from = i;
    // "received a phone call", "held a telephone conversation": the light verb belongs to the call.
    for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
      const b = toks[k]!.base;
      if (lex.callLightVerbs.has(b)) {
        from = k;
        break;
      }
      if (!(DETERMINERS.has(b) || /^(?:phone|telephone|brief|lengthy|separate|video)$/u.test(b))) break;
    }
    return {
      type: "Call",
      from,
      to: i + call.length,
      noun: true,
      passive: false,
      mode: video ? "video" : "phone",
    };
  }
  const prev = toks[i - 1]?.base ?? "";
  // "Erdogan is in Tehran for …": being in a place is a visit when the subject is foreign there (see events.ts).
  if (t.base === "in" && COPULA.has(prev) && !toks[i - 2]?.punct) {
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
  const noun = nounLike(toks, i, lex) && !GERUND_CUES.has(prev);
  if (lex.meetingNouns.has(t.base) && !(t.base === "meeting" && GERUND_CUES.has(prev))) {
    return { type: "Meeting", from: i, to: i + 1, noun: true, passive: false, mode: "in_person" };
  }
  if (lex.meetingVerbs.has(t.base) && !noun) {
    let k = i - 1;
    while (k >= 0 && lex.adverbs.has(toks[k]!.base)) k--;
    const passive = PASSIVE_VERBS.has(t.base) && lex.passiveAux.has(toks[k]?.base ?? "");
    const reduced = !passive && PASSIVE_VERBS.has(t.base) && toks[i + 1]?.base === "by";
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
  // "the delegations headed by X", "a tour led by": a passive participle describes, it tells no journey.
  if (lex.visitVerbs.has(t.base) && toks[i + 1]?.base === "by" && !lex.visitNouns.has(t.base)) return null;
  // "met with visiting Pakistani President X": an adjective before a name or title, not a verb of its own.
  const before = prevBase(toks, i);
  if (t.base === "visiting" && (lex.meetingVerbs.has(before) || before === "with" || before === "the"))
    return null;
  if (lex.visitVerbs.has(t.base) || lex.visitNouns.has(t.base)) {
    const isNoun = lex.visitNouns.has(t.base) && (noun || !lex.visitVerbs.has(t.base));
    // "his trips to Baku, Moscow and Yerevan": plural nouns tell no one visit.
    if (isNoun && t.base.endsWith("s")) return null;
    return { type: "Visit", from: i, to: i + 1, noun: isNoun, passive: false, mode: "in_person" };
  }
  return null;
}

/** Triggers of one sentence with their clauses; a verb and a noun of one type close together are one trigger. */
export function findTriggers(
  lex: EnglishLexicon,
  toks: readonly EnToken[],
  dateline: number,
  names: ReadonlySet<number> = new Set(),
): Trigger[] {
  const found: Omit<Trigger, "end">[] = [];
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
export function isBackReference(toks: readonly EnToken[], t: Trigger): boolean {
  return t.noun && BACK.has(toks[t.from - 1]?.base ?? "");
}

/**
 * "In comments at the start of meetings with X, Y touched on …": a person after a comma in the trigger's clause,
 * with a lower-case word that is no function word after the name (a verb), opens the main clause: that person is
 * its subject, and the partners of the fronted noun end before the comma.
 */
export function mainClauseSubject(
  lex: EnglishLexicon,
  toks: readonly EnToken[],
  persons: readonly PersonMention[],
  t: Trigger,
): PersonMention | undefined {
  return persons.find((p) => {
    if (p.from <= t.to || p.from >= t.end || toks[p.from - 1]?.text !== ",") return false;
    const next = toks[p.to];
    return !!next && !next.punct && !next.cap && !lex.functionWords.has(next.base) && !/\d/.test(next.base);
  });
}
