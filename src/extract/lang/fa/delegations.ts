// "هیئت همراه رئیس جمهور شامل X، وزیر خارجه، و چند وزیر دیگر است": a sentence that lists a delegation with no
// journey of its own. Those it lists travelled with the article's visitor, so they make the visit told last. So
// do those who "accompany" the visitor ("X و Y نیز او را همراهی می‌کنند").
import { accompanyingVisit, HeldVisits, tokenSpan, type SentencePeople } from "../../accompanying.ts";
import type { EventMention, PersonMention } from "../../mentions.ts";
import type { PersianLexicon } from "./lexicon.ts";

/**
 * The visits of those a delegation is said to include, and of those said to accompany the visitor, copied from the
 * last held visit up to their sentence (its own visits included: "… وارد شد. هیئت همراه …" may share one sentence).
 */
export function delegationVisits(
  sentences: readonly SentencePeople[],
  events: readonly EventMention[],
  lex: PersianLexicon,
): EventMention[] {
  const out: EventMention[] = [];
  const visits = new HeldVisits(events);
  // "… را در این سفر همراهی می‌کند": this journey is the one the article tells, its first held visit, not a
  // visit recalled on the way ("دیدار X با Y در ریودوژانیرو").
  const firstVisit = events.find((e) => e.type === "Visit" && e.status === "held" && !e.accompanying);
  const travelling = new Set(events.filter((e) => e.type === "Visit").map((e) => e.agent));
  for (const s of sentences) {
    const visit = visits.lastBefore(s.sentence.index + 1);
    if (!visit || visit.agent === null) continue;
    const norms = s.sentence.tokens.map((t) => t.norm);
    // Named people only: a role ("و چند وزیر دیگر") is nobody in particular; the visitor already travels.
    const listed = listedMembers(s, norms, lex).map((p) => [p, visit] as const);
    const accompanying = accompanyingSubjects(s, norms, lex).map((p) => [p, firstVisit ?? visit] as const);
    for (const [p, journey] of [...listed, ...accompanying]) {
      if (p.name === null || travelling.has(p.id)) continue;
      travelling.add(p.id);
      out.push(accompanyingVisit(journey, p.id, tokenSpan(s.sentence, p.from, p.to)));
    }
  }
  return out;
}

/** "هیئت همراه … شامل X، …": the people named after a delegation's cue of company. */
function listedMembers(
  { persons }: SentencePeople,
  norms: readonly string[],
  lex: PersianLexicon,
): PersonMention[] {
  const noun = norms.findIndex((w) => lex.delegationNouns.has(w));
  if (noun < 0) return [];
  const cue = norms.findIndex(
    (w, k) => k > noun && !!lex.companionCues.match([w], norms.slice(k + 1, k + 3)),
  );
  return cue < 0 ? [] : persons.filter((p) => p.from > cue);
}

/**
 * "X، وزیر خارجه را در این سفر همراهی می‌کند", "X و Y نیز او را همراهی می‌کنند": the people named before the one
 * accompanied, who stands right before "را".
 */
function accompanyingSubjects(
  { persons }: SentencePeople,
  norms: readonly string[],
  lex: PersianLexicon,
): PersonMention[] {
  const verb = norms.findIndex((w, k) => !!lex.accompanyVerbs.match([w], norms.slice(k + 1, k + 4)));
  const marker = norms.findLastIndex((w, k) => k < verb && lex.objectMarkers.has(w));
  return verb < 0 || marker < 0 ? [] : persons.filter((p) => p.to < marker);
}
