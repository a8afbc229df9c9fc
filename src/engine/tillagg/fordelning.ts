// 3.4 Fördelning mellan kommunerna — file 000
// "Tilläggsbeloppet fördelas mellan länets kommuner utifrån samma resursfördelningsmodell
// som i hälsovalet med tre olika faktorer …: Andel äldre, Glesbygd/tillgänglighet,
// Socioekonomi". Reading: key = 0.51 × share of age-weighted population + 0.34 × share of
// CNI-weighted population + 0.15 × share of sparsity weight (weights from the rule set).
import { RuleSet, paramRecord } from "../../rules";
import { InputError } from "../check";
import { Decimal, dec, DecimalInput, distribute, sum, ZERO } from "../money";
import { weightedCount } from "../halsoval/aldersvikt";
import { glesbygdsvikt } from "../halsoval/glesbygd";

export function shares(xs: readonly DecimalInput[], what: string): Decimal[] {
  const ds = xs.map((x, i) => {
    const d = dec(x);
    if (d.isNegative()) throw new InputError(`${what}: värde ${i + 1} får inte vara negativt.`);
    return d;
  });
  const total = sum(ds);
  if (total.isZero()) throw new InputError(`${what}: summan är 0, det finns inget att räkna andelar av.`);
  return ds.map((d) => d.div(total));
}

/** The §3.4 keys (sum to 1). The three arrays are per municipality, in the same order. */
export function nyckel(
  rs: RuleSet,
  ageWeighted: readonly DecimalInput[],
  cniWeighted: readonly DecimalInput[],
  sparsityWeight: readonly DecimalInput[],
): Decimal[] {
  if (ageWeighted.length !== cniWeighted.length || ageWeighted.length !== sparsityWeight.length)
    throw new InputError("De tre faktorerna måste ha lika många kommuner.");
  const w = paramRecord(rs, "3.4.faktorvikter");
  const a = shares(ageWeighted, "Åldersviktad befolkning");
  const c = shares(cniWeighted, "CNI-viktad befolkning");
  const g = shares(sparsityWeight, "Glesbygdsvikt");
  return a.map((_, i) => ZERO.plus(a[i].times(w.alder)).plus(c[i].times(w.cni)).plus(g[i].times(w.glesbygd)));
}

/** An amount shared by keys (normalised by their sum), whole kronor summing exactly to it. */
export function fordela(amount: DecimalInput, keys: readonly DecimalInput[]): Decimal[] {
  try {
    return distribute(amount, keys, dec(amount).isInteger() ? 0 : 2);
  } catch (e) {
    if (e instanceof RangeError) throw new InputError(e.message);
    throw e;
  }
}

/** A municipality's population data for the §3.4 factors. */
export interface KommunUnderlag {
  kommun: string;
  /** Population per 5.1.1 age band. */
  befolkning: readonly number[];
  /** The municipality's CNI. */
  cni: DecimalInput;
  /** Distance from the municipality's nearest unit to Östersund, km. */
  avstandKm: number;
}

/**
 * The three §3.4 factors of a municipality, with the Hälsoval rule set's weights: its
 * age-weighted population (5.1.1 weights), its CNI-weighted population (population × CNI)
 * and its sparsity weight (5.1.3, its population in place of the listed count).
 */
export function kommunFaktorer(hv: RuleSet, k: KommunUnderlag): { alder: Decimal; cni: Decimal; glesbygd: Decimal } {
  const total = k.befolkning.reduce((s, n) => s + n, 0);
  return {
    alder: weightedCount(hv, "5.1.1.vikter", k.befolkning),
    cni: dec(k.cni).times(total),
    glesbygd: glesbygdsvikt(hv, total, k.avstandKm),
  };
}
