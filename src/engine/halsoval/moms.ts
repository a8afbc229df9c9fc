// 5 Ersättning: momskompensation och IT/admin-påslag — file 002
// "En privat vårdenhet får momskompensation genom att den … utbetalda ersättningen för
// listade invånare uppräknas med tre (3) procent. Momskompensation utgår inte för
// läkemedel, rörlig ersättning samt tilläggsersättning." "De externa vårdgivarna erhåller
// även … ett påslag på 1,5 % av den ersättning som ges per listad. Ersättningen omfattas
// av momskompensationen."
import { RuleSet, paramValue, reading, readingList } from "../../rules";
import { Decimal, dec, DecimalInput, sum, ZERO } from "../money";

export type Komponent = "5.1.1" | "5.1.2" | "5.1.3" | "5.1.4" | "5.1.5";
export type Komponenter = Record<Komponent, Decimal>;

export function moms(rs: RuleSet, amount: DecimalInput): Decimal {
  return dec(amount).times(paramValue(rs, "5.moms"));
}

export function admin(rs: RuleSet, amount: DecimalInput): Decimal {
  return dec(amount).times(paramValue(rs, "5.admin"));
}

/**
 * A private unit's supplements on its 5.1 components. The readings name which components
 * each supplement is computed on (default 5.1 without 5.1.4) and whether the IT/admin
 * supplement is itself VAT-compensated (default ja, as section 5 says).
 */
export function privataTillagg(rs: RuleSet, k: Komponenter): { admin: Decimal; moms: Decimal; adminBase: Decimal; momsBase: Decimal } {
  const pick = (key: "5.admin_komponenter" | "5.moms_komponenter") =>
    sum(readingList(rs, key).map((c) => k[c as Komponent] ?? ZERO));
  const adminBase = pick("5.admin_komponenter");
  const a = admin(rs, adminBase);
  const momsBase = pick("5.moms_komponenter").plus(reading(rs, "5.admin_moms") === "ja" ? a : ZERO);
  return { admin: a, moms: moms(rs, momsBase), adminBase, momsBase };
}
