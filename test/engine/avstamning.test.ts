// 3.3 Avstämning: year Y−1 revised with Y−1's rule set and LPIK, beside year Y's amount.
import { allRuleSets, findRuleSet, withOverrides } from "../../src/rules";
import { avstamning } from "../../src/engine/tillagg/avstamning";
import { InputError } from "../../src/engine/check";
import { arsbelopp, arsrevidering, reviderasIar } from "../../src/engine/tillagg/arsbelopp";
import { grundbelopp } from "../../src/engine/tillagg/grundbelopp";
import { tillaggsbelopp } from "../../src/engine/tillagg/justera";

// Example LPIK factors (NOT SKR's figures).
const tb = withOverrides(findRuleSet("tillagg", 2026), { parameters: { "3.3.lpik": { "2025": "1.031", "2026": "1.027", "2027": "1.03", "2028": "1.02" } } });
const sets = allRuleSets().map((r) => (r.id === tb.id ? tb : r));

test("2027's workbook revises 2026 (175 connected: 6 above 169) with 2026's LPIK, beside 2027's amount", () => {
  const a = avstamning(findRuleSet("tillagg", 2026, sets), findRuleSet("tillagg", 2027, sets), 2027, 175);
  expect(a.foregaende.ar).toBe(2026);
  expect(a.foregaende.regelverk).toBe("tillagg-2026");
  // 25 940 × 1,031 × 1,027 = 27 466,23… → 27 466; 3 735 428 × 1,031 × 1,027 = 3 955 209,38… → 3 955 209
  expect(a.foregaende.justeringsbelopp.toString()).toBe("27466");
  expect(a.foregaende.grundbelopp.toString()).toBe("3955209");
  expect(a.foregaende.justeringsantal.toString()).toBe("6");
  expect(a.foregaende.revidering.toString()).toBe(String(6 * 27466));
  expect(a.foregaende.reviderat.toString()).toBe(String(3955209 + 6 * 27466));
  expect(a.foregaende.inomNormalvariation).toBe(false);
  expect(a.iar.ar).toBe(2027);
  expect(a.iar.grundbelopp.toString()).toBe("4073866"); // 3 735 428 × 1,031 × 1,027 × 1,03
});

test("across a period boundary: 2028 (prolongation) reconciles 2027 with the 2026–2027 agreement", () => {
  const a = avstamning(findRuleSet("tillagg", 2027, sets), findRuleSet("tillagg", 2028, sets), 2028, 150);
  expect([a.foregaende.regelverk, a.iar.regelverk]).toEqual(["tillagg-2026", "tillagg-2028"]);
  expect(a.foregaende.inomNormalvariation).toBe(true);
  expect(a.foregaende.revidering.isZero()).toBe(true);
  expect(a.foregaende.reviderat.toString()).toBe("4073866");
});

test("a rule set of the wrong year, or a missing LPIK, is an error naming it", () => {
  expect(() => avstamning(findRuleSet("tillagg", 2028, sets), findRuleSet("tillagg", 2028, sets), 2028, 150)).toThrow(/tillagg-2028 gäller inte år 2027/);
  expect(() => avstamning(findRuleSet("tillagg", 2026), findRuleSet("tillagg", 2027), 2027, 175)).toThrow(/LPIK för 2025 saknas/);
  expect(() => avstamning(tb, tb, 2027, -1)).toThrow(InputError);
});

describe("year's amount under reading 3.3.avstamning_avser (arsbelopp)", () => {
  const iar = withOverrides(tb, { readings: { "3.3.avstamning_avser": "innevarande_ar" } });
  test("foregaende_ar (default): the indexed base amount, with or without a count", () => {
    expect(reviderasIar(tb)).toBe(false);
    expect(arsbelopp(tb, 2026, 175).equals(grundbelopp(tb, 2026))).toBe(true);
    expect(arsbelopp(tb, 2026, null).equals(grundbelopp(tb, 2026))).toBe(true);
    expect(arsrevidering(tb, 2026, 175).isZero()).toBe(true);
  });
  test("innevarande_ar: revised by the count of last year; a missing count is an error naming it", () => {
    expect(arsbelopp(iar, 2026, 175).equals(tillaggsbelopp(iar, 175, 2026))).toBe(true);
    expect(arsrevidering(iar, 2026, 120).toString()).toBe(String(-9 * 27466));
    expect(() => arsbelopp(iar, 2026, null)).toThrow(/Antal anslutna till Storsjögläntan föregående år saknas/);
  });
  test("a rule set pinned before the switch existed keeps its behaviour then (year's amount revised)", () => {
    const readings = { ...tb.data.readings } as Record<string, unknown>;
    delete readings["3.3.avstamning_avser"];
    const old = { ...tb, data: { ...tb.data, readings } } as typeof tb;
    expect(reviderasIar(old)).toBe(true);
  });
});
