// 3.3 Avstämning: year Y−1 revised with Y−1's rule set and LPIK, beside year Y's amount.
import { allRuleSets, findRuleSet, withOverrides } from "../../src/rules";
import { avstamning } from "../../src/engine/tillagg/avstamning";
import { InputError } from "../../src/engine/check";

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
