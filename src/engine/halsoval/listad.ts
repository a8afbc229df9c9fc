// 5.1.1 Ersättning per listad invånare — file 002
// "Ersättningen för vikt 1,00 är 2 301 kr. Ersättningen kan variera något utifrån
// förändringar i antalet invånare i länet. Ersättningen viktas i femårsklasser."
import { RuleSet, paramValue, reading } from "../../rules";
import { InputError } from "../check";
import { Decimal, dec, DecimalInput } from "../money";
import { weightFor } from "./aldersvikt";

export function vikt(rs: RuleSet, age: unknown): Decimal {
  return weightFor(rs, "5.1.1.vikter", age);
}

/**
 * Price of weight 1.00. Reading "5.1.1.prislage": publicerat (default) takes the published
 * price; harlett derives it from the fixed total: total / Σ(weight × listed) over the county.
 */
export function pris(rs: RuleSet, countyWeightedListed?: DecimalInput | null): Decimal {
  if (reading(rs, "5.1.1.prislage") === "publicerat") return dec(paramValue(rs, "5.1.1.pris"));
  if (countyWeightedListed == null || dec(countyWeightedListed).lte(0))
    throw new InputError("Priset härleds ur totalen (tolkning 5.1.1.prislage = harlett): länets viktade antal listade behövs och måste vara större än 0.");
  return dec(paramValue(rs, "5.1.1.total")).times(1000).div(dec(countyWeightedListed));
}

/** Annual payment for one listed person: weight(age) × price of weight 1.00. */
export function listadBelopp(rs: RuleSet, age: unknown, price: DecimalInput = pris(rs)): Decimal {
  return vikt(rs, age).times(dec(price));
}
