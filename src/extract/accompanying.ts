// One companion's share of someone else's visit: the same visit (place, date, status), told of the companion,
// with the words that name them as its evidence. Every pack builds it here, so a companion is never the
// article's topic (context.ts) and always takes the head's country (fromDelegations).
import type { EventMention, PersonMention, Span } from "./mentions.ts";
import type { Sentence } from "./text/tokenize.ts";

/** A sentence and the people named in it: what the passes that find companions read. */
export interface SentencePeople {
  sentence: Sentence;
  persons: readonly PersonMention[];
}

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

/**
 * The article's held visits (not companions' shares), read in sentence order: `lastBefore(k)` is the last one
 * told before sentence k. Calls must come with k never decreasing (one pass over the sentences), so each costs
 * what the cursor moves.
 */
export class HeldVisits {
  private readonly held: EventMention[];
  private next = 0;
  private last: EventMention | undefined;

  constructor(events: readonly EventMention[]) {
    this.held = events.filter((e) => e.type === "Visit" && e.status === "held" && !e.accompanying);
  }

  lastBefore(sentence: number): EventMention | undefined {
    while (this.next < this.held.length && this.held[this.next]!.sentence < sentence)
      this.last = this.held[this.next++];
    return this.last;
  }
}
