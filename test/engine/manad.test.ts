// Issue 8: the monthly payment run (5.1 per month, 5.3 caps, on-call shares, 5.2.6).
import { findRuleSet, withOverrides } from "../../src/rules";
import { arsErsattning, manadsErsattning, MANADSDELAR, manadsutbetalningar, tolftedel } from "../../src/engine/halsoval/manad";
import { reduceraMotTak, tillaggForManad, fastBelopp } from "../../src/engine/halsoval/tillaggsuppdrag";
import { jourAndelar } from "../../src/engine/halsoval/jour";
import { lp4uAvdrag } from "../../src/engine/halsoval/rorlig";
import { lanetsErsattning, Vardenhet } from "../../src/engine/halsoval/vardenhet";
import { InputError } from "../../src/engine/check";
import { Decimal, distribute, roundOre, sum } from "../../src/engine/money";

const hv = findRuleSet("halsoval", 2026);
const band = (i: number, n: number) => Array.from({ length: 21 }, (_, j) => (j === i ? n : 0));
// A made-up county (example data, not the region's figures).
const A: Vardenhet = { id: "A", namn: "Exempel A", kommun: "Östersund", privat: false, listade: band(14, 1003), listade16till67: 0, cni: "1.2", avstandKm: 2 };
const B: Vardenhet = { id: "B", namn: "Exempel B", kommun: "Berg", privat: true, listade: band(6, 3001), listade16till67: 3001, cni: "0.83", avstandKm: 75 };
const C: Vardenhet = { id: "C", namn: "Exempel C", kommun: "Härjedalen", privat: false, listade: band(0, 517), listade16till67: 0, cni: "1", avstandKm: 180 };
const months = Array.from({ length: 12 }, (_, i) => i + 1);

describe("5.1 per månad", () => {
  test("constant counts for twelve months reproduce the annual figure to the öre, per part and unit", () => {
    const year = arsErsattning(() => hv, months.map((m) => ({ manad: m, enheter: [A, B, C] })));
    const annual = lanetsErsattning(hv, [A, B, C]);
    for (const r of annual.enheter) {
      const rows = year.map((y) => y.enheter.find((e) => e.enhet.id === r.enhet.id)!);
      const parts = { ...r.komponenter, admin: r.admin, moms: r.moms };
      for (const k of MANADSDELAR) {
        expect(sum(rows.map((x) => x.belopp[k])).toFixed(2)).toBe(parts[k].toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2));
      }
      // The unit's year equals its annual figure; within one öre per part of today's rounded total.
      const yearTotal = sum(rows.map((x) => x.summa));
      expect(yearTotal.minus(r.summa).abs().lte("0.04")).toBe(true);
    }
    // Private unit B gets VAT and IT each month, public units none.
    expect(year[4].enheter.find((e) => e.enhet.id === "B")!.belopp.moms.gt(0)).toBe(true);
    expect(year[4].enheter.find((e) => e.enhet.id === "A")!.belopp.moms.isZero()).toBe(true);
  });

  test("a unit opening in April is paid April–December only", () => {
    const year = arsErsattning(() => hv, months.map((m) => ({ manad: m, enheter: m >= 4 ? [A, B, C] : [A, B] })));
    const paidC = year.map((y) => y.enheter.find((e) => e.enhet.id === "C")?.summa.toNumber() ?? 0);
    expect(paidC.slice(0, 3)).toEqual([0, 0, 0]);
    expect(paidC.slice(3).every((x) => x > 0)).toBe(true);
    // Sharing 5.1.2 among more units lowers A's share from April.
    const a = year.map((y) => y.enheter.find((e) => e.enhet.id === "A")!.belopp["5.1.2"]);
    expect(a[3].lt(a[2])).toBe(true);
  });

  test("a tertial price change in May changes May–August only", () => {
    const p = hv.data.parameters["5.1.4.pris"].value as string;
    const maj = withOverrides(hv, { parameters: { "5.1.4.pris": new Decimal(p).plus(100).toString() } });
    const setFor = (m: number) => (m >= 5 && m <= 8 ? maj : hv);
    const base = arsErsattning(() => hv, months.map((m) => ({ manad: m, enheter: [A, B, C] })));
    const changed = arsErsattning(setFor, months.map((m) => ({ manad: m, enheter: [A, B, C] })));
    for (let i = 0; i < 12; i++) {
      const same = base[i].enheter[0].belopp["5.1.4"].equals(changed[i].enheter[0].belopp["5.1.4"]);
      expect(same).toBe(!(i >= 4 && i <= 7));
    }
    // 5.1.1 does not move with the 5.1.4 price.
    expect(changed[5].enheter[0].belopp["5.1.1"].equals(base[5].enheter[0].belopp["5.1.1"])).toBe(true);
  });

  test("readings: whole kronor, January county sums", () => {
    const krona = withOverrides(hv, { readings: { "5.manad.avrundning": "krona" } });
    const r = manadsErsattning(krona, 5, [A, B, C]);
    for (const e of r.enheter) for (const k of MANADSDELAR) expect(e.belopp[k].isInteger()).toBe(true);
    const jan = withOverrides(hv, { readings: { "5.manad.lansunderlag": "januari" } });
    const withJan = manadsErsattning(jan, 5, [A, B, C], [A, B]);
    const withMay = manadsErsattning(hv, 5, [A, B, C]);
    expect(withJan.enheter[0].belopp["5.1.2"].gt(withMay.enheter[0].belopp["5.1.2"])).toBe(true);
    expect(() => manadsErsattning(jan, 5, [A])).toThrow(/januarilistningen/);
    // Under January's sums too, a unit twice in the month is refused, and a bad unit is named.
    expect(() => manadsErsattning(jan, 5, [A, A], [A, B])).toThrow(/två gånger/);
    expect(() => manadsErsattning(jan, 5, [{ ...A, listade: band(1, -3) }], [A, B])).toThrow(/negativ/);
  });

  test("bad input is refused, never a number", () => {
    expect(() => manadsErsattning(hv, 13, [A])).toThrow(InputError);
    expect(() => manadsErsattning(hv, 5, [A, A])).toThrow(/två gånger/);
    expect(() => manadsErsattning(hv, 5, [{ ...A, listade: band(1, -3) }])).toThrow(/negativ/);
    expect(() => arsErsattning(() => hv, [{ manad: 5, enheter: [A] }, { manad: 5, enheter: [B] }])).toThrow(/två gånger/);
    expect(tolftedel(hv, new Decimal("1200.06"), 1).toFixed(2)).toBe("100.01");
  });
});

