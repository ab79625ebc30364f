// "ويرافق الرئيس في زيارته وزير الخارجية X ومدير Y", "X، التي ترافقه في الزيارة": a verb of company with no
// visit of its own. Those it names after the one accompanied, or the one its relative clause tells of, travelled
// with the article's visitor, so they make the visit told before.
import { accompanyingVisit, HeldVisits, tokenSpan, type SentencePeople } from "../../accompanying.ts";
import type { EventMention, GeoMention, PersonMention } from "../../mentions.ts";
import type { Token } from "../../text/tokenize.ts";
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
  const byId = new Map(sentences.flatMap((s) => s.persons.map((p) => [p.id, p] as const)));
  for (const { sentence, persons } of sentences) {
    const toks = sentence.tokens;
    const verb = toks.findIndex((t) => lex.companionVerbs.has(t.norm));
    // "وصل X إلى بغداد في زيارة رسمية، يرافقه Y": the visit told before the verb in its own sentence, else the last.
    const here = lastVisitOf(events, sentence.index, (e) => e.sentence === sentence.index && e.to <= verb);
    const last = here ?? visits.lastBefore(sentence.index);
    if (verb < 0 || !last || last.agent === null) continue;
    if (!toks.some((t) => forms(t.norm).some((f) => lex.visitNouns.has(f)))) continue;
    // "X، التي ترافقه في الزيارة": a relative clause tells of the one named right before its pronoun.
    const antecedent = lex.relativePronouns.has(toks[verb - 1]?.norm ?? "")
      ? persons.findLast((p) => p.to <= verb - 1 && toks.slice(p.to, verb - 1).every((t) => t.punct))
      : undefined;
    // "X، الذي يرافق الرئيس ويداريانتو في زيارته": the visit is the one accompanied made, not one recalled since.
    const object = persons.find((p) => p.from > verb && p.from - verb <= OBJECT_REACH && p.name !== null);
    const theirs = antecedent && object ? lastVisitBy(events, sentence.index, object, byId) : undefined;
    const visit = theirs ?? last;
    // Those named after the verb, up to a clause of their own ("…، الذي اجتمع مع Y، بحضور Z": Y and Z stayed home).
    const end = clauseEnd(lex, toks, verb + 1);
    const named = antecedent ? [antecedent] : persons.filter((p) => p.from > verb && p.to <= end);
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

/** Where the clause that starts at `from` ends: at a clause breaker (a relative pronoun among them) or "بحضور". */
function clauseEnd(lex: ArabicLexicon, toks: readonly Token[], from: number): number {
  for (let k = from; k < toks.length; k++) {
    const norm = toks[k]!.norm;
    if (lex.clauseBreakers.has(norm) || forms(norm).some((f) => lex.attendanceLists.has(f))) return k;
  }
  return toks.length;
}

/** A sentence's people and places: what the delegations' pass reads. */
interface SentencePlaces extends SentencePeople {
  geos: readonly GeoMention[];
}

/**
 * "فيما ضم الوفد الصومالي X، وزير الخارجية"، "وضم الوفد وزير الخارجية X": the members a delegation is said to
 * include made the last visit held before by someone of the delegation's country (by anyone, when no nationality
 * is given). A list of the hosts' side finds no such visit and adds nothing.
 */
export function delegationMemberVisits(
  sentences: readonly SentencePlaces[],
  events: readonly EventMention[],
  lex: ArabicLexicon,
): EventMention[] {
  const out: EventMention[] = [];
  const countryOf = new Map<number, string | null>();
  for (const s of sentences) for (const p of s.persons) countryOf.set(p.id, p.country);
  const travelling = new Set(events.filter((e) => e.type === "Visit").map((e) => e.agent));
  for (const { sentence, persons, geos } of sentences) {
    const toks = sentence.tokens;
    const verb = toks.findIndex(
      (t, k) => lex.delegationVerbs.has(t.norm) && lex.delegationNouns.has(toks[k + 1]?.norm ?? ""),
    );
    if (verb < 0) continue;
    const demonym = geos.find((g) => g.from === verb + 2 && g.kind === "demonym");
    const visit = lastVisitOf(events, sentence.index, (e) => {
      const country = countryOf.get(e.agent ?? -1) ?? null;
      return !demonym || country === demonym.code || (country === null && e.location?.code !== demonym.code);
    });
    if (!visit) continue;
    // Up to a clause of their own ("…، الذي عقد لقاء مع نظيرته Y": Y is no member).
    const end = clauseEnd(lex, toks, verb + 2);
    const members: PersonMention[] = persons.filter(
      (p) => p.from > verb && p.to <= end && !travelling.has(p.id),
    );
    for (const p of members) out.push(accompanyingVisit(visit, p.id, tokenSpan(sentence, verb, p.to)));
  }
  return out;
}

/**
 * "وحضر المباحثات … وزير الخارجية X، ووزير الاستثمار Y، ضمن الوفد المرافق للرئيس Z": those named before "ضمن
 * الوفد" travelled in the delegation, so they make the visit of the one it accompanies (else the last held).
 */
export function amongDelegationVisits(
  sentences: readonly SentencePeople[],
  events: readonly EventMention[],
  lex: ArabicLexicon,
): EventMention[] {
  const out: EventMention[] = [];
  const byId = new Map(sentences.flatMap((s) => s.persons.map((p) => [p.id, p] as const)));
  const travelling = new Set(events.filter((e) => e.type === "Visit").map((e) => e.agent));
  for (const { sentence, persons } of sentences) {
    const toks = sentence.tokens;
    const among = toks.findIndex(
      (t, k) => lex.amongWords.has(t.norm) && lex.delegationNouns.has(toks[k + 1]?.norm ?? ""),
    );
    if (among < 0) continue;
    const leader = persons.find((p) => p.from > among + 1 && p.from - among <= OBJECT_REACH + 2);
    const visit =
      (leader ? lastVisitBy(events, sentence.index + 1, leader, byId) : undefined) ??
      lastVisitOf(events, sentence.index, () => true);
    if (!visit) continue;
    for (const p of persons)
      if (p.to <= among && p.name !== null && !travelling.has(p.id) && p.id !== visit.agent)
        out.push(accompanyingVisit(visit, p.id, tokenSpan(sentence, p.from, among + 2)));
  }
  return out;
}

/** The last held visit told before sentence k by someone who shares a name word with `who`. */
function lastVisitBy(
  events: readonly EventMention[],
  k: number,
  who: PersonMention,
  byId: ReadonlyMap<number, PersonMention>,
): EventMention | undefined {
  return lastVisitOf(events, k - 1, (e) => {
    const agent = e.agent === null ? undefined : byId.get(e.agent);
    return !!agent && agent.nameKey.some((w) => who.nameKey.includes(w));
  });
}

/** The last held visit told up to sentence k (included) that `fits`, not a companion's share. */
function lastVisitOf(
  events: readonly EventMention[],
  k: number,
  fits: (e: EventMention) => boolean,
): EventMention | undefined {
  return events.findLast(
    (e) =>
      e.type === "Visit" &&
      e.status === "held" &&
      !e.accompanying &&
      e.agent !== null &&
      e.sentence <= k &&
      fits(e),
  );
}
