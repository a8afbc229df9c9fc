// The shape of a resolved rule set (one agreement, one year or agreement period), as the
// engine reads it and as a workbook pins it, validated at load. A rule set that does not
// validate is refused with a message naming the file, the key and what is wrong; nothing
// computes from a half-valid rule set. Pins written before the rule data became dated
// (2026-11-23) still validate: every field added since is optional.
import { z } from "zod";
import { UNITS } from "./catalogue";
import { checkRuleSet } from "./check";
import { RuleSetError } from "./error";

export { RuleSetError };

/** Money and rates are strings so that no binary float ever reaches decimal.js. */
const DECIMAL = /^\d+(\.\d+)?$/;
const decimalString = z
  .string()
  .regex(DECIMAL, 'ska vara ett icke-negativt tal skrivet som text med punkt som decimaltecken, t.ex. "2301" eller "0.03"');

const source = z.object({
  document: z.string().min(1),
  section: z.string().min(1),
});

const band = z.object({
  from: z.number().int().min(0),
  to: z.number().int().min(0).nullable(),
  value: decimalString,
});

const parameter = z.object({
  description: z.string().min(1),
  unit: z.enum(UNITS),
  source,
  preliminary: z.boolean().optional(),
  /** Supplied by the user (e.g. LPIK from SKR): the rule set names the source, not the value. */
  input: z.boolean().optional(),
  /** The date the value took effect (resolved from dated data; absent in old pins). */
  since: z.string().optional(),
  value: z.union([decimalString, z.array(band).min(1), z.record(z.string(), decimalString)]),
});

const reading = z.object({
  description: z.string().min(1),
  source,
  value: z.union([z.string(), z.array(z.string())]),
  /** The explanation a user reads: what the text says, why it is ambiguous, each option, the default. */
  text: z.string().optional(),
  ambiguity: z.string().optional(),
  options: z.record(z.string(), z.string()).optional(),
  default: z.union([z.string(), z.array(z.string())]).optional(),
});

/** `file` only in pins of 2026-11-23; documents now carry a date and a published address. */
const document = z.object({
  title: z.string().min(1),
  file: z.string().optional(),
  date: z.string().optional(),
  url: z.string().optional(),
  note: z.string().optional(),
});

/** A Hälsoval year without a June decision: the previous year indexed by LPIK (5.1). */
const derived = z.object({
  from: z.string().min(1),
  fromHash: z.string().min(1),
  lpikYear: z.number().int(),
  lpik: decimalString,
  indexed: z.array(z.string()),
  rounding: z.string(),
  note: z.string().min(1),
});

export const ruleSetSchema = z.object({
  // "-andrad": a copy with values changed by decision in the task pane (issue 7 item 6), its own id beside its own hash.
  id: z.string().regex(/^[a-z]+-\d{4}(-\d{2}-\d{2})?(-andrad)?$/, 'ska se ut som "halsoval-2026" (eller "halsoval-2026-05-01" för ett värde som ändras under året, "halsoval-2026-andrad" för ett ändrat regelverk)'),
  agreement: z.enum(["halsoval", "tillagg", "utveckling"]),
  title: z.string().min(1),
  years: z.array(z.number().int().min(2000).max(2100)).min(1),
  documents: z.record(z.string(), document),
  parameters: z.record(z.string(), parameter),
  readings: z.record(z.string(), reading),
  removed: z.record(z.string(), z.string()).optional(),
  /** The date the values are in force from (resolved sets); absent in old pins. */
  effective: z.string().optional(),
  derived: derived.optional(),
});

export type RuleSetData = z.infer<typeof ruleSetSchema>;
export type Parameter = z.infer<typeof parameter>;
export type Band = z.infer<typeof band>;

function pathText(path: ReadonlyArray<PropertyKey>): string {
  return path.map(String).join(" → ");
}

/** Validate unknown data as a rule set; `file` names it in every message. */
export function validateRuleSet(data: unknown, file: string): RuleSetData {
  const parsed = ruleSetSchema.safeParse(data);
  if (!parsed.success) {
    throw new RuleSetError(
      file,
      parsed.error.issues.map((i) => `${pathText(i.path) || "(hela filen)"}: ${i.message}`),
    );
  }
  return checkRuleSet(parsed.data, file);
}
