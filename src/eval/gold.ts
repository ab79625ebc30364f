// The hand-made gold of one article (the layout of ../shared/corpus and tests/fixtures), checked once at load.
import { z } from "zod/v4";

const pair = z.tuple([z.string(), z.string()]);
const visit = z.object({ visitor: z.string(), country: z.string() }).passthrough();

export const goldSchema = z
  .object({
    persons: z.array(
      z
        .object({
          key: z.string().min(1),
          match: z.array(z.string().min(1)).min(1),
          names: z.array(z.string()).default([]),
          // Kept as written (empty, null or absent): the scorer compares it as the shared scorer does.
          country: z.string().nullish(),
          titles: z.array(z.string()).optional(),
        })
        .passthrough(),
    ),
    countries: z.array(z.string()),
    meetings: z.array(pair),
    meetingsOptional: z.array(pair).optional(),
    visits: z.array(visit),
    visitsOptional: z.array(visit).optional(),
    counterparts: z.array(pair).optional(),
  })
  .passthrough();

export type Gold = z.infer<typeof goldSchema>;
