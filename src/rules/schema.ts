// The shape of a resolved rule set (one agreement, one year or agreement period), as the
// engine reads it and as a workbook pins it, validated at load. A rule set that does not
// validate is refused with a message naming the file, the key and what is wrong; nothing
// computes from a half-valid rule set. Pins written before the rule data became dated
// (2026-11-23) still validate: every field added since is optional.
import { z } from "zod";
import { ADDED_LATER, Agreement, CATALOGUE, KeySpec, UNITS } from "./catalogue";
import { RuleSetError } from "./error";
import { plausibilityProblems } from "./plausible";

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
  id: z.string().regex(/^[a-z]+-\d{4}(-\d{2}-\d{2})?$/, 'ska se ut som "halsoval-2026" (eller "halsoval-2026-05-01" för ett värde som ändras under året)'),
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

/** Bands must start at 0, follow each other without gap or overlap, and end open ("och äldre"). */
function bandProblems(key: string, bands: Band[]): string[] {
  const problems: string[] = [];
  if (bands[0].from !== 0) problems.push(`${key}: första intervallet ska börja på 0, inte ${bands[0].from}`);
  bands.forEach((x, i) => {
    const last = i === bands.length - 1;
    if (x.to === null && !last) problems.push(`${key}: intervall ${i + 1} saknar övre gräns men är inte det sista`);
    if (x.to !== null && x.to < x.from) problems.push(`${key}: intervall ${i + 1} slutar (${x.to}) före det börjar (${x.from})`);
    if (last && x.to !== null) problems.push(`${key}: sista intervallet ska sakna övre gräns (to: null)`);
    const next = bands[i + 1];
    if (next && x.to !== null && next.from !== x.to + 1)
      problems.push(`${key}: intervall ${i + 2} ska börja på ${x.to + 1}, inte ${next.from}`);
  });
  return problems;
}

function shapeOf(value: Parameter["value"]): KeySpec["shape"] {
  if (typeof value === "string") return "decimal";
  return Array.isArray(value) ? "bands" : "record";
}

const SHAPE_TEXT: Record<KeySpec["shape"], string> = {
  decimal: "ett tal",
  bands: "en tabell med intervall",
  record: "en tabell med namngivna värden",
};

/** Validate unknown data as a rule set; `file` names it in every message. */
export function validateRuleSet(data: unknown, file: string): RuleSetData {
  const parsed = ruleSetSchema.safeParse(data);
  if (!parsed.success) {
    throw new RuleSetError(
      file,
      parsed.error.issues.map((i) => `${pathText(i.path) || "(hela filen)"}: ${i.message}`),
    );
  }
  const rs = parsed.data;
  const problems: string[] = [];
  const cat = CATALOGUE[rs.agreement as Agreement];
  // A per-year file (the format before dated data, e.g. a file the region publishes) names its id.
  if (/^[a-z]+-\d{4}\.json$/.test(file) && !file.includes(rs.id)) problems.push(`id "${rs.id}" stämmer inte med filnamnet`);

  for (const [key, spec] of Object.entries(cat.keys)) {
    const p = rs.parameters[key];
    if (!p) {
      if (!rs.removed?.[key] && !(key in ADDED_LATER.parameters)) problems.push(`${key}: parametern saknas (och är inte markerad som borttagen)`);
      continue;
    }
    if (p.unit !== spec.unit) problems.push(`${key}: fel enhet "${p.unit}", ska vara "${spec.unit}"`);
    const shape = shapeOf(p.value);
    if (shape !== spec.shape) problems.push(`${key}: värdet ska vara ${SHAPE_TEXT[spec.shape]}, inte ${SHAPE_TEXT[shape]}`);
    else if (shape === "bands") problems.push(...bandProblems(key, p.value as Band[]));
    else if (shape === "record" && spec.names) {
      const names = Object.keys(p.value as Record<string, string>);
      const missing = spec.names.filter((n) => !names.includes(n));
      const extra = names.filter((n) => !spec.names!.includes(n));
      if (missing.length) problems.push(`${key}: saknar ${missing.join(", ")}`);
      if (extra.length) problems.push(`${key}: okända namn ${extra.join(", ")}`);
    }
    if (!rs.documents[p.source.document])
      problems.push(`${key}: källdokumentet "${p.source.document}" finns inte bland regelverkets dokument`);
  }
  for (const key of Object.keys(rs.parameters)) {
    if (!(key in cat.keys)) problems.push(`${key}: okänd parameter för avtalet ${rs.agreement}`);
  }
  for (const [key, spec] of Object.entries(cat.readings)) {
    const r = rs.readings[key];
    if (!r) {
      if (!(key in ADDED_LATER.readings)) problems.push(`${key}: tolkningen (växeln) saknas`);
      continue;
    }
    const values = Array.isArray(r.value) ? r.value : [r.value];
    if (Array.isArray(r.value) !== Boolean(spec.list))
      problems.push(`${key}: värdet ska vara ${spec.list ? "en lista" : "ett enda alternativ"}`);
    const bad = values.filter((v) => !spec.options.includes(v));
    if (bad.length) problems.push(`${key}: "${bad.join(", ")}" är inte ett alternativ (${spec.options.join(", ")})`);
    const explained = Object.keys(r.options ?? {});
    const unexplained = r.options ? spec.options.filter((o) => !explained.includes(o)) : [];
    const unknown = explained.filter((o) => !spec.options.includes(o));
    if (unexplained.length) problems.push(`${key}: alternativet ${unexplained.join(", ")} saknar förklaring`);
    if (unknown.length) problems.push(`${key}: "${unknown.join(", ")}" är inte ett alternativ (${spec.options.join(", ")})`);
    if (!rs.documents[r.source.document])
      problems.push(`${key}: källdokumentet "${r.source.document}" finns inte bland regelverkets dokument`);
  }
  for (const key of Object.keys(rs.readings)) {
    if (!(key in cat.readings)) problems.push(`${key}: okänd tolkning för avtalet ${rs.agreement}`);
  }
  if (!problems.length) problems.push(...plausibilityProblems(rs));
  if (problems.length) throw new RuleSetError(file, problems);
  return rs;
}
