import fc from "fast-check";
import { findRuleSet, withOverrides } from "../../src/rules";
import { integerTable, sumOverAges } from "../../src/engine/halsoval/aldersvikt";
import { listadBelopp } from "../../src/engine/halsoval/listad";
import { lanetsErsattning, Vardenhet } from "../../src/engine/halsoval/vardenhet";
import { manadsutbetalningar } from "../../src/engine/halsoval/manad";
import { Decimal, sum } from "../../src/engine/money";

const hv = findRuleSet("halsoval", 2026);
const s = (d: Decimal) => d.toString();
const band = (i: number, n: number) => Array.from({ length: 21 }, (_, j) => (j === i ? n : 0));

// A made-up county of three units (example data, not the region's figures).
const enheter: Vardenhet[] = [
  { id: "A", namn: "Exempel A", kommun: "Östersund", privat: false, listade: band(14, 1000), listade16till67: 0, cni: "1.2", avstandKm: 2 },
  { id: "B", namn: "Exempel B", kommun: "Berg", privat: true, listade: band(6, 3000), listade16till67: 3000, cni: "0.8", avstandKm: 75 },
  { id: "C", namn: "Exempel C", kommun: "Härjedalen", privat: false, listade: band(0, 500), listade16till67: 0, cni: "1", avstandKm: 180 },
];

describe("a unit's annual 5.1 payment", () => {
  const res = lanetsErsattning(hv, enheter);
  const [a, b, c] = res.enheter;

  test("5.1.1: 1 000 persons aged 70–74 bring 1 000 × 1,54 × 2 301 = 3 543 540 kr", () => {
    expect(s(a.komponenter["5.1.1"])).toBe("3543540");
  });
  test("5.1.2: shares of the CNI budget by listed × CNI (1 200 : 2 400 : 500)", () => {
    expect(s(res.underlag.listadeGangerCni)).toBe("4100");
    expect(s(a.komponenter["5.1.2"])).toBe(s(new Decimal(202842000).times(1200).div(4100)));
  });
  test("5.1.3: a unit 2 km from Östersund gets no sparsity payment", () => {
    expect(s(a.komponenter["5.1.3"])).toBe("0");
    // B: (2 000 + 800) × 1,29 = 3 612; C: 500 × 2,25 = 1 125
    expect(s(res.underlag.glesbygdsvikt)).toBe("4737");
    expect(s(b.komponenter["5.1.3"].plus(c.komponenter["5.1.3"]))).toBe("89489000");
  });
  test("5.1.4 and 5.1.5", () => {
    expect(s(a.komponenter["5.1.4"])).toBe(s(new Decimal("2.12").times(1458).times(1000)));
    expect(s(b.komponenter["5.1.5"])).toBe("318000");
  });
  test("only the private unit gets VAT and IT/admin supplements", () => {
    expect(s(a.moms)).toBe("0");
    const base = ["5.1.1", "5.1.2", "5.1.3", "5.1.5"].reduce((t, k) => t.plus(b.komponenter[k as "5.1.1"]), new Decimal(0));
    expect(s(b.admin)).toBe(s(base.times("0.015")));
    expect(s(b.moms)).toBe(s(base.plus(b.admin).times("0.03")));
  });
  test("the county's CNI and sparsity budgets are shared out exactly", () => {
    expect(s(res.summa["5.1.2"])).toBe("202842000");
    expect(s(res.summa["5.1.3"])).toBe("89489000");
    expect(s(res.summa.summa)).toBe(s(sum(res.enheter.map((r) => r.summa))));
  });
  test("monthly payments are twelfths in öre of each part, summing to the parts rounded to öre", () => {
    const m = manadsutbetalningar(hv, b);
    const parts = [...Object.values(b.komponenter), b.admin, b.moms].map((p) => p.toDecimalPlaces(2, Decimal.ROUND_HALF_UP));
    expect(s(sum(m))).toBe(s(sum(parts)));
    expect(Decimal.max(...m).minus(Decimal.min(...m)).lte("0.07")).toBe(true);
  });
  test("the derived price mode shares the fixed 5.1.1 total exactly", () => {
    const derived = lanetsErsattning(withOverrides(hv, { readings: { "5.1.1.prislage": "harlett" } }), enheter);
    expect(s(derived.summa["5.1.1"])).toBe("304262000");
  });
  test("bad input names the unit", () => {
    const bad = [{ ...enheter[0], listade: band(0, -5) }];
    expect(() => lanetsErsattning(hv, bad)).toThrow(/Vårdenhet "Exempel A": Antal listade i åldersklass 1 får inte vara negativ/);
    expect(() => lanetsErsattning(hv, [enheter[0], enheter[0]])).toThrow(/två gånger/);
    expect(() => lanetsErsattning(hv, [{ ...enheter[0], listade: [1, 2] }])).toThrow(/21 åldersklasser/);
  });
  test("the result does not depend on the order of the units", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(enheter, { minLength: 3, maxLength: 3 }), (order) => {
        const r = lanetsErsattning(hv, order);
        for (const e of r.enheter) expect(s(e.summa)).toBe(s(res.enheter.find((x) => x.enhet.id === e.enhet.id)!.summa));
      }),
    );
  });
});

describe("the array entry point (integer öre, exact)", () => {
  test("Σ over ages equals the decimal sum of each person's amount", () => {
    const t = integerTable(hv, "5.1.1.vikter", 2301);
    expect(t.scale).toBe(100);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 120 }), { maxLength: 300 }), (ages) => {
        expect(s(sumOverAges(t, ages))).toBe(s(sum(ages.map((a) => listadBelopp(hv, a)))));
      }),
    );
  });
  test("a derived price with many decimals falls back to exact decimals", () => {
    const t = integerTable(hv, "5.1.1.vikter", new Decimal(304262000).div(132231));
    expect(t.integral).toBe(false);
    expect(s(sumOverAges(t, [72, 72]))).toBe(s(new Decimal("1.54").times(304262000).div(132231).times(2)));
  });
  test("a bad age names its row", () => {
    const t = integerTable(hv, "5.1.1.vikter", 2301);
    expect(() => sumOverAges(t, [30, 40, 4.5])).toThrow(/Rad 3: Ålder måste vara ett heltal/);
    expect(() => sumOverAges(t, [30, -1])).toThrow(/Rad 2/);
  });
});
