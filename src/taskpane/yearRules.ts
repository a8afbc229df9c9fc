// Step 1 for a new year (issue 7 item 6): the derived next Hälsoval year (5.1: without a June
// decision the year is indexed with LPIK), a rule file the region publishes loaded from
// disk (validated as the shipped ones are), and a value changed with the decision it comes
// from. Pure, so it is tested without a DOM; nothing shipped is changed in place.
import { Agreement, MissingLpikError, NoRuleSetError, RuleRegistry, RuleSet, copyRuleSet, shippedRules } from "../rules";
import { shippedRuleFiles } from "../rules/files";
import type { StoredPin } from "../pin/stored";

/** A value the economist changed, with the decision it comes from ("beslut HSN 2026-06-12 § 85"). */
export interface RuleChange {
  agreement: Agreement;
  key: string;
  value: string;
  beslut: string;
}

/** The Hälsoval years offered: every decided year and the next one (derived with LPIK). */
export function offeredYears(rules: RuleRegistry = shippedRules()): number[] {
  const decided = rules.all().filter((r) => r.agreement === "halsoval").flatMap((r) => r.years);
  return [...new Set([...decided, rules.newestDecided("halsoval") + 1])].sort();
}

export type Loaded = { ok: true; registry: RuleRegistry; agreement: Agreement; name: string; text: string } | { ok: false; errors: string[] };

/**
 * A published dated rule file (same format as the shipped ones) replacing the shipped file
 * of its agreement. Refused, by file, date and key, as the loader words it.
 */
export function loadPublished(name: string, text: string): Loaded {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [`${name}: filen är inte giltig JSON (${(e as Error).message}).`] };
  }
  const agreement = (raw as { agreement?: unknown } | null)?.agreement;
  if (typeof agreement !== "string") return { ok: false, errors: [`${name}: fältet "agreement" (avtalet, t.ex. "halsoval") saknas.`] };
  const files: Record<string, unknown> = {};
  for (const [n, f] of Object.entries(shippedRuleFiles())) if ((f as { agreement?: string }).agreement !== agreement) files[n] = f;
  files[name] = raw;
  try {
    return { ok: true, registry: new RuleRegistry(files), agreement: agreement as Agreement, name, text };
  } catch (e) {
    return { ok: false, errors: (e as Error).message.split("\n").map((l) => l.replace(/^- /, "")) };
  }
}

/**
 * The rules a reopened workbook was filled with: the published file its pin recorded, loaded
 * again (and validated again), or the shipped rules. A recorded file that no longer loads
 * gives the shipped rules and says why.
 */
export function restoredRules(pin: StoredPin | null): { registry: RuleRegistry; name: string | null; problem: string | null } {
  const f = pin?.inputs.regelfil;
  if (!f) return { registry: shippedRules(), name: null, problem: null };
  const l = loadPublished(f.name, f.text);
  if (l.ok) return { registry: l.registry, name: l.name, problem: null };
  return { registry: shippedRules(), name: null, problem: `Regelfilen ${f.name} som arbetsboken fylldes med kan inte läsas in igen: ${l.errors.join(" ")}` };
}

/** The rule set of an agreement for a year in `rules`, or why there is none (LPIK missing, year not covered). */
export function ruleSetIn(rules: RuleRegistry, agreement: Agreement, year: number, sets?: readonly RuleSet[]): RuleSet | string {
  try {
    return rules.find(agreement, year, sets);
  } catch (e) {
    if (e instanceof MissingLpikError) return `Ange LPIK ${e.lpikYear ?? year}: Hälsoval ${year} saknar junibeslut och räknas upp från ${year - 1} med LPIK ${year}.`;
    if (e instanceof NoRuleSetError) return e.message;
    throw e;
  }
}

/**
 * A copy of `rs` with the changes for its agreement: each value replaced and its decision
 * written into the parameter's description (so the parameter sheet shows it) and the title.
 * Validated again (plausibility), with its own hash; the shipped set is untouched.
 */
export function applyChanges(rs: RuleSet, changes: readonly RuleChange[]): RuleSet {
  const mine = changes.filter((c) => c.agreement === rs.agreement);
  if (mine.length === 0) return rs;
  const data = JSON.parse(JSON.stringify(rs.data));
  for (const c of mine) {
    const p = data.parameters[c.key];
    if (!p) throw new Error(`Regelverket ${rs.id} har ingen parameter ${c.key}.`);
    if (typeof p.value !== "string") throw new Error(`${c.key} är en tabell; bara enstaka tal kan ändras här.`);
    const v = c.value.replace(/[\s\u00a0]/g, "").replace(",", ".");
    if (!/^-?\d+(\.\d+)?$/.test(v)) throw new Error(`${c.key}: "${c.value}" är inget tal.`);
    if (!c.beslut.trim()) throw new Error(`${c.key}: ange beslutet som ändringen bygger på (t.ex. beslut HSN 2026-06-12 § 85).`);
    p.description = `${p.description} (ändrat från ${p.value} genom ${c.beslut.trim()})`;
    p.value = v;
  }
  data.title = `${data.title} (ändrat: ${mine.map((c) => `${c.key} genom ${c.beslut.trim()}`).join("; ")})`;
  // Its own id (item 6), so that the parameter sheet, the pin and the year diff tell it from the shipped set.
  data.id = rs.id.endsWith("-andrad") ? rs.id : `${rs.id}-andrad`;
  return copyRuleSet(data, `${rs.id} (ändrad)`);
}

/** The parameters of a rule set that hold one number (those that can be changed here). */
export function changeableKeys(rs: RuleSet): { key: string; description: string; value: string; unit: string }[] {
  return Object.entries(rs.data.parameters)
    .filter(([, p]) => typeof p.value === "string" && !p.input)
    .map(([key, p]) => ({ key, description: p.description, value: p.value as string, unit: p.unit }));
}
