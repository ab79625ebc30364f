// One companion's share of someone else's visit: the same visit (place, date, status), told of the companion,
// with the words that name them as its evidence. Every pack builds it here, so a companion is never the
// article's topic (context.ts) and always takes the head's country (fromDelegations).
import type { EventMention, Span } from "./mentions.ts";
import type { Sentence } from "./text/tokenize.ts";

/** The span of tokens [from, to) of a sentence. */
export function tokenSpan(sentence: Sentence, from: number, to: number): Span {
  return {
    sentence: sentence.index,
    from,
    to,
    start: sentence.tokens[from]!.start,
    end: sentence.tokens[to - 1]!.end,
  };
}

export function accompanyingVisit(visit: EventMention, companion: number, evidence: Span): EventMention {
  return {
    ...visit,
    ...evidence,
    agent: companion,
    agentImplied: false,
    accompanying: true,
    others: [],
    hosts: [],
  };
}
