// Reading one dated rule file: its shape, then what no agreement could mean — a date
// outside the agreement's validity, a value dated inside an agreement period, a year with
// values but no decision — then every date it resolves at is validated as a resolved rule
// set (shape, catalogue, plausibility), so each refusal names the file, the date and the key.
import { CATALOGUE } from "./catalogue";
import { DatedFile, datedFileSchema } from "./dated";
import { changeDates, periodOf, resolveOn, titleOf, validityText } from "./resolve";
import { RuleSetData, RuleSetError, validateRuleSet } from "./schema";

function shapeProblems(file: DatedFile): string[] {
  const problems: string[] = [];
  const cat = CATALOGUE[file.agreement];
  for (const [key, p] of Object.entries(file.parameters)) {
    const spec = cat.keys[key];
    for (const [date, v] of Object.entries(p.values)) {
      if (spec?.shape !== "bands" || typeof v === "string") continue;
      const bad = Object.keys(v).filter((k) => !/^(0|[1-9]\d*)$/.test(k));
      if (bad.length) problems.push(`${key}, ${date}: intervallgränsen "${bad.join('", "')}" ska vara ett heltal (intervallets nedre gräns)`);
    }
  }
  for (const [key, r] of Object.entries(file.readings)) {
    const defaults = [r.default].flat();
    const bad = defaults.filter((d) => !(d in r.options));
    if (bad.length) problems.push(`${key}: standardvalet "${bad.join(", ")}" är inte ett av alternativen (${Object.keys(r.options).join(", ")})`);
  }
  return problems;
}

function dateProblems(file: DatedFile): string[] {
  const v = file.validity;
  const problems: string[] = [];
  const first = v.unit === "year" ? v.from : v.data_from;
  const allowedPeriodStart = (d: string) => d === v.from || (v.unit === "period" && periodOf(v, Number(d.slice(0, 4)))?.date === d);
  for (const [key, p] of Object.entries(file.parameters)) {
    const dates = [...Object.keys(p.values), ...(p.removed ? [p.removed.date] : [])];
    for (const d of dates) {
      const where = `${key}, ${d}`;
      if (d < first) problems.push(`${where}: datumet ligger före avtalets giltighet (${validityText(v)})`);
      else if (v.unit === "period" && v.termination && d > v.termination)
        problems.push(`${where}: datumet ligger efter att överenskommelsen sagts upp (${v.termination})`);
      else if (v.unit === "period" && d !== v.data_from && !allowedPeriodStart(d))
        problems.push(`${where}: ett nytt värde gäller från en avtalsperiods början (${validityText(v)}), inte mitt i en period`);
      else if (v.unit === "year" && !v.decided.includes(Number(d.slice(0, 4))))
        problems.push(`${where}: året ${d.slice(0, 4)} saknas bland de beslutade åren (validity.decided: ${v.decided.join(", ")})`);
    }
  }
  return problems;
}

/** The dates a file must resolve at: each year or period start it covers and each change. */
export function checkpoints(file: DatedFile): string[] {
  const v = file.validity;
  const dates = new Set(changeDates(file).filter((d) => d >= v.from));
  if (v.unit === "year") for (const y of v.decided) dates.add(`${y}-01-01`);
  else dates.add(v.from);
  return [...dates].sort();
}

/**
 * A dated rule file, validated; `file` (e.g. "halsoval.json") names it in every refusal.
 * Also returns the validated resolved sets by date, so they are not validated twice.
 */
export function loadDatedFile(raw: unknown, file: string): { data: DatedFile; resolved: Map<string, RuleSetData> } {
  const parsed = datedFileSchema.safeParse(raw);
  if (!parsed.success)
    throw new RuleSetError(file, parsed.error.issues.map((i) => `${i.path.map(String).join(" → ") || "(hela filen)"}: ${i.message}`));
  const data = parsed.data;
  const early = [...shapeProblems(data), ...dateProblems(data)];
  if (early.length) throw new RuleSetError(file, early);
  const resolved = new Map<string, RuleSetData>();
  for (const date of checkpoints(data)) {
    const y = Number(date.slice(0, 4));
    const years = data.validity.unit === "period" ? periodOf(data.validity, y)?.years ?? [y] : [y];
    const id = `${data.agreement}-${data.validity.unit === "period" ? periodOf(data.validity, y)?.idYear ?? y : y}`;
    resolved.set(`${id}|${date}`, validateRuleSet(resolveOn(data, date, id, years, titleOf(data, y)), `${file}, ${date}`));
  }
  return { data, resolved };
}
