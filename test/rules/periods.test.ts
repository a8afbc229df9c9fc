// Tilläggsbelopp and gemensam utveckling for every year the agreements cover: the period
// 2026–2027 (with the base level 2024 and index year 2025), prolongations of two years
// unless terminated; outside the data or after a termination, #N/A naming the dates.
import { allRuleSets, findRuleSet, NoRuleSetError, RuleRegistry, RuleSet, withOverrides } from "../../src/rules";
import { shippedRuleFiles } from "../../src/rules/files";
import { grundbelopp } from "../../src/engine/tillagg/grundbelopp";
import { setPinned } from "../../src/functions/state";
import * as F from "../../src/functions";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const lpik = { "2025": "1.031", "2026": "1.027", "2027": "1.03", "2028": "1.02", "2029": "1.025" }; // example factors, not SKR's
const tb = withOverrides(findRuleSet("tillagg", 2026), { parameters: { "3.3.lpik": lpik } });
const sets: RuleSet[] = allRuleSets().map((r) => (r.id === tb.id ? tb : r));

test("2024–2027 are one rule set; 2024 is the unindexed base level", () => {
  for (const y of [2024, 2025, 2026, 2027]) expect(findRuleSet("tillagg", y).id).toBe("tillagg-2026");
  expect(grundbelopp(tb, 2024).toString()).toBe("3735428");
  expect(findRuleSet("utveckling", 2027).id).toBe("utveckling-2026");
});

test("2028–2029 are the first prolongation and carry over the LPIK the workbook holds", () => {
  const t28 = findRuleSet("tillagg", 2028, sets);
  expect(t28.id).toBe("tillagg-2028");
  expect(t28.years).toEqual([2028, 2029]);
  expect(t28.data.title).toContain("förlängning 2028–2029");
  expect(findRuleSet("tillagg", 2029, sets)).toBe(t28);
  // 3 735 428 × 1,031 × 1,027 × 1,03 × 1,02 × 1,025
  expect(grundbelopp(t28, 2029).toString()).toBe("4259227");
  expect(findRuleSet("utveckling", 2029).id).toBe("utveckling-2028");
  expect(findRuleSet("tillagg", 2031).id).toBe("tillagg-2030");
});

test("the functions compute 2028 with the pinned LPIK", () => {
  setPinned({ year: 2028, ruleSets: [tb] });
  try {
    expect(F.tillaggGrundbelopp(2029)).toEqual([[4259227]]);
  } finally {
    setPinned(undefined);
  }
});

test("a year before the data is #N/A naming the agreement and its dates", () => {
  expect(() => findRuleSet("tillagg", 2023)).toThrow(NoRuleSetError);
  expect(() => findRuleSet("tillagg", 2023)).toThrow("Det finns inget regelverk för tilläggsbeloppet år 2023: överenskommelsen gäller 2026-01-01–2027-12-31, förlängs två år i taget (data från 2024-01-01).");
  expect(() => findRuleSet("utveckling", 2025)).toThrow(/gemensam utveckling år 2025: överenskommelsen gäller 2026-01-01–2027-12-31/);
  const e = (() => {
    try {
      F.tillaggGrundbelopp(2023);
    } catch (x) {
      return x as { code: string; message: string };
    }
  })();
  expect(e?.code).toBe("#N/A");
  expect(e?.message).toContain("2026-01-01–2027-12-31");
});

test("after a recorded termination, no year resolves", () => {
  const f = JSON.parse(JSON.stringify(shippedRuleFiles())) as Record<string, Json>;
  f["tillagg.json"].validity.termination = "2029-12-31";
  const rules = new RuleRegistry(f);
  expect(findRuleSet("tillagg", 2029, undefined, rules).id).toBe("tillagg-2028");
  expect(() => findRuleSet("tillagg", 2030, undefined, rules)).toThrow(/år 2030: .*uppsagd att upphöra 2029-12-31/);
});

test("a new value at a prolongation is used from that period on", () => {
  const f = JSON.parse(JSON.stringify(shippedRuleFiles())) as Record<string, Json>;
  f["tillagg.json"].parameters["3.2.antal_anslutna"].values["2028-01-01"] = "150";
  const rules = new RuleRegistry(f);
  expect(findRuleSet("tillagg", 2027, undefined, rules).data.parameters["3.2.antal_anslutna"].value).toBe("144");
  expect(findRuleSet("tillagg", 2028, undefined, rules).data.parameters["3.2.antal_anslutna"].value).toBe("150");
  expect(rules.all().map((r) => r.id)).toEqual(["halsoval-2025", "halsoval-2026", "tillagg-2026", "tillagg-2028", "utveckling-2026"]);
});
