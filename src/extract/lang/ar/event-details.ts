// The parts of an Arabic event read around its trigger: how far its clause goes, whether it is planned or only
// attended, who hosts it, where and when it took place, how long it lasted and what it was about.
import type { DateMention, GeoMention, PersonMention } from "../../mentions.ts";
import { COMMAS } from "../../text/chars.ts";
import type { Sentence, Token } from "../../text/tokenize.ts";
import type { ArabicLexicon } from "./lexicon.ts";
import { arabicMorphology, forms, readings } from "./morphology.ts";
import type { Trigger } from "./triggers.ts";

export interface SentenceFindings {
  sentence: Sentence;
  persons: PersonMention[];
  geos: GeoMention[];
  dates: DateMention[];
}

/** One trigger's clause: from the trigger to the next trigger or a word that breaks the clause. */
export interface Clause {
  end: number;
  /** People in the clause after the trigger, and anywhere before it. */
  after: PersonMention[];
  before: PersonMention[];
  /** "بين X وY" right after the trigger: everyone named is a side. */
  between: boolean;
  inClause: (m: { from: number }) => boolean;
}

const norms = (toks: readonly Token[]): string[] => toks.map((t) => t.norm);

/** The clause of trigger k of the sentence. */
export function clauseOf(
  lex: ArabicLexicon,
  f: SentenceFindings,
  found: readonly Trigger[],
  k: number,
): Clause {
  const toks = f.sentence.tokens;
  const trigger = found[k]!;
  let end = found[k + 1]?.from ?? toks.length;
  let aside: [number, number] | null = null;
  for (let j = trigger.to; j < end; j++) {
    if (!readings(toks[j]?.norm ?? "").some((r) => lex.clauseBreakers.has(r.word))) continue;
    const close: number = aside ? -1 : asideAfterSubject(lex, f, trigger, j, end);
    if (close < 0) {
      end = j;
      break;
    }
    aside = [j, close];
    j = close;
  }
  const inClause = (m: { from: number }) =>
    m.from >= trigger.to && m.from < end && !(aside && m.from >= aside[0] && m.from < aside[1]);
  const between = toks.slice(trigger.to, Math.min(end, trigger.to + 6)).some((t) => lex.between.has(t.norm));
  return {
    end,
    after: f.persons.filter(inClause),
    before: f.persons.filter((p) => p.to <= trigger.from),
    between,
    inClause,
  };
}

/** How far after a verb the subject a relative clause describes may stand ("واستقبل [رئيس الوزراء] X، الذي"). */
const SUBJECT_REACH = 8;

/**
 * "واستقبل X، الذي تتولى حكومته تصريف الأمور، الوزير التركي": a relative clause set off by commas after the
 * verb's subject is an aside; the clause goes on after its closing comma. Returns that comma, or -1.
 */
function asideAfterSubject(
  lex: ArabicLexicon,
  f: SentenceFindings,
  trigger: Trigger,
  at: number,
  end: number,
): number {
  const toks = f.sentence.tokens;
  if (
    trigger.noun ||
    !lex.relativePronouns.has(toks[at]?.norm ?? "") ||
    !COMMAS.has(toks[at - 1]?.text ?? "")
  )
    return -1;
  const subject = f.persons.find(
    (p) => p.to === at - 1 && p.from >= trigger.to && p.from - trigger.to <= SUBJECT_REACH,
  );
  if (!subject) return -1;
  for (let j = at + 1; j < end; j++) if (COMMAS.has(toks[j]!.text)) return j;
  return -1;
}

/** Planned: a marker before or at the trigger ("من المقرر أن يلتقي", "سيزور"). */
export function isPlanned(lex: ArabicLexicon, toks: readonly Token[], trigger: Trigger): boolean {
  return toks
    .slice(0, trigger.to)
    .some((t, j) => !!lex.plannedMarkers.match(forms(t.norm), norms(toks.slice(j + 1, j + 3))));
}

/**
 * "دعوة … لزيارة باكستان": an invitation to visit is a visit not yet made. (Only "لزيارة", to visit: "تلبية لدعوة
 * من X، في أول زيارة" is the visit made at that invitation.)
 */
export function isInvitedTo(lex: ArabicLexicon, toks: readonly Token[], trigger: Trigger): boolean {
  if (!(toks[trigger.from]?.norm ?? "").startsWith(arabicMorphology().clitics.to)) return false;
  return toks
    .slice(Math.max(0, trigger.from - 10), trigger.from)
    .some((t, j, w) => !!lex.invitation.match(forms(t.norm), norms(w.slice(j + 1, j + 3))));
}

/** "حضر اللقاء X", "بحضور X": a word of attendance in the two words before token `at`. */
export function attendedAt(lex: ArabicLexicon, toks: readonly Token[], at: number): boolean {
  return toks.slice(Math.max(0, at - 2), at).some((t) => lex.attendance.has(t.norm));
}

