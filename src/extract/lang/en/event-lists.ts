// People around an English event beyond its clause: where a visit with no place went (the partner's land, the
// meeting just before), who came along ("accompanied by"), and lists of names joined by commas and "and".
import type { EventMention, GeoMention, PersonMention, Span } from "../../mentions.ts";
import type { SentenceFindings } from "./event-parts.ts";
import type { EnglishLexicon } from "./lexicon.ts";
import type { ArticlePeople } from "./people.ts";
import { accompanyingVisit, tokenSpan } from "../../accompanying.ts";
import { phraseAt } from "./phrase-at.ts";

type Tokens = SentenceFindings["sentence"]["tokens"];

/**
 * "X met his Kenyan counterpart Y during his official visit": a visit with no place, told inside a meeting of the
 * same agent, went to the country of the one met, when the sentence names that country.
 */
export function partnersLand(
  lex: EnglishLexicon,
  toks: Tokens,
  f: SentenceFindings,
  t: { from: number },
  agent: number | null,
  events: readonly EventMention[],
  people: ArticlePeople,
): EventMention["location"] {
  const own = [toks[t.from - 1], toks[t.from - 2]].some((x) => x && lex.possessivePronouns.has(x.base));
  if (!own || agent === null) return null;
  const home = people.country(agent);
  const meeting = events.find((e) => e.type === "Meeting" && e.agent !== null && people.same(e.agent, agent));
  const abroad = (meeting?.others ?? []).map((id) => people.country(id)).find((c) => c && c !== home);
  return (abroad && f.geos.find((g) => g.code === abroad)) || null;
}

/** How many sentences back an arrival with no place looks for the meeting that says where it was. */
const ARRIVAL_REACH = 5;

/** The people after "accompanied by" in a journey's clause. */
export function companions(
  lex: EnglishLexicon,
  toks: Tokens,
  f: SentenceFindings,
  t: { to: number; end: number },
): number[] {
  for (let j = t.to; j < t.end; j++) {
    const cue = phraseAt(lex.companionCues, toks, j, j + 3);
    if (cue) return f.persons.filter((p) => p.from >= j + cue.length && p.from < t.end).map((p) => p.id);
  }
  return [];
}

/**
 * "X met Y in Caracas. … X arrived at the palace": an arrival with no place, told a few sentences after a meeting of
 * the same person in a place abroad, was the journey to that place.
 */
export function arrivalAfterMeeting(
  f: SentenceFindings,
  t: { from: number },
  agent: number | null,
  previous: readonly EventMention[],
  people: ArticlePeople,
): EventMention["location"] {
  if (agent === null) return null;
  const here = f.sentence.index;
  // The events so far are in sentence order: look back only over the last ARRIVAL_REACH sentences.
  for (let k = previous.length - 1; k >= 0; k--) {
    const e = previous[k];
    if (!e || e.sentence < here - ARRIVAL_REACH) break;
    if (e.type !== "Meeting" || e.status !== "held" || e.location === null) continue;
    if ([e.agent, ...e.others].some((id) => id !== null && people.same(id, agent))) return e.location;
  }
  return null;
}

/** The people listed before a subject, joined to it by commas and "and" only ("A, B, and C"). */
export function listBefore(
  lex: EnglishLexicon,
  toks: Tokens,
  persons: readonly PersonMention[],
  subject: PersonMention | undefined,
): number[] {
  const out: number[] = [];
  let head = subject;
  while (head) {
    const from = head.from;
    const prev = persons.findLast((p) => p.to <= from);
    if (!prev || prev.to === from) break;
    const gap = toks.slice(prev.to, from);
    if (!gap.every((x) => lex.listGlue.has(x.text) || lex.listGlue.has(x.base))) break;
    out.push(prev.id);
    head = prev;
  }
  return out;
}

/** The people listed after a person, joined by commas, "and" and "by" only ("A, B, and by C"). */
export function listAfter(
  lex: EnglishLexicon,
  toks: Tokens,
  after: readonly PersonMention[],
  first: PersonMention,
): number[] {
  const out: number[] = [];
  let last = first;
  for (const p of after) {
    if (p.from < last.to) continue;
    if (!toks.slice(last.to, p.from).every((x) => lex.listGlue.has(x.base) || lex.listGlue.has(x.text)))
      break;
    out.push(p.id);
    last = p;
  }
  return out;
}

/**
 * The article's visits, indexed once so that each cue of company costs a lookup, not a scan of every event (a
 * long article has thousands of cues and events).
 */
class VisitIndex {
  private readonly travellers = new Set<string>();
  private readonly firstHeld = new Map<string, EventMention>();
  /** Held visits told of someone (not a companion's share), by sentence. */
  private readonly leads: EventMention[];

