// Money: the one decimal.js constructor, the named rounding helpers and exact distribution.
// SPEC: "Every computation is exact (decimal, never binary floating point on money);
// rounding happens only where the agreement or the output format asks for it, and
// distributions are rounded so that the parts sum exactly to the whole (largest-remainder
// method, to whole kronor unless a rule says öre)."
import DecimalJs from "decimal.js";

/** Our own constructor: never the global Decimal.set. 40 significant digits is far past kronor. */
export const Decimal = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP });
export type Decimal = InstanceType<typeof Decimal>;
export type DecimalInput = Decimal | string | number;

export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);

export function dec(x: DecimalInput): Decimal {
  return x instanceof Decimal ? x : new Decimal(x);
}

export function sum(xs: Iterable<DecimalInput>): Decimal {
  let s = ZERO;
  for (const x of xs) s = s.plus(dec(x));
  return s;
}

/**
 * Whole kronor, half away from zero (as Excel's AVRUNDA/ROUND). Used where the agreement
 * quotes whole kronor (3.1 "3 735 428 kronor", 3.2 "25 940 per ansluten person") and for
 * distributions.
 */
export function roundKr(x: DecimalInput): Decimal {
  return dec(x).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
}

/** Öre (two decimals), half away from zero: for monthly payments, a payment format. */
export function roundOre(x: DecimalInput): Decimal {
  return dec(x).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** Thousands of kronor, as the tender publishes its totals ("798 047 tkr"). */
export function roundTkr(kr: DecimalInput): Decimal {
  return dec(kr).div(1000).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
}

/**
 * Share `total` in proportion to non-negative `keys`, rounded to `decimals` places, so that
 * the parts sum exactly to the total (largest-remainder method, SPEC "Money"). Each part
 * first gets its share rounded toward zero; the units left over go one each to the parts
 * with the largest remainders. Ties go to the larger key, then to the earlier row, so
 * equal keys in any order get equal treatment up to one unit.
 */
export function distribute(total: DecimalInput, keys: readonly DecimalInput[], decimals = 0): Decimal[] {
  const t = dec(total);
  const ks = keys.map(dec);
  if (ks.some((k) => k.isNegative() || !k.isFinite())) throw new RangeError("Fördelningsnycklar får inte vara negativa.");
  if (ks.length === 0) throw new RangeError("Det finns inget att fördela på.");
  const keySum = sum(ks);
  if (keySum.isZero()) throw new RangeError("Fördelningsnycklarna summerar till 0.");
  if (!t.toDecimalPlaces(decimals).equals(t)) throw new RangeError(`Beloppet har fler än ${decimals} decimaler.`);
  // Work on the absolute value in whole units so that a negative total (a revision
  // downwards) is shared the same way with the sign put back.
  const sign = t.isNegative() ? -1 : 1;
  const scale = new Decimal(10).pow(decimals);
  const units = t.abs().times(scale);
  const exact = ks.map((k) => units.times(k).div(keySum));
  const floors = exact.map((e) => e.floor());
  let left = units.minus(sum(floors)).toNumber();
  const order = exact
    .map((e, i) => ({ i, rem: e.minus(floors[i]), key: ks[i] }))
    .sort((a, b) => b.rem.comparedTo(a.rem) || b.key.comparedTo(a.key) || a.i - b.i);
  for (const o of order) {
    if (left <= 0) break;
    floors[o.i] = floors[o.i].plus(1);
    left -= 1;
  }
  return floors.map((f) => f.div(scale).times(sign));
}
