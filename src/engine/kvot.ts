// The nearest double to an exact quotient of whole numbers, without decimal.js on the call
// path: for hot paths whose exact result is a quotient (5.1.3: budget × own weight / the
// county's weight) and whose caller needs an Excel number. Double-double arithmetic (Dekker's
// exact product) computes the quotient to about 100 bits; when that is too close to the
// midpoint between two doubles to tell which is nearer, the answer is "undefined" and the
// caller computes exactly with decimal.js. Otherwise the result is the double nearest the
// exact quotient, which is also what decimal.js's quotient to 40 digits converts to: a
// quotient more than 2^-90 (relatively) away from a midpoint is far more than 40 digits away.
import { Decimal } from "./money";

/** A whole number below 2^106 held exactly as hi + lo, two doubles. */
export interface Wide {
  readonly hi: number;
  readonly lo: number;
}

/** `x` as hi + lo exactly, or null when it is not a whole number that two doubles hold exactly. */
export function wide(x: Decimal): Wide | null {
  // Below 10^34 decimal.js (40 digits) has computed it exactly; 2^106 is about 8 × 10^31.
  if (!x.isInteger() || x.isNegative() || !x.isFinite() || x.e > 33) return null;
  // BigInt, not Decimal, for the double's own value: String(2 ** 60) is not its exact value.
  const whole = BigInt(x.toFixed(0));
  const hi = Number(whole);
  const lo = Number(whole - BigInt(hi));
  return BigInt(hi) + BigInt(lo) === whole ? { hi, lo } : null;
}

const SPLIT = 134217729; // 2^27 + 1: Dekker's splitter for 53-bit doubles
const MARGIN = 2 ** -90; // far above the computation's error (about 2^-101), far below the decimal's 10^-40

/** The high half of Dekker's split of `a` (a = high + low, each of at most 26 bits). */
function high(a: number): number {
  const t = SPLIT * a;
  return t - (t - a);
}

/** p and d of a quotient p × n / d made ready once (their halves split ahead) for many n. */
export interface Fraction {
  readonly p: Wide;
  readonly d: Wide;
  readonly pHigh: number;
  readonly pLow: number;
  readonly dHigh: number;
  readonly dLow: number;
}

/** The fraction p / d, for whole numbers held exactly by wide (d > 0). */
export function fraction(p: Wide, d: Wide): Fraction {
  const pHigh = high(p.hi);
  const dHigh = high(d.hi);
  return { p, d, pHigh, pLow: p.hi - pHigh, dHigh, dLow: d.hi - dHigh };
}

/**
 * The double nearest p × n / d, for the fraction's p and d and a safe whole number n;
 * undefined when the quotient lies too near a midpoint between two doubles for this
 * arithmetic to decide (about once in 2^37 quotients, and on exact midpoints).
 */
export function nearestQuotient(f: Fraction, n: number): number | undefined {
  const { p, d } = f;
  // p.hi × n = a1 + a2 exactly (Dekker's product, no fused multiply-add needed)
  const nHigh = high(n);
  const nLow = n - nHigh;
  const a1 = p.hi * n;
  const a2 = f.pHigh * nHigh - a1 + f.pHigh * nLow + f.pLow * nHigh + f.pLow * nLow;
  const c = p.lo * n;
  const q1 = a1 / d.hi;
  // q1 × d.hi = m1 + m2 exactly
  const qHigh = high(q1);
  const qLow = q1 - qHigh;
  const m1 = q1 * d.hi;
  const m2 = qHigh * f.dHigh - m1 + qHigh * f.dLow + qLow * f.dHigh + qLow * f.dLow;
  // The remainder p × n − q1 × d; a1 − m1 is exact (the two are within a factor of two).
  const r = a1 - m1 - m2 + a2 + c - q1 * d.lo;
  const q2 = r / d.hi;
  const s = q1 + q2;
  const m = Math.abs(s) * MARGIN;
  if (q1 + (q2 + m) !== s || q1 + (q2 - m) !== s || !Number.isFinite(s)) return undefined;
  return s;
}
