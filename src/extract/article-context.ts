// What the extractor knows about an article besides its text: its id, language, outlet country and date.

export interface ArticleContext {
  articleId: string;
  language: "ar" | "en" | "fa";
  /** ISO alpha-2 of the outlet's country: what "our country" means. */
  sourceCountry: string | null;
  /** YYYY-MM-DD, to resolve "on Thursday" and "16 July". */
  publishedAt: string | null;
}
