import fc from "fast-check";
import { findRuleSet, withOverrides } from "../../src/rules";
import { MAX_AGE } from "../../src/engine/alder";
import { InputError } from "../../src/engine/check";
import { cniFranAndelar, socioekonomi } from "../../src/engine/halsoval/cni";
import { avstandsvikt, glesbygd, glesbygdsvikt, listadViktat } from "../../src/engine/halsoval/glesbygd";
import { lakemedelBelopp } from "../../src/engine/halsoval/lakemedel";
import { listadBelopp, pris, vikt } from "../../src/engine/halsoval/listad";
import { admin, moms, privataTillagg } from "../../src/engine/halsoval/moms";
import { rehabBelopp } from "../../src/engine/halsoval/rehab";
import { familjecentral, inomTak, sarskiltBoende } from "../../src/engine/halsoval/tillagg";
import { rorligErsattning } from "../../src/engine/halsoval/rorlig";
import { excelSerial, utbetalningsdag } from "../../src/engine/halsoval/utbetalning";
import { tolftedel } from "../../src/engine/halsoval/manad";
import { Decimal, sum } from "../../src/engine/money";

const hv26 = findRuleSet("halsoval", 2026);
const hv25 = findRuleSet("halsoval", 2025);
const s = (d: Decimal) => d.toString();

describe("5.1.1 per listed resident", () => {
  test("In 2026 a listed person aged 72 brings 1,54 × 2 301 = 3 543,54 kr", () => {
    expect(s(listadBelopp(hv26, 72))).toBe("3543.54");
  });
  test("In 2025 the same person brings 1,59 × 2 222 = 3 532,98 kr", () => {
    expect(s(listadBelopp(hv25, 72))).toBe("3532.98");
  });
  test.each([
    [0, "1.16"], [4, "1.16"], [5, "0.36"], [9, "0.36"], [10, "0.34"], [99, "1.93"], [100, "1.38"], [120, "1.38"],
  ])("age %i has weight %s in 2026", (age, w) => expect(s(vikt(hv26, age))).toBe(w));

  test.each([[-1], [4.5], ["72"], [NaN], [121], [null]])("age %p is refused", (age) => {
    expect(() => vikt(hv26, age)).toThrow(InputError);
  });

  test("any negative, fractional, non-finite or non-numeric age is refused (property)", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ max: -1 }),
          fc.double({ noInteger: true }),
          fc.integer({ min: 121 }),
          fc.string(),
          fc.constantFrom(null, undefined, true, NaN, Infinity),
        ),
        (bad) => {
          expect(() => vikt(hv26, bad)).toThrow(InputError);
          expect(() => lakemedelBelopp(hv26, bad)).toThrow(InputError);
          expect(() => rehabBelopp(hv26, bad)).toThrow(InputError);
        },
      ),
    );
  });

  test("weights exist and are non-negative for every age 0–120", () => {
    for (let a = 0; a <= MAX_AGE; a++) {
      expect(vikt(hv26, a).isNegative()).toBe(false);
      expect(lakemedelBelopp(hv26, a).isNegative()).toBe(false);
    }
  });

  test("price mode switch: publicerat takes 2 301; harlett derives total / Σ(weight × listed)", () => {
    expect(s(pris(hv26))).toBe("2301");
    const derived = withOverrides(hv26, { readings: { "5.1.1.prislage": "harlett" } });
    expect(s(pris(derived, 152131))).toBe(s(new Decimal(304262000).div(152131)));
    expect(s(pris(derived, 132231))).toBe(s(new Decimal(304262000).div(132231)));
    expect(() => pris(derived)).toThrow(/länets viktade antal listade/);
  });
});

