// Who acts in an Arabic event (its agent) and who is acted on, from the trigger's place in the sentence.
import type { EventMention, PersonMention } from "../../mentions.ts";
import type { Token } from "../../text/tokenize.ts";
import type { ArabicLexicon } from "./lexicon.ts";
import { arabicMorphology, forms } from "./morphology.ts";

/** How far after a trigger the agent of a verb-first sentence may stand ("التقى [اليوم] X"). */
export const AGENT_REACH = 4;

/** The part of a trigger the choice of subject reads. */
export interface TriggerSpan {
  from: number;
  to: number;
  possessive: boolean;
  noun: boolean;
  firstPerson?: boolean;
  objectPronoun?: boolean;
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

/** A choice of agent: who acts, whether they are only implied, and who is acted on. */
type Choice = Omit<Subject, "explicit">;

/** The agent and the others of one trigger; `events` are the sentence's events found so far. */
export function subjectOf(c: SubjectContext, events: readonly EventMention[]): Subject {
  const explicit = explicitSubject(c);
  const choice =
    duringTheVisit(c, events) ??
    receivedByPronoun(c, events) ??
    jointOrHosted(c) ??
    beforeTheVerb(c) ??
    explicitAgent(c, explicit) ??
    sharedByPlace(c, events) ??
    relativeAgent(c) ??
    sharedSubject(c, events);
  return { ...choice, explicit };
}

/** The one right after a verb is its subject, unless "مع" before it or a clitic "بـ" on it makes them the one met. */
function explicitSubject({ lex, toks, trigger, after }: SubjectContext): PersonMention | null {
  const firstAfter = after[0];
  const firstTok = firstAfter ? toks[firstAfter.from] : undefined;
  const { with: bi } = arabicMorphology().clitics;
  const governed =
    !!firstAfter &&
    (lex.objectMarkers.has(toks[beforeHonorifics(lex, toks, firstAfter.from) - 1]?.norm ?? "") ||
      (!!firstTok && firstTok.norm.startsWith(bi) && firstAfter.start > firstTok.start) ||
      // "والتقى نظيره": a counterpart is the one met, never the subject.
      firstAfter.counterpart);
  return firstAfter && firstAfter.from - trigger.to < AGENT_REACH && !governed ? firstAfter : null;
}

/** Where the honorifics before a title start ("من [معالي] وزير …", "مع [صاحب السمو] الأمير …"): they are no word of their own. */
function beforeHonorifics(lex: ArabicLexicon, toks: readonly Token[], from: number): number {
  let at = from;
  for (let moved = true; moved;) {
    moved = false;
    for (let k = Math.max(0, at - 3); k < at; k++) {
      const rest = toks.slice(k + 1, at).map((t) => t.norm);
      const m = lex.honorifics.match(forms(toks[k]!.norm), rest);
      if (m && k + m.length === at) {
        at = k;
        moved = true;
        break;
      }
    }
  }
  return at;
}

const lastOf = (people: readonly PersonMention[]): PersonMention | null => people[people.length - 1] ?? null;

/**
 * "وكان في استقباله بالمطار X": the pronoun is the one received (the sentence's visitor, else read from the
 * context like a possessive's owner), whoever is named before; those named after received them.
 */
function receivedByPronoun(c: SubjectContext, events: readonly EventMention[]): Choice | null {
  if (!c.trigger.noun || !c.trigger.objectPronoun || c.after.length === 0) return null;
  // The one who came: the last to act in the sentence so far, not a companion of theirs.
  const came = [...events].reverse().find((e) => e.agent !== null && !e.accompanying);
  const agent = c.persons.find((p) => p.id === came?.agent) ?? mainSubjectAfter(c);
  return { agent, agentImplied: agent === null, others: [...c.after] };
}

/** "وفي لقاء جمعه بـ X، بحث الرئيس Y …": the subject of the verb after the clause, named right after it. */
function mainSubjectAfter({ lex, toks, after, persons }: SubjectContext): PersonMention | null {
  const last = after[after.length - 1];
  const next = persons.find((p) => !!last && p.from > last.to);
  const verb = next ? toks[beforeHonorifics(lex, toks, next.from) - 1] : undefined;
  if (!next || !verb) return null;
  const verbs = [lex.meetingVerbs, lex.statementVerbs, lex.visitVerbs];
  return forms(verb.norm).some((f) => verbs.some((set) => set.has(f))) ? next : null;
}

/** "بين X وY": all are sides; "وكان X في استقبال Y": X, named before, received Y. */
function jointOrHosted({ lex, toks, trigger, before, after, between }: SubjectContext): Choice | null {
  if (between) return { agent: null, agentImplied: false, others: [...after] };
  if (hostedBefore(lex, toks, trigger, before))
    return { agent: lastOf(before), agentImplied: false, others: [...after] };
  return null;
}

/** The subject told before the verb: the one quoted, the subject before "قد", a relative clause's antecedent. */
function beforeTheVerb({ lex, toks, trigger, before, after, persons }: SubjectContext): Choice | null {
  // "وتابع: «… التقيت X»": the one quoted, told before, is the subject; all named after were met.
  if (trigger.firstPerson) return { agent: null, agentImplied: true, others: [...after] };
  // "وكان X قد استقبل Y": the subject stands before "قد"; who follows the verb was received.
  if (lex.perfectParticles.has(toks[trigger.from - 1]?.norm ?? "") && before.length > 0)
    return { agent: lastOf(before), agentImplied: false, others: [...after] };
  // "X، الذي يؤدي زيارة إلى تونس كمبعوث": the relative clause tells of X, whoever follows the trigger.
  const antecedent = adjacentAntecedent(lex, toks, trigger, persons);
  if (antecedent) return { agent: antecedent, agentImplied: false, others: [...after] };
  return null;
}

/** "التقى X …": the one right after the verb, unless the verb has a possessive or a cue keeps the subject before. */
function explicitAgent(
  { lex, toks, trigger, after }: SubjectContext,
  explicit: PersonMention | null,
): Choice | null {
  if (!explicit || trigger.possessive || lex.subjectCues.has(toks[trigger.from - 1]?.norm ?? "")) return null;
  return { agent: explicit, agentImplied: false, others: after.slice(1) };
}

/** "زار موسكو حيث التقى الرئيس كوزنتسوف": the subject is the one who went there; the person named is met. */
function sharedByPlace(c: SubjectContext, events: readonly EventMention[]): Choice | null {
  if (!c.lex.subjectCues.has(c.toks[c.trigger.from - 1]?.norm ?? "")) return null;
  if (!events.some((e) => e.agent !== null)) return null;
  const previous = [...events].reverse().find((e) => e.agent !== null);
  const agent = c.persons.find((p) => p.id === previous?.agent) ?? null;
  return { agent, agentImplied: false, others: [...c.after] };
}

/**
 * "الزيارة التي أجراها X إلى المملكة، والتي التقى خلالها ولي العهد": a verb in a relative clause on the visit, with
 * "during it" after it, is the visitor's; the one named after it is the one met.
 */
function duringTheVisit(c: SubjectContext, events: readonly EventMention[]): Choice | null {
  const { lex, toks, trigger } = c;
  if (trigger.noun || !lex.duringWords.has(toks[trigger.to]?.norm ?? "")) return null;
  const { and } = arabicMorphology().clitics;
  const pronoun = toks[trigger.from - 1]?.norm ?? "";
  const bare = pronoun.startsWith(and) ? pronoun.slice(and.length) : pronoun;
  if (!lex.relativePronouns.has(bare)) return null;
  const visit = [...events].reverse().find((e) => e.type === "Visit" && e.agent !== null);
  const agent = visit ? c.persons.find((p) => p.id === visit.agent) : undefined;
  return agent ? { agent, agentImplied: false, others: c.after.filter((p) => p !== agent) } : null;
}

/** "سميرنوف … الذي يقوم بزيارة": the relative clause tells of the person it hangs on. */
function relativeAgent({ lex, toks, trigger, after, persons }: SubjectContext): Choice | null {
  const antecedent = relativeAntecedent(lex, toks, trigger, persons);
  return antecedent ? { agent: antecedent, agentImplied: false, others: [...after] } : null;
}

/**
 * "وكان كريمي قد وصل … وعقد مع نظيره": a verb with no subject of its own shares the one before it. So does a noun
 * with no owner ("… في باكو، في زيارة …": the visit of the one who met). Unless someone is named since that
 * event: "وأعلن المتحدث … أن الوزير سيزور" is the minister's visit.
 */
function sharedSubject(c: SubjectContext, events: readonly EventMention[]): Choice {
  const shared = [...events].reverse().find((e) => e.agent !== null);
  const nearest = c.before[c.before.length - 1];
  // …but the one that event met is no new subject: "حيث التقى X، وأجرى مباحثات مع Y" are both the visitor's
  // (a noun with a possessive is the owner's, and a visit after a reception the guest's: "استقبل X Y بمناسبة
  // زيارتها", "… في زيارة رسمية للبلاد" are Y's).
  const met = !!shared && !!nearest && [...shared.others, ...shared.hosts].includes(nearest.id);
  const metBefore = met && !c.trigger.possessive && !isVisitNoun(c);
  const newSubject =
    !!shared && !!nearest && nearest.from > shared.from && nearest.id !== shared.agent && !metBefore;
  const agent =
    shared && !newSubject ? (c.persons.find((p) => p.id === shared.agent) ?? null) : (nearest ?? null);
  return { agent, agentImplied: agent === null, others: [...c.after] };
}

/** The person a relative pronoun right before the trigger refers to ("X الذي يقوم بزيارة"). */
function relativeAntecedent(
  lex: ArabicLexicon,
  toks: readonly Token[],
  trigger: TriggerSpan,
  persons: readonly PersonMention[],
): PersonMention | null {
  for (let k = trigger.from - 1; k >= Math.max(0, trigger.from - 3); k--) {
    if (!lex.relativePronouns.has(toks[k]?.norm ?? "")) continue;
    // The nearest person before the pronoun: "سيرغييف نائب وزير … ودول أفريقيا، الذي يزور القاهرة".
    return [...persons].reverse().find((p) => p.to <= k) ?? null;
  }
  return null;
}

/** The antecedent of a relative pronoun before the trigger when the pronoun directly follows it ("X، الذي …"). */
function adjacentAntecedent(
  lex: ArabicLexicon,
  toks: readonly Token[],
  trigger: TriggerSpan,
  persons: readonly PersonMention[],
): PersonMention | null {
  const p = relativeAntecedent(lex, toks, trigger, persons);
  if (!p) return null;
  const pronoun = toks.slice(p.to, trigger.from).findIndex((t) => lex.relativePronouns.has(t.norm));
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

/** Whether the trigger is a noun of visiting ("زيارة"). */
function isVisitNoun({ lex, toks, trigger }: SubjectContext): boolean {
  const noun = toks[trigger.from];
  return trigger.noun && !!noun && forms(noun.norm).some((f) => lex.visitNouns.has(f));
}
