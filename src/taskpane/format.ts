// Swedish number formats for the pane (Intl sv-SE) and the year diff in the users' terms.
import { flattenRuleSet } from "../rules/flatten";
import { diffRuleSets } from "../rules/diff";
import type { RuleSet } from "../rules";

const nf = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 4 });
const kr = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 0 });

/** "773096" → "773 096", "1.04" → "1,04" (sv-SE; the space is a no-break space). */
export function svNumber(value: string | number): string {
  const n = typeof value === "number" ? value : Number(value);
  return Number.isFinite(n) && String(value).trim() !== "" ? nf.format(n) : String(value);
}

export function svKronor(value: number): string {
  return `${kr.format(value)} kr`;
}

export function withUnit(value: string, unit: string): string {
  if (unit === "tolkning" || value === "" || !/^-?\d+(\.\d+)?$/.test(value)) return value === "" ? "(anges av dig)" : value;
  if (unit === "andel") return `${svNumber(Number(value) * 100)} %`;
  if (unit === "vikt" || unit === "faktor") return svNumber(value);
  return `${svNumber(value)} ${unit}`;
}

export interface DiffRow {
  key: string;
  description: string;
  section: string;
  change: string;
}

/** Each changed value with its description, "old → new" with unit, and the change in percent. */
export function diffRows(prev: RuleSet, next: RuleSet): DiffRow[] {
  const info = new Map([...flattenRuleSet(prev), ...flattenRuleSet(next)].map((x) => [x.key, x]));
  return diffRuleSets(prev, next).map((c) => {
    const x = info.get(c.key);
    const unit = x?.unit ?? "";
    const a = Number(c.old);
    const b = Number(c.new);
    const pct = /^-?\d/.test(c.old) && /^-?\d/.test(c.new) && a !== 0 ? `, ${b >= a ? "+" : "−"}${svNumber(Math.round((Math.abs(b - a) / Math.abs(a)) * 1000) / 10)} %` : "";
    const band = c.key.includes(" ") ? ` (${c.key.split(" ")[1]} år)` : "";
    return { key: c.key, description: `${x?.description ?? c.key}${band}`, section: c.section, change: `${withUnit(c.old, unit)} → ${withUnit(c.new, unit)}${pct}` };
  });
}
