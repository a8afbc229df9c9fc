// The nearest double to an exact quotient p × n / d of whole numbers, without decimal.js on
// the call path: for hot paths whose exact result is such a quotient (5.1.3: budget × own
// weight / the county's weight, p and d the same for a whole column) and whose caller needs
// an Excel number. p / d is made ready once, to about 110 bits as two doubles hi + lo; a call
// multiplies it by n in double-double arithmetic (Dekker's exact product). When the result is
// too close to the midpoint between two doubles to tell which is nearer, the answer is
// "undefined" and the caller computes exactly with decimal.js. Otherwise the result is the
// double nearest the exact quotient, which is also what decimal.js's quotient to 40 digits
// converts to: a quotient more than 2^-90 (relatively) away from a midpoint is far more than
// 40 digits away.

const SPLIT = 134217729; // 2^27 + 1: Dekker's splitter for 53-bit doubles
const MARGIN = 2 ** -90; // far above the computation's error (about 2^-103), far below the decimal's 10^-40

/** The high half of Dekker's split of `a` (a = high + low, each of at most 26 bits). */
function high(a: number): number {
  const t = SPLIT * a;
  return t - (t - a);
}

/** p / d made ready once for many n: hi + lo within 2^-105 (relatively) of it, hi split ahead. */
export interface Ratio {
  readonly hi: number;
  readonly lo: number;
  readonly hiHigh: number;
  readonly hiLow: number;
}

/**
 * The ratio p / d of whole numbers (p > 0, d > 0), or null when it is out of the range this
 * arithmetic keeps exact (then the caller computes with decimal.js).
 */
export function ratio(p: bigint, d: bigint): Ratio | null {
  if (p <= 0n || d <= 0n) return null;
  // q = p / d × 2^s, truncated, in [2^109, 2^111): hi is q rounded to 53 bits, lo the rest.
  const s = 110 - (p.toString(2).length - d.toString(2).length);
  const q = s >= 0 ? (p << BigInt(s)) / d : p / (d << BigInt(-s));
  const scale = 2 ** -s; // a power of two: exact wherever hi is in the range kept below
  const top = Number(q);
  const hi = top * scale;
  const lo = Number(q - BigInt(top)) * scale;
  // Within 2^±900 neither Dekker's split nor a product by a safe whole number overflows, and lo is no subnormal.
  if (!(hi >= 2 ** -900 && hi <= 2 ** 900)) return null;
  const hiHigh = high(hi);
  return { hi, lo, hiHigh, hiLow: hi - hiHigh };
}

/**
 * The double nearest n × p / d, for the ratio's p and d and a safe whole number n > 0;
 * undefined when the product lies too near a midpoint between two doubles for this
 * arithmetic to decide (about once in 2^37 products, and on exact midpoints).
 */
export function nearestProduct(r: Ratio, n: number): number | undefined {
  // n × hi = a1 + a2 exactly (Dekker's product, no fused multiply-add needed)
  const nHigh = high(n);
  const nLow = n - nHigh;
  const a1 = r.hi * n;
  const a2 = r.hiHigh * nHigh - a1 + r.hiHigh * nLow + r.hiLow * nHigh + r.hiLow * nLow;
  const t = a2 + r.lo * n;
  const s = a1 + t;
  const m = Math.abs(s) * MARGIN;
  if (a1 + (t + m) !== s || a1 + (t - m) !== s || !Number.isFinite(s)) return undefined;
  return s;
}
