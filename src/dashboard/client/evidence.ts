// The evidence of one fact: each sentence in its own direction, the exact span marked from the stored offsets, and
// where it comes from (article, outlet, date, link).
import { bidi, h, isRtl } from "./dom.ts";
import type { EvidenceItem } from "./queries.ts";

/**
 * The span inside the sentence: offsets are in the article, so the sentence's own start places them. Without it
 * (graphs written before it was stored) a span as long as the sentence is the sentence; anything else stays unmarked.
 */
export function spanInSentence(e: EvidenceItem): { start: number; end: number } | null {
  if (e.start === null || e.end === null) return null;
  if (e.sentenceStart !== null) {
    const start = e.start - e.sentenceStart;
    const end = e.end - e.sentenceStart;
    return start >= 0 && end <= e.text.length && end > start ? { start, end } : null;
  }
  return e.end - e.start === e.text.length ? { start: 0, end: e.text.length } : null;
}

const RTL_LANGUAGES = new Set(["ar", "fa", "ur", "he"]);

export function evidenceBlock(e: EvidenceItem): HTMLElement {
  const language = e.article?.language ?? "";
  const rtl = RTL_LANGUAGES.has(language) || isRtl(e.text);
  const span = spanInSentence(e);
  const quote = h("blockquote", {
    dir: rtl ? "rtl" : "ltr",
    lang: language || (rtl ? "ar" : "en"),
    class: "sentence",
  });
  if (span === null) {
    quote.append(e.text);
  } else {
    quote.append(
      e.text.slice(0, span.start),
      h(
        "mark",
        { title: `characters ${e.start ?? ""}–${e.end ?? ""} of the article` },
        e.text.slice(span.start, span.end),
      ),
      e.text.slice(span.end),
    );
  }
  const a = e.article;
  const title = a?.title ?? `article ${e.articleId}`;
  const source = h(
    "p",
    { class: "source" },
    a?.url ? h("a", { href: a.url, rel: "noopener noreferrer", target: "_blank" }, bidi(title)) : bidi(title),
    a?.source ? h("span", {}, " · ", bidi(a.source)) : null,
    " · ",
    a?.publishedAt ?? "date not given",
    e.sentence !== null ? ` · sentence ${e.sentence + 1}` : "",
    span === null ? " · span not located in the sentence" : "",
  );
  return h("figure", { class: "evidence" }, quote, h("figcaption", {}, source));
}
