// 5.1.4 Läkemedel — file 002
// "Den preliminära ersättningen för allmänläkemedel med vikt 1,0 är 1 458 kr under 2026
// … och justeras tertialvis."
import { RuleSet, paramValue } from "../../rules";
import { Decimal, dec } from "../money";
import { weightFor } from "./aldersvikt";

export function lakemedelVikt(rs: RuleSet, age: unknown): Decimal {
  return weightFor(rs, "5.1.4.vikter", age);
}

export function lakemedelPris(rs: RuleSet): Decimal {
  return dec(paramValue(rs, "5.1.4.pris"));
}

/** Annual amount for one listed person: weight(age) × price of weight 1.0 (preliminary). */
export function lakemedelBelopp(rs: RuleSet, age: unknown): Decimal {
  return lakemedelVikt(rs, age).times(lakemedelPris(rs));
}
