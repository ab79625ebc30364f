// "ويرافق الرئيس في زيارته وزير الخارجية X ومدير Y", "X، التي ترافقه في الزيارة": a verb of company with no
// visit of its own. Those it names after the one accompanied, or the one its relative clause tells of, travelled
// with the article's visitor, so they make the visit told before.
import { accompanyingVisit, HeldVisits, tokenSpan, type SentencePeople } from "../../accompanying.ts";
import type { EventMention } from "../../mentions.ts";
import type { ArabicLexicon } from "./lexicon.ts";
import { forms } from "./morphology.ts";

/** How far after the verb the one accompanied may stand ("ويرافق [الرئيس] في الزيارة"). */
const OBJECT_REACH = 2;

/** The visits of those a verb of company names, copied from the last visit held before their sentence. */
export function companionVerbVisits(
  sentences: readonly SentencePeople[],
  events: readonly EventMention[],
  lex: ArabicLexicon,
): EventMention[] {
  const out: EventMention[] = [];
  const visits = new HeldVisits(events);
  for (const { sentence, persons } of sentences) {
    const visit = visits.lastBefore(sentence.index);
    const toks = sentence.tokens;
    const verb = toks.findIndex((t) => lex.companionVerbs.has(t.norm));
    if (verb < 0 || !visit || visit.agent === null) continue;
    if (!toks.some((t) => forms(t.norm).some((f) => lex.visitNouns.has(f)))) continue;
    // "X، التي ترافقه في الزيارة": a relative clause tells of the one named right before its pronoun.
    const antecedent = lex.relativePronouns.has(toks[verb - 1]?.norm ?? "")
      ? persons.findLast((p) => p.to <= verb - 1 && toks.slice(p.to, verb - 1).every((t) => t.punct))
      : undefined;
    const named = antecedent ? [antecedent] : persons.filter((p) => p.from > verb);
    // The first one named right after the verb is the one accompanied, unless a pronoun on the verb is
    // ("ويرافقه في الزيارة وزير الخارجية X": X is a companion).
    const norm = toks[verb]?.norm ?? "";
    const pronoun = lex.objectPronouns.some(
      (p) => norm.endsWith(p) && lex.companionVerbs.has(norm.slice(0, -p.length)),
    );
    const first = named[0];
    const accompanied = !antecedent && !pronoun && first && first.from - verb <= OBJECT_REACH ? first : null;
    for (const p of named)
      if (p !== accompanied) out.push(accompanyingVisit(visit, p.id, tokenSpan(sentence, p.from, p.to)));
  }
  return out;
}
