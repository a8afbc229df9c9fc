import fc from "fast-check";
import { allRuleSets, CATALOGUE, contentHash, findRuleSet, makeRuleSet, newestYear, NoRuleSetError, RuleSetError, withOverrides } from "../../src/rules";
import { validateRuleSet } from "../../src/rules/schema";

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x));
// The resolved sets as the engine reads them and a workbook pins them.
const hv2025 = clone(findRuleSet("halsoval", 2025).data);
const hv2026 = clone(findRuleSet("halsoval", 2026).data);

function refusal(data: unknown, file = "halsoval-2026.json"): string {
  try {
    validateRuleSet(data, file);
  } catch (e) {
    expect(e).toBeInstanceOf(RuleSetError);
    return (e as Error).message;
  }
  throw new Error("the rule set was accepted");
}

describe("shipped rule sets", () => {
  test("every shipped rule set validates and has a stable id and a content hash", () => {
    const ids = allRuleSets().map((r) => r.id);
    expect(ids).toEqual(["halsoval-2025", "halsoval-2026", "tillagg-2026", "utveckling-2026"]);
    for (const r of allRuleSets()) {
      expect(r.hash).toMatch(/^[0-9a-f]{64}$/);
      expect(contentHash(clone(r.data))).toBe(r.hash);
    }
  });

  test("the hash changes with any value and not with key order", () => {
    const a = clone(hv2026);
    const b = clone(hv2026);
    b.parameters["5.1.1.pris"].value = "2302";
    expect(contentHash(a)).not.toBe(contentHash(b));
    const reordered = Object.fromEntries(Object.entries(a).reverse());
    expect(contentHash(reordered)).toBe(contentHash(a));
  });

  test("every parameter carries a unit and a source whose document the rule set names", () => {
    for (const r of allRuleSets()) {
      for (const [key, p] of Object.entries(r.data.parameters)) {
        expect([key, p.unit.length > 0, Boolean(r.data.documents[p.source.document])]).toEqual([key, true, true]);
      }
    }
  });

  test("a year without a rule set is an error naming the year, never a fallback", () => {
    expect(() => findRuleSet("halsoval", 2027)).toThrow(NoRuleSetError);
    expect(() => findRuleSet("halsoval", 2027)).toThrow(/LPIK 2027/);
    expect(() => findRuleSet("halsoval", 2024)).toThrow(NoRuleSetError);
    expect(newestYear()).toBe(2026);
  });

  test("every reading is a switch with its default", () => {
    for (const r of allRuleSets()) {
      expect(Object.keys(r.data.readings).sort()).toEqual(Object.keys(CATALOGUE[r.agreement].readings).sort());
    }
    expect(findRuleSet("halsoval", 2026).data.readings["5.1.3.listintervall"].value).toBe("marginal");
  });
});

describe("a malformed rule set is refused with a message naming the file, the key and what is wrong", () => {
  test("a missing key", () => {
    const d = clone(hv2026) as { parameters: Record<string, unknown> };
    delete d.parameters["5.1.1.pris"];
    const m = refusal(d);
    expect(m).toContain("halsoval-2026.json");
    expect(m).toContain("5.1.1.pris: parametern saknas");
  });

  test("a missing key is accepted when it is marked removed", () => {
    const d = clone(hv2026) as { parameters: Record<string, unknown>; removed?: Record<string, string> };
    delete d.parameters["5.3.10.folkhalsa"];
    d.removed = { "5.3.10.folkhalsa": "Uppdraget upphör" };
    expect(() => validateRuleSet(d, "halsoval-2026.json")).not.toThrow();
  });

  test("a wrong unit", () => {
    const d = clone(hv2026);
    d.parameters["5.1.1.pris"].unit = "tkr";
    expect(refusal(d)).toContain('5.1.1.pris: fel enhet "tkr", ska vara "kr/år"');
  });

  test("a unit that does not exist", () => {
    const d = clone(hv2026);
    (d.parameters["5.1.1.pris"] as { unit: string }).unit = "euro";
    expect(refusal(d)).toMatch(/parameters → 5\.1\.1\.pris → unit/);
  });

  test("a negative price", () => {
    const d = clone(hv2026);
    d.parameters["5.1.1.pris"].value = "-2301";
    expect(refusal(d)).toMatch(/parameters → 5\.1\.1\.pris → value.*icke-negativt/s);
  });

  test("a number instead of a string (a binary float would reach the money)", () => {
    const d = clone(hv2026) as unknown as { parameters: Record<string, { value: unknown }> };
    d.parameters["5.moms"].value = 0.03;
    expect(refusal(d)).toMatch(/5\.moms/);
  });

  test("a value without a source", () => {
    const d = clone(hv2026) as unknown as { parameters: Record<string, { source?: unknown }> };
    delete d.parameters["5.1.5.belopp"].source;
    expect(refusal(d)).toMatch(/5\.1\.5\.belopp → source/);
  });

  test("an age table with a gap", () => {
    const d = clone(hv2026);
    (d.parameters["5.1.1.vikter"].value as { from: number }[])[3].from = 16;
    expect(refusal(d)).toContain("5.1.1.vikter: intervall 4 ska börja på 15, inte 16");
  });

  test("a reading that is not one of its options", () => {
    const d = clone(hv2026);
    d.readings["5.1.3.listintervall"].value = "progressiv";
    expect(refusal(d)).toContain('5.1.3.listintervall: "progressiv" är inte ett alternativ');
  });

  test("an unknown key (a typo is not silently ignored)", () => {
    const d = clone(hv2026) as { parameters: Record<string, unknown> };
    d.parameters["5.1.1.prs"] = d.parameters["5.1.1.pris"];
    expect(refusal(d)).toContain("5.1.1.prs: okänd parameter");
  });

  test("an id that does not match its file", () => {
    expect(refusal(clone(hv2025), "halsoval-2026.json")).toContain('id "halsoval-2025" stämmer inte med filnamnet');
  });

  test("a rule set with a property-generated corruption of one price is always refused", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("5.1.1.pris", "5.1.4.pris", "5.1.5.belopp", "5.moms"),
        fc.oneof(fc.constant("-1"), fc.constant("1,5"), fc.constant(""), fc.constant("abc"), fc.constant("1e3")),
        (key, bad) => {
          const d = clone(hv2026) as unknown as { parameters: Record<string, { value: unknown }> };
          d.parameters[key].value = bad;
          expect(refusal(d)).toContain(key);
        },
      ),
    );
  });
});

test("withOverrides validates the changed copy and gives it its own hash", () => {
  const rs = findRuleSet("halsoval", 2026);
  const flipped = withOverrides(rs, { readings: { "5.1.3.listintervall": "hela" } });
  expect(flipped.hash).not.toBe(rs.hash);
  expect(() => withOverrides(rs, { readings: { "5.1.3.listintervall": "fel" } })).toThrow(RuleSetError);
  expect(() => makeRuleSet({}, "x.json")).toThrow(/x\.json/);
});
