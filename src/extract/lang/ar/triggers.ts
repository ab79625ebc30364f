// Event triggers of an Arabic sentence: the word (or phrase) that tells a visit, meeting, call, agreement or
// statement, with how it was written (a verb or a noun, with a possessive, in the first person …).
import type { EventType } from "../../../domain/types.ts";
import type { GeoMention, PersonMention } from "../../mentions.ts";
import type { Token } from "../../text/tokenize.ts";
import type { ArabicLexicon } from "./lexicon.ts";
import { arabicMorphology, forms, readings } from "./morphology.ts";

export interface Trigger {
  type: EventType;
  from: number;
  to: number;
  /** A noun with a possessive ending ("زيارته", "لقائه"): the agent is someone named elsewhere. */
  possessive: boolean;
  noun: boolean;
  /** "التقيت X" in a quotation: the speaker met X. */
  firstPerson?: boolean;
  /** "واستقبله الرئيس X", "كان في استقباله X": the one met is a pronoun on the verb or the noun. */
  objectPronoun?: boolean;
}

/** How far after a summit noun "بين" may stand ("قمة مصرية عراقية أردنية بين"). */
const SUMMIT_REACH = 5;

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
  const { conjunctions } = arabicMorphology();
  const verbForms = afterPreposition
    ? []
    : readings(tok.norm)
        .filter((r) => r.prefix === "" || conjunctions.has(r.prefix))
        .map((r) => r.word);
  const nounForms = forms(tok.norm);
  const verb = (set: Set<string>) => verbForms.some((f) => set.has(f));
  const noun = (set: Set<string>) => nounForms.some((f) => set.has(f));
  // On the written word: a folded ta marbuta (زيارة) would look like the pronoun ه (زيارته).
  const possessive = lex.objectPronouns.some((p) => tok.text.endsWith(p)) && tok.text.length > 4;
  // "خلال هذه الرحلة": a noun after a demonstrative points back at an event already told.
  if (lex.demonstratives.has(toks[i - 1]?.norm ?? "")) return null;
  // "استقبله", "واستقبلها": a meeting verb carrying its object as a pronoun (listed or not). Read on the written
  // word: a folded ta marbuta looks like the pronoun ("جمعة", a name, is no "جمع" + "ه").
  const objectPronoun = verbForms.some((f) =>
    lex.objectPronouns.some(
      (p) => f.endsWith(p) && tok.text.endsWith(p) && lex.meetingVerbs.has(f.slice(0, -p.length)),
    ),
  );
  if (objectPronoun || verb(lex.meetingVerbs) || (verb(lex.withMeetingVerbs) && withAhead(lex, toks, i)))
    return { type: "Meeting", from: i, to: i + 1, possessive: false, noun: false, objectPronoun };
  if (verb(lex.firstPersonMeetingVerbs))
    return { type: "Meeting", from: i, to: i + 1, possessive: false, noun: false, firstPerson: true };
  if (noun(lex.meetingNouns)) {
    // "كان في استقباله X": on a noun of reception the possessive is the one received, not the one who acts.
    const received =
      possessive &&
      afterPreposition &&
      nounForms.some((f) =>
        lex.objectPronouns.some((p) => f.endsWith(p) && lex.receptionNouns.has(f.slice(0, -p.length))),
      );
    return { type: "Meeting", from: i, to: i + 1, possessive, noun: true, objectPronoun: received };
  }
  // "قمة ثلاثية بين …": a summit is a meeting only of those it is said to be between.
  if (noun(lex.summitNouns) && toks.slice(i + 1, i + 1 + SUMMIT_REACH).some((t) => lex.between.has(t.norm)))
    return { type: "Meeting", from: i, to: i + 1, possessive: false, noun: true };
  if (verb(lex.visitVerbs)) return { type: "Visit", from: i, to: i + 1, possessive: false, noun: false };
  if (noun(lex.visitNouns)) return { type: "Visit", from: i, to: i + 1, possessive, noun: true };
  if (verb(lex.statementVerbs))
    return { type: "Statement", from: i, to: i + 1, possessive: false, noun: false };
  return null;
}

/** How far after a verb its "مع" may stand ("عرض رجي مع المفوضة …"). */
const WITH_REACH = 6;

/** "مع" within reach after i, before any punctuation. */
function withAhead(lex: ArabicLexicon, toks: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < toks.length && k <= i + WITH_REACH; k++) {
    const tok = toks[k]!;
    if (tok.punct) return false;
    if (lex.withPrepositions.includes(tok.norm)) return true;
  }
  return false;
}

/**
 * "زيارة أجراها X إلى موسكو", "الاتصال الذي أجراه": a light verb whose pronoun is the event noun right before it
 * (a relative pronoun between at most) tells that event, whatever type the verb alone would tell.
 */
function carriesNoun(lex: ArabicLexicon, toks: readonly Token[], noun: Trigger, verb: Trigger): boolean {
  if (!noun.noun || verb.noun || !lex.lightVerbs.has(toks[verb.from]?.norm ?? "")) return false;
  const between = toks.slice(noun.to, verb.from);
  // "زيارة الدولة التي أجراها": the noun's own definite complement may stand before the relative pronoun.
  const relative = between.length > 0 && lex.relativePronouns.has(between[between.length - 1]!.norm);
  const complement = between.slice(0, relative ? -1 : between.length);
  const definite = (t: Token) => !t.punct && t.norm.startsWith(arabicMorphology().article);
  return complement.length <= 1 && complement.every(definite) && (relative || complement.length === 0);
}

/**
 * Triggers of one sentence; neighbours of the same type with no person between them are one trigger
 * ("عُقد اجتماع", "عقد في وقت سابق اليوم جلسة مباحثات").
 */
export function triggers(
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
    if (last && carriesNoun(lex, toks, last, t)) {
      last.to = t.to;
      continue;
    }
    if (last && last.type === t.type && t.from - last.to <= 8 && !personBetween) {
      last.to = t.to;
      // "في لقاء جمعه بـ X": the noun's verb carries the one who met X as its pronoun.
      if (t.objectPronoun && last.noun && !last.possessive) last.objectPronoun = true;
      continue;
    }
    out.push(t);
    i = t.to - 1;
  }
  return out;
}
