// A rule set as one row per value: a table's bands and a record's names become keys of their
// own ("5.1.1.vikter 70–74", "5.1.2.vikter.yngre_an_5"). The year-to-year diff and the
// workbook's parameter sheet both read rule sets this way.
import type { RuleSet } from "./index";
import type { Band } from "./schema";

export interface FlatValue {
  key: string;
  description: string;
  /** The value as written in the rule set (a decimal string, a switch's option(s)); "" for an input not yet given. */
  value: string;
  unit: string;
  document: string;
  section: string;
  reading: boolean;
  preliminary: boolean;
  input: boolean;
}

/** "0–4", "100–": a band's label. */
export function bandLabel(b: Band): string {
  return b.to === null ? `${b.from}–` : `${b.from}–${b.to}`;
}

export function flattenRuleSet(rs: RuleSet): FlatValue[] {
  const out: FlatValue[] = [];
  for (const [key, p] of Object.entries(rs.data.parameters)) {
    const base = { description: p.description, unit: p.unit, document: p.source.document, section: p.source.section, reading: false, preliminary: Boolean(p.preliminary), input: Boolean(p.input) };
    const v = p.value;
    if (typeof v === "string") out.push({ ...base, key, value: v });
    else if (Array.isArray(v)) for (const b of v) out.push({ ...base, key: `${key} ${bandLabel(b)}`, value: b.value });
    else if (Object.keys(v).length === 0) out.push({ ...base, key, value: "" });
    else for (const [name, x] of Object.entries(v)) out.push({ ...base, key: `${key}.${name}`, value: x });
  }
  for (const [key, r] of Object.entries(rs.data.readings)) {
    out.push({
      key,
      description: r.description,
      value: Array.isArray(r.value) ? r.value.join(", ") : r.value,
      unit: "tolkning",
      document: r.source.document,
      section: r.source.section,
      reading: true,
      preliminary: false,
      input: false,
    });
  }
  return out;
}