describe("5.3 tak, utbetalning, 3.1.6 jour, 5.2.6", () => {
  test("claims 10 % over a cap are reduced to sum exactly to the cap", () => {
    const cap = new Decimal(hv.data.parameters["5.3.7.tak"].value as string).times(1000);
    const keys = [3, 7, 11, 13, 17, 19, 23];
    const ks = sum(keys);
    const claims = keys.map((k) => cap.times("1.1").times(k).div(ks).toDecimalPlaces(2));
    const r = reduceraMotTak(hv, claims, hv.data.parameters["5.3.7.tak"].value as string);
    expect(r.capped).toBe(true);
    expect(sum(r.paid).equals(cap)).toBe(true);
    expect(sum(r.reduction).equals(sum(claims).minus(cap))).toBe(true);
    // Proportional: every claim loses about 1/11 of itself.
    r.paid.forEach((p, i) => expect(p.div(claims[i]).minus(new Decimal(1).div("1.1")).abs().lt("0.000001")).toBe(true));
    const ordning = reduceraMotTak(withOverrides(hv, { readings: { "5.3.tak_reducering": "i_ordning" } }), claims, "5801");
    expect(sum(ordning.paid).toFixed(2)).toBe("5801000.00");
    expect(ordning.paid[0].equals(claims[0])).toBe(true);
    const within = reduceraMotTak(hv, ["1000", "2000"], "6089");
    expect(within.capped).toBe(false);
    expect(within.paid.map(String)).toEqual(["1000", "2000"]);
    expect(() => reduceraMotTak(hv, ["-1"], "6089")).toThrow(InputError);
  });

  test("a yearly supplement paid in twelfths or once", () => {
    const twelfths = months.map((m) => tillaggForManad(hv, "25000", m));
    expect(sum(twelfths).toFixed(2)).toBe("25000.00");
    expect(twelfths[0].toFixed(2)).toBe("2083.34");
    const once = withOverrides(hv, { readings: { "5.3.utbetalning": "engang" } });
    expect(tillaggForManad(once, "25000", 5).toFixed(2)).toBe("25000.00");
    expect(() => tillaggForManad(hv, "-5", 1)).toThrow(InputError);
    const g = fastBelopp(hv, "5.3.9.gaddede", 3);
    expect(sum(g).equals(new Decimal(hv.data.parameters["5.3.9.gaddede"].value as string).times(1000))).toBe(true);
    expect(() => fastBelopp(hv, "5.3.10.folkhalsa", 0)).toThrow(InputError);
  });

  test("on-call commitment shared by listed count, exactly", () => {
    const shares = jourAndelar("1000000", [1000, 3000, 2]);
    expect(shares.map((s) => s.toFixed(2))).toEqual(["249875.06", "749625.19", "499.75"]);
    expect(sum(shares).toFixed(2)).toBe("1000000.00");
    expect(() => jourAndelar("100", [0, 0])).toThrow(InputError);
    expect(() => jourAndelar("100", [1.5])).toThrow(/heltal/);
  });

  test("5.2.6 LP4U deduction is 5 % of GU-ALF", () => {
    expect(lp4uAvdrag(hv, 123456.78).toFixed(2)).toBe("6172.84");
    expect(() => lp4uAvdrag(hv, -1)).toThrow(InputError);
  });
});

test("tolftedel is the largest-remainder twelfth (distribute over twelve equal keys) for any amount and sign", () => {
  for (const a of ["1200.06", "0.11", "-1000.07", "798047123.45", "5", "12.115"]) {
    const expected = distribute(roundOre(a), Array(12).fill(1), 2).map((d) => d.toFixed(2));
    expect(months.map((m) => tolftedel(hv, new Decimal(a), m).toFixed(2))).toEqual(expected);
  }
});

test.each([
  ["öre", hv],
  ["hela kronor", withOverrides(hv, { readings: { "5.manad.avrundning": "krona" } })],
])("the year's payment per month (Utbetalning sheet) is what the month run pays at the same counts (%s)", (_, rs) => {
  const annual = lanetsErsattning(rs, [A, B, C]);
  for (const m of months) {
    const run = manadsErsattning(rs, m, [A, B, C]);
    annual.enheter.forEach((r, u) => expect(manadsutbetalningar(rs, r)[m - 1].toFixed(2)).toBe(run.enheter[u].summa.toFixed(2)));
  }
});
