// Reopening a workbook whose rule set was changed in the pane (issue 7 item 6): the pin
// holds the changed set (its own id and hash) and what the pane was given (a published rule
// file, changes with their decisions); the functions compute with the pinned set, and the
// pane rebuilds the very same sets from the pin (same hashes: nothing reads as changed).
// LPIK factors are EXAMPLE values, not SKR's.
import * as fs from "fs";
import * as path from "path";
import { findRuleSet, paramValue } from "../../src/rules";
import { setPinned } from "../../src/functions/state";
import { ruleSets } from "../../src/pin/state";
import * as F from "../../src/functions";
import { buildSetup, type PaneInputs } from "../../src/taskpane/setup";
import { loadPublished, restoredRules } from "../../src/taskpane/yearRules";
import { changesSince } from "../../src/taskpane/comeBack";
import { pinFromSetup, stateFromPin, type StoredPin } from "../../src/workbook/settings";
import { published2027 } from "../support/published-2027";

(globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions ??= { Error: class extends Error {}, ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" } };
afterEach(() => setPinned(undefined));

const beslut = "beslut HSN 2026-06-12 § 85";
const base: PaneInputs = { lpik: { "2025": "3,1", "2026": "2,7", "2027": "3,0" }, anslutna: "175", utvecklingBelopp: "2000000" };

/** The pin as the workbook's settings hold it (a JSON string) and as the pane reads it back. */
const roundTrip = (pin: StoredPin) => stateFromPin(JSON.stringify(pin));

describe("(c) a value changed with its decision, 2026", () => {
  const inputs: PaneInputs = { ...base, andringar: [{ agreement: "halsoval", key: "5.1.1.pris", value: "2350", beslut }], normalvariation: "140 150 160 145 155 146" };
  const built = buildSetup(2026, inputs);
  const setup = built.setup!;
  const { state, pin } = roundTrip(pinFromSetup(setup, "2026-11-23"));

  test("the changed set has its own id and hash, and the pin records the change with its decision", () => {
    expect(setup.halsoval.id).toBe("halsoval-2026-andrad");
    expect(setup.halsoval.hash).not.toBe(findRuleSet("halsoval", 2026).hash);
    expect(pin.ruleSets[0].id).toBe("halsoval-2026-andrad");
    expect(pin.inputs.andringar).toEqual(inputs.andringar);
    expect(pin.inputs.normalvariation).toBe("140 150 160 145 155 146");
  });

  test("the functions compute with the pinned changed set, not the shipped one", () => {
    expect(F.halsovalParameter("5.1.1.pris", 2026)[0][0]).toBe(2301);
    const shippedListad = F.halsovalListad([[72]], 2026)[0][0] as number;
    setPinned(state);
    expect(ruleSets().filter((r) => r.agreement === "halsoval" && r.years.includes(2026)).map((r) => r.id)).toEqual(["halsoval-2026-andrad"]);
    expect(F.halsovalParameter("5.1.1.pris", 2026)[0][0]).toBe(2350);
    expect(F.halsovalListad([[72]], 2026)[0][0]).toBeCloseTo((shippedListad * 2350) / 2301, 6);
    expect(F.halsovalParameter("3.3.normal_min", 2026)[0][0]).toBe(Number(paramValue(setup.tillagg, "3.3.normal_min")));
  });

  test("reopened, the pane rebuilds the same sets from the pin: nothing reads as changed", () => {
    const again = buildSetup(2026, { ...base, andringar: pin.inputs.andringar, normalvariation: pin.inputs.normalvariation }, restoredRules(pin).registry);
    expect([again.setup!.halsoval.hash, again.setup!.tillagg.hash]).toEqual([setup.halsoval.hash, setup.tillagg.hash]);
    expect(changesSince(pin, again.setup)).toEqual([]);
    // Without what the pin records (the pane before this was kept) the change would be lost.
    expect(changesSince(pin, buildSetup(2026, base).setup)).toEqual(expect.arrayContaining([expect.stringMatching(/Hälsoval.*→/)]));
  });
});

describe("(b) a published rule file for 2027, and a value changed in it", () => {
  const l = loadPublished("halsoval-2027.json", published2027());
  if (!l.ok) throw new Error(l.errors.join("; "));
  const inputs: PaneInputs = { ...base, regelfil: { name: l.name, text: l.text }, andringar: [{ agreement: "halsoval", key: "5.1.1.pris", value: "2410", beslut }] };
  const setup = buildSetup(2027, inputs, l.registry).setup!;
  const { state, pin } = roundTrip(pinFromSetup(setup, "2026-11-23"));

  test("the pin records the file; reopened, it is loaded again and gives the same hashes", () => {
    expect(pin.inputs.regelfil?.name).toBe("halsoval-2027.json");
    const r = restoredRules(pin);
    expect([r.name, r.problem]).toEqual(["halsoval-2027.json", null]);
    const again = buildSetup(2027, { ...base, regelfil: pin.inputs.regelfil, andringar: pin.inputs.andringar }, r.registry).setup!;
    expect(again.halsoval.hash).toBe(setup.halsoval.hash);
    expect(changesSince(pin, again)).toEqual([]);
  });

  test("the functions compute 2027 with the pinned set (the file's value changed by decision)", () => {
    // Unpinned, 2027 has no June decision in the shipped data: #N/A asking for LPIK 2027.
    expect(() => F.halsovalParameter("5.1.1.pris", 2027)).toThrow(/LPIK 2027/);
    setPinned(state);
    expect(F.halsovalParameter("5.1.1.pris", 2027)[0][0]).toBe(2410);
  });

  test("a recorded file that no longer loads gives the shipped rules and says why", () => {
    const broken = { ...pin, inputs: { ...pin.inputs, regelfil: { name: "halsoval-2027.json", text: "{" } } };
    const r = restoredRules(broken);
    expect(r.name).toBeNull();
    expect(r.problem).toMatch(/halsoval-2027\.json.*inte giltig JSON/);
  });
});

test("an old pin (no recorded rules, no -andrad ids) reopens with the shipped rules, as before", () => {
  const fixture = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../fixtures/pin-2026-v1.json"), "utf8"));
  const { pin } = stateFromPin(JSON.stringify(fixture.pin));
  expect(pin.inputs.andringar).toBeUndefined();
  expect(restoredRules(pin)).toMatchObject({ name: null, problem: null });
});
