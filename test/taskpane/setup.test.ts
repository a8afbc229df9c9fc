import { findRuleSet } from "../../src/rules";
import { diffRuleSets } from "../../src/rules/diff";
import { buildSetup, factorToPercent, lpikYears, percentToFactor } from "../../src/taskpane/setup";

test("LPIK is typed in percent and stored as a factor", () => {
  expect(percentToFactor("3,1")).toBe("1.031");
  expect(percentToFactor("2.7 %")).toBe("1.027");
  expect(percentToFactor("-0,5")).toBe("0.995");
  expect(percentToFactor("tre")).toBeNull();
  expect(percentToFactor("45")).toBeNull();
});

test("the 2026 tilläggsbelopp needs LPIK for 2025 and 2026", () => {
  expect(lpikYears(findRuleSet("tillagg", 2026), 2026)).toEqual([2025, 2026]);
});

test("inputs are validated before a setup exists; then LPIK goes into the effective rule set", () => {
  const bad = buildSetup(2026, { lpik: { "2025": "3,1" }, anslutna: "12,5", utvecklingBelopp: "" });
  expect(bad.setup).toBeNull();
  expect(bad.errors.lpik2026).toContain("LPIK för 2026");
  expect(bad.errors.anslutna).toContain("heltal");
  const ok = buildSetup(2026, { lpik: { "2025": "3,1", "2026": "2,7" }, anslutna: "175", utvecklingBelopp: "2 000 000" });
  expect(ok.errors).toEqual({});
  expect(ok.setup!.tillagg.data.parameters["3.3.lpik"].value).toEqual({ "2025": "1.031", "2026": "1.027" });
  expect(ok.setup!.tillagg.hash).not.toBe(findRuleSet("tillagg", 2026).hash);
  expect(ok.setup!.utvecklingBelopp).toBe(2000000);
});

test("a year without rule sets is named", () => {
  expect(buildSetup(2025, { lpik: {}, anslutna: "", utvecklingBelopp: "" }).errors.year).toMatch(/2025/);
});

test("the diff from 2025 to 2026 names the changed price and weights with their sections", () => {
  const changes = diffRuleSets(findRuleSet("halsoval", 2025), findRuleSet("halsoval", 2026));
  expect(changes).toContainEqual({ key: "5.1.1.pris", old: "2222", new: "2301", section: "5.1.1" });
  expect(changes).toContainEqual({ key: "5.1.1.vikter 70–74", old: "1.59", new: "1.54", section: "5.1.1" });
  expect(changes.find((c) => c.key === "5.moms")).toBeUndefined();
});

test("a recomputed normal range replaces 129–169 in the effective rule set", () => {
  const base = { lpik: { "2025": "3,1", "2026": "2,7" }, anslutna: "", utvecklingBelopp: "" };
  const ok = buildSetup(2026, { ...base, normalvariation: "140 150 160 145 155 146" });
  expect(ok.setup!.tillagg.data.parameters["3.3.normal_min"].value).toBe("135");
  expect(ok.setup!.tillagg.data.parameters["3.3.normal_max"].value).toBe("164");
  expect(buildSetup(2026, { ...base, normalvariation: "140 x" }).errors.normalvariation).toMatch(/heltal/);
  expect(buildSetup(2026, { ...base, normalvariation: "140" }).errors.normalvariation).toMatch(/minst 2/);
  expect(buildSetup(2026, base).setup!.tillagg.data.parameters["3.3.normal_min"].value).toBe("129");
});

test("a stored LPIK factor is shown again exactly as a percentage (no binary float)", () => {
  expect(factorToPercent("1.031")).toBe("3,1");
  expect(factorToPercent("0.995")).toBe("-0,5");
  for (const typed of ["3,1", "2,7", "0,3", "-1,2", "4"]) expect(factorToPercent(percentToFactor(typed)!)).toBe(typed);
});
