// Shared by 5.1.1 and 5.1.4: an annual amount per listed person = weight(age) × price of
// weight 1. The fast path keeps exactness by working in whole öre (or finer) as integers.
import { RuleSet, paramBands, type HalsovalKey } from "../../rules";
import { age as checkAge, bandIndex, MAX_AGE } from "../alder";
import { InputError } from "../check";
import { Decimal, dec, DecimalInput, sum } from "../money";

export type VikterKey = Extract<HalsovalKey, "5.1.1.vikter" | "5.1.4.vikter">;

export function weightFor(rs: RuleSet, key: VikterKey, age: unknown): Decimal {
  const bands = paramBands(rs, key);
  return dec(bands[bandIndex(bands, checkAge(age))].value);
}

/** Σ weight × count over the bands; counts are per band, in the rule set's band order. */
export function weightedCount(rs: RuleSet, key: VikterKey, countsPerBand: readonly number[]): Decimal {
  const bands = paramBands(rs, key);
  if (countsPerBand.length !== bands.length)
    throw new InputError(`Antal listade ska anges för ${bands.length} åldersklasser, inte ${countsPerBand.length}.`);
  return sum(bands.map((b, i) => dec(b.value).times(countsPerBand[i])));
}

/**
 * A table age → amount as integers in units of 1/scale kr, for every age 0..MAX_AGE. With
 * two-decimal weights and a whole-krona price the unit is the öre and every entry is
 * exact; a derived price with more decimals widens the unit, up to 10^-6 kr.
 */
export interface IntegerTable {
  readonly scale: number;
  readonly table: Float64Array;
  /** Exact amounts, for the rare case where no integer unit is exact. */
  readonly exact: Decimal[];
  readonly integral: boolean;
}

export function integerTable(rs: RuleSet, key: VikterKey, price: DecimalInput): IntegerTable {
  const bands = paramBands(rs, key);
  const p = dec(price);
  const exact: Decimal[] = [];
  for (let a = 0; a <= MAX_AGE; a++) exact.push(dec(bands[bandIndex(bands, a)].value).times(p));
  const places = Math.max(...exact.map((x) => x.decimalPlaces()));
  const integral = places <= 6;
  const scale = 10 ** Math.min(places, 6);
  const table = new Float64Array(exact.map((x) => (integral ? x.times(scale).toNumber() : Number.NaN)));
  return { scale, table, exact, integral };
}

/**
 * Σ amount(age) over persons, exact. The loop adds safe integers (checked at the end), so it
 * runs at the speed of a plain number loop; the one division to kronor is decimal.
 */
export function sumOverAges(t: IntegerTable, ages: ArrayLike<number>): Decimal {
  if (!t.integral) {
    let s = new Decimal(0);
    for (let i = 0; i < ages.length; i++) s = s.plus(t.exact[checkAgeAt(ages, i)]);
    return s;
  }
  const table = t.table;
  let s = 0;
  for (let i = 0; i < ages.length; i++) {
    const v = table[ages[i]];
    if (v === undefined) checkAgeAt(ages, i);
    s += v;
  }
  if (!Number.isSafeInteger(s)) throw new RangeError("Summan är för stor för exakt heltalsräkning.");
  return new Decimal(s).div(t.scale);
}

function checkAgeAt(ages: ArrayLike<number>, i: number): number {
  try {
    return checkAge(ages[i]);
  } catch (e) {
    throw new InputError(`Rad ${i + 1}: ${(e as Error).message}`);
  }
}
