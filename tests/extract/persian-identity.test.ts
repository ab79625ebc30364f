// Persian spellings of names share the resolver's cross-script keys with Arabic and Latin ones: the Persian
// letters (پ چ ژ گ ک ی), the ZWNJ, and pinyin's x.
import { describe, expect, it } from "vitest";
import { foldForKeys, wordKeys } from "../../src/resolve/skeleton.ts";

const keys = (word: string): string[] => wordKeys(foldForKeys(word));
const share = (a: string, b: string): boolean => keys(a).some((k) => keys(b).includes(k));

describe("Persian names across scripts", () => {
  it.each([
    ["پزشکیان", "Pezeshkian", "pe and kaf"],
    ["پزشکیان", "بزشكيان", "pe written ba, Persian kaf and ya"],
    ["عراقچی", "عراقجي", "che written jim"],
    ["عراقچی", "Araghchi", "che and gh"],
    ["چاووش‌اوغلو", "Çavuşoğlu", "ZWNJ inside the name, Turkish letters"],
    ["ژاپاروف", "Japarov", "zhe"],
    ["ژاپاروف", "جاباروف", "zhe written jim"],
    ["گروسی", "Grossi", "gaf"],
    ["گروسی", "غروسي", "gaf written ghain"],
    ["علی‌اف", "علييف", "ZWNJ and the -yev ending"],
    ["شی", "Xi", "pinyin x"],
  ])("%s ~ %s (%s)", (a, b) => {
    expect(share(a, b)).toBe(true);
  });

  it.each([
    ["پوتین", "Bayramov"],
    ["گروسی", "Rubio"],
    ["شی", "Kim"],
  ])("%s and %s stay apart", (a, b) => {
    expect(share(a, b)).toBe(false);
  });
});
