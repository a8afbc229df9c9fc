// 5.3 Tilläggsersättning per vårdenhet och månad — file 002. The single items are computed
// in tillagg.ts; this file applies the county caps ("Hälsovalet ersätter till ett
// maxbelopp av motsvarande … tkr", 5.3.5 / 5.3.7 / 5.3.8) and pays a yearly amount with the
// monthly payment (reading 5.3.utbetalning: twelfths by default, or in full once).
import { RuleSet, paramValue, reading } from "../../rules";
import { InputError } from "../check";
import { Decimal, dec, DecimalInput, distribute, roundOre, sum } from "../money";
import { tolftedel } from "./manad";

export type TakKey = "5.3.5.tak" | "5.3.7.tak" | "5.3.8.tak";

export interface TakResultat {
  /** What each claim is paid, in öre, summing exactly to the cap when the cap binds. */
  paid: Decimal[];
  /** Claimed minus paid, per claim (the reduction the sheet shows). */
  reduction: Decimal[];
  cap: Decimal;
  capped: boolean;
}

/**
 * Claims against a county cap. Within the cap every claim is paid in full (rounded to öre).
 * Above it, the reading 5.3.tak_reducering decides: `proportionell` scales every claim by
 * cap/total and shares the öre by largest remainder, so the parts sum exactly to the cap;
 * `i_ordning` pays the claims in the order given until the cap is used up.
 */
export function reduceraMotTak(rs: RuleSet, claims: readonly DecimalInput[], capTkr: DecimalInput): TakResultat {
  const cs = claims.map(dec);
  if (cs.some((c) => c.isNegative() || !c.isFinite())) throw new InputError("Ett anspråk får inte vara negativt.");
  const rounded = cs.map((c) => roundOre(c));
  const cap = dec(capTkr).times(1000);
  if (cap.isNegative()) throw new InputError("Taket får inte vara negativt.");
  const total = sum(rounded);
  let paid: Decimal[];
  if (total.lte(cap)) paid = rounded;
  else if (reading(rs, "5.3.tak_reducering") === "i_ordning") {
    let left = cap;
    paid = rounded.map((c) => {
      const p = Decimal.min(c, left);
      left = left.minus(p);
      return p;
    });
  } else paid = distribute(cap.toDecimalPlaces(2, Decimal.ROUND_DOWN), rounded, 2);
  return { paid, reduction: rounded.map((c, i) => c.minus(paid[i])), cap, capped: total.gt(cap) };
}

/** The cap of 5.3.5 (AT), 5.3.7 (ST) or 5.3.8 (PTP/STP), in tkr, from the rule set. */
export function tak(rs: RuleSet, key: TakKey): Decimal {
  return dec(paramValue(rs, key));
}

/**
 * A yearly supplementary amount paid with month `month`: twelfth number `month` (exact
 * over the year) or, with the reading `engang`, all of it in the month it is entered for.
 */
export function tillaggForManad(rs: RuleSet, annual: DecimalInput, month: number): Decimal {
  const a = dec(annual);
  if (a.isNegative()) throw new InputError("Ett tilläggsbelopp får inte vara negativt.");
  if (reading(rs, "5.3.utbetalning") === "engang") return roundOre(a);
  return tolftedel(rs, a, month);
}

/** 5.3.9 Gäddede / 5.3.10 folkhälsa: the fixed amount (tkr) to the units the user names, in equal parts. */
export function fastBelopp(rs: RuleSet, key: "5.3.9.gaddede" | "5.3.10.folkhalsa", units: number): Decimal[] {
  if (!Number.isInteger(units) || units < 1) throw new InputError(`Ange minst en vårdenhet som får ${key === "5.3.9.gaddede" ? "5.3.9 Gäddede" : "5.3.10 folkhälsa"}.`);
  return distribute(dec(paramValue(rs, key)).times(1000), Array(units).fill(1), 2);
}

