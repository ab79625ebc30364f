// "هیئت همراه رئیس جمهور شامل X، وزیر خارجه، و چند وزیر دیگر است": a sentence that lists a delegation with no
// journey of its own. Those it lists travelled with the article's visitor, so they make the visit told last.
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
