// From dated rule data to the resolved rule set the engine reads: "agreement A on date D".
// Each parameter takes the value with the latest date of effect on or before D; a band
// table written by lower bound becomes the {from, to, value} bands; a removed parameter is
// left out and named in `removed`. Which dates a year or an agreement period resolves at
// follows the agreement's validity (Hälsoval: per calendar year; the agreements of the
// samverkansavtal: per period of 2026-01-01–2027-12-31, prolonged two years at a time).
import { CATALOGUE } from "./catalogue";
import type { DatedFile, Validity } from "./dated";
import type { Band, RuleSetData } from "./schema";

/** The latest dated value on or before `date` (ISO dates compare as strings). */
export function valueOn<T>(values: Record<string, T>, date: string): T | undefined {
  const since = dateOn(values, date);
  return since === undefined ? undefined : values[since];
}

/** The date of effect of the value in force on `date`. */
export function dateOn(values: Record<string, unknown>, date: string): string | undefined {
  let best: string | undefined;
  for (const d of Object.keys(values)) if (d <= date && (best === undefined || d > best)) best = d;
  return best;
}

/** {"0": "1.16", "5": "0.36", "100": "1.38"} → bands 0–4, 5–99, 100–. */
export function bandsFromLowerBounds(table: Record<string, string>): Band[] {
  const bounds = Object.keys(table).map(Number).sort((a, b) => a - b);
  return bounds.map((from, i) => ({ from, to: i + 1 < bounds.length ? bounds[i + 1] - 1 : null, value: table[String(from)] }));
}

export interface Period {
  /** The year in the rule set's id ("tillagg-2026"). */
  idYear: number;
  years: number[];
  /** The date the period's values are resolved at. */
  date: string;
}

const yearOf = (iso: string) => Number(iso.slice(0, 4));

/** The agreement period a year belongs to, or null when the data does not cover the year. */
export function periodOf(v: Validity, year: number): Period | null {
  if (v.unit !== "period") return null;
  const first = yearOf(v.data_from);
  const start = yearOf(v.from);
  const end = yearOf(v.to);
  if (year < first) return null;
  if (v.termination && `${year}-01-01` > v.termination) return null;
  const cut = (ys: number[]) => (v.termination ? ys.filter((y) => `${y}-01-01` <= v.termination!) : ys);
  if (year <= end) return { idYear: start, years: cut(range(first, end)), date: v.from };
  if (v.prolongation_years === null) return null;
  const p = v.prolongation_years;
  const s = end + 1 + Math.floor((year - end - 1) / p) * p;
  return { idYear: s, years: cut(range(s, s + p - 1)), date: `${s}-01-01` };
}

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let y = a; y <= b; y++) out.push(y);
  return out;
}

/** Swedish: when an agreement's data applies ("gäller 2026-01-01–2027-12-31, förlängs två år i taget"). */
export function validityText(v: Validity): string {
  if (v.unit === "year") return `regelverket finns från ${v.from} med beslutade år ${v.decided.join(", ")}`;
  const prolong = v.prolongation_years ? `, förlängs ${v.prolongation_years === 2 ? "två" : v.prolongation_years} år i taget` : "";
  const ended = v.termination ? `; uppsagd att upphöra ${v.termination}` : "";
  const base = v.data_from < v.from ? ` (data från ${v.data_from})` : "";
  return `överenskommelsen gäller ${v.from}–${v.to}${prolong}${ended}${base}`;
}

/**
 * The resolved rule set of a dated file on `date`, with the given id, years and title
 * (not validated here: the caller validates and names file and date in any refusal).
 */
export function resolveOn(file: DatedFile, date: string, id: string, years: number[], title: string): RuleSetData {
  const cat = CATALOGUE[file.agreement];
  const year = date.slice(0, 4);
  const documents: RuleSetData["documents"] = {};
  for (const [k, d] of Object.entries(file.documents)) documents[k] = { ...d, title: d.title.replace("{år}", year) };
  const parameters: RuleSetData["parameters"] = {};
  const removed: Record<string, string> = {};
  for (const [key, p] of Object.entries(file.parameters)) {
    if (p.removed && p.removed.date <= date) {
      removed[key] = `${p.removed.reason} (borttagen från ${p.removed.date})`;
      continue;
    }
    const since = dateOn(p.values, date);
    if (since === undefined) continue;
    const v = p.values[since];
    const value = cat.keys[key]?.shape === "bands" && typeof v !== "string" ? bandsFromLowerBounds(v) : v;
    const { values: _values, removed: _removed, ...rest } = p;
    parameters[key] = { ...rest, value, since };
  }
  const readings: RuleSetData["readings"] = {};
  for (const [key, r] of Object.entries(file.readings)) readings[key] = { ...r, value: r.default };
  // Only the documents this set cites (the LPIK source is cited by a derived year, which adds it).
  const cited = new Set([...Object.values(parameters), ...Object.values(readings)].map((x) => x.source.document));
  for (const k of Object.keys(documents)) if (!cited.has(k)) delete documents[k];
  const out: RuleSetData = { id, agreement: file.agreement, title, years, documents, parameters, readings, effective: date };
  if (Object.keys(removed).length) out.removed = removed;
  return out;
}

/** Every date of effect in the file, sorted. */
export function changeDates(file: DatedFile): string[] {
  const dates = new Set<string>();
  for (const p of Object.values(file.parameters)) {
    for (const d of Object.keys(p.values)) dates.add(d);
    if (p.removed) dates.add(p.removed.date);
  }
  return [...dates].sort();
}

/** The title of a year's or period's rule set: "… 2026", "… (överenskommelse 2026–2027; 2024 är basnivån, 2025 indexår)". */
export function titleOf(file: DatedFile, year: number): string {
  const v = file.validity;
  if (v.unit === "year") return `${file.title} ${year}`;
  const p = periodOf(v, year);
  if (!p) return file.title;
  const first = p.years[0];
  const last = p.years[p.years.length - 1];
  const base = first < p.idYear ? `; ${first} är basnivån${first + 1 < p.idYear ? `, ${first + 1}${first + 2 < p.idYear ? `–${p.idYear - 1}` : ""} indexår` : ""}` : "";
  return `${file.title} (${p.idYear === Number(v.from.slice(0, 4)) ? "överenskommelse" : "förlängning"} ${p.idYear}–${last}${base})`;
}
