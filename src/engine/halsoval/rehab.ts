// 5.1.5 Rehabkoordinator — file 002
// "Vårdenheten ersätts för rehabkoordinator som utgår per listad invånare i
// åldersintervallet 16-67 år. Den genomsnittliga ers 2026 per inv är 106 kr."
import { RuleSet, paramValue } from "../../rules";
import { age as checkAge } from "../alder";
import { Decimal, dec, ZERO } from "../money";

export function rehabAlder(rs: RuleSet): { from: number; to: number } {
  return { from: Number(paramValue(rs, "5.1.5.alder_fran")), to: Number(paramValue(rs, "5.1.5.alder_till")) };
}

/** Annual amount for one listed person; 0 outside 16–67 (both inclusive). */
export function rehabBelopp(rs: RuleSet, age: unknown): Decimal {
  const a = checkAge(age);
  const { from, to } = rehabAlder(rs);
  return a >= from && a <= to ? dec(paramValue(rs, "5.1.5.belopp")) : ZERO;
}

/** For a unit: listed aged 16–67 × amount. */
export function rehabForCount(rs: RuleSet, listed16to67: number): Decimal {
  return dec(paramValue(rs, "5.1.5.belopp")).times(listed16to67);
}
