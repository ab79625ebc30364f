// Merges one article's person mentions into people: full name, surname alone, and role mentions ("the Azeri president").
import type { PersonMention } from "../mentions.ts";
import { nameRules } from "./name-rules.ts";

export interface PersonCluster {
  /** Index in the article's list of people. */
  index: number;
  mentions: PersonMention[];
  /** Name keys (folded words) of every named mention. */
  keys: string[][];
  names: string[];
  titles: string[];
  stems: Set<string>;
  /** Stems of the first word of each title: the head ("رئيس", "وزير"). */
  heads: Set<string>;
  country: string | null;
}

const isParticle = (word: string): boolean => nameRules().lineageParticles.has(word);

/**
 * Whether the shorter name can stand for the longer: its words appear in order in the longer one and both end
 * on the same word ("الحداد" in "سامي الحداد"; "كريم الراشد" in "كريم بن فهد الراشد").
 */
const isSuffix = (short: readonly string[], long: readonly string[]): boolean => {
  const s = short.filter((w) => !isParticle(w));
  const l = long.filter((w) => !isParticle(w));
  if (s.length === 0 || s.length > l.length || s[s.length - 1] !== l[l.length - 1]) return false;
  // "King Salman" is not "Khalid bin Salman": a word right after a lineage particle is the father's name.
  if (short.length === 1 && long.length >= 2 && isParticle(long[long.length - 2] ?? "")) return false;
  // A lineage name starts with the person's own name: "فهد بن ناصر" is not "خالد بن فهد بن ناصر".
  const lineage = short.some(isParticle) && long.some(isParticle);
  if (lineage && s.length > 1 && s[0] !== l[0]) return false;
  let k = 0;
  for (const w of l) if (w === s[k]) k++;
  return k === s.length;
};

/**
 * "سعيد بن خليفة" for "سعيد بن خليفة آل سالم": a lineage name (own name, particle, father's name at least) that
 * opens a longer one, word for word, is that person with the rest of the line left out.
 */
const isLineagePrefix = (short: readonly string[], long: readonly string[]): boolean =>
  short.length >= 3 &&
  short.length < long.length &&
  short.some(isParticle) &&
  !isParticle(short[short.length - 1] ?? "") &&
  short.every((w, k) => long[k] === w);

/** Whether two names can be one person's: one the tail of the other, or one a lineage name that opens the other. */
const sameLine = (a: readonly string[], b: readonly string[]): boolean =>
  isSuffix(a, b) || isSuffix(b, a) || isLineagePrefix(a, b) || isLineagePrefix(b, a);

/**
 * "منصور العطار" and "خالد منصور العطار": a two-word name that is the tail of a longer one whose first word differs is
 * the father (the son's name carries his father's), not the same person.
 */
function fatherAndSon(a: readonly string[], b: readonly string[]): boolean {
  // A compound prefix makes one name with the word after it ("عبد الكريم").
  const join = (k: readonly string[]) => {
    const out: string[] = [];
    for (const w of k) {
      const previous = out[out.length - 1];
      if (previous !== undefined && nameRules().compoundPrefixes.has(previous))
        out[out.length - 1] = `${previous}_${w}`;
      else out.push(w);
    }
    return out;
  };
  const [short, long] = a.length <= b.length ? [join(a), join(b)] : [join(b), join(a)];
  // Arabic names only: Latin script writes compound surnames with a hyphen that the key splits (Amir-Hosseinpour).
  if (!/[\u0600-\u06ff]/.test(short.join(""))) return false;
  return (
    short.length === 2 &&
    long.length >= 3 &&
    short[0] !== long[0] &&
    long.slice(-2).join(" ") === short.join(" ")
  );
}

/** "Ramon Santos Sr." and "… Jr.": the generation a name ends with, folded, if any. */
function generationOf(name: string): string | undefined {
  const last = name.toLowerCase().split(/\s+/).at(-1)?.replace(/\.$/u, "");
  return last !== undefined && nameRules().generationalSuffixes.has(last) ? last : undefined;
}

/** A father and son of one name: both full names state their generation, and they differ. */
function otherGeneration(c: PersonCluster, m: PersonMention): boolean {
  const own = m.name === null ? undefined : generationOf(m.name);
  return own !== undefined && c.names.some((n) => (generationOf(n) ?? own) !== own);
}

