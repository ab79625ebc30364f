// Where a meeting with no place of its own happened: where one of its people was visiting.
import type { EventMention, GeoMention } from "../../mentions.ts";
import { firstFrom, groupBy } from "./afterwards.ts";
import type { ArticlePeople } from "./people.ts";

/** One visitor's visits to one country, in the order told. Whether a visit fits a meeting depends only on both. */
type Track = EventMention[];

/**
 * A meeting with no place of its own happened where one of its people was visiting: the last visit of a
 * participant before it (or the first after), else a visit told in that sentence or the one before ("Upon his
 * arrival, the top diplomat held talks …"), else the one visit made by someone of a participant's country.
 * The visits are indexed by visitor and country so that each meeting reads a few tracks, never all visits.
 */
export function meetingPlaces(events: EventMention[], people: ArticlePeople): void {
  const order = new Map(events.map((e, k) => [e, k] as const));
  const visits = events
    .filter((e) => e.type === "Visit" && e.status === "held" && e.location && e.agent !== null)
    .sort((a, b) => a.sentence - b.sentence || order.get(a)! - order.get(b)!);
  const keyOf = (id: number) => people.keyOf(id) ?? `#${id}`;
  const tracksOf = new Map<string, Track[]>();
  for (const [key, list] of groupBy(visits, (v) => keyOf(v.agent!)))
    tracksOf.set(key, [...groupBy(list, (v) => v.location!.code).values()]);
  const visitorsOf = groupBy(
    [...tracksOf.keys()],
    (key) => people.country(tracksOf.get(key)![0]![0]!.agent!) ?? "",
  );
  const bySentence = groupBy(visits, (v) => String(v.sentence));
  const later = (a: EventMention, b: EventMention) =>
    a.sentence - b.sentence || order.get(a)! - order.get(b)!;
  for (const e of events) {
    if (e.type !== "Meeting" || e.location) continue;
    const who = [...(e.agent === null ? [] : [e.agent]), ...e.others];
    // A visit fits when none of the others is known to be of another country than the one visited.
    const fits = (v: EventMention): boolean => {
      const others = who.filter((id) => !people.same(id, v.agent!)).map((id) => people.country(id));
      const known = others.filter((c): c is string => c !== null);
      return known.length === 0 || known.includes(v.location!.code);
    };
    const own = [...new Set(who.map(keyOf))].flatMap((k) => tracksOf.get(k) ?? []).filter((t) => fits(t[0]!));
    const before = own.map((t) => t[firstFrom(t, e.sentence + 1) - 1]).filter(defined);
    const near = [e.sentence - 1, e.sentence].flatMap((s) => bySentence.get(String(s)) ?? []).filter(fits);
    const countries = new Set(who.map((id) => people.country(id)).filter(defined));
    const visitors = [...countries]
      .flatMap((c) => visitorsOf.get(c) ?? [])
      .map((k) => (tracksOf.get(k) ?? []).filter((t) => fits(t[0]!)))
      .filter((tracks) => tracks.length > 0);
    const visit =
      latest(before.sort(later), own) ??
      own.map((t) => t[0]!).sort(later)[0] ??
      latest(near, [near]) ??
      (visitors.length === 1 ? visitors[0]!.map((t) => t[0]!).sort(later)[0] : undefined);
    if (visit?.location) e.location = visit.location;
  }
}

const defined = <T>(x: T | undefined | null): x is T => x !== undefined && x !== null;

/** The visit told last, a city over its country when one sentence names both ("Jeddah … Saudi Arabia"). */
function latest(inOrder: readonly EventMention[], lists: readonly Track[]): EventMention | undefined {
  const last = inOrder[inOrder.length - 1];
  if (!last) return undefined;
  const same = lists.flatMap((l) => {
    const out: EventMention[] = [];
    for (let k = firstFrom(l, last.sentence); k < l.length && l[k]!.sentence === last.sentence; k++)
      out.push(l[k]!);
    return out;
  });
  return same.find((v) => v.location?.kind === "place") ?? last;
}

/**
 * "NEW DELHI: Prime Minister X met his counterpart Y": a meeting told in the sentence that opens with a dateline,
 * with no place of its own, took place there when the one who met or received is of the dateline's country (at
 * home). An outlet that files from its own capital about a meeting abroad gives no such match.
 */
export function datelineMeetings(
  events: readonly EventMention[],
  datelineOf: (sentence: number) => GeoMention | null,
  people: ArticlePeople,
): void {
  for (const e of events) {
    if (e.type !== "Meeting" || e.location || e.status !== "held" || e.agent === null) continue;
    const place = datelineOf(e.sentence);
    if (place && people.country(e.agent) === place.code) e.location = place;
  }
}
