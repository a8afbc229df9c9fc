// Step 1 for a new year (issue 7 item 6): derived 2027, a published rule file, a changed value.
import { findRuleSet, paramValue } from "../../src/rules";
import { buildSetup, PaneInputs } from "../../src/taskpane/setup";
import { applyChanges, loadPublished, offeredYears } from "../../src/taskpane/yearRules";
import { published2027, SHIPPED_HALSOVAL as shipped } from "../support/published-2027";

const base: PaneInputs = { lpik: { "2025": "3,1", "2026": "2,7" }, anslutna: "175", utvecklingBelopp: "2000000" };
test("2027 is offered; without LPIK 2027 it asks for it, with it the Hälsoval set is derived and says so", () => {
  expect(offeredYears()).toEqual([2025, 2026, 2027]);
  const missing = buildSetup(2027, base);
  expect(missing.setup).toBeNull();
  expect(missing.errors.lpik2027).toMatch(/LPIK för 2027/);
  expect(missing.sets[0]).toBeNull();
  const ok = buildSetup(2027, { ...base, lpik: { ...base.lpik, "2027": "3,0" } });
  expect(ok.errors).toEqual({});
  const hv = ok.setup!.halsoval;
  expect(hv.data.title).toContain("härlett: 2026 uppräknat med LPIK 2027; inget junibeslut");
  // 5.1.1 price 2301 kr × 1,03 = 2370,03 → 2370 kr as published.
  expect(paramValue(hv, "5.1.1.pris")).toBe("2370");
  expect(ok.setup!.tillagg.data.parameters["3.3.lpik"].value).toMatchObject({ "2027": "1.03" });
});

test("a published rule file with 2027 is used for the year instead of deriving it", () => {
  const l = loadPublished("halsoval-2027.json", published2027());
  if (!l.ok) throw new Error(l.errors.join("; "));
  expect(offeredYears(l.registry)).toEqual([2025, 2026, 2027, 2028]);
  const ok = buildSetup(2027, { ...base, lpik: { ...base.lpik, "2027": "3,0" } }, l.registry);
  expect(paramValue(ok.setup!.halsoval, "5.1.1.pris")).toBe("2400");
  expect(ok.setup!.halsoval.data.title).not.toContain("härlett");
  // The shipped data is untouched.
  expect(() => findRuleSet("halsoval", 2027)).toThrow(/LPIK/);
});

test("a wrong published file is refused naming file, date and key", () => {
  const f = JSON.parse(published2027());
  f.parameters["5.1.2.total"].values["2031-01-01"] = "1";
  const l = loadPublished("region.json", JSON.stringify(f));
  expect(!l.ok && l.errors.join("\n")).toMatch(/region\.json/);
  expect(!l.ok && l.errors.join("\n")).toMatch(/5\.1\.2\.total, 2031-01-01: året 2031 saknas bland de beslutade åren/);
  f.parameters["5.1.2.total"].values = JSON.parse(shipped).parameters["5.1.2.total"].values;
  f.parameters["5.1.1.pris"].values["2027-01-01"] = "-5";
  const neg = loadPublished("region.json", JSON.stringify(f));
  expect(!neg.ok && neg.errors.join("\n")).toMatch(/5\.1\.1\.pris → values → 2027-01-01: ska vara ett icke-negativt tal/);
  const notJson = loadPublished("trasig.json", "{");
  expect(!notJson.ok && notJson.errors[0]).toMatch(/trasig\.json: filen är inte giltig JSON/);
});

test("a value changed with its decision: own hash, the decision in the description and title, the original untouched", () => {
  const hv26 = findRuleSet("halsoval", 2026);
  const change = { agreement: "halsoval" as const, key: "5.1.1.pris", value: "2 350", beslut: "beslut HSN 2026-06-12 § 85" };
  const ok = buildSetup(2026, { ...base, andringar: [change] });
  const hv = ok.setup!.halsoval;
  expect(paramValue(hv, "5.1.1.pris")).toBe("2350");
  expect(hv.hash).not.toBe(hv26.hash);
  expect(hv.data.parameters["5.1.1.pris"].description).toContain("ändrat från 2301 genom beslut HSN 2026-06-12 § 85");
  expect(hv.data.title).toContain("beslut HSN 2026-06-12 § 85");
  expect(paramValue(hv26, "5.1.1.pris")).toBe("2301");
  expect(ok.setup!.tillagg.data.title).not.toContain("ändrat");
  expect(buildSetup(2026, { ...base, andringar: [{ ...change, value: "mycket" }] }).errors.andring).toMatch(/"mycket" är inget tal/);
  expect(buildSetup(2026, { ...base, andringar: [{ ...change, beslut: " " }] }).errors.andring).toMatch(/ange beslutet/);
  expect(() => applyChanges(hv26, [{ ...change, key: "5.9.okand" }])).toThrow(/ingen parameter 5\.9\.okand/);
});