describe("5.1.2 CNI", () => {
  test("a population entirely in every group has CNI = Σ weights = 32,58", () => {
    expect(s(cniFranAndelar(hv26, [1, 1, 1, 1, 1, 1, 1]))).toBe("32.58");
  });
  test("shares are weighted in the order of 5.1.2 and divided by the national value", () => {
    const raw = cniFranAndelar(hv26, ["0.1", 0, 0, 0, 0, 0, "0.2"]);
    expect(s(raw)).toBe("1.453"); // 6.15 × 0.1 + 4.19 × 0.2
    expect(s(cniFranAndelar(hv26, ["0.1", 0, 0, 0, 0, 0, "0.2"], "1.453"))).toBe("1");
  });
  test("six shares, a share above 1 or a zero national value are refused", () => {
    expect(() => cniFranAndelar(hv26, [0, 0, 0, 0, 0, 0])).toThrow(/sju andelar/);
    expect(() => cniFranAndelar(hv26, [0, 0, 0, 0, 0, 0, 2])).toThrow(/mellan 0 och 1/);
    expect(() => cniFranAndelar(hv26, [0, 0, 0, 0, 0, 0, 0], 0)).toThrow(/Riksvärdet/);
  });
  test("a unit's payment is its share of the budget by listed × CNI", () => {
    // Two units: 1 000 listed at CNI 1,2 and 3 000 at CNI 0,8 → 1 200 : 2 400.
    expect(s(socioekonomi(hv26, 1000, "1.2", 3600))).toBe(s(new Decimal(202842000).div(3)));
  });
});

describe("5.1.3 sparsity", () => {
  test.each([
    [0, "0"], [2000, "2000"], [2001, "2000.8"], [4000, "3600"], [4001, "3600.6"], [5000, "4200"],
  ])("marginal reading: %i listed weigh %s", (n, w) => expect(s(listadViktat(hv26, n))).toBe(w));

  const whole = withOverrides(hv26, { readings: { "5.1.3.listintervall": "hela" } });
  test.each([
    [2000, "2000"], [2001, "1600.8"], [5000, "3000"],
  ])("whole-count reading: %i listed weigh %s", (n, w) => expect(s(listadViktat(whole, n))).toBe(w));

  test.each([
    [0, "0"], [29, "0"], [29.5, "0"], [30, "1"], [69, "1"], [70, "1.29"], [99, "1.29"], [100, "1.68"], [149, "1.68"], [150, "2.25"], [300, "2.25"],
  ])("distance %p km has weight %s (floor)", (km, w) => expect(s(avstandsvikt(hv26, km))).toBe(w));

  test("rounding switch: 29,5 km rounds into the 30–69 band only under narmaste", () => {
    const near = withOverrides(hv26, { readings: { "5.1.3.avstand_avrundning": "narmaste" } });
    expect(s(avstandsvikt(near, 29.5))).toBe("1");
    expect(s(avstandsvikt(near, 29.4))).toBe("0");
  });

  test("weight = listed weight × distance weight, and the budget is shared by weight", () => {
    expect(s(glesbygdsvikt(hv26, 5000, 120))).toBe("7056"); // 4 200 × 1,68
    expect(s(glesbygd(hv26, 5000, 120, 14112))).toBe(s(new Decimal(89489000).div(2)));
    expect(s(glesbygd(hv26, 5000, 10, 14112))).toBe("0");
  });

  test("negative or non-integer listed counts and negative distances are refused", () => {
    expect(() => listadViktat(hv26, -1)).toThrow(InputError);
    expect(() => listadViktat(hv26, 10.5)).toThrow(/heltal/);
    expect(() => avstandsvikt(hv26, -3)).toThrow(/negativt/);
  });

  test("sparsity weights are never negative and grow with the listed count", () => {
    fc.assert(
      fc.property(fc.nat(50000), fc.nat(400), (n, km) => {
        const w = glesbygdsvikt(hv26, n, km);
        expect(w.isNegative()).toBe(false);
        expect(glesbygdsvikt(hv26, n + 1, km).gte(w)).toBe(true);
      }),
    );
  });
});

describe("5.1.4, 5.1.5", () => {
  test("In 2026 a listed person aged 80 brings 3,05 × 1 458 = 4 446,90 kr for pharmaceuticals", () => {
    expect(s(lakemedelBelopp(hv26, 80))).toBe("4446.9");
  });
  test.each([[15, "0"], [16, "106"], [67, "106"], [68, "0"]])("rehab at age %i is %s kr", (a, kr) =>
    expect(s(rehabBelopp(hv26, a))).toBe(kr),
  );
});