  constructor(
    events: readonly EventMention[],
    private readonly people: ArticlePeople,
  ) {
    for (const e of events) {
      if (e.type !== "Visit" || e.agent === null) continue;
      const key = this.key(e.agent);
      this.travellers.add(key);
      if (e.status === "held" && !this.firstHeld.has(key)) this.firstHeld.set(key, e);
    }
    this.leads = events
      .filter((e) => e.type === "Visit" && e.status === "held" && !e.accompanying && e.agent !== null)
      .sort((a, b) => a.sentence - b.sentence);
  }

  /** One key per person ("same" in ArticlePeople): the name's key, or the mention itself for a role. */
  private key(id: number): string {
    return this.people.keyOf(id) ?? `#${id}`;
  }

  travels(id: number): boolean {
    return this.travellers.has(this.key(id));
  }

  addTraveller(id: number): void {
    this.travellers.add(this.key(id));
  }

  /** The first held visit of this person. */
  heldVisitOf(id: number): EventMention | undefined {
    return this.firstHeld.get(this.key(id));
  }

  /** The last held visit told up to this sentence by someone other than `id`. */
  lastLeadBefore(
    sentence: number,
    id: number,
    fits: (agent: number, lead: EventMention) => boolean = () => true,
  ): EventMention | undefined {
    let lo = 0;
    let hi = this.leads.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.leads[mid]!.sentence <= sentence) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1; k >= 0; k--) {
      const lead = this.leads[k]!;
      if (!this.people.same(lead.agent!, id) && fits(lead.agent!, lead)) return lead;
    }
    return undefined;
  }
}

type SentencePeople = {
  sentence: SentenceFindings["sentence"];
  persons: PersonMention[];
  geos: GeoMention[];
};
type Join = (visit: EventMention, companion: PersonMention, evidence: Span) => void;

/** What reading a sentence for companions needs: the article's visits, the words, and where a companion goes. */
interface Company {
  visits: VisitIndex;
  lex: EnglishLexicon;
  join: Join;
}

/**
 * Those who travelled with a visitor make the visit too, once each: named after a cue of company ("accompanied
 * by A and B", "a delegation including A"), or described by one ("X, who accompanied him", "Y, who is part of
 * the visiting delegation"), or named after "with" in the visit's own words ("travelled to Chile with Y").
 */
export function companionVisits(
  sentences: readonly SentencePeople[],
  events: readonly EventMention[],
  people: ArticlePeople,
  lex: EnglishLexicon,
): EventMention[] {
  const out: EventMention[] = [];
  const visits = new VisitIndex(events, people);
  const join: Join = (visit, companion, evidence) => {
    if (visits.travels(companion.id)) return;
    visits.addTraveller(companion.id);
    out.push(accompanyingVisit(visit, companion.id, evidence));
  };
  // Held visits told of someone, by sentence: each sentence reads its own, not every event of the article.
  const leadsBySentence = new Map<number, EventMention[]>();
  for (const e of events) {
    if (e.type !== "Visit" || e.status !== "held" || e.accompanying || e.agent === null) continue;
    const same = leadsBySentence.get(e.sentence);
    if (same) same.push(e);
    else leadsBySentence.set(e.sentence, [e]);
  }
  for (const s of sentences) {
    listedAfterCues(s, { visits, lex, join });
    describedByCues(s, { visits, lex, join });
    listedInDelegation(s, { visits, lex, join }, people);
    travelledWith(s, { visits, lex, join }, leadsBySentence.get(s.sentence.index) ?? []);
  }
  return out;
}

/**
 * "X travelled to Chile on Tuesday with Foreign Minister Y": those named after "with" inside a held visit's own
 * words made it too, unless "with" follows a word of meeting or talking ("for talks with Y" is whom X met).
 */
function travelledWith(
  { sentence, persons }: SentencePeople,
  { lex, join }: Company,
  leads: readonly EventMention[],
): void {
  const toks = sentence.tokens;
  for (const visit of leads) {
    for (let j = visit.from; j < visit.to; j++) {
      if (toks[j]?.base !== "with") continue;
      const before = toks[j - 1]?.base ?? "";
      if (lex.meetingNouns.has(before) || lex.meetingVerbs.has(before) || lex.speechVerbs.has(before))
        continue;
      for (const p of peopleListedFrom(lex, toks, persons, j + 1))
        if (p.id !== visit.agent) join(visit, p, tokenSpan(sentence, j, p.to));
    }
  }
}

/**
 * "The Turkish delegation included A, B and C": those listed made the last visit told before by someone of the
 * delegation's country (by anyone, when no nationality is given). A list of the hosts' side ("the Egyptian
 * delegation included …" in Cairo) finds no such visit and adds nothing.
 */
