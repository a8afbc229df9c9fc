// Hälsoval, avsnitt 5 and 5.3 (moms, admin, utbetalningsdag, familjecentral): custom
// functions as thin adapters over src/engine/halsoval.
/* eslint-disable @typescript-eslint/no-explicit-any -- `any` is how a parameter accepts a value or a range */
import { nonNegative, wholeCount } from "../engine/check";
import { admin, moms } from "../engine/halsoval/moms";
import { familjecentral } from "../engine/halsoval/tillagg";
import { excelSerial, utbetalningsdag } from "../engine/halsoval/utbetalning";
import { NoRuleSetError, type RuleSet } from "../rules";
import { arg, cells, grid, isEmpty, num, ruleSet, run, year } from "./adapt";

/**
 * Momskompensation för privat vårdenhet: 3 % av beloppet (avsnitt 5).
 * @customfunction HALSOVAL.MOMS HALSOVAL.MOMS
 * @param belopp Belopp i kronor.
 * @param [ar] År för regelverket. Utelämnat: arbetsbokens regelverksår.
 * @returns Kronor.
 */
export function halsovalMoms(belopp: any[][], ar?: any): any[][] {
  return run(() => {
    const rs = ruleSet("halsoval", year(ar));
    return cells([grid(belopp)], (b) => num(moms(rs, arg("Belopp", () => nonNegative(b, "Beloppet")))));
  });
}

/**
 * IT/admin-påslag för externa vårdgivare: 1,5 % av beloppet (avsnitt 5).
 * @customfunction HALSOVAL.ADMIN HALSOVAL.ADMIN
 * @param belopp Belopp i kronor.
 * @param [ar] År för regelverket. Utelämnat: arbetsbokens regelverksår.
 * @returns Kronor.
 */
export function halsovalAdmin(belopp: any[][], ar?: any): any[][] {
  return run(() => {
    const rs = ruleSet("halsoval", year(ar));
    return cells([grid(belopp)], (b) => num(admin(rs, arg("Belopp", () => nonNegative(b, "Beloppet")))));
  });
}

/**
 * The year's Hälsoval rule set as the workbook has it (pinned, or a changed set), so the day
 * is the one its explanation cites; none for a year without one (or one still waiting for
 * its LPIK: the payment day does not depend on it), and the engine takes the nearest data's.
 */
function paymentRules(y: number): RuleSet | undefined {
  try {
    return ruleSet("halsoval", y);
  } catch (e) {
    if (e instanceof NoRuleSetError) return undefined;
    throw e;
  }
}

/**
 * Utbetalningsdag: den 20:e eller närmaste bankdag därefter (avsnitt 5), som Excel-datum.
 * @customfunction HALSOVAL.UTBETALNINGSDAG HALSOVAL.UTBETALNINGSDAG
 * @param ar År.
 * @param manad Månad 1–12, ett värde eller ett område.
 * @returns Datum (formatera cellen som datum).
 */
export function halsovalUtbetalningsdag(ar: any[][], manad: any[][]): any[][] {
  return run(() => {
    return cells([grid(ar), grid(manad)], (yy, m) => {
      const y = year(yy);
      return excelSerial(utbetalningsdag(y, arg("Månad", () => wholeCount(m, "Månad", 12)), paymentRules(y)));
    });
  });
}

/**
 * Familjecentral: 100 kr per listat barn 0–5 år, lägst 25 000 och högst 100 000 kr, plus lokalhyra (avsnitt 5.3.1).
 * @customfunction HALSOVAL.FAMILJECENTRAL HALSOVAL.FAMILJECENTRAL
 * @param barn Antal listade barn 0–5 år.
 * @param [hyra] Faktisk extra lokalhyra i kronor.
 * @param [ar] År för regelverket. Utelämnat: arbetsbokens regelverksår.
 * @returns Kronor per år.
 */
export function halsovalFamiljecentral(barn: any[][], hyra?: any, ar?: any): any[][] {
  return run(() => {
    const rs = ruleSet("halsoval", year(ar));
    const rent = isEmpty(hyra) ? 0 : hyra;
    return cells([grid(barn)], (n) => num(arg("Barn/hyra", () => familjecentral(rs, n, rent))));
  });
}
