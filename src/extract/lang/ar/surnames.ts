// A surname met once in a full name ("سليم داوودي", "أحمد جاسم السوداني") is a mention wherever it stands alone
// ("والتقى داوودي", "والتقى السوداني"), even when it is also a demonym.
import { bareNameMention, type GeoMention, type PersonMention } from "../../mentions.ts";
import type { Sentence } from "../../text/tokenize.ts";
import { arabicMorphology, readings, surnameKey } from "./morphology.ts";
import type { ArabicWords, SentenceTags } from "./words.ts";

/** Last words of full names (two words or more) that are no given name: what a later bare mention uses. */
export function knownSurnames(persons: readonly PersonMention[], words: ArabicWords): Set<string> {
  const out = new Set<string>();
  for (const p of persons) {
    const last = p.nameKey[p.nameKey.length - 1];
    if (p.nameKey.length >= 2 && last && last.length >= 3 && !words.isGivenName(last)) out.add(last);
  }
  return out;
}

/**
 * Last words of full names that are given names too ("عبد الكريم فاضل رشيد"): alone, such a word is a mention only
 * beside another person ("الحسني ورشيد", "رشيد والحسني"), and only when no one of the article bears it as a
 * given name nor is it a frequent word.
 */
export function givenNameSurnames(persons: readonly PersonMention[], words: ArabicWords): Set<string> {
  const out = new Set<string>();
  for (const p of persons) {
    const last = p.nameKey[p.nameKey.length - 1];
    if (p.nameKey.length >= 2 && last && last.length >= 3 && words.isGivenName(last)) out.add(last);
  }
  // Someone the article names by that word first ("رشيد الحسني"), or by that word alone ("الرئيس رشيد"), makes it
  // ambiguous: left to the other passes.
  for (const p of persons) out.delete(p.nameKey[0] ?? "");
  for (const w of out) if (words.lex.commonWords.has(w)) out.delete(w);
  return out;
}

/** The part of a sentence's working state this pass reads and changes. */
interface SurnameSentence {
  sentence: Sentence;
  tags: SentenceTags;
  geos: GeoMention[];
  persons: readonly PersonMention[];
}

/**
 * "والتقى السوداني رئيس الحكومة …", "وكان السوداني قد زار …": a demonym of one word that is the surname of
 * someone the article named in full is that person where it qualifies no noun: after a verb of meeting,
 * visiting or speaking, after a comma, or after any word that is neither definite nor a title's (a demonym
 * qualifies the definite noun before it: "الرئيس السوداني", "وزير الخارجية السوداني" stay Sudanese).
 */
function demonymAsSurname(s: SurnameSentence, i: number, words: ArabicWords): GeoMention | null {
  const geo = s.tags.geoAt.get(i);
  const before = s.sentence.tokens[i - 1];
  if (!geo || geo.kind !== "demonym" || geo.from !== i || geo.to !== i + 1) return null;
  if (!before || before.punct || words.isEventVerb(before)) return geo;
  const qualifiable = readings(before.norm).some((x) => x.definite) || words.isTitleWord(before);
  return qualifiable || s.tags.geoAt.has(i - 1) ? null : geo;
}

export function findSurnames(
  s: SurnameSentence,
  surnames: Set<string>,
  givenSurnames: Set<string>,
  words: ArabicWords,
  newId: () => number,
): PersonMention[] {
  const out: PersonMention[] = [];
  const { sentence, tags } = s;
  const bare = (i: number, prefix: string, key: string): PersonMention => {
    const tok = sentence.tokens[i]!;
    tags.taken.add(i);
    return bareNameMention({
      id: newId(),
      sentence: sentence.index,
      from: i,
      to: i + 1,
      start: tok.start + prefix.length,
      end: tok.end,
      name: tok.text.slice(prefix.length),
      nameKey: [key],
    });
  };
  sentence.tokens.forEach((tok, i) => {
    if (tok.punct || tags.taken.has(i)) return;
    const demonym = tags.geoAt.has(i) ? demonymAsSurname(s, i, words) : null;
    if (tags.geoAt.has(i) && !demonym) return;
    const r = readings(tok.norm).find((x) => surnames.has(surnameKey(x.word)) && !x.definite);
    if (!r) return;
    if (demonym) {
      tags.geoAt.delete(i);
      s.geos = s.geos.filter((g) => g !== demonym);
    }
    out.push(bare(i, r.prefix, surnameKey(r.word)));
  });
  if (givenSurnames.size === 0) return out;
  // "الحسني ورشيد", "رشيد والحسني": a given-name surname joined by "و" to a person right beside it.
  const { and } = arabicMorphology().clitics;
  const persons = [...s.persons, ...out];
  const endsAt = (j: number) => persons.some((p) => p.to === j);
  const startsWithAnd = (j: number) =>
    persons.some((p) => p.from === j) && (sentence.tokens[j]?.norm.startsWith(and) ?? false);
  sentence.tokens.forEach((tok, i) => {
    if (tok.punct || tags.taken.has(i) || tags.geoAt.has(i)) return;
    const r = readings(tok.norm).find((x) => givenSurnames.has(surnameKey(x.word)) && !x.definite);
    if (!r) return;
    const joined = (r.prefix === and && endsAt(i)) || (r.prefix === "" && startsWithAnd(i + 1));
    if (joined) out.push(bare(i, r.prefix, surnameKey(r.word)));
  });
  return out;
}
