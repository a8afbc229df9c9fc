// HALSOVAL.GLESBYGD and SOCIOEKONOMI (5.1.3, 5.1.2) against the engine, to the bit: random
// listed counts, distances and county sums, one call per cell (filled down) and one call
// over a column; bad cells give the engine's message after the argument's name.
import fc from "fast-check";
import * as F from "../../src/functions";
import { findRuleSet, newestYear } from "../../src/rules";
import { glesbygd } from "../../src/engine/halsoval/glesbygd";
import { socioekonomi } from "../../src/engine/halsoval/cni";

const rs = findRuleSet("halsoval", newestYear());
const unit = fc.record({ n: fc.integer({ min: 0, max: 40_000 }), km: fc.oneof(fc.integer({ min: 0, max: 400 }), fc.double({ min: 0, max: 400, noNaN: true })) });

test("GLESBYGD: each cell is the engine's amount, filled down and as one column", () => {
  fc.assert(
    fc.property(fc.array(unit, { minLength: 1, maxLength: 12 }), fc.double({ min: 1, max: 1e7, noNaN: true }), (units, extra) => {
      const county = extra + units.reduce((s, u) => s + (u.n * 2.25 + 1), 0);
      const want = units.map((u) => glesbygd(rs, u.n, u.km, county).toNumber());
      units.forEach((u, i) => expect(Object.is(F.halsovalGlesbygd([[u.n]], [[u.km]], county)[0][0], want[i])).toBe(true));
      const column = F.halsovalGlesbygd(units.map((u) => [u.n]), units.map((u) => [u.km]), county);
      units.forEach((_, i) => expect(Object.is(column[i][0], want[i])).toBe(true));
    }),
    { seed: 5130, numRuns: 300 },
  );
});

test("SOCIOEKONOMI: each cell is the engine's amount", () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 40_000 }), fc.double({ min: 0, max: 3, noNaN: true }), fc.double({ min: 1, max: 1e6, noNaN: true }), (n, cni, extra) => {
      const county = n * cni + extra;
      expect(Object.is(F.halsovalSocioekonomi([[n]], [[cni]], county)[0][0], socioekonomi(rs, n, cni, county).toNumber())).toBe(true);
    }),
    { seed: 5120, numRuns: 500 },
  );
});

test("a bad cell in a column: the engine's message after the argument's name, the other cells computed", () => {
  const out = F.halsovalGlesbygd([[100], ["x"], [-1]], [[50], [50], [50]], 1e6);
  expect(out[0][0]).toBe(glesbygd(rs, 100, 50, 1e6).toNumber());
  expect((out[1][0] as CustomFunctions.Error).message).toBe("Listade/km: Antal listade måste vara ett tal.");
  expect((out[2][0] as CustomFunctions.Error).message).toBe("Listade/km: Antal listade får inte vara negativ (-1).");
});
