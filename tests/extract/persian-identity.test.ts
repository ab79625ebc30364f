// Persian spellings of names share the resolver's cross-script keys with Arabic and Latin ones: the Persian
// letters (پ چ ژ گ ک ی), the ZWNJ, and pinyin's x.
import { describe, expect, it } from "vitest";
import { foldForKeys, wordKeys } from "../../src/resolve/skeleton.ts";

const keys = (word: string): string[] => wordKeys(foldForKeys(word));
const share = (a: string, b: string): boolean => keys(a).some((k) => keys(b).includes(k));

describe("Persian names across scripts", () => {
  it.each([
    ["پاکدلیان", "Pakdelian", "pe and kaf"],
    ["پاکدلیان", "باكدليان", "pe written ba, Persian kaf and ya"],
    ["قربانچی", "قربانجي", "che written jim"],
    ["قربانچی", "Ghorbanchi", "che and gh"],
    ["چاکیش‌اوغلو", "Çakışoğlu", "ZWNJ inside the name, Turkish letters"],
    ["ژالیلوف", "Jalilov", "zhe"],
    ["ژالیلوف", "جاليلوف", "zhe written jim"],
    ["گرامی", "Gerami", "gaf"],
    ["گرامی", "غرامي", "gaf written ghain"],
    ["ولی‌اف", "ولييف", "ZWNJ and the -yev ending"],
    ["شیائو", "Xiao", "pinyin x"],
  ])("%s ~ %s (%s)", (a, b) => {
    expect(share(a, b)).toBe(true);
  });

  it.each([
    ["کالینوف", "Baylarov"],
    ["گرامی", "Castellano"],
    ["شیائو", "Kim"],
  ])("%s and %s stay apart", (a, b) => {
    expect(share(a, b)).toBe(false);
  });
});
