// Arabic extraction throughput on one core (see extract.ts).
import { extractionSection } from "./extract.ts";

export const extractArabicSection = extractionSection("ar");
