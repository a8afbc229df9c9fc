// The dated rule data: found (not listed), resolved per year and date, a new year is an
// edit of data only, and no user-visible text names a project file.
import * as fs from "fs";
import * as path from "path";
import { allRuleSets, findRuleSet, RuleRegistry, ruleSetForMonth, ruleSetOn, RuleSetError } from "../../src/rules";
import { shippedRuleFiles } from "../../src/rules/files";
import { bandsFromLowerBounds } from "../../src/rules/resolve";

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));
const dataDir = path.resolve(__dirname, "../../src/rules/data");
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const files = (): Record<string, Json> => clone(shippedRuleFiles()) as Record<string, Json>;

test("the rule files are found in the data folder, one per agreement", () => {
  const found = Object.keys(shippedRuleFiles()).sort();
  expect(found).toEqual(fs.readdirSync(dataDir).filter((f) => f.endsWith(".json")).sort());
  expect(found).toEqual(["halsoval.json", "tillagg.json", "utveckling.json"]);
});

test("2025 and 2026 resolve to the published values", () => {
  const h25 = findRuleSet("halsoval", 2025).data.parameters;
  const h26 = findRuleSet("halsoval", 2026).data.parameters;
  expect([h25["5.1.1.pris"].value, h26["5.1.1.pris"].value]).toEqual(["2222", "2301"]);
  expect([h25["5.1.4.pris"].value, h26["5.1.4.pris"].value]).toEqual(["1425", "1458"]);
  expect((h26["5.1.1.vikter"].value as { from: number; to: number | null; value: string }[]).slice(-2)).toEqual([
    { from: 95, to: 99, value: "1.93" },
    { from: 100, to: null, value: "1.38" },
  ]);
  expect(h26["5.2.6.lp4u_avdrag"].value).toBe("0.05");
});

test("bands written by lower bound cannot have a gap", () => {
  expect(bandsFromLowerBounds({ "5": "2", "0": "1", "10": "3" })).toEqual([
    { from: 0, to: 4, value: "1" },
    { from: 5, to: 9, value: "2" },
    { from: 10, to: null, value: "3" },
  ]);
});

test("every key of year N is in year N+1 or marked removed, for every pair of consecutive years", () => {
  const years = [...new Set(allRuleSets().filter((r) => r.agreement === "halsoval").flatMap((r) => r.years))].sort();
  expect(years.length).toBeGreaterThanOrEqual(2);
  for (let i = 0; i + 1 < years.length; i++) {
    const a = findRuleSet("halsoval", years[i]).data;
    const b = findRuleSet("halsoval", years[i + 1]).data;
    for (const key of Object.keys(a.parameters)) expect([years[i + 1], key, key in b.parameters || key in (b.removed ?? {})]).toEqual([years[i + 1], key, true]);
  }
});

test("a new year is data only: a 2028 value in a copy of the data is used with no code change", () => {
  const f = files();
  const hv = f["halsoval.json"];
  hv.validity.decided.push(2027, 2028);
  hv.parameters["5.1.1.pris"].values["2028-01-01"] = "2450";
  hv.parameters["5.1.4.vikter"].values["2028-01-01"] = { "0": "0.5", "65": "2" };
  const rules = new RuleRegistry(f);
  expect(findRuleSet("halsoval", 2028, undefined, rules).data.parameters["5.1.1.pris"].value).toBe("2450");
  expect(findRuleSet("halsoval", 2027, undefined, rules).data.parameters["5.1.1.pris"].value).toBe("2301");
  expect(findRuleSet("halsoval", 2028, undefined, rules).data.parameters["5.1.4.vikter"].value).toEqual([
    { from: 0, to: 64, value: "0.5" },
    { from: 65, to: null, value: "2" },
  ]);
  expect(rules.all().map((r) => r.id)).toContain("halsoval-2028");
});

test("a parameter that ends is removed from its date and named as removed", () => {
  const f = files();
  f["halsoval.json"].validity.decided.push(2027);
  f["halsoval.json"].parameters["5.3.10.folkhalsa"].removed = { date: "2027-01-01", reason: "Uppdraget upphör" };
  const rules = new RuleRegistry(f);
  const rs = findRuleSet("halsoval", 2027, undefined, rules).data;
  expect(rs.parameters["5.3.10.folkhalsa"]).toBeUndefined();
  expect(rs.removed?.["5.3.10.folkhalsa"]).toMatch(/Uppdraget upphör.*2027-01-01/);
  expect(findRuleSet("halsoval", 2026, undefined, rules).data.parameters["5.3.10.folkhalsa"]).toBeDefined();
});

