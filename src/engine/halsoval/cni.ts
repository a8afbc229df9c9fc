// 5.1.2 Socioekonomisk faktor (CNI) — file 002
// "CNI består av sju variabler med olika vikt … Dessa variabler vägs ihop till ett index
// utifrån hur många listade invånare inom dessa sju grupper respektive vårdenhet har."
import { CNI_VARIABLER, RuleSet, paramRecord, paramValue } from "../../rules";
import { InputError } from "../check";
import { Decimal, dec, DecimalInput, sum, ZERO } from "../money";
import { perRuleSet } from "../perRuleSet";

/** The 5.1.2 rule data of one rule set, parsed once and reused by every call (no decimal parsing per call). */
const setup = perRuleSet((rs: RuleSet): { vikter: readonly Decimal[]; budget: Decimal } => {
  const r = paramRecord(rs, "5.1.2.vikter");
  return { vikter: CNI_VARIABLER.map((k) => dec(r[k])), budget: dec(paramValue(rs, "5.1.2.total")).times(1000) };
});

/** The seven weights in the order of 5.1.2 (a fresh array; the decimals are immutable). */
export function cniVikter(rs: RuleSet): Decimal[] {
  return [...setup(rs).vikter];
}

/**
 * CNI from the seven shares (each the share of the population in the group, 0..1):
 * Σ wᵢ·shareᵢ, divided by the national value when given (so that Sweden = 1).
 */
export function cniFranAndelar(rs: RuleSet, shares: readonly DecimalInput[], national?: DecimalInput | null): Decimal {
  if (shares.length !== 7) throw new InputError(`CNI behöver sju andelar i avsnitt 5.1.2:s ordning, inte ${shares.length}.`);
  const w = setup(rs).vikter;
  shares.forEach((s, i) => {
    const d = dec(s);
    if (d.isNegative() || d.gt(1)) throw new InputError(`Andel ${i + 1} (${CNI_VARIABLER[i]}) måste ligga mellan 0 och 1, inte ${d.toString()}.`);
  });
  const raw = sum(shares.map((s, i) => dec(s).times(w[i])));
  if (national == null) return raw;
  const n = dec(national);
  if (n.lte(0)) throw new InputError("Riksvärdet måste vara större än 0.");
  return raw.div(n);
}

export function cniBudget(rs: RuleSet): Decimal {
  return setup(rs).budget;
}

/**
 * A unit's socioeconomic payment: its share of the CNI budget in proportion to listed × CNI.
 * payment = budget × (listed × CNI) / Σ(listed × CNI) over the county.
 */
export function socioekonomi(rs: RuleSet, listed: number, cni: DecimalInput, countyListedTimesCni: DecimalInput): Decimal {
  const own = dec(cni).times(listed);
  const county = dec(countyListedTimesCni);
  if (own.isZero()) return ZERO;
  if (county.lt(own)) throw new InputError("Länets summa listade × CNI kan inte vara mindre än vårdenhetens egen.");
  return cniBudget(rs).times(own).div(county);
}
