// 5.1.3's weights are looked up in tables made once per rule set (glesbygd.ts lookup); here
// they are checked against the agreement's rule written out from the rule data: every listed
// count and km near a band's edge and random ones far past the last band, under both readings
// of the intervals and of the km rounding, and for bands where a table does not apply.
import fc from "fast-check";
import { Band, findRuleSet, paramBands, paramValue, withOverrides } from "../../src/rules";
import { avstandsvikt, listadViktat } from "../../src/engine/halsoval/glesbygd";
import { Decimal } from "../../src/engine/money";
import type { RuleSet } from "../../src/rules";

const hv = findRuleSet("halsoval", 2026);
const bands = (rs: RuleSet, key: "5.1.3.listintervall" | "5.1.3.avstandsvikter") =>
  paramBands(rs, key).map((b: Band) => ({ ...b, w: new Decimal(b.value) }));

/** The interval weighting as the agreement words it: each person (1…n) weighs as its interval; or the whole count as n's. */
function listed(rs: RuleSet, n: number, hela: boolean): string {
  const bs = bands(rs, "5.1.3.listintervall");
  const of = (p: number) => [...bs].reverse().find((b) => p >= b.from)!.w;
  if (hela) return of(n).times(n).toString();
  let total = new Decimal(0);
  for (const b of bs) {
    const lo = Math.max(b.from, 1);
    const hi = b.to === null ? n : Math.min(b.to, n);
    if (hi >= lo) total = total.plus(b.w.times(hi - lo + 1));
  }
  return total.toString();
}

function distance(rs: RuleSet, km: number, narmaste: boolean): string {
  const whole = narmaste ? Math.round(km) : Math.floor(km);
  if (whole < Number(paramValue(rs, "5.1.3.minsta_avstand"))) return "0";
  return [...bands(rs, "5.1.3.avstandsvikter")].reverse().find((b) => whole >= b.from)!.w.toString();
}

const edges = (rs: RuleSet, key: "5.1.3.listintervall" | "5.1.3.avstandsvikter") =>
  paramBands(rs, key).flatMap((b) => [b.from - 2, b.from - 1, b.from, b.from + 1, b.from + 2]).filter((n) => n >= 0);
const hela = withOverrides(hv, { readings: { "5.1.3.listintervall": "hela" } });
const narmaste = withOverrides(hv, { readings: { "5.1.3.avstand_avrundning": "narmaste" } });
// A last band starting too far for a table (the rule computed band by band), and a least distance past the last band's start.
const far = withOverrides(hv, {
  parameters: {
    "5.1.3.listintervall": [{ from: 0, to: 2000, value: "1" }, { from: 2001, to: 69999, value: "0.8" }, { from: 70000, to: null, value: "0.6" }],
    "5.1.3.minsta_avstand": "160",
  },
});

test.each([
  ["marginell", hv, false],
  ["hela", hela, true],
  ["sista intervallet från 70 000, minsta avstånd 160", far, false],
])("listed weight (%s): every count near an edge and random counts past the last band", (_, rs, whole) => {
  for (const n of [...edges(rs, "5.1.3.listintervall"), 0, 1, 65535, 65536, 69999, 70000, 70001, 4e9]) expect(listadViktat(rs, n).toString()).toBe(listed(rs, n, whole));
  fc.assert(fc.property(fc.integer({ min: 0, max: 2_000_000 }), (n) => listadViktat(rs, n).toString() === listed(rs, n, whole)), { seed: 5131, numRuns: 3000 });
});

test.each([
  ["golv", hv, false],
  ["närmaste", narmaste, true],
  ["sista intervallet från 70 000, minsta avstånd 160", far, false],
])("distance weight (%s): every km near an edge, fractions and far distances", (_, rs, near) => {
  const ks = [...edges(rs, "5.1.3.avstandsvikter"), 29.4, 29.5, 29.6, 149.5, 159.5, 160, 1e6, 1e300];
  for (const km of ks) expect(avstandsvikt(rs, km).toString()).toBe(distance(rs, km, near));
  fc.assert(fc.property(fc.double({ min: 0, max: 2000, noNaN: true }), (km) => avstandsvikt(rs, km).toString() === distance(rs, km, near)), { seed: 5132, numRuns: 3000 });
});
