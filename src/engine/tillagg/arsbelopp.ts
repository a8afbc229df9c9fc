// 3.3 Avstämning av tilläggsbeloppet — file 000: "Under första kvartalet summeras antal
// personer i länet som föregående år var anslutna till Storsjögläntan … Om antalet ligger
// utanför accepterat intervall revideras tilläggsbeloppet med justeringsbeloppet". The text
// does not say which year's amount is revised; reading "3.3.avstamning_avser" decides, and
// every sheet, trace and what-if takes year Y's amount from here so that the revision is
// counted once: foregaende_ar (default) revises Y−1's amount (avstamning.ts) and leaves
// year Y's amount unrevised; innevarande_ar revises year Y's amount by the count of Y−1.
import { reading, type RuleSet } from "../../rules";
import { InputError } from "../check";
import { type Decimal, ZERO } from "../money";
import { grundbelopp } from "./grundbelopp";
import { justering } from "./justera";

/** True when the count of year − 1 revises year Y's own amount (reading innevarande_ar). */
export function reviderasIar(rs: RuleSet): boolean {
  return reading(rs, "3.3.avstamning_avser") === "innevarande_ar";
}

const noCount = (count: unknown) => count === null || count === undefined || count === "";

/**
 * The revision included in year Y's amount: under innevarande_ar the revision for `count`
 * (persons connected during Y−1), under foregaende_ar 0 (the count revises Y−1's amount).
 */
export function arsrevidering(rs: RuleSet, year: unknown, count: unknown): Decimal {
  if (!reviderasIar(rs)) return ZERO;
  if (noCount(count)) throw new InputError("Antal anslutna till Storsjögläntan föregående år saknas: årets tilläggsbelopp revideras med det (tolkning 3.3.avstamning_avser).");
  return justering(rs, count, year);
}

/**
 * Year Y's tilläggsbelopp, to be shared by the §3.4 key: the base amount indexed to Y, plus
 * under innevarande_ar the revision for the count of Y−1. Under foregaende_ar the count
 * may be missing (null).
 */
export function arsbelopp(rs: RuleSet, year: unknown, count: unknown): Decimal {
  return grundbelopp(rs, year).plus(arsrevidering(rs, year, count));
}
