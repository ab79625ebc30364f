// English extraction throughput on one core (see extract.ts).
import { extractionSection } from "./extract.ts";

export const extractEnglishSection = extractionSection("en");