function listedInDelegation(
  { sentence, persons, geos }: SentencePeople,
  { visits, lex, join }: Company,
  people: ArticlePeople,
): void {
  const toks = sentence.tokens;
  for (let j = 0; j < toks.length; j++) {
    const cue = phraseAt(lex.delegationListCues, toks, j, j + 5);
    if (!cue) continue;
    const demonym = geos.find((g) => g.to === j && g.kind === "demonym");
    const listed = peopleListedFrom(lex, toks, persons, j + cue.length);
    const first = listed[0];
    if (!first) continue;
    // The visitor of that country, or one whose country is not known yet who went anywhere else.
    const visit = visits.lastLeadBefore(sentence.index, first.id, (agent, lead) => {
      if (!demonym) return true;
      const country = people.country(agent);
      return country === demonym.code || (country === null && lead.location?.code !== demonym.code);
    });
    if (!visit) continue;
    for (const p of listed) join(visit, p, tokenSpan(sentence, j, p.to));
  }
}

/** "X, who was accompanied by A and B": those after the cue made the journey of the one right before it. */
function listedAfterCues({ sentence, persons }: SentencePeople, { visits, lex, join }: Company): void {
  const toks = sentence.tokens;
  for (let j = 0; j < toks.length; j++) {
    const cue = phraseAt(lex.companionCues, toks, j, j + 3);
    if (!cue) continue;
    const visitor = persons.filter((p) => p.to <= j).pop();
    const listed = peopleListedFrom(lex, toks, persons, j + cue.length);
    // "The visiting President is accompanied by A and B": named by a role or not at all, the visitor is the one
    // whose journey was told last.
    const first = listed[0];
    const visit =
      (visitor && visits.heldVisitOf(visitor.id)) ??
      (first && (!visitor || visitor.name === null)
        ? visits.lastLeadBefore(sentence.index, first.id)
        : undefined);
    if (!visit) continue;
    for (const p of listed) join(visit, p, tokenSpan(sentence, j, p.to));
  }
}

/** How many words may stand between a person and a cue of travelling with the visitor (", who is also"). */
const TRAVELLED_WITH_REACH = 4;

/** "X, who accompanied her husband": X made the visit the article tells (its last held one by someone else). */
function describedByCues({ sentence, persons }: SentencePeople, { visits, lex, join }: Company): void {
  const toks = sentence.tokens;
  for (const p of persons) {
    let j = p.to;
    while (j < p.to + TRAVELLED_WITH_REACH && lex.travelledWithGlue.has(toks[j]?.base ?? "")) j++;
    const cue = j > p.to ? phraseAt(lex.travelledWithCues, toks, j, j + 5) : null;
    // "accompanied by Y" turns it round: Y travelled with X (listedAfterCues).
    if (!cue || toks[j + cue.length]?.base === "by") continue;
    const visit = visits.lastLeadBefore(sentence.index, p.id);
    if (!visit) continue;
    // "A and minister B, who are accompanying the President": each of the list a plural clause describes.
    const plural = toks.slice(p.to, j).some((t) => lex.pluralAuxiliaries.has(t.base));
    for (const q of plural ? listEndingAt(lex, toks, persons, p) : [p])
      join(visit, q, tokenSpan(sentence, q.from, j + cue.length));
  }
}

/** The people of the list whose last item is `last` ("A, B and minister C"), read back over glue and title words. */
function listEndingAt(
  lex: EnglishLexicon,
  toks: Tokens,
  persons: readonly PersonMention[],
  last: PersonMention,
): PersonMention[] {
  const out = [last];
  for (let q = last; ;) {
    const before = persons.findLast((r) => r.to <= q.from);
    const between = before ? toks.slice(before.to, q.from) : [];
    const glued = between.some((t) => lex.listGlue.has(t.base) || lex.listGlue.has(t.text));
    if (!before || !glued || !between.every((t) => isTitleWord(lex, t) || lex.listGlue.has(t.text)))
      return out;
    out.unshift(before);
    q = before;
  }
}

/** The people listed from token `from` on, joined by commas and "and" only ("A, B and C"). */
function peopleListedFrom(
  lex: EnglishLexicon,
  toks: Tokens,
  persons: readonly PersonMention[],
  from: number,
): PersonMention[] {
  const out: PersonMention[] = [];
  let at = from;
  for (;;) {
    const p = persons.find((q) => q.from >= at);
    // "…, Treasury and Finance Minister X, National Intelligence Organization (MIT) chief Y", "Trade, Industry and
    // Competition Minister Z": words of a title the person's mention did not take (and the commas and "and" of
    // its portfolios) may stand before the next name; any other word ends the list.
    const glue = (t: Tokens[number]) => t.text === "," || lex.listGlue.has(t.base);
    if (!p || !toks.slice(at, p.from).every((t) => isTitleWord(lex, t) || glue(t))) return out;
    out.push(p);
    at = p.to;
    while (lex.listGlue.has(toks[at]?.base ?? "") || lex.listGlue.has(toks[at]?.text ?? "")) at++;
  }
}

/** A word that may stand in a title the list does not name as such: capitalised, a title's word, or its glue. */
function isTitleWord(lex: EnglishLexicon, t: Tokens[number]): boolean {
  if (t.punct) return t.text === "(" || t.text === ")";
  return (
    t.cap || lex.titleWords.has(t.base) || lex.nonFinalTitleWords.has(t.base) || lex.titleHeads.has(t.base)
  );
}