describe("5 supplements for a private unit", () => {
  test("3 % VAT and 1,5 % IT/admin on an amount", () => {
    expect(s(moms(hv26, 100000))).toBe("3000");
    expect(s(admin(hv26, 100000))).toBe("1500");
  });
  const k = { "5.1.1": new Decimal(1000), "5.1.2": new Decimal(200), "5.1.3": new Decimal(100), "5.1.4": new Decimal(500), "5.1.5": new Decimal(10) };
  test("by default both apply to 5.1 without pharmaceuticals, and the admin supplement is VAT-compensated", () => {
    const t = privataTillagg(hv26, k);
    expect(s(t.admin)).toBe("19.65"); // 1,5 % × 1 310
    expect(s(t.moms)).toBe("39.8895"); // 3 % × (1 310 + 19,65)
  });
  test("the switches name the components and whether admin is VAT-compensated", () => {
    const alt = withOverrides(hv26, {
      readings: { "5.moms_komponenter": ["5.1.1", "5.1.2", "5.1.3", "5.1.4", "5.1.5"], "5.admin_moms": "nej", "5.admin_komponenter": ["5.1.1"] },
    });
    const t = privataTillagg(alt, k);
    expect(s(t.admin)).toBe("15");
    expect(s(t.moms)).toBe("54.3");
  });
});

describe("5 payment day: the 20th or the next banking day", () => {
  const table: Record<number, string> = {
    2025: "1-20 2-20 3-20 4-22 5-20 6-23 7-21 8-20 9-22 10-20 11-20 12-22",
    2026: "1-20 2-20 3-20 4-20 5-20 6-22 7-20 8-20 9-21 10-20 11-20 12-21",
    2027: "1-20 2-22 3-22 4-20 5-20 6-21 7-20 8-20 9-20 10-20 11-22 12-20",
  };
  test.each(Object.entries(table))("payment days of %s", (year, days) => {
    const got = Array.from({ length: 12 }, (_, i) => {
      const d = utbetalningsdag(Number(year), i + 1, hv26);
      return `${d.month}-${d.day}`;
    }).join(" ");
    expect(got).toBe(days);
  });
  test("2025-06-20 is midsummer eve: paid Monday 23 June (Excel serial 45831)", () => {
    expect(excelSerial(utbetalningsdag(2025, 6, hv26))).toBe(45831);
  });
  test.each([[2026, 0], [2026, 13], [2026, 1.5], [-1, 1]])("year %p month %p is refused", (y, m) => {
    expect(() => utbetalningsdag(y, m, hv26)).toThrow(InputError);
  });
  test("twelve monthly payments sum exactly to the annual amount", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 10 }), (ore) => {
        const annual = new Decimal(ore).div(100);
        const months = Array.from({ length: 12 }, (_, i) => tolftedel(hv26, annual, i + 1));
        expect(months).toHaveLength(12);
        expect(sum(months).equals(annual)).toBe(true);
        expect(Decimal.max(...months).minus(Decimal.min(...months)).lte("0.01")).toBe(true);
      }),
    );
  });
});

describe("5.2 and 5.3", () => {
  test("a health dialogue brings 1 150 kr; a doctor's visit 700 kr plus 500 kr for a home visit", () => {
    expect(s(rorligErsattning(hv26, { halsosamtal: 2, lakarbesok: 1, hembesok: 1 }))).toBe("3500");
  });
  test.each([
    [0, 0, "25000"], [249, 0, "25000"], [250, 0, "25000"], [251, 0, "25100"], [1000, 0, "100000"], [1001, 0, "100000"], [300, 5000, "35000"],
  ])("family centre with %i children and rent %i gets %s kr", (n, rent, kr) => {
    expect(s(familjecentral(hv26, n, rent))).toBe(kr);
  });
  test("special housing: 10 000 per place, 24 000 per short-term place", () => {
    expect(s(sarskiltBoende(hv26, 3, 2))).toBe("78000");
  });
  test("claims above the cap are scaled down to the cap", () => {
    const { paid, capped } = inomTak([4000000, 4000000], "6089");
    expect(capped).toBe(true);
    expect(s(sum(paid))).toBe("6089000");
    expect(inomTak([1, 2], "6089").capped).toBe(false);
  });
});