/** Both have titles and they share no word: two posts, two people ("المشير" / "الفريق، رئيس أركان …"). */
function titlesDiffer(c: PersonCluster, m: PersonMention): boolean {
  return c.stems.size > 0 && m.titleStems.length > 0 && !m.titleStems.some((s) => c.stems.has(s));
}

/** Whether a mention's name can be the cluster's person: same words, or one the tail of the other (surname). */
function nameFits(key: readonly string[], cluster: PersonCluster): boolean {
  return cluster.keys.some((k) => sameLine(key, k));
}

/**
 * "الملك نايف", "King Nayef": a single name with a title is the person whose full name starts with it and
 * who holds that title (one shared title word at least).
 */
function titledFirstName(m: PersonMention, cluster: PersonCluster): boolean {
  const [first] = m.nameKey;
  return (
    m.nameKey.length === 1 &&
    m.titleStems.some((s) => cluster.stems.has(s)) &&
    cluster.keys.some((k) => k.length >= 2 && k[0] === first)
  );
}

/**
 * "ملا یعقوب" after "ملا محمد یعقوب مجاهد": a single name that fits no one by its ends is the one person whose
 * full name has it in the middle (Afghan and Pakistani usage names people so), when only one has.
 */
function byMiddleName(key: readonly string[], clusters: readonly PersonCluster[]): PersonCluster | undefined {
  const [only] = key;
  if (key.length !== 1 || only === undefined) return undefined;
  // The key may join the last names into one word ("يعقوبمجاهد"): a middle name then opens that word.
  const inMiddle = (k: readonly string[]) =>
    k.slice(1, -1).includes(only) || k.slice(1).some((w) => w !== only && w.startsWith(only));
  const holders = clusters.filter((c) => c.keys.some((k) => k.length >= 2 && inMiddle(k)));
  return holders.length === 1 ? holders[0] : undefined;
}

function absorb(cluster: PersonCluster, m: PersonMention): void {
  cluster.mentions.push(m);
  // Each distinct name once: a long article repeats a name thousands of times, and every later mention is
  // compared with every key.
  if (m.name !== null) {
    const key = m.nameKey.join(" ");
    if (!cluster.keys.some((k) => k.join(" ") === key)) cluster.keys.push(m.nameKey);
    if (!cluster.names.includes(m.name)) cluster.names.push(m.name);
  }
  for (const t of m.titles) if (!cluster.titles.includes(t)) cluster.titles.push(t);
  for (const s of m.titleStems) cluster.stems.add(s);
  const head = m.titleStems[0];
  if (head) cluster.heads.add(head);
  cluster.country ??= m.country;
}

const lastWord = (key: readonly string[]): string | undefined => key.filter((w) => !isParticle(w)).at(-1);

/**
 * People by the words a mention must share to be them: the last word of a name (a surname stands for the full
 * name only when both end on it) and, for a titled first name alone, the first word. A long article then
 * compares each mention with its few namesakes, not with everyone named so far.
 */
class NameIndex {
  private readonly byLast = new Map<string, PersonCluster[]>();
  private readonly byFirst = new Map<string, PersonCluster[]>();

  add(key: readonly string[], cluster: PersonCluster): void {
    const last = lastWord(key);
    if (last !== undefined) this.file(this.byLast, last, cluster);
    if (key.length >= 2 && key[0] !== undefined) this.file(this.byFirst, key[0], cluster);
  }

  /** Every person the mention's name could stand for, in the order they were first named. */
  candidates(key: readonly string[]): PersonCluster[] {
    const last = lastWord(key);
    const found = new Set(last === undefined ? [] : (this.byLast.get(last) ?? []));
    // A lineage name may open a longer one ("سعيد بن خليفة", "سعيد بن خليفة آل سالم"): they share the first word.
    if ((key.length === 1 || key.some(isParticle)) && key[0] !== undefined)
      for (const c of this.byFirst.get(key[0]) ?? []) found.add(c);
    return [...found].sort((a, b) => a.index - b.index);
  }

