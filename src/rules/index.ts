// The rule sets: found in the dated rule data (src/rules/data), resolved per agreement
// and year or date, cached. Every shipped file is validated when the bundle is built
// (under Node: when first used), so a malformed file can never reach a computation. The
// engine reads resolved rule sets only.
import { ADDED_LATER, Agreement, ParamKey, ReadingKey, ReadingOption, readingValue } from "./catalogue";
import { shippedChecked, shippedRuleFiles } from "./files";
import { RuleRegistry } from "./registry";
import { RuleSet, copyRuleSet } from "./ruleset";
import type { Band, Parameter, RuleSetData } from "./schema";

export { RuleSetError } from "./error";
export { loadValidation } from "./validation";
export type { Band, Parameter, RuleSetData } from "./schema";
export * from "./catalogue";
export { AGREEMENT_NAMES, contentHash, copyRuleSet, makeRuleSet, MissingLpikError, NoRuleSetError } from "./ruleset";
export type { RuleSet } from "./ruleset";
export { RuleRegistry } from "./registry";

let shipped: RuleRegistry | undefined;

/** The registry of the shipped rule files (built on first use). */
export function shippedRules(): RuleRegistry {
  return (shipped ??= new RuleRegistry(shippedRuleFiles(), shippedChecked()));
}

/** The rule sets the data holds: each decided Hälsoval year and each agreement period with values. */
export function allRuleSets(): readonly RuleSet[] {
  return shippedRules().all();
}

/**
 * The rule set of an agreement valid for a year: one in `sets` covering the year (a
 * workbook's pinned copy) or the data's. A Hälsoval year after the newest decided one is
 * derived with LPIK (MissingLpikError without it); a year the data does not cover is a
 * NoRuleSetError naming the agreement's dates, never a fallback.
 */
export function findRuleSet(agreement: Agreement, year: number, sets?: readonly RuleSet[], rules: RuleRegistry = shippedRules()): RuleSet {
  return rules.find(agreement, year, sets);
}

/** The rule set in force on an ISO date ("2026-05-01"): the year's, with values dated inside the year up to that day. */
export function ruleSetOn(agreement: Agreement, isoDate: string, sets?: readonly RuleSet[], rules: RuleRegistry = shippedRules()): RuleSet {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) throw new RangeError(`Datumet ska skrivas som ÅÅÅÅ-MM-DD (${isoDate}).`);
  return rules.on(agreement, isoDate, sets);
}

/** The rule set for a month's payment (e.g. that month's pharmaceutical price, 5.1.4). */
export function ruleSetForMonth(agreement: Agreement, year: number, month: number, sets?: readonly RuleSet[], rules: RuleRegistry = shippedRules()): RuleSet {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`Månad måste vara 1–12 (${month}).`);
  return rules.on(agreement, `${year}-${String(month).padStart(2, "0")}-01`, sets);
}

export function findRuleSetById(id: string, sets: readonly RuleSet[] = allRuleSets()): RuleSet | undefined {
  return sets.find((r) => r.id === id);
}

/** The newest year any Hälsoval rule set covers: the default year until a workbook pins one. */
export function newestYear(sets: readonly RuleSet[] = allRuleSets()): number {
  return Math.max(...sets.filter((r) => r.agreement === "halsoval").flatMap((r) => r.years));
}

/** A parameter added after a workbook was pinned: the value that workbook computed with. */
function later(rs: RuleSet, key: string): Parameter | undefined {
  const value = ADDED_LATER.parameters[key];
  if (value === undefined) return undefined;
  const doc = Object.keys(rs.data.documents)[0];
  return { description: key, unit: "andel", source: { document: doc, section: key.split(".").slice(0, 3).join(".") }, value };
}

export function param(rs: RuleSet, key: ParamKey): Parameter {
  const p = rs.data.parameters[key] ?? later(rs, key);
  if (!p) throw new Error(`Regelverket ${rs.id} saknar parametern ${key}.`);
  return p;
}

/** A decimal parameter as its string (the engine turns it into a Decimal). */
export function paramValue(rs: RuleSet, key: ParamKey): string {
  const v = param(rs, key).value;
  if (typeof v !== "string") throw new Error(`Parametern ${key} i ${rs.id} är inte ett tal.`);
  return v;
}

export function paramBands(rs: RuleSet, key: ParamKey): Band[] {
  const v = param(rs, key).value;
  if (!Array.isArray(v)) throw new Error(`Parametern ${key} i ${rs.id} är inte en intervalltabell.`);
  return v;
}

export function paramRecord(rs: RuleSet, key: ParamKey): Record<string, string> {
  const v = param(rs, key).value;
  if (typeof v === "string" || Array.isArray(v)) throw new Error(`Parametern ${key} i ${rs.id} är inte en namngiven tabell.`);
  return v;
}

export function reading<K extends ReadingKey>(rs: RuleSet, key: K): ReadingOption<K> {
  const v = readingValue(rs.data, key);
  if (v === undefined || Array.isArray(v)) throw new Error(`Regelverket ${rs.id} saknar tolkningen ${key}.`);
  return v as ReadingOption<K>;
}

export function readingList<K extends ReadingKey>(rs: RuleSet, key: K): ReadingOption<K>[] {
  const v = readingValue(rs.data, key);
  if (!Array.isArray(v)) throw new Error(`Regelverket ${rs.id} saknar tolkningen ${key}.`);
  return v as ReadingOption<K>[];
}

/** "Förfrågningsunderlag Hälsoval … 2026, avsnitt 5.1.1": where a parameter comes from, for KALLA and the parameter sheet. */
export function sourceText(rs: RuleSet, key: string): string {
  const p = rs.data.parameters[key] ?? rs.data.readings[key];
  if (!p) throw new Error(`Regelverket ${rs.id} har ingen parameter ${key}.`);
  const doc = rs.data.documents[p.source.document];
  return `${doc?.title ?? p.source.document}, avsnitt ${p.source.section}`;
}

/**
 * A copy of a rule set with some readings or parameter values changed (e.g. a switch the
 * economist flipped, or user-supplied LPIK factors). The copy is checked again (copyRuleSet)
 * and gets its own hash, so a workbook records exactly what it computed with. Overrides that change
 * nothing give the rule set itself (the same data, the same hash, nothing to validate).
 */
export function withOverrides(
  rs: RuleSet,
  overrides: { readings?: Record<string, string | string[]>; parameters?: Record<string, Parameter["value"]> },
): RuleSet {
  const data: RuleSetData = JSON.parse(JSON.stringify(rs.data));
  let changed = false;
  for (const [k, v] of Object.entries(overrides.readings ?? {})) {
    if (!data.readings[k]) throw new Error(`Okänd tolkning ${k} i ${rs.id}.`);
    changed ||= JSON.stringify(data.readings[k].value) !== JSON.stringify(v);
    data.readings[k].value = v;
  }
  for (const [k, v] of Object.entries(overrides.parameters ?? {})) {
    if (!data.parameters[k]) throw new Error(`Okänd parameter ${k} i ${rs.id}.`);
    changed ||= !sameValue(data.parameters[k].value, v);
    data.parameters[k].value = v;
  }
  return changed ? copyRuleSet(data, `${rs.id} (ändrad)`) : rs;
}

/** Equal values; a named table's keys in any order (the hash sorts keys too). */
function sameValue(a: Parameter["value"], b: Parameter["value"]): boolean {
  if (a && b && typeof a === "object" && typeof b === "object" && !Array.isArray(a) && !Array.isArray(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && a[k] === b[k]);
  }
  return JSON.stringify(a) === JSON.stringify(b);
}
