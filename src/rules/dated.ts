// The dated rule data (src/rules/data/<avtal>.json): one file per agreement, each parameter
// once with its description, unit, source and its values by date of effect; a parameter
// that ends gets a dated removal. Bands are written by lower bound only ({"0": "1.16",
// "5": "0.36", …}) so a gap cannot be written. Readings carry their options, each
// explained in Swedish, and a default. The agreement's validity is data too.
import { z } from "zod";
import { UNITS } from "./catalogue";

const DECIMAL = /^\d+(\.\d+)?$/;
export const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const decimalString = z
  .string()
  .regex(DECIMAL, 'ska vara ett icke-negativt tal skrivet som text med punkt som decimaltecken, t.ex. "2301" eller "0.03"');
const isoDate = z.string().regex(ISO_DATE, 'ska vara ett datum som "2026-01-01"');

const source = z.object({ document: z.string().min(1), section: z.string().min(1) });

/** One value: a decimal, or a table (bands by lower bound, or named decimals). */
const datedValue = z.union([decimalString, z.record(z.string(), decimalString)]);

const datedParameter = z.object({
  description: z.string().min(1),
  unit: z.enum(UNITS),
  source,
  preliminary: z.boolean().optional(),
  input: z.boolean().optional(),
  values: z.record(isoDate, datedValue).refine((v) => Object.keys(v).length > 0, "ska ha minst ett daterat värde"),
  removed: z.object({ date: isoDate, reason: z.string().min(1) }).optional(),
});

const datedReading = z.object({
  description: z.string().min(1),
  source,
  text: z.string().min(1),
  ambiguity: z.string().min(1),
  options: z.record(z.string(), z.string().min(1)),
  default: z.union([z.string(), z.array(z.string())]),
});

const validity = z.union([
  z.object({
    /** A rule set per calendar year (Hälsoval): decided each June for the next year. */
    unit: z.literal("year"),
    from: isoDate,
    /** The years with a decision in the data; a later year is derived (5.1, LPIK). */
    decided: z.array(z.number().int().min(2000).max(2100)).min(1),
    note: z.string().min(1),
  }),
  z.object({
    /** A rule set per agreement period (the agreements of the samverkansavtal). */
    unit: z.literal("period"),
    /** The first date the data holds values for (the tilläggsbelopp's base level 2024). */
    data_from: isoDate,
    from: isoDate,
    to: isoDate,
    /** "varje gång förlängd med två år"; null: the agreement ends at `to`. */
    prolongation_years: z.number().int().min(1).nullable(),
    /** A recorded termination: no year after this date resolves. */
    termination: isoDate.nullable(),
    note: z.string().min(1),
  }),
]);

export const datedFileSchema = z.object({
  agreement: z.enum(["halsoval", "tillagg", "utveckling"]),
  title: z.string().min(1),
  validity,
  documents: z.record(
    z.string(),
    z.object({ title: z.string().min(1), date: isoDate.optional(), url: z.string().optional(), note: z.string().optional() }),
  ),
  parameters: z.record(z.string(), datedParameter),
  readings: z.record(z.string(), datedReading),
});

export type DatedFile = z.infer<typeof datedFileSchema>;
export type DatedParameter = z.infer<typeof datedParameter>;
export type Validity = DatedFile["validity"];
