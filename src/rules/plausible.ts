// Plausibility of a rule set beyond its shape: values no agreement could mean. Rates are
// shares of a whole (moms 3 %, IT/admin 1,5 %, PO 47,18 %, the 51:34:15 factor weights of
// the resource allocation model, the 50/50 financing of joint development), weight tables
// weigh something, and a lower bound is not above its upper bound. Messages in Swedish,
// each naming the key; the caller adds the file and the date.
import { Decimal } from "../engine/money";
import type { RuleSetData } from "./schema";

type Value = RuleSetData["parameters"][string]["value"];

function numbers(v: Value): [string, string][] {
  if (typeof v === "string") return [["", v]];
  if (Array.isArray(v)) return v.map((b) => [` ${b.from}–${b.to ?? ""}`, b.value]);
  return Object.entries(v).map(([k, x]) => [`.${k}`, x]);
}

/** Pairs of keys whose values must sum to exactly 1, and the record keys whose parts must. */
const SUM_TO_ONE_PAIRS: [string, string][] = [["4.regionens_andel", "4.kommunernas_andel"]];
const SUM_TO_ONE_RECORDS = ["3.4.faktorvikter"];
/** Lower and upper bounds that must stay in order. */
const BOUNDS: [string, string][] = [
  ["5.1.5.alder_fran", "5.1.5.alder_till"],
  ["3.3.normal_min", "3.3.normal_max"],
  ["5.3.1.min", "5.3.1.max"],
];

const sv = (d: Decimal) => d.toString().replace(".", ",");

export function plausibilityProblems(rs: RuleSetData): string[] {
  const problems: string[] = [];
  const ps = rs.parameters;
  for (const [key, p] of Object.entries(ps)) {
    if (p.unit === "andel") {
      for (const [sub, x] of numbers(p.value)) {
        if (new Decimal(x).gt(1)) problems.push(`${key}${sub}: en andel ska ligga mellan 0 och 1, inte ${x.replace(".", ",")} (skriv 3 % som 0.03)`);
      }
    }
    if (p.unit === "vikt") {
      const values = numbers(p.value);
      if (values.length > 0 && values.every(([, x]) => new Decimal(x).isZero()))
        problems.push(`${key}: alla vikter är 0, tabellen fördelar då ingenting`);
    }
  }
  for (const key of SUM_TO_ONE_RECORDS) {
    const v = ps[key]?.value;
    if (!v || typeof v === "string" || Array.isArray(v) || Object.keys(v).length === 0) continue;
    const sum = Object.values(v).reduce((a, x) => a.plus(x), new Decimal(0));
    if (!sum.eq(1)) problems.push(`${key}: faktorvikterna ska summera till 1, inte ${sv(sum)}`);
  }
  for (const [a, b] of SUM_TO_ONE_PAIRS) {
    const x = ps[a]?.value;
    const y = ps[b]?.value;
    if (typeof x !== "string" || typeof y !== "string") continue;
    const sum = new Decimal(x).plus(y);
    if (!sum.eq(1)) problems.push(`${a} + ${b}: andelarna ska summera till 1, inte ${sv(sum)}`);
  }
  for (const [lo, hi] of BOUNDS) {
    const x = ps[lo]?.value;
    const y = ps[hi]?.value;
    if (typeof x !== "string" || typeof y !== "string") continue;
    if (new Decimal(x).gt(y)) problems.push(`${lo} (${x.replace(".", ",")}) ligger över ${hi} (${y.replace(".", ",")}): gränserna är i fel ordning`);
  }
  return problems;
}
