// 3.3 Avstämning av tilläggsbeloppet — file 000
// "Om antalet ligger inom accepterat intervall fördelas tilläggsbeloppet, utan justeringar
// … Om antalet ligger utanför accepterat intervall revideras tilläggsbeloppet med
// justeringsbeloppet". Normal range 129–169 (bounds included).
import { RuleSet, paramValue, reading } from "../../rules";
import { wholeCount } from "../check";
import { Decimal, ZERO } from "../money";
import { grundbelopp, justeringsbelopp } from "./grundbelopp";

export interface Normalintervall {
  min: number;
  max: number;
}

export function normalintervall(rs: RuleSet): Normalintervall {
  return { min: Number(paramValue(rs, "3.3.normal_min")), max: Number(paramValue(rs, "3.3.normal_max")) };
}

/**
 * The number of adjustment amounts a count revises by. Reading "3.3.justering_fran":
 * narmaste_grans (default) counts persons beyond the nearest bound (175 → +6, 120 → −9);
 * medelvarde counts from the midpoint of the range (175 → +26, 120 → −29).
 */
export function justeringsantal(rs: RuleSet, count: unknown, range: Normalintervall = normalintervall(rs)): Decimal {
  const n = wholeCount(count, "Antal anslutna");
  if (n >= range.min && n <= range.max) return ZERO;
  if (reading(rs, "3.3.justering_fran") === "medelvarde") return new Decimal(n).minus(new Decimal(range.min + range.max).div(2));
  return new Decimal(n > range.max ? n - range.max : n - range.min);
}

/** The revision for a count in `year` (0 inside the range). */
export function justering(rs: RuleSet, count: unknown, year: unknown): Decimal {
  const k = justeringsantal(rs, count);
  return k.isZero() ? ZERO : k.times(justeringsbelopp(rs, year));
}

/** Base value + revision for a count in `year`. */
export function tillaggsbelopp(rs: RuleSet, count: unknown, year: unknown): Decimal {
  return grundbelopp(rs, year).plus(justering(rs, count, year));
}
