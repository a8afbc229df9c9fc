// Find a rule set by agreement and year; its content hash. Every shipped rule set is
// validated when this module loads, so a malformed file can never reach a computation.
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import stableStringify from "fast-json-stable-stringify";
import { Agreement, ParamKey, ReadingKey, ReadingOption } from "./catalogue";
import { Band, Parameter, RuleSetData, validateRuleSet } from "./schema";
import halsoval2025 from "./halsoval-2025.json";
import halsoval2026 from "./halsoval-2026.json";
import tillagg2026 from "./tillagg-2026.json";
import utveckling2026 from "./utveckling-2026.json";

export { RuleSetError } from "./schema";
export type { Band, Parameter, RuleSetData } from "./schema";
export * from "./catalogue";

/** A year for which no rule set exists: the functions show it as #N/A. */
export class NoRuleSetError extends Error {
  constructor(
    readonly agreement: Agreement,
    readonly year: number,
  ) {
    super(`Det finns inget regelverk för ${AGREEMENT_NAMES[agreement]} år ${year}.`);
    this.name = "NoRuleSetError";
  }
}

export const AGREEMENT_NAMES: Record<Agreement, string> = {
  halsoval: "Hälsoval",
  tillagg: "tilläggsbeloppet",
  utveckling: "gemensam utveckling",
};

export interface RuleSet {
  readonly data: RuleSetData;
  readonly id: string;
  readonly agreement: Agreement;
  readonly years: readonly number[];
  /** SHA-256 of the canonical JSON (keys sorted), hex. */
  readonly hash: string;
}

export function contentHash(data: unknown): string {
  return bytesToHex(sha256(utf8ToBytes(stableStringify(data))));
}

export function makeRuleSet(raw: unknown, file: string): RuleSet {
  const data = validateRuleSet(raw, file);
  return { data, id: data.id, agreement: data.agreement, years: data.years, hash: contentHash(data) };
}

const SHIPPED: readonly RuleSet[] = [
  makeRuleSet(halsoval2025, "halsoval-2025.json"),
  makeRuleSet(halsoval2026, "halsoval-2026.json"),
  makeRuleSet(tillagg2026, "tillagg-2026.json"),
  makeRuleSet(utveckling2026, "utveckling-2026.json"),
];

export function allRuleSets(): readonly RuleSet[] {
  return SHIPPED;
}

/** The rule set of an agreement valid for a year; a year with none is an error, never a fallback. */
export function findRuleSet(agreement: Agreement, year: number, sets: readonly RuleSet[] = SHIPPED): RuleSet {
  const found = sets.filter((r) => r.agreement === agreement && r.years.includes(year));
  if (found.length === 0) throw new NoRuleSetError(agreement, year);
  if (found.length > 1) throw new Error(`Flera regelverk för ${AGREEMENT_NAMES[agreement]} år ${year}: ${found.map((r) => r.id).join(", ")}`);
  return found[0];
}

export function findRuleSetById(id: string, sets: readonly RuleSet[] = SHIPPED): RuleSet | undefined {
  return sets.find((r) => r.id === id);
}

/** The newest year any Hälsoval rule set covers: the default year until a workbook pins one. */
export function newestYear(sets: readonly RuleSet[] = SHIPPED): number {
  return Math.max(...sets.filter((r) => r.agreement === "halsoval").flatMap((r) => r.years));
}

export function param(rs: RuleSet, key: ParamKey): Parameter {
  const p = rs.data.parameters[key];
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
  const r = rs.data.readings[key];
  if (!r || Array.isArray(r.value)) throw new Error(`Regelverket ${rs.id} saknar tolkningen ${key}.`);
  return r.value as ReadingOption<K>;
}

export function readingList<K extends ReadingKey>(rs: RuleSet, key: K): ReadingOption<K>[] {
  const r = rs.data.readings[key];
  if (!r || !Array.isArray(r.value)) throw new Error(`Regelverket ${rs.id} saknar tolkningen ${key}.`);
  return r.value as ReadingOption<K>[];
}

/** "5.1.1 (002)": where a parameter comes from, for KALLA and the parameter sheet. */
export function sourceText(rs: RuleSet, key: string): string {
  const p = rs.data.parameters[key] ?? rs.data.readings[key];
  if (!p) throw new Error(`Regelverket ${rs.id} har ingen parameter ${key}.`);
  const doc = rs.data.documents[p.source.document];
  return `${doc?.title ?? p.source.document}, avsnitt ${p.source.section}`;
}

/**
 * A copy of a rule set with some readings or parameter values changed (e.g. a switch the
 * economist flipped, or user-supplied LPIK factors). The copy is validated again and gets
 * its own hash, so a workbook records exactly what it computed with.
 */
export function withOverrides(
  rs: RuleSet,
  overrides: { readings?: Record<string, string | string[]>; parameters?: Record<string, Parameter["value"]> },
): RuleSet {
  const data: RuleSetData = JSON.parse(JSON.stringify(rs.data));
  for (const [k, v] of Object.entries(overrides.readings ?? {})) {
    if (!data.readings[k]) throw new Error(`Okänd tolkning ${k} i ${rs.id}.`);
    data.readings[k].value = v;
  }
  for (const [k, v] of Object.entries(overrides.parameters ?? {})) {
    if (!data.parameters[k]) throw new Error(`Okänd parameter ${k} i ${rs.id}.`);
    data.parameters[k].value = v;
  }
  return makeRuleSet(data, `${rs.id} (ändrad)`);
}