describe("a value that changes inside the year (5.1.4 'justeras tertialvis')", () => {
  // TEST DATA ONLY: a made-up tertial price, to exercise the mechanism; no such price is published.
  const f = files();
  f["halsoval.json"].parameters["5.1.4.pris"].values["2026-05-01"] = "1500";
  const rules = new RuleRegistry(f);
  test("the year's rule set keeps the price in force on 1 January", () => {
    expect(findRuleSet("halsoval", 2026, undefined, rules).data.parameters["5.1.4.pris"].value).toBe("1458");
  });
  test("a month before the change has the year's set; from May the new price", () => {
    expect(ruleSetForMonth("halsoval", 2026, 4, undefined, rules)).toBe(findRuleSet("halsoval", 2026, undefined, rules));
    const may = ruleSetForMonth("halsoval", 2026, 5, undefined, rules);
    expect(may.data.parameters["5.1.4.pris"].value).toBe("1500");
    expect(may.id).toBe("halsoval-2026-05-01");
    expect(ruleSetOn("halsoval", "2026-12-31", undefined, rules).hash).toBe(may.hash);
  });
  test("the shipped data has no tertial price, so every month is the year's set", () => {
    for (let m = 1; m <= 12; m++) expect(ruleSetForMonth("halsoval", 2026, m)).toBe(findRuleSet("halsoval", 2026));
  });
});

test("resolutions are cached: the same object on every call", () => {
  expect(findRuleSet("tillagg", 2025)).toBe(findRuleSet("tillagg", 2027));
  expect(findRuleSet("halsoval", 2026)).toBe(findRuleSet("halsoval", 2026));
});

describe("sources users can open", () => {
  const texts = fs.readdirSync(path.resolve(__dirname, "../../src/rules"), { recursive: true, encoding: "utf8" })
    .filter((f) => /\.(json|ts)$/.test(f))
    .map((f) => [f, fs.readFileSync(path.resolve(__dirname, "../../src/rules", f), "utf8")] as const);
  test("no rule file or rule module names SPEC.md, a seeds/ file or a project document", () => {
    for (const [f, text] of texts) expect([f, /SPEC\.md|seeds\/|\d{3}_[0-9a-f]{16}\.txt|"SPEC"/.test(text)]).toEqual([f, false]);
  });
  test("every document is a real title, agreements with the region's published address", () => {
    for (const rs of allRuleSets()) {
      for (const [k, d] of Object.entries(rs.data.documents)) {
        expect([k, d.file, d.title.includes("{år}")]).toEqual([k, undefined, false]);
      }
    }
    expect(findRuleSet("tillagg", 2026).data.documents.overenskommelse).toEqual({ title: "Överenskommelse tilläggsbelopp 2026–2027", url: "https://www.regionjh.se/samverkan" });
    expect(findRuleSet("halsoval", 2026).data.documents.fu.title).toBe("Förfrågningsunderlag Hälsoval Region Jämtland Härjedalen 2026");
  });
  test("every reading explains itself in Swedish: the text, the ambiguity, each option, the default", () => {
    for (const rs of allRuleSets()) {
      for (const [k, r] of Object.entries(rs.data.readings)) {
        expect([k, Boolean(r.text && r.ambiguity), Object.keys(r.options ?? {}).length >= 1]).toEqual([k, true, true]);
        for (const v of [r.value].flat()) expect([k, v, Boolean(r.options?.[v])]).toEqual([k, v, true]);
      }
    }
    expect(findRuleSet("halsoval", 2026).data.readings["5.1.3.avstand"].value).toBe("kommun");
  });
});

test("a malformed dated file is refused naming the file", () => {
  const f = files();
  f["halsoval.json"].parameters["5.1.1.pris"].values["2026-13-01"] = "1";
  expect(() => new RuleRegistry(f)).toThrow(RuleSetError);
  expect(() => new RuleRegistry(f)).toThrow(/halsoval\.json.*5\.1\.1\.pris/s);
});
