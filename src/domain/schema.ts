// zod schemas for everything that enters the graph from outside: patches are checked here, once, before any store sees them.
import { z } from "zod/v4";
import {
  DATE_PRECISIONS,
  EVENT_MODES,
  EVENT_STATUSES,
  EVENT_TYPES,
  ORGANIZATION_KINDS,
  PARTICIPANT_ROLES,
  PLACE_KINDS,
  RELATION_TYPES,
  type GraphPatch,
} from "./types.ts";
import { InvalidInputError } from "./errors.ts";
import { TIE_KINDS, patchItems, referencesOf } from "./items.ts";

const id = z.string().min(1).max(200);
const isoCountry = z.string().regex(/^[A-Z]{2}$/, "an ISO 3166 alpha-2 code in capitals");
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a date as YYYY-MM-DD");

export const evidenceSchema = z
  .object({
    articleId: id,
    sentence: z.number().int().nonnegative(),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    text: z.string(),
    sentenceStart: z.number().int().nonnegative().optional(),
    extractorVersion: z.string().min(1),
  })
  .strict()
  .refine((e) => e.end >= e.start, "evidence end must not precede its start");

const evidenceList = z.array(evidenceSchema).min(1, "nothing enters the graph without evidence");

const entityBase = {
  id,
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)),
  evidence: evidenceList,
};

export const entitySchema = z.discriminatedUnion("type", [
  z
    .object({
      ...entityBase,
      type: z.literal("Person"),
      country: isoCountry.nullable(),
      titles: z.array(z.string()),
    })
    .strict(),
  z.object({ ...entityBase, type: z.literal("Country"), country: isoCountry }).strict(),
  z
    .object({
      ...entityBase,
      type: z.literal("Organization"),
      country: isoCountry.nullable(),
      kind: z.enum(ORGANIZATION_KINDS),
    })
    .strict(),
  z
    .object({
      ...entityBase,
      type: z.literal("Place"),
      country: isoCountry.nullable(),
      kind: z.enum(PLACE_KINDS),
    })
    .strict(),
]);

export const eventSchema = z
  .object({
    id,
    type: z.enum(EVENT_TYPES),
    status: z.enum(EVENT_STATUSES),
    participants: z.array(z.object({ entityId: id, role: z.enum(PARTICIPANT_ROLES) }).strict()),
    location: id.nullable(),
    date: z
      .object({ value: isoDate, precision: z.enum(DATE_PRECISIONS), text: z.string().optional() })
      .strict()
      .nullable(),
    mode: z.enum(EVENT_MODES).nullable(),
    duration: z.string().nullable(),
    topics: z.array(z.string()),
    evidence: evidenceList,
  })
  .strict();

export const occupancySchema = z
  .object({
    id,
    personId: id,
    title: z.string().min(1),
    organizationId: id.nullable(),
    country: isoCountry.nullable(),
    observed: z.array(isoDate),
    start: isoDate.nullable(),
    end: isoDate.nullable(),
    evidence: evidenceList,
  })
  .strict();

export const relationSchema = z
  .object({ id, type: z.enum(RELATION_TYPES), source: id, target: id, evidence: evidenceList })
  .strict();

export const articleSchema = z
  .object({
    id,
    language: z.string().min(2).max(8),
    title: z.string().nullable(),
    source: z.string().nullable(),
    sourceCountry: isoCountry.nullable(),
    url: z.string().nullable(),
    publishedAt: isoDate.nullable(),
    contentHash: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();

export const patchSchema = z
  .object({
    article: articleSchema,
    entities: z.array(entitySchema),
    events: z.array(eventSchema),
    occupancies: z.array(occupancySchema),
    relations: z.array(relationSchema),
  })
  .strict();

/**
 * Checks a patch from outside: its shape, that every piece of evidence belongs to its article,
 * and that every reference points at an entity of the patch or one the caller says already exists.
 */
export function parsePatch(input: unknown, where = "patch"): GraphPatch {
  const parsed = patchSchema.safeParse(input);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    const at = first?.path.join(".") ?? "";
    throw new InvalidInputError(`${where}: ${at ? `${at}: ` : ""}${first?.message ?? "invalid"}`);
  }
  const patch: GraphPatch = parsed.data;
  const articleId = patch.article.id;
  const all = [...patch.entities, ...patch.events, ...patch.occupancies, ...patch.relations];
  for (const item of all) {
    for (const ev of item.evidence) {
      if (ev.articleId !== articleId) {
        throw new InvalidInputError(
          `${where}: evidence of "${item.id}" names article "${ev.articleId}", not the patch's "${articleId}"`,
        );
      }
    }
  }
  const ids = new Set<string>();
  for (const item of all) {
    if (ids.has(item.id)) throw new InvalidInputError(`${where}: id "${item.id}" appears twice`);
    ids.add(item.id);
  }
  return patch;
}

/** References a patch makes to entities; a store checks each exists in the patch or in the graph. */
export function referencedEntityIds(patch: GraphPatch): Set<string> {
  const refs = new Set<string>();
  for (const kind of TIE_KINDS) {
    for (const item of patchItems(patch, kind)) for (const id of referencesOf(kind, item)) refs.add(id);
  }
  return refs;
}
