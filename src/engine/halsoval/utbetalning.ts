// 5 Ersättning: utbetalningsdag — file 002
// "Utbetalning sker månadsvis, med en tolftedel av den beräknade årsersättningen.
// Utbetalningen sker … den 20:e varje månad eller närmaste arbetsdag därefter."
// SPEC reads "arbetsdag" as a Swedish banking day: not a weekend, a public holiday
// (Lag 1989:253), midsummer eve, Christmas eve or New Year's eve. The holidays come from
// date-holidays (types public and bank only: its default also counts observances), read
// when the table helgdagar.ts was generated (scripts/helgdagar.js), so the library and its
// time-zone data are not in the bundle and nothing is built when the functions load.
// The payment day depends on the calendar, not on a year's rule set: every year 2000–2100
// has one, with the day of month from the rule data nearest in time.
import { allRuleSets, RuleSet, paramValue } from "../../rules";
import { InputError, manad, wholeCount } from "../check";
import { HELGDAGAR, HELGDAGAR_FROM } from "./helgdagar";

export interface Datum {
  year: number;
  month: number; // 1..12
  day: number;
}

/** "0620": how the table writes a day. */
function mmdd(d: Datum): string {
  return `${String(d.month).padStart(2, "0")}${String(d.day).padStart(2, "0")}`;
}

/** The weekday bank holidays of a year as "MMDD MMDD …" (empty outside 2000–2100). */
function holidays(year: number): string {
  return HELGDAGAR[year - HELGDAGAR_FROM] ?? "";
}

export function isBankDay(d: Datum): boolean {
  const weekday = new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays(d.year).includes(mmdd(d));
}

function addDays(d: Datum, n: number): Datum {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + n));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** The day of month payments fall on (5.utbetalningsdag): the Hälsoval data's year nearest to `year`. */
export function betalningsdag(year: number): number {
  const sets = allRuleSets().filter((r) => r.agreement === "halsoval");
  const before = sets.filter((r) => r.years[0] <= year);
  const rs = before.length ? before[before.length - 1] : sets[0];
  return Number(paramValue(rs, "5.utbetalningsdag"));
}

/**
 * The payment date of a month: the 20th (the day of `rs`, the year's rule set, when there is
 * one; else the day of the Hälsoval data nearest the year) or the next banking day after it.
 */
export function utbetalningsdag(year: unknown, month: unknown, rs?: RuleSet): Datum {
  const y = wholeCount(year, "År");
  if (y < 2000 || y > 2100) throw new InputError(`År måste ligga mellan 2000 och 2100 (${y}).`);
  const m = manad(month);
  const day = rs ? Number(paramValue(rs, "5.utbetalningsdag")) : betalningsdag(y);
  let d: Datum = { year: y, month: m, day };
  while (!isBankDay(d)) d = addDays(d, 1);
  return d;
}

/** A date as ISO text, "2026-03-20". */
export function isoDatum(d: Datum): string {
  return `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}

/** Excel's date serial (1900 date system; day 1 = 1900-01-01, with Excel's 1900 leap day). */
export function excelSerial(d: Datum): number {
  return (Date.UTC(d.year, d.month - 1, d.day) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