  private file(map: Map<string, PersonCluster[]>, word: string, cluster: PersonCluster): void {
    const list = map.get(word) ?? [];
    if (list.length === 0) map.set(word, list);
    if (list[list.length - 1] !== cluster && !list.includes(cluster)) list.push(cluster);
  }
}

/** Whether every full name of the candidates is the tail of another's or ends another's: one family's line. */
function sameFamily(candidates: readonly PersonCluster[]): boolean {
  const full = candidates.flatMap((c) => c.keys.filter((k) => k.length >= 2));
  return full.every((a) => full.every((b) => a === b || isSuffix(a, b) || isSuffix(b, a)));
}

/**
 * Named mentions first: a mention joins the most recently mentioned person whose name it fits (a bare surname
 * shared by two people goes to the nearer one); full names that differ in their first names stay apart.
 */
export function clusterNamed(mentions: readonly PersonMention[]): PersonCluster[] {
  const clusters: PersonCluster[] = [];
  const lastSeen = new Map<PersonCluster, number>();
  const index = new NameIndex();
  mentions.forEach((m, order) => {
    if (m.name === null || m.nameKey.length === 0) return;
    const fits = index.candidates(m.nameKey).filter((c) => nameFits(m.nameKey, c) || titledFirstName(m, c));
    // Two different full names never merge: "سامي الحداد" and "نبيل الحداد" share only the surname.
    const compatible = fits.filter(
      (c) =>
        !otherGeneration(c, m) &&
        (m.nameKey.length === 1 ||
          c.keys.every(
            (k) =>
              k.length === 1 ||
              (sameLine(m.nameKey, k) && !(fatherAndSon(k, m.nameKey) && titlesDiffer(c, m))),
          )),
    );
    // A surname alone shared by several: the one whose titles it shares, else the family's plainest name,
    // ("العطار" is "منصور العطار" rather than "خالد منصور العطار"), else one who holds a post, else the one named
    // more often so far ("El-Nasri said" after "Leila el-Nasri, the wife of …" is still the president), else the
    // last one mentioned.
    const titleOverlap = (c: PersonCluster) => m.titleStems.filter((s) => c.stems.has(s)).length;
    const bare = m.nameKey.filter((w) => !nameRules().surnameArticles.has(w)).length === 1;
    const family = bare && sameFamily(compatible);
    const plainest = (c: PersonCluster) => Math.min(...c.keys.map((k) => k.length));
    const target = compatible.sort(
      (a, b) =>
        titleOverlap(b) - titleOverlap(a) ||
        (family ? plainest(a) - plainest(b) : 0) ||
        // …else one who holds a post over one only named ("Haddad said" is the one in office, not a namesake only named).
        (bare ? Number(b.stems.size > 0) - Number(a.stems.size > 0) : 0) ||
        (bare ? b.mentions.length - a.mentions.length : 0) ||
        (lastSeen.get(b) ?? 0) - (lastSeen.get(a) ?? 0),
    )[0];
    const middle = fits.length === 0 ? byMiddleName(m.nameKey, clusters) : undefined;
    const cluster = target ??
      middle ?? {
        index: clusters.length,
        mentions: [],
        keys: [],
        names: [],
        titles: [],
        stems: new Set<string>(),
        heads: new Set<string>(),
        country: null,
      };
    if (!target && !middle) clusters.push(cluster);
    const known = cluster.keys.length;
    absorb(cluster, m);
    for (const key of cluster.keys.slice(known)) index.add(key, cluster);
    lastSeen.set(cluster, order);
  });
  return clusters;
}

/**
 * Whether a role shares only its head word with the person's titles while it says more: "رئيس الحكومة" is not
 * "الرئيس", "the prime minister" is not "the defence minister" (a role's other stems may be alternatives, as
 * "head of state" lists "president": one of those shared is enough).
 */
function onlyTheHead(role: PersonMention, c: PersonCluster): boolean {
  const [head, ...rest] = role.titleStems;
  return rest.length > 0 && head !== undefined && c.stems.has(head) && !rest.some((s) => c.stems.has(s));
}

/**
 * "الوزير الضيف", "the visiting secretary": the one who visits, when the article has one (of the role's post when
 * it names one and several visit).
 */
