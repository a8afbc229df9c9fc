// 5.1: a Hälsoval year without a June decision is the previous year indexed by LPIK
// (exklusive läkemedel), as the readings 5.1.index_belopp and 5.1.index_avrundning say.
import { allRuleSets, findRuleSet, MissingLpikError, NoRuleSetError, RuleSet, withOverrides } from "../../src/rules";
import { setPinned } from "../../src/functions/state";
import * as F from "../../src/functions";

// Example LPIK factors (NOT SKR's figures): 3,0 % for 2027.
const tb = withOverrides(findRuleSet("tillagg", 2026), { parameters: { "3.3.lpik": { "2025": "1.031", "2026": "1.027", "2027": "1.03" } } });
const sets: RuleSet[] = allRuleSets().map((r) => (r.id === tb.id ? tb : r));
const h26 = findRuleSet("halsoval", 2026).data.parameters;
const value = (rs: RuleSet, k: string) => rs.data.parameters[k].value;

describe("a derived 2027 with LPIK 3,0 %", () => {
  const h27 = findRuleSet("halsoval", 2027, sets);
  test("5.1.1 price and total, 5.1.2/5.1.3 totals and averages and 5.1.5 indexed, rounded as published", () => {
    expect(value(h27, "5.1.1.pris")).toBe("2370"); // 2301 × 1,03 = 2370,03 → kronor
    expect(value(h27, "5.1.1.total")).toBe("313390"); // 304262 × 1,03 = 313389,86 → tkr
    expect(value(h27, "5.1.2.total")).toBe("208927"); // 202842 × 1,03 = 208927,26
    expect(value(h27, "5.1.2.snitt")).toBe("1580"); // 1534 × 1,03 = 1580,02
    expect(value(h27, "5.1.3.total")).toBe("92174"); // 89489 × 1,03 = 92173,67
    expect(value(h27, "5.1.3.snitt")).toBe("1702"); // 1652 × 1,03 = 1701,56
    expect(value(h27, "5.1.5.belopp")).toBe("109"); // 106 × 1,03 = 109,18
    expect(value(h27, "5.1.5.total")).toBe("8947"); // 8686 × 1,03 = 8946,58
  });
  test("5.1.4 (pharmaceuticals), weights, 5.2 and 5.3 unchanged; 5.1 is the sum of its parts", () => {
    for (const k of ["5.1.4.pris", "5.1.4.total", "5.1.4.vikter", "5.1.1.vikter", "5.2.1.halsosamtal", "5.3.9.gaddede", "5.moms"])
      expect([k, value(h27, k)]).toEqual([k, h26[k].value]);
    expect(value(h27, "5.1.total")).toBe(String(313390 + 208927 + 92174 + 192768 + 8947));
  });
  test("it says it is derived, with its own id and hash", () => {
    expect(h27.id).toBe("halsoval-2027");
    expect(h27.data.title).toContain("(härlett: 2026 uppräknat med LPIK 2027; inget junibeslut)");
    expect(h27.data.derived).toMatchObject({ from: "halsoval-2026", lpikYear: 2027, lpik: "1.03" });
    expect(h27.data.parameters["5.1.1.pris"].description).toContain("2026 uppräknat med LPIK 2027");
    expect(findRuleSet("halsoval", 2027, sets)).toBe(h27);
  });
  test("the switches decide: no rounding, or fewer amounts indexed", () => {
    const exact = withOverrides(findRuleSet("halsoval", 2026), { readings: { "5.1.index_avrundning": "exakt", "5.1.index_belopp": ["5.1.1.pris"] } });
    const own = sets.map((r) => (r.id === exact.id ? exact : r));
    const d = findRuleSet("halsoval", 2027, own);
    expect(value(d, "5.1.1.pris")).toBe("2370.03");
    expect(value(d, "5.1.1.total")).toBe("304262");
    expect(value(d, "5.1.5.belopp")).toBe("106");
  });
  test("2028 derives from the derived 2027 with LPIK 2028", () => {
    const tb28 = withOverrides(tb, { parameters: { "3.3.lpik": { "2025": "1.031", "2026": "1.027", "2027": "1.03", "2028": "1.02" } } });
    const s28 = sets.map((r) => (r.id === tb.id ? tb28 : r));
    expect(value(findRuleSet("halsoval", 2028, s28), "5.1.1.pris")).toBe("2417"); // 2370 × 1,02 = 2417,4
  });
});

