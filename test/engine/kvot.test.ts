// nearestProduct (n × p / d) against an exact BigInt oracle: random whole numbers up to 2^100
// (the undefined ones checked to be near a midpoint), quotients built to lie just off a
// midpoint between two doubles (decided when far enough, undefined when too near), and exact
// midpoints (always undefined: decimal.js decides those).
import fc from "fast-check";
import { Decimal } from "../../src/engine/money";
import { nearestProduct, ratio } from "../../src/engine/kvot";

/** The double nearest N / D (ties to even), exactly: the quotient to 56+ bits with a sticky bit. */
function oracle(N: bigint, D: bigint): number {
  let s = 0n;
  while ((N << s) / D < 1n << 56n) s++;
  const q = (N << s) / D;
  const sticky = (N << s) % D === 0n ? 0n : 1n;
  return Number((q << 1n) | sticky) / 2 ** Number(s + 1n);
}
/** Whether N / D lies within about 2^-85 (relatively) of a midpoint between two doubles. */
function nearMidpoint(N: bigint, D: bigint): boolean {
  let s = 0n; // N·2^s / D in [2^52, 2^53), where doubles are the whole numbers: its fraction .5 is a midpoint
  while (s > -400n && (s >= 0n ? (N << s) / D : N / (D << -s)) >= 1n << 53n) s--;
  while ((s >= 0n ? (N << s) / D : N / (D << -s)) < 1n << 52n) s++;
  const t = s + 31n;
  const x = t >= 0n ? (N << t) / D : N / (D << -t);
  return (x & ((1n << 31n) - 1n)) - (1n << 30n) <= 2n && (1n << 30n) - (x & ((1n << 31n) - 1n)) <= 2n;
}
const nearestQuotient = (p: bigint, n: number, d: bigint) => nearestProduct(ratio(p, d)!, n);
const big = (bits: number) => fc.bigInt({ min: 1n, max: (1n << BigInt(bits)) - 1n });

test("ratio: hi + lo within 2^-104 of p / d, and null where it cannot be kept exact", () => {
  fc.assert(
    fc.property(big(200), big(200), (p, d) => {
      const r = ratio(p, d)!;
      // |hi + lo − p/d| × 2^104 × d ≤ p, in whole numbers: hi and lo are k × 2^e exactly.
      const exact = (x: number): [bigint, bigint] => {
        let e = 0;
        while (!Number.isInteger(x * 2 ** e)) e++;
        return [BigInt(x * 2 ** e), 1n << BigInt(e)];
      };
      const [hn, hd] = exact(r.hi);
      const [ln, ld] = exact(r.lo);
      const den = hd * ld;
      const err = (hn * ld + ln * hd) * d - p * den;
      expect((err < 0n ? -err : err) << 104n <= p * den).toBe(true);
    }),
    { seed: 1, numRuns: 2000 },
  );
  expect(ratio(0n, 5n)).toBeNull();
  expect(ratio(5n, 0n)).toBeNull();
  expect(ratio(1n, 1n << 1000n)).toBeNull(); // below the range kept exact
  expect(ratio(1n << 1000n, 1n)).toBeNull();
});

test("random quotients: the exact nearest double whenever an answer is given", () => {
  let decided = 0;
  fc.assert(
    fc.property(big(100), fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), big(100), (p, n, d) => {
      const got = nearestQuotient(p, n, d);
      if (got === undefined) expect(nearMidpoint(p * BigInt(n), d)).toBe(true);
      else expect(got).toBe(oracle(p * BigInt(n), d)), decided++;
    }),
    { seed: 2, numRuns: 20_000 },
  );
  expect(decided).toBeGreaterThan(19_900); // fast-check favours powers of two, so midpoints come up
});

test("the county's sizes: the same double as decimal.js's quotient to 40 digits", () => {
  fc.assert(
    fc.property(big(40), fc.integer({ min: 1, max: 2 ** 40 }), big(64), (p, n, d) => {
      const want = new Decimal(p.toString()).times(n).div(d.toString()).toNumber();
      expect(nearestQuotient(p, n, d)).toBe(want);
    }),
    { seed: 3, numRuns: 20_000 },
  );
});

test("near a midpoint: decided when 2^-83 away, left to decimal.js when 2^-103 away or on it", () => {
  const mid = (1n << 53n) + 1n; // halfway between the doubles 2^53 and 2^53 + 2
  const far = 1n << 30n;
  expect(nearestQuotient(mid * far + 1n, 1, far)).toBe(2 ** 53 + 2);
  expect(nearestQuotient(mid * far - 1n, 1, far)).toBe(2 ** 53);
  const near = 1n << 50n;
  expect(nearestQuotient(mid * near + 1n, 1, near)).toBeUndefined();
  expect(nearestQuotient(mid * near - 1n, 1, near)).toBeUndefined();
  expect(nearestQuotient(mid, 1, 1n)).toBeUndefined();
  expect(nearestQuotient(mid * 2n, 1, 2n)).toBeUndefined();
});
