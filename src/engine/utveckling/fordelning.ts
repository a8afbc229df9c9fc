// 4 Gemensamma utvecklingsmedel — file 001
// "De finansieras 50% av regionen och 50% av länets kommuner". Reading: the
// municipalities' half is split by population share (switch: the §3.4 key instead).
import { RuleSet, paramValue } from "../../rules";
import { Decimal, dec, DecimalInput } from "../money";
import { fordela } from "../tillagg/fordelning";

export function kommunernasDel(rs: RuleSet, amount: DecimalInput): Decimal {
  return dec(amount).times(paramValue(rs, "4.kommunernas_andel"));
}

export function regionensDel(rs: RuleSet, amount: DecimalInput): Decimal {
  return dec(amount).times(paramValue(rs, "4.regionens_andel"));
}

/**
 * Each municipality's share of the municipalities' half. `keys` are populations under the
 * default reading (4.fordelningsnyckel = befolkning) or the §3.4 keys under the switch;
 * the caller chooses which to pass, the arithmetic is the same.
 */
export function fordelaUtveckling(rs: RuleSet, amount: DecimalInput, keys: readonly DecimalInput[]): Decimal[] {
  return fordela(kommunernasDel(rs, amount), keys);
}
