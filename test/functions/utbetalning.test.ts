// Issue 8: the monthly payment's custom functions — a value, a range, and bad input each.
import * as U from "../../src/functions/utbetalning";
import { manadListade } from "../../src/engine/halsoval/manad";
import { findRuleSet } from "../../src/rules";
import { isErr, thrown } from "../support/cf-error";

const hv = findRuleSet("halsoval", 2026);
const band = (i: number, n: number) => Array.from({ length: 21 }, (_, j) => (j === i ? n : 0));

describe("HALSOVAL.MANADSBELOPP", () => {
  test("a value: the month's twelfths of 5.1.1 + 5.1.4 + 5.1.5", () => {
    const p = manadListade(hv, band(14, 1000), 0, 5);
    const w = hv.data.parameters["5.1.1.vikter"].value as { value: string }[];
    // 1000 × weight(70–74) × price / 12, to öre.
    expect(p["5.1.1"].toFixed(2)).toBe((Math.round((1000 * Number(w[14].value) * 2301 * 100) / 12) / 100).toFixed(2));
    expect(U.halsovalManadsbelopp([band(14, 1000)], [[0]], 5, 2026)).toEqual([[p["5.1.1"].plus(p["5.1.4"]).plus(p["5.1.5"]).toNumber()]]);
  });
  test("a range: one row per unit; twelve months sum to the year", () => {
    const out = U.halsovalManadsbelopp([band(3, 100), band(6, 3001)], [[50], [3001]], 1, 2026);
    expect(out).toHaveLength(2);
    let year = 0;
    for (let m = 1; m <= 12; m++) year += U.halsovalManadsbelopp([band(6, 3001)], [[3001]], m, 2026)[0][0] as number;
    // The annual parts at these counts, each rounded to öre: 5.1.1, 5.1.4 and 5.1.5.
    const w = (k: string) => Number((hv.data.parameters[k].value as { value: string }[])[6].value);
    const p = (k: string) => Number(hv.data.parameters[k].value as string);
    const annual = [3001 * w("5.1.1.vikter") * p("5.1.1.pris"), 3001 * w("5.1.4.vikter") * p("5.1.4.pris"), 3001 * p("5.1.5.belopp")];
    expect(Math.round(year * 100)).toBe(annual.reduce((a, b) => a + Math.round(b * 100), 0));
  });
  test("bad input", () => {
    expect(thrown(() => U.halsovalManadsbelopp([band(1, -1)], [[0]], 5, 2026)).code).toBe("#VALUE!");
    expect(thrown(() => U.halsovalManadsbelopp([band(1, 10)], [[0]], 13, 2026)).message).toMatch(/Månad/);
    expect(thrown(() => U.halsovalManadsbelopp([band(1, 10)], [[20]], 5, 2026)).message).toMatch(/fler än alla listade/);
    expect(thrown(() => U.halsovalManadsbelopp([band(1, 10)], [[0]], 5, 1990)).code).toBe("#N/A");
    // A ragged range (never from Excel, whose ranges are rectangles) is refused as a whole, naming the range.
    expect(thrown(() => U.halsovalManadsbelopp([band(1, 10), [1, 2]], [[0], [0]], 5, 2026)).message).toMatch(/Området är felformat/);
    const mixed = U.halsovalManadsbelopp([band(1, 10), band(2, -1)], [[0], [0]], 5, 2026);
    expect(typeof mixed[0][0]).toBe("number");
    expect(isErr(mixed[1][0])).toBe(true);
  });
});

describe("5.3 functions", () => {
  test("AT, ST/PTP/STP claims: values, ranges, bad input", () => {
    expect(U.halsovalAtlakare([[600000]], 2, 2026)).toEqual([[600000 * 0.7 + 12000]]);
    expect(U.halsovalAtlakare([[100000], [200000]], undefined, 2026)).toEqual([[70000], [140000]]);
    expect(thrown(() => U.halsovalAtlakare([[-1]], 0, 2026)).code).toBe("#VALUE!");
    expect(U.halsovalUtbildning("ST", [[500000], [600000]], 2026)).toEqual([[300000], [360000]]);
    expect(U.halsovalUtbildning("ptp", [[500000]], 2026)).toEqual([[375000]]);
    expect(U.halsovalUtbildning("STP", [[500000]], 2026)).toEqual([[100000]]);
    expect(thrown(() => U.halsovalUtbildning("XX", [[1]], 2026)).message).toMatch(/ST, PTP eller STP/);
  });
  test("HALSOVAL.TAK: claims 10 % over the 5.3.8 cap sum exactly to it; within the cap unchanged", () => {
    const claims = [[1595275], [2000000], [2785825]]; // 6 381 100 = 5 801 000 × 1.1
    const paid = U.halsovalTak(claims, "5.3.8", 2026).flat() as number[];
    expect(Math.round(paid.reduce((a, b) => a + b, 0) * 100)).toBe(580100000);
    expect(U.halsovalTak([[1000], [""], [2000]], "5.3.5", 2026)).toEqual([[1000], [""], [2000]]);
    expect(thrown(() => U.halsovalTak([[1000]], "5.3.1", 2026)).message).toMatch(/5\.3\.5/);
    expect(thrown(() => U.halsovalTak([["x"]], "5.3.7", 2026)).message).toMatch(/rad 1, kolumn 1/);
    expect(thrown(() => U.halsovalTak([[-5]], "5.3.7", 2026)).code).toBe("#VALUE!");
  });
  test("HALSOVAL.TILLAGGMANAD", () => {
    expect(U.halsovalTillaggmanad([[25000]], 1, 2026)).toEqual([[2083.34]]);
    expect(U.halsovalTillaggmanad([[25000], [12000]], 12, 2026)).toEqual([[2083.33], [1000]]);
    expect(thrown(() => U.halsovalTillaggmanad([[25000]], 0, 2026)).code).toBe("#VALUE!");
    expect(thrown(() => U.halsovalTillaggmanad([["x"]], 3, 2026)).message).toMatch(/Årsbelopp/);
    const r = U.halsovalTillaggmanad([[1200], ["x"]], 3, 2026);
    expect(r[0][0]).toBe(100);
    expect(isErr(r[1][0])).toBe(true);
  });
});

describe("HALSOVAL.JOUR", () => {
  test("shares by listed count, exact, same shape", () => {
    expect(U.halsovalJour(1000000, [[1000], [3000], [2]])).toEqual([[249875.06], [749625.19], [499.75]]);
    expect(U.halsovalJour(100, [[1, ""]])).toEqual([[100, ""]]);
  });
  test("bad input", () => {
    expect(thrown(() => U.halsovalJour(100, [[0], [0]])).code).toBe("#VALUE!");
    expect(thrown(() => U.halsovalJour("x", [[1]])).message).toMatch(/Åtagande/);
    expect(thrown(() => U.halsovalJour(100, [[1.5]])).message).toMatch(/heltal/);
  });
});
