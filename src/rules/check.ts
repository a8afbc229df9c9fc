// The checks of a rule set beyond its JSON shape: every key of the catalogue with its unit
// and shape, bands without gap, named tables with their names, readings with their
// options, cited documents, and plausibility (plausible.ts). Without the zod schemas, so a
// changed copy of a rule set that was already validated (an LPIK entered, a switch
// flipped, a year derived) is checked here without loading them (issue 13 item 4: the
// schemas load on demand); data from outside (a file, a pin) is parsed by schema.ts first.
import { ADDED_LATER, Agreement, CATALOGUE, KeySpec } from "./catalogue";
import { RuleSetError } from "./error";
import { plausibilityProblems } from "./plausible";
import type { Band, Parameter, RuleSetData } from "./schema";

const DECIMAL = /^\d+(\.\d+)?$/;
const DECIMAL_TEXT = 'ska vara ett icke-negativt tal skrivet som text med punkt som decimaltecken, t.ex. "2301" eller "0.03"';

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

/** The values of a copy whose other fields were validated: each a decimal string, bands or a named table of decimals. */
function valueProblems(rs: RuleSetData): string[] {
  const problems: string[] = [];
  const isDecimal = (x: unknown) => typeof x === "string" && DECIMAL.test(x);
  for (const [key, p] of Object.entries(rs.parameters)) {
    const v: unknown = p.value;
    if (typeof v === "string") {
      if (!isDecimal(v)) problems.push(`parameters → ${key} → value: ${DECIMAL_TEXT}`);
    } else if (Array.isArray(v)) {
      if (v.length === 0) problems.push(`parameters → ${key} → value: ska ha minst ett intervall`);
      v.forEach((b: Band, i) => {
        const whole = (n: unknown) => typeof n === "number" && Number.isInteger(n) && n >= 0;
        if (!b || !whole(b.from) || !(b.to === null || whole(b.to)) || !isDecimal(b.value)) problems.push(`parameters → ${key} → value → ${i}: ett intervall ska ha from, to (heltal eller null) och value (${DECIMAL_TEXT})`);
      });
    } else if (v && typeof v === "object") {
      for (const [k, x] of Object.entries(v)) if (!isDecimal(x)) problems.push(`parameters → ${key} → value → ${k}: ${DECIMAL_TEXT}`);
    } else problems.push(`parameters → ${key} → value: ska vara ett tal, en tabell med intervall eller en namngiven tabell`);
  }
  for (const [key, r] of Object.entries(rs.readings)) {
    const v: unknown = r.value;
    if (!(typeof v === "string" || (Array.isArray(v) && v.every((x) => typeof x === "string")))) problems.push(`readings → ${key} → value: ska vara ett alternativ eller en lista med alternativ`);
  }
  return problems;
}

/** A changed copy of a validated rule set, checked without the schemas (values, catalogue, plausibility). */
export function checkCopy(rs: RuleSetData, file: string): RuleSetData {
  const problems = valueProblems(rs);
  if (problems.length) throw new RuleSetError(file, problems);
  return checkRuleSet(rs, file);
}

/** The catalogue and plausibility checks of a rule set whose shape is known; `file` names it in every message. */
export function checkRuleSet(rs: RuleSetData, file: string): RuleSetData {
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
