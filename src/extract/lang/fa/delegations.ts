// "هیئت همراه رئیس جمهور شامل X، وزیر خارجه، و چند وزیر دیگر است": a sentence that lists a delegation with no
// journey of its own. Those it lists travelled with the article's visitor, so they make the visit told last. So
// do those who "accompany" the visitor ("X و Y نیز او را همراهی می‌کنند").
import { accompanyingVisit, HeldVisits, tokenSpan, type SentencePeople } from "../../accompanying.ts";
import type { EventMention } from "../../mentions.ts";
import type { PersianLexicon } from "./lexicon.ts";

/** The visits of those a delegation is said to include, copied from the last held visit up to their sentence. */
export function delegationVisits(
  sentences: readonly SentencePeople[],
  events: readonly EventMention[],
  lex: PersianLexicon,
): EventMention[] {
  const out: EventMention[] = [];
  const visits = new HeldVisits(events);
  const travelling = new Set(events.filter((e) => e.type === "Visit").map((e) => e.agent));
  for (const { sentence, persons } of sentences) {
    // Up to this sentence, its own visits included ("… وارد شد. هیئت همراه …" may share one sentence).
    const visit = visits.lastBefore(sentence.index + 1);
    const norms = sentence.tokens.map((t) => t.norm);
    const noun = norms.findIndex((w) => lex.delegationNouns.has(w));
    if (noun < 0 || !visit || visit.agent === null) continue;
    const cue = norms.findIndex(
      (w, k) => k > noun && !!lex.companionCues.match([w], norms.slice(k + 1, k + 3)),
    );
    if (cue < 0) continue;
    for (const p of persons) {
      // Named members only: a role after the list ("و چند وزیر دیگر") is nobody in particular.
      if (p.from <= cue || p.name === null || travelling.has(p.id)) continue;
      out.push(accompanyingVisit(visit, p.id, tokenSpan(sentence, p.from, p.to)));
    }
  }
  return out;
}

/**
 * "X، وزیر خارجه را در این سفر همراهی می‌کند", "X و Y نیز او را همراهی می‌کنند": the people named before the one
 * accompanied (the words before "را") made the last held visit told up to their sentence.
 */
export function accompanyingSubjects(
  sentences: readonly SentencePeople[],
  events: readonly EventMention[],
  lex: PersianLexicon,
): EventMention[] {
  const out: EventMention[] = [];
  const visits = new HeldVisits(events);
  const travelling = new Set(events.filter((e) => e.type === "Visit").map((e) => e.agent));
  for (const { sentence, persons } of sentences) {
    const norms = sentence.tokens.map((t) => t.norm);
    const verb = norms.findIndex((w, k) => !!lex.accompanyVerbs.match([w], norms.slice(k + 1, k + 4)));
    const marker = norms.findLastIndex((w, k) => k < verb && lex.objectMarkers.has(w));
    const visit = visits.lastBefore(sentence.index + 1);
    if (verb < 0 || marker < 0 || !visit || visit.agent === null) continue;
    for (const p of persons) {
      // The one accompanied stands right before "را"; the visitor's own mention already travels.
      if (p.to >= marker || p.name === null || travelling.has(p.id)) continue;
      out.push(accompanyingVisit(visit, p.id, tokenSpan(sentence, p.from, p.to)));
    }
  }
  return out;
}