function guestOf(
  role: PersonMention,
  candidates: readonly PersonCluster[],
  visitors: ReadonlySet<PersonCluster>,
): PersonCluster | null {
  const guests = candidates.filter((c) => visitors.has(c));
  if (guests.length === 1) return guests[0] ?? null;
  const ofPost = guests.filter((c) => role.titleStems.some((s) => c.stems.has(s)));
  return ofPost.length === 1 ? (ofPost[0] ?? null) : null;
}

/**
 * A role mention goes to the person whose titles share most with it (the head counts double), among people of
 * its country. With no shared word, it still goes to the only person of its country when `needed` (it acts in an
 * event). Returns the cluster or null.
 */
export function resolveRole(
  role: PersonMention,
  clusters: readonly PersonCluster[],
  needed: boolean,
  visitors: ReadonlySet<PersonCluster> = new Set(),
  sourceCountry: string | null = null,
  active: ReadonlySet<PersonCluster> = new Set(),
): PersonCluster | null {
  // A titled person of no stated country in an outlet's report is presumed of the outlet's country: "وزير
  // الخارجية" in an Iranian agency's story is not "وزير خارجية جمهورية أذربيجان".
  const countryOf = (c: PersonCluster) => c.country ?? (c.titles.length ? sourceCountry : null);
  const candidates = clusters.filter(
    (c) => role.country === null || countryOf(c) === null || countryOf(c) === role.country,
  );
  const guest = role.guest ? guestOf(role, candidates, visitors) : null;
  if (guest) return guest;
  const head = role.titleStems[0];
  // Someone known to be of the role's stated country outweighs a head shared with someone of no known country:
  // "وزیر خارجه چین" is China's minister, not the foreign minister whose country was not read.
  const sameCountry = (c: PersonCluster) => (role.country && c.country === role.country ? 2.5 : 0);
  let best: PersonCluster | null = null;
  let bestScore = 0;
  let tie = false;
  for (const c of candidates) {
    const overlap = role.titleStems.filter((s) => c.stems.has(s)).length;
    const score = overlap + (head && c.heads.has(head) ? 2 : 0) + sameCountry(c);
    if (overlap === 0 || onlyTheHead(role, c)) continue;
    if (score > bestScore) {
      best = c;
      bestScore = score;
      tie = false;
    } else if (score === bestScore) tie = true;
  }
  if (best && !tie) return best;
  // A tie between people with the same title ("الملك" for two kings): the one the article is about, named first.
  if (best && tie && needed) {
    const tied = candidates.filter((c) => {
      const overlap = role.titleStems.filter((s) => c.stems.has(s)).length;
      const score = overlap + (head && c.heads.has(head) ? 2 : 0) + sameCountry(c);
      return overlap > 0 && !onlyTheHead(role, c) && score === bestScore;
    });
    return tied.sort((a, b) => a.index - b.index)[0] ?? null;
  }
  if (!needed || role.country === null) return null;
  // A role that names a post ("رئيس وزراء جمهورية كرواتيا") is not someone who holds another ("وزير الخارجية").
  const otherPost = (c: PersonCluster) =>
    !role.counterpart &&
    role.titleStems.length >= 2 &&
    c.heads.size > 0 &&
    !role.titleStems.some((s) => c.heads.has(s));
  const same = clusters.filter((c) => countryOf(c) === role.country && !otherPost(c));
  if (same.length === 1) return same[0] ?? null;
  return visitingOrActing(same, visitors, active);
}

/**
 * "the Iranian official", among several Iranians: the one the article follows, who visits (one only presumed of
 * the outlet's country is not, if he visits: a visitor comes from elsewhere); else, "نظيره الروسي" among a
 * minister who meets and a president only named, the one who takes part in events.
 */
function visitingOrActing(
  same: readonly PersonCluster[],
  visitors: ReadonlySet<PersonCluster>,
  active: ReadonlySet<PersonCluster>,
): PersonCluster | null {
  const visiting = same.filter((c) => visitors.has(c) && c.country !== null);
  if (visiting.length === 1) return visiting[0] ?? null;
  const acting = same.filter((c) => active.has(c));
  return acting.length === 1 ? (acting[0] ?? null) : null;
}

export function addRoleMention(cluster: PersonCluster, role: PersonMention): void {
  cluster.mentions.push(role);
  cluster.country ??= role.country;
}
