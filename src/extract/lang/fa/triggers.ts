// Event words of a Persian sentence: the noun of a light-verb phrase ("دیدار … کرد", "سفر کرد", "استقبال به عمل
// آورد", "تلفنی گفت‌وگو کردند") or a verb of motion ("عازم", "راهی", "وارد"), with the status its clause gives it.
import type { EventStatus, EventType } from "../../../domain/types.ts";
import { CLAUSE_ENDS } from "../../text/chars.ts";
import { suffixReadings } from "../../text/suffixes.ts";
import type { Sentence } from "../../text/tokenize.ts";
import type { PersianLexicon } from "./lexicon.ts";

export type TriggerKind = "meeting" | "reception" | "call" | "visit" | "motion";

export interface Trigger {
  kind: TriggerKind;
  type: EventType;
  from: number;
  to: number;
  status: EventStatus;
  /** "این دیدار": the trigger retells an event told before. */
  anaphoric: boolean;
}

/** How far after a trigger its light verb may stand. */
const VERB_WINDOW = 20;

function kindAt(
  lex: PersianLexicon,
  norms: readonly string[],
  i: number,
): { kind: TriggerKind; length: number } | null {
  // "استقبالی", "نشستی", "گفت‌وگویی": an event noun keeps its suffix.
  const w = suffixReadings(norms[i] ?? "", lex.suffixes, 3);
  const rest = norms.slice(i + 1, i + 4);
  const call = lex.callPhrases.match(w, rest);
  if (call) return { kind: "call", length: call.length };
  const reception = lex.receptionNouns.match(w, rest);
  if (reception) return { kind: "reception", length: reception.length };
  if (w.some((x) => lex.receptionVerbs.has(x))) return { kind: "reception", length: 1 };
  const meeting = lex.meetingNouns.match(w, rest);
  if (meeting) return { kind: "meeting", length: meeting.length };
  if (w.some((x) => lex.visitNouns.has(x))) return { kind: "visit", length: 1 };
  const motion = lex.visitVerbs.match(w, rest);
  return motion ? { kind: "motion", length: motion.length } : null;
}

const RANK: Record<TriggerKind, number> = { call: 3, reception: 2, meeting: 1, visit: 0, motion: 0 };

/**
 * "دیدار و گفتگو کرد", "تلفنی گفتگو کردند": words of one act joined by "و" or standing together are one trigger,
 * of the strongest kind (a call over a meeting).
 */
function joined(
  found: Trigger[],
  next: Trigger,
  norms: readonly string[],
  conjunctions: ReadonlySet<string>,
): boolean {
  const last = found[found.length - 1];
  if (
    !last ||
    last.kind === "visit" ||
    last.kind === "motion" ||
    next.kind === "visit" ||
    next.kind === "motion"
  )
    return false;
  const gap = norms.slice(last.to, next.from);
  if (gap.length > 1 || gap.some((w) => !conjunctions.has(w))) return false;
  if (RANK[next.kind] > RANK[last.kind]) last.kind = next.kind;
  last.type = last.kind === "call" ? "Call" : "Meeting";
  last.to = next.to;
  return true;
}

/**
 * Persian puts the verb last: the status is read from the first light verb after the trigger in its clause, a
 * finished one ("کرد", "کرده بود") or a future or subjunctive one ("خواهد کرد", "دیدار کند"); an aim
 * ("برای سفر …") or a marker just before the trigger ("تعویق سفر") makes it planned.
 */
function statusOf(lex: PersianLexicon, norms: readonly string[], from: number, to: number): EventStatus {
  const verb = verbStatus(lex, norms, to);
  // "برای سفر به مسکو آماده می‌شود" is planned; "برای یک سفر دو روزه به کابل آمده است" came, and is held.
  for (let k = Math.max(0, from - 3); k < from; k++) {
    const purpose = lex.purposeMarkers.match([norms[k] ?? ""], norms.slice(k + 1, from));
    if (purpose && k + purpose.length >= from - 1 && verb !== "held") return "planned";
  }
  for (let k = Math.max(0, from - 2); k < from; k++)
    if (lex.plannedMarkers.match([norms[k] ?? ""], norms.slice(k + 1, k + 3))) return "planned";
  return verb ?? "held";
}

/** The status the first light verb after the trigger in its clause tells, or null when none does. */
function verbStatus(lex: PersianLexicon, norms: readonly string[], to: number): EventStatus | null {
  for (let k = to; k < Math.min(norms.length, to + VERB_WINDOW); k++) {
    const w = norms[k] ?? "";
    if (CLAUSE_ENDS.has(w) || lex.relativeMarkers.has(w)) break;
    if (lex.plannedMarkers.match([w], norms.slice(k + 1, k + 3))) return "planned";
    if (lex.heldVerbs.has(w)) return "held";
  }
  return null;
}

export function findTriggers(sentence: Sentence, lex: PersianLexicon, skip: ReadonlySet<number>): Trigger[] {
  const norms = sentence.tokens.map((t) => t.norm);
  const found: Trigger[] = [];
  for (let i = 0; i < norms.length; i++) {
    if (skip.has(i)) continue;
    const k = kindAt(lex, norms, i);
    if (!k) continue;
    const type: EventType =
      k.kind === "call" ? "Call" : k.kind === "visit" || k.kind === "motion" ? "Visit" : "Meeting";
    const t: Trigger = {
      kind: k.kind,
      type,
      from: i,
      to: i + k.length,
      status: statusOf(lex, norms, i, i + k.length),
      anaphoric: lex.anaphora.has(norms[i - 1] ?? ""),
    };
    if (!joined(found, t, norms, lex.conjunctions)) found.push(t);
    const last = found[found.length - 1];
    if (last) last.status = statusOf(lex, norms, last.from, last.to);
    i += k.length - 1;
  }
  return found;
}