describe("without the LPIK", () => {
  test("the error names the year and the missing input, and is a NoRuleSetError (#N/A)", () => {
    expect(() => findRuleSet("halsoval", 2027)).toThrow(MissingLpikError);
    expect(() => findRuleSet("halsoval", 2027)).toThrow(NoRuleSetError);
    expect(() => findRuleSet("halsoval", 2027)).toThrow(/LPIK 2027/);
    expect(() => findRuleSet("halsoval", 2029, sets)).toThrow(/Hälsoval år 2029.*LPIK 2028/);
  });
});

// Every HALSOVAL function with a year, for 2027: computes with LPIK, #N/A naming LPIK 2027 without.
const calls: [string, () => unknown[][]][] = [
  ["VIKT", () => F.halsovalVikt([[72]], 2027)],
  ["LISTAD", () => F.halsovalListad([[72]], 2027)],
  ["LAKEMEDEL", () => F.halsovalLakemedel([[80]], 2027)],
  ["REHAB", () => F.halsovalRehab([[16]], 2027)],
  ["SOCIOEKONOMI", () => F.halsovalSocioekonomi([[1000], [3000]], [[1.2], [0.8]], 3600, 2027)],
  ["GLESBYGDSVIKT", () => F.halsovalGlesbygdsvikt([[5000]], [[120]], 2027)],
  ["GLESBYGD", () => F.halsovalGlesbygd([[5000]], [[120]], 14112, 2027)],
  ["MOMS", () => F.halsovalMoms([[100000]], 2027)],
  ["ADMIN", () => F.halsovalAdmin([[100000]], 2027)],
  ["FAMILJECENTRAL", () => F.halsovalFamiljecentral([[300]], 5000, 2027)],
  ["PARAMETER", () => F.halsovalParameter("5.1.1.pris", 2027)],
  ["KALLA", () => F.halsovalKalla("5.1.1.pris", 2027)],
];

describe("every HALSOVAL function for 2027", () => {
  afterEach(() => setPinned(undefined));
  test.each(calls)("%s computes with LPIK 2027 entered", (_name, call) => {
    setPinned({ year: 2027, ruleSets: [tb] });
    const out = call();
    expect(out.flat().every((v) => typeof v === "number" || typeof v === "string")).toBe(true);
  });
  test.each(calls)("%s is #N/A naming LPIK 2027 without it", (_name, call) => {
    setPinned({ year: 2027, ruleSets: [] });
    let e: { code?: string; message?: string } | undefined;
    try {
      call();
    } catch (x) {
      e = x as { code?: string; message?: string };
    }
    expect(e?.code).toBe("#N/A");
    expect(e?.message).toContain("LPIK 2027");
  });
  test("the figures follow the derived set: LISTAD 72 years = 1,54 × 2370; LAKEMEDEL as 2026", () => {
    setPinned({ year: 2027, ruleSets: [tb] });
    expect(F.halsovalListad([[72]], 2027)).toEqual([[3649.8]]);
    expect(F.halsovalLakemedel([[80]], 2027)).toEqual(F.halsovalLakemedel([[80]], 2026));
    expect(F.halsovalParameter("5.1.1.pris", 2027)).toEqual([[2370]]);
  });
});

test("a derived year the workbook pinned (e.g. with a value changed by decision) is what the functions use", () => {
  const pinned27 = withOverrides(findRuleSet("halsoval", 2027, sets), { parameters: { "5.1.1.pris": "2380" } });
  setPinned({ year: 2027, ruleSets: [pinned27] });
  try {
    expect(F.halsovalParameter("5.1.1.pris", 2027)).toEqual([[2380]]);
    expect(F.halsovalListad([[72]])).toEqual([[3665.2]]); // 1,54 × 2 380
  } finally {
    setPinned(undefined);
  }
});
