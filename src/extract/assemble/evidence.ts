// Builds Evidence records (article, sentence, offsets, the sentence's text) from mention spans.
import type { Evidence } from "../../domain/types.ts";
import type { Span } from "../mentions.ts";
import type { Sentence } from "../text/tokenize.ts";

export class EvidenceMaker {
  constructor(
    private readonly sentences: readonly Sentence[],
    private readonly articleId: string,
    private readonly version: string,
  ) {}

  /** One evidence per distinct span, in text order. */
  forSpans(spans: readonly Span[]): Evidence[] {
    const seen = new Set<string>();
    const out: Evidence[] = [];
    for (const s of [...spans].sort((a, b) => a.start - b.start)) {
      const key = `${s.start}:${s.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const sentence = this.sentences[s.sentence];
      out.push({
        articleId: this.articleId,
        sentence: s.sentence,
        start: s.start,
        end: s.end,
        text: sentence?.text ?? "",
        ...(sentence ? { sentenceStart: sentence.start } : {}),
        extractorVersion: this.version,
      });
    }
    return out;
  }
}