/** Where a list of those who only attended begins in the clause ("بحضور X وY وZ"), or the clause's end. */
export function attendeesFrom(lex: ArabicLexicon, toks: readonly Token[], from: number, to: number): number {
  for (let j = from; j < to; j++) if (lex.attendanceLists.has(toks[j]?.norm ?? "")) return j;
  return to;
}

/** Hosts of a visit: "بدعوة من X" in the clause. */
export function hostsIn(
  lex: ArabicLexicon,
  toks: readonly Token[],
  trigger: Trigger,
  c: Clause,
): PersonMention[] {
  const hosts: PersonMention[] = [];
  for (let j = trigger.to; j < c.end; j++) {
    const inv = lex.invitation.match(
      forms(toks[j]?.norm ?? ""),
      toks.slice(j + 1, j + 3).map((x) => x.norm),
    );
    if (!inv) continue;
    const host = c.after.find((p) => p.from >= j + inv.length && p.from - (j + inv.length) <= 3);
    if (host && !hosts.includes(host)) hosts.push(host);
  }
  return hosts;
}

/**
 * Where the event took place: for a visit, its destination in the clause (a capital with no cue only when nothing
 * surer is there); else a place introduced by "في" or "بـ" near the trigger.
 */
export function locationOf(
  lex: ArabicLexicon,
  f: SentenceFindings,
  trigger: Trigger,
  c: Clause,
  agent: PersonMention | null,
): GeoMention | null {
  if (trigger.type !== "Visit") {
    const sure = f.geos.filter((g) => !g.weak);
    return placeIn(lex, f.sentence.tokens, sure, trigger.to, c.end);
  }
  const destination = (g: GeoMention) =>
    c.inClause(g) &&
    g.kind !== "demonym" &&
    !(agent && g.from >= agent.from && g.to <= agent.to) &&
    !c.after.some((p) => g.from >= p.from && g.to <= p.to);
  return (
    f.geos.find((g) => !g.weak && destination(g)) ?? f.geos.find((g) => !!g.weak && destination(g)) ?? null
  );
}

/** Where a meeting took place: a place or country after "في" (or with "بـ") near its trigger ("في باكو"). */
export function placeIn(
  lex: ArabicLexicon,
  toks: readonly Token[],
  geos: readonly GeoMention[],
  from: number,
  to: number,
): GeoMention | null {
  const { with: bi } = arabicMorphology().clitics;
  const lo = Math.max(0, from - 4);
  const introduced = (g: GeoMention) =>
    lex.locativePrepositions.has(toks[g.from - 1]?.norm ?? "") || (toks[g.from]?.norm ?? "").startsWith(bi);
  return (
    geos.find(
      (g) => g.from >= lo && g.from < to && g.kind !== "demonym" && g.kind !== "our" && introduced(g),
    ) ?? null
  );
}

/** People named after a word of company ("برفقة", "يرافقه") in the clause of a visit. */
export function companionsIn(
  lex: ArabicLexicon,
  toks: readonly Token[],
  after: readonly PersonMention[],
  from: number,
  to: number,
): PersonMention[] {
  for (let j = from; j < to; j++) {
    if (!forms(toks[j]?.norm ?? "").some((f) => lex.companionCues.has(f))) continue;
    // "على رأس وفد يضم …، وذلك بحضور X": those named as attending received the delegation, they are not in it.
    const attendees = attendeesFrom(lex, toks, j, to);
    return after.filter((p) => p.from > j && p.from < attendees);
  }
  return [];
}

/** "لمدة ساعتين" -> PT2H; "لمدة ثلاث ساعات" -> PT3H. */
export function durationIn(
  lex: ArabicLexicon,
  toks: readonly Token[],
  from: number,
  to: number,
): string | null {
  for (let j = from; j < to; j++) {
    if (!forms(toks[j]?.norm ?? "").some((f) => lex.durationMarkers.has(f))) continue;
    for (let k = j + 1; k < Math.min(j + 4, to); k++) {
      const unit = lex.durationUnits.get(toks[k]?.norm ?? "");
      if (!unit) continue;
      const prev = toks[k - 1]?.norm ?? "";
      const count =
        unit.length > 1
          ? Number(unit.slice(1))
          : /^\d+$/.test(prev)
            ? Number(prev)
            : (lex.durationNumbers.get(prev) ?? 1);
      const letter = unit[0] ?? "H";
      return letter === "D" ? `P${count}D` : `PT${count}${letter}`;
    }
  }
  return null;
}

/** The topics named in the clause ("التعاون الاقتصادي" -> economy). */
export function topicsIn(lex: ArabicLexicon, toks: readonly Token[], from: number, to: number): string[] {
  const found = toks.slice(from, to).flatMap((t) =>
    forms(t.norm)
      .map((x) => lex.topics.get(x))
      .filter((x): x is string => !!x),
  );
  return [...new Set(found)];
}
