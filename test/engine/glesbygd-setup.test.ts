// 5.1.3 with its set-up made once per rule set: the weighted count (marginal reading), computed
// in whole units of the weights, must equal the decimal slice-by-slice sum of the agreement's
// example ("5 000 → 2 000 + 1 600 + 600"), as a decimal, for every count 0–12 000 and for
// large ones up to where whole units stay exact (then a clear error); and the same from a rule set with other intervals.
import fc from "fast-check";
import { listadViktat } from "../../src/engine/halsoval/glesbygd";
import { Decimal, dec } from "../../src/engine/money";
import { findRuleSet, paramBands, RuleSet, withOverrides } from "../../src/rules";

/** Persons 1..n, each weighted by the interval it falls in: the definition, slice by slice. */
function bySlices(rs: RuleSet, n: number): Decimal {
  const bands = paramBands(rs, "5.1.3.listintervall");
  let total = new Decimal(0);
  for (const b of bands) {
    const lo = Math.max(b.from, 1);
    const hi = b.to === null ? n : Math.min(b.to, n);
    if (hi >= lo) total = total.plus(dec(b.value).times(hi - lo + 1));
  }
  return total;
}

const shipped = findRuleSet("halsoval", 2026);
const other = withOverrides(shipped, { parameters: {
    "5.1.3.listintervall": [
      { from: 0, to: 9, value: "1.5" },
      { from: 10, to: 499, value: "1.25" },
      { from: 500, to: 6999, value: "0.95" },
      { from: 7000, to: null, value: "0.333" },
    ],
  } });

test.each([
  ["the shipped intervals", shipped],
  ["other intervals", other],
])("%s: every count 0–12 000 and random large ones", (_, rs) => {
  for (let n = 0; n <= 12_000; n++) expect(listadViktat(rs, n).eq(bySlices(rs, n))).toBe(true);
  // Up to the largest count whose weight is still exact in whole units (billions: far past any county).
  const max = Math.floor(Number.MAX_SAFE_INTEGER / (listUnits(rs) * distanceUnits(rs)));
  expect(max).toBeGreaterThan(1e10);
  fc.assert(
    fc.property(fc.integer({ min: 0, max }), (n) => listadViktat(rs, n).eq(bySlices(rs, n))),
    { seed: 513, numRuns: 2000 },
  );
  expect(() => listadViktat(rs, max + 1)).toThrow(`Antal listade får vara högst ${max} (${max + 1}).`);
});

/** The largest weight as a whole number of its smallest decimal unit (2.25 → 225). */
function wholeUnits(values: string[]): number {
  const scale = 10 ** Math.max(...values.map((v) => dec(v).decimalPlaces()));
  return Math.max(...values.map((v) => dec(v).times(scale).toNumber()));
}
const listUnits = (rs: RuleSet) => wholeUnits(paramBands(rs, "5.1.3.listintervall").map((b) => b.value));
const distanceUnits = (rs: RuleSet) => wholeUnits(paramBands(rs, "5.1.3.avstandsvikter").map((b) => b.value));
