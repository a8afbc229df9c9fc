// A workbook pinned before the rule data became dated (fixture written by the code of
// 2026-11-23, see test/fixtures/make-pin-2026-v1.ts) still opens and computes the same figures.
import * as fs from "fs";
import * as path from "path";
import { findRuleSet, reading } from "../../src/rules";
import { lanetsErsattning } from "../../src/engine/halsoval/vardenhet";
import { tillaggsbelopp } from "../../src/engine/tillagg/justera";
import { setPinned } from "../../src/functions/state";
import * as F from "../../src/functions";
import { parseText, parseVardenheter } from "../../src/workbook/indata";
import { stateFromPin } from "../../src/workbook/settings";

const fixture = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../fixtures/pin-2026-v1.json"), "utf8"));
const dir = path.resolve(__dirname, "../../assets/exempeldata");
const v = parseVardenheter(parseText(fs.readFileSync(path.join(dir, "EXEMPEL-vardenheter.csv"), "utf8")));
if (!v.ok) throw new Error("the example data does not validate");

afterEach(() => setPinned(undefined));

test("the old pin validates, its hashes match, and it is what it was (old documents and all)", () => {
  const { state } = stateFromPin(JSON.parse(JSON.stringify(fixture.pin)));
  expect(state.ruleSets.map((r) => r.hash)).toEqual(fixture.pin.ruleSets.map((r: { hash: string }) => r.hash));
  const hv = state.ruleSets.find((r) => r.id === "halsoval-2026")!;
  // The new data's hash differs (documents named anew); the pin keeps its own.
  expect(hv.hash).not.toBe(findRuleSet("halsoval", 2026).hash);
  // A switch added after the pin was written reads as that workbook computed then.
  expect(hv.data.readings["5.1.3.avstand"]).toBeUndefined();
  expect(reading(hv, "5.1.3.avstand")).toBe("vardenhet");
});

test("the old pin computes the same figures as when it was written", () => {
  const { state } = stateFromPin(JSON.parse(JSON.stringify(fixture.pin)));
  setPinned(state);
  const ages = (fixture.ages as number[]).map((a) => [a]);
  expect(F.halsovalListad(ages).map((r) => r[0])).toEqual(fixture.figures.listad);
  expect(F.halsovalLakemedel(ages).map((r) => r[0])).toEqual(fixture.figures.lakemedel);
  expect(F.tillaggBelopp([[175]])[0][0]).toBe(fixture.figures.tillaggBelopp175);
  const hv = state.ruleSets.find((r) => r.agreement === "halsoval")!;
  const tb = state.ruleSets.find((r) => r.agreement === "tillagg")!;
  expect(lanetsErsattning(hv, v.rows).summa.summa.toString()).toBe(fixture.figures.lanetsTotal);
  expect(tillaggsbelopp(tb, 175, 2026).toString()).toBe(fixture.figures.tillaggEngine175);
});

test("the new data computes the same per-person figures for 2026", () => {
  const tb = stateFromPin(JSON.parse(JSON.stringify(fixture.pin))).state.ruleSets.find((r) => r.agreement === "tillagg")!;
  setPinned({ year: 2026, ruleSets: [tb] });
  const ages = (fixture.ages as number[]).map((a) => [a]);
  expect(F.halsovalListad(ages).map((r) => r[0])).toEqual(fixture.figures.listad);
  // (The county total is not compared here: the new switch 5.1.3.avstand defaults to "kommun",
  // a deliberate change of reading; the old pin above keeps "vardenhet" and its total.)
});

test("a pin edited by hand is still refused", () => {
  const pin = JSON.parse(JSON.stringify(fixture.pin));
  pin.ruleSets[0].data.parameters["5.1.1.pris"].value = "2400";
  expect(() => stateFromPin(pin)).toThrow(/hashen stämmer inte/);
});
