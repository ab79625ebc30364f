// Who acts in an Arabic event (its agent) and who is acted on, from the trigger's place in the sentence.
import type { EventMention, PersonMention } from "../../mentions.ts";
import type { Token } from "../../text/tokenize.ts";
import type { ArabicLexicon } from "./lexicon.ts";
import { forms } from "./morphology.ts";

const RELATIVES = new Set(["الذي", "التي", "الذين", "اللذين", "اللتين"]);
/** How far after a trigger the agent of a verb-first sentence may stand ("التقى [اليوم] X"). */
export const AGENT_REACH = 4;

/** The part of a trigger the choice of subject reads. */
export interface TriggerSpan {
  from: number;
  to: number;
  possessive: boolean;
  noun: boolean;
  firstPerson?: boolean;
}

export interface SubjectContext {
  lex: ArabicLexicon;
  toks: readonly Token[];
  trigger: TriggerSpan;
  /** People before the trigger, and in its clause after it. */
  before: readonly PersonMention[];
  after: readonly PersonMention[];
  /** "بين X وY": everyone is a participant. */
  between: boolean;
  persons: readonly PersonMention[];
}

export interface Subject {
  agent: PersonMention | null;
  agentImplied: boolean;
  others: PersonMention[];
  /** The person right after the trigger who is its subject ("التقى X"), if any. */
  explicit: PersonMention | null;
}

/** The agent and the others of one trigger; `events` are the sentence's events found so far. */
export function subjectOf(c: SubjectContext, events: readonly EventMention[]): Subject {
  const { lex, toks, trigger, between } = c;
  const before = c.before;
  const after = [...c.after];
  let agent: PersonMention | null = null;
  let agentImplied = false;
  let others: PersonMention[];
  // The one right after a verb is its subject, unless "مع" before it or a clitic "بـ" on it makes them the one met.
  const firstAfter = after[0];
  const firstTok = firstAfter ? toks[firstAfter.from] : undefined;
  const governed =
    !!firstAfter &&
    (["مع", "من"].includes(toks[firstAfter.from - 1]?.norm ?? "") ||
      (!!firstTok && firstTok.norm.startsWith("ب") && firstAfter.start > firstTok.start) ||
      // "والتقى نظيره": a counterpart is the one met, never the subject.
      firstAfter.counterpart);
  const explicit = firstAfter && firstAfter.from - trigger.to < AGENT_REACH && !governed ? firstAfter : null;
  const perfectWithSubject = ["قد", "وقد"].includes(toks[trigger.from - 1]?.norm ?? "") && before.length > 0;
  if (between) {
    others = after;
  } else if (hostedBefore(lex, toks, trigger, before)) {
    // "وكان X في استقبال Y": X, named before, received Y.
    agent = before[before.length - 1] ?? null;
    others = after;
  } else if (trigger.firstPerson) {
    // "وتابع: «… التقيت X»": the one quoted, told before, is the subject; all named after were met.
    agentImplied = true;
    others = after;
  } else if (perfectWithSubject) {
    // "وكان X قد استقبل Y": the subject stands before "قد"; who follows the verb was received.
    agent = before[before.length - 1] ?? null;
    others = after;
  } else if (adjacentAntecedent(toks, trigger, c.persons)) {
    // "X، الذي يؤدي زيارة إلى تونس كمبعوث": the relative clause tells of X, whoever follows the trigger.
    agent = adjacentAntecedent(toks, trigger, c.persons);
    others = after;
  } else if (explicit && !trigger.possessive && !lex.subjectCues.has(toks[trigger.from - 1]?.norm ?? "")) {
    agent = explicit;
    others = after.slice(1);
  } else if (
    lex.subjectCues.has(toks[trigger.from - 1]?.norm ?? "") &&
    events.some((e) => e.agent !== null)
  ) {
    // "زار موسكو حيث التقى الرئيس كوزنتسوف": the subject is the one who went there; the person named is met.
    const previous = [...events].reverse().find((e) => e.agent !== null);
    agent = c.persons.find((p) => p.id === previous?.agent) ?? null;
    others = after;
  } else if (relativeAntecedent(toks, trigger, c.persons)) {
    // "سميرنوف … الذي يقوم بزيارة": the relative clause tells of the person it hangs on.
    agent = relativeAntecedent(toks, trigger, c.persons);
    others = after;
  } else {
    // "وكان باقري قد وصل … وعقد مع نظيره": a verb with no subject of its own shares the one before it.
    // So does a noun with no owner ("… في باكو، في زيارة …": the visit of the one who met).
    // Unless someone is named since that event: "وأعلن المتحدث … أن الوزير سيزور" is the minister's visit.
    const shared = [...events].reverse().find((e) => e.agent !== null);
    const nearest = before[before.length - 1];
    const newSubject = !!shared && !!nearest && nearest.from > shared.from && nearest.id !== shared.agent;
    agent =
      shared && !newSubject ? (c.persons.find((p) => p.id === shared.agent) ?? null) : (nearest ?? null);
    agentImplied = agent === null;
    others = after;
  }
  return { agent, agentImplied, others, explicit };
}

/** The person a relative pronoun right before the trigger refers to ("X الذي يقوم بزيارة"). */
function relativeAntecedent(
  toks: readonly Token[],
  trigger: TriggerSpan,
  persons: readonly PersonMention[],
): PersonMention | null {
  for (let k = trigger.from - 1; k >= Math.max(0, trigger.from - 3); k--) {
    if (!RELATIVES.has(toks[k]?.norm ?? "")) continue;
    // The nearest person before the pronoun: "بوغدانوف نائب وزير … ودول أفريقيا، الذي يزور القاهرة".
    return [...persons].reverse().find((p) => p.to <= k) ?? null;
  }
  return null;
}

/** The antecedent of a relative pronoun before the trigger when the pronoun directly follows it ("X، الذي …"). */
function adjacentAntecedent(
  toks: readonly Token[],
  trigger: TriggerSpan,
  persons: readonly PersonMention[],
): PersonMention | null {
  const p = relativeAntecedent(toks, trigger, persons);
  if (!p) return null;
  const pronoun = toks.slice(p.to, trigger.from).findIndex((t) => RELATIVES.has(t.norm));
  const gap = toks.slice(p.to, p.to + pronoun);
  return pronoun >= 0 && gap.every((t) => t.punct) ? p : null;
}

/** "X في استقبال Y": a noun of reception right after "في", with someone named before it. */
function hostedBefore(
  lex: ArabicLexicon,
  toks: readonly Token[],
  trigger: TriggerSpan,
  before: readonly PersonMention[],
): boolean {
  const noun = toks[trigger.from];
  return (
    trigger.noun &&
    before.length > 0 &&
    !!noun &&
    lex.prepositions.has(toks[trigger.from - 1]?.norm ?? "") &&
    forms(noun.norm).some((f) => lex.receptionNouns.has(f))
  );
}
