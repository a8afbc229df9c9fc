// 3.3 Avstämning av tilläggsbeloppet — file 000: "Under första kvartalet summeras antal
// personer i länet som föregående år var anslutna till Storsjögläntan. Antalet jämförs med
// länets normalvariation … Om antalet ligger utanför accepterat intervall revideras
// tilläggsbeloppet med justeringsbeloppet." In a workbook for year Y the reconciliation
// concerns year Y−1: its amount is revised with Y−1's rule set and LPIK, and shown beside
// year Y's amount, each labelled with its year and rule set.
import type { RuleSet } from "../../rules";
import { InputError, wholeCount } from "../check";
import type { Decimal } from "../money";
import { grundbelopp, justeringsbelopp } from "./grundbelopp";
import { justering, justeringsantal, normalintervall, Normalintervall } from "./justera";

export interface Regelverksetikett {
  ar: number;
  regelverk: string;
  hash: string;
}

export interface ForegaendeAr extends Regelverksetikett {
  /** Persons connected during the year reconciled. */
  antal: number;
  normalvariation: Normalintervall;
  inomNormalvariation: boolean;
  /** The base amount of the year, indexed with its LPIK. */
  grundbelopp: Decimal;
  justeringsbelopp: Decimal;
  /** How many adjustment amounts the count revises by (negative below the range). */
  justeringsantal: Decimal;
  revidering: Decimal;
  /** The year's amount after reconciliation: grundbelopp + revidering. */
  reviderat: Decimal;
}

export interface Avstamning {
  foregaende: ForegaendeAr;
  /** Year Y's amount before its own reconciliation next year. */
  iar: Regelverksetikett & { grundbelopp: Decimal };
}

function label(rs: RuleSet, ar: number): Regelverksetikett {
  if (rs.agreement !== "tillagg") throw new InputError(`Regelverket ${rs.id} gäller inte tilläggsbeloppet.`);
  if (!rs.years.includes(ar)) throw new InputError(`Regelverket ${rs.id} gäller inte år ${ar} (${rs.years.join(", ")}).`);
  return { ar, regelverk: rs.id, hash: rs.hash };
}

/**
 * The reconciliation of year − 1 (with `previous`, the tillägg rule set of year − 1 and its
 * LPIK) beside year's amount (with `current`). `antal`: persons connected in year − 1.
 */
export function avstamning(previous: RuleSet, current: RuleSet, year: unknown, antal: unknown): Avstamning {
  const y = wholeCount(year, "År");
  const n = wholeCount(antal, "Antal anslutna föregående år");
  const prev = label(previous, y - 1);
  const range = normalintervall(previous);
  const k = justeringsantal(previous, n, range);
  const base = grundbelopp(previous, y - 1);
  const revidering = justering(previous, n, y - 1);
  return {
    foregaende: {
      ...prev,
      antal: n,
      normalvariation: range,
      inomNormalvariation: k.isZero(),
      grundbelopp: base,
      justeringsbelopp: justeringsbelopp(previous, y - 1),
      justeringsantal: k,
      revidering,
      reviderat: base.plus(revidering),
    },
    iar: { ...label(current, y), grundbelopp: grundbelopp(current, y) },
  };
}
