// What the language-neutral merging of names needs to know about how names are built, read from data
// (src/extract/lang/names.json) once and folded as mentions' name keys are.
import { z } from "zod/v4";
import { fold } from "../text/fold.ts";
import { loadJson } from "../lang/load.ts";

const schema = z.object({
  $comment: z.string().optional(),
  /** "son of" / "daughter of" between the parts of a lineage name ("فهد بن ناصر", "Fahd bin Nasser"). */
  lineageParticles: z.array(z.string().min(1)).min(1),
  /** A word that makes one name with the word after it ("عبد الكريم"). */
  compoundPrefixes: z.array(z.string().min(1)),
  /** A word that opens a family name, whatever word follows it ("آل سعود"). */
  familyParticles: z.array(z.string().min(1)),
  /** Words that open a surname in Latin script ("el-Nasri", "von der Heide"): no name of their own. */
  surnameArticles: z.array(z.string().min(1)),
  /** Words after a surname that tell one generation from another ("Jr."): no part of the name to match on. */
  generationalSuffixes: z.array(z.string().min(1)),
});

export interface NameRules {
  lineageParticles: ReadonlySet<string>;
  compoundPrefixes: ReadonlySet<string>;
  generationalSuffixes: ReadonlySet<string>;
  surnameArticles: ReadonlySet<string>;
  /** Lineage and family particles: the word after one is a name word, whatever else it may be ("بن سلطان"). */
  openingParticles: ReadonlySet<string>;
}

let rules: NameRules | null = null;

export function nameRules(): NameRules {
  if (rules) return rules;
  const raw = loadJson("names.json", schema);
  rules = {
    lineageParticles: new Set(raw.lineageParticles.map(fold)),
    compoundPrefixes: new Set(raw.compoundPrefixes.map(fold)),
    generationalSuffixes: new Set(raw.generationalSuffixes.map(fold)),
    surnameArticles: new Set(raw.surnameArticles.map(fold)),
    openingParticles: new Set([...raw.lineageParticles, ...raw.familyParticles].map(fold)),
  };
  return rules;
}
