// Wire-style English articles made up here (invented names, no real person): for tests that need articles of
// any size or many articles about one new person, without the fixtures of other suites.

const SYLLABLES = [
  "zor",
  "bek",
  "tal",
  "van",
  "mir",
  "qes",
  "dor",
  "lan",
  "vek",
  "sul",
  "ran",
  "tek",
  "nor",
  "bal",
];
const CITIES = ["Ankara", "Cairo", "Baku", "Doha", "Muscat", "Amman", "Tehran", "Riyadh"];
const COUNTRIES = ["Turkish", "Egyptian", "Azerbaijani", "Qatari", "Omani", "Jordanian", "Iranian", "Saudi"];
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

/** A deterministic generator of small integers (mulberry32): the same seed gives the same article. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(next: () => number, items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;

/** An invented name of two capitalised words: "Zorbek Talvan". */
export function inventedName(next: () => number): string {
  const word = () => {
    const w = pick(next, SYLLABLES) + pick(next, SYLLABLES);
    return w[0]?.toUpperCase() + w.slice(1);
  };
  return `${word()} ${word()}`;
}

/** One paragraph of wire copy: a minister of one country meets a named counterpart in a city. */
export function wireParagraph(
  next: () => number,
  person = inventedName(next),
  other = inventedName(next),
  /** The first person's nationality ("Omani"); random when not given. */
  nationality = pick(next, COUNTRIES),
): string {
  const [a, b] = [nationality, pick(next, COUNTRIES)];
  const city = pick(next, CITIES);
  return (
    `${a} Foreign Minister ${person} met his ${b} counterpart ${other} in ${city} on ${pick(next, DAYS)}, ` +
    `officials said. The two ministers discussed bilateral relations and regional developments, ` +
    `the ministry said in a statement.`
  );
}

/**
 * An article of about `bytes` bytes, paragraphs separated by blank lines, about a cast of `cast` invented
 * people (a long article retells the same people's meetings, as a digest does).
 */
export function wireArticle(seed: number, bytes: number, cast = 8): string {
  const next = random(seed);
  const people = Array.from({ length: cast }, () => inventedName(next));
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const p = wireParagraph(next, pick(next, people), pick(next, people));
    parts.push(p);
    size += p.length + 2;
  }
  return parts.join("\n\n");
}
