// The pane's waterfall (issue 11, item 5) with LAST YEAR'S DATA given: the example data
// (made-up) with every unit's counts scaled down, one unit missing last year, one
// municipality's CNI and population changed. The data steps then carry the data's change,
// and per municipality and for the county the parts still sum exactly to the change.
import { planWorkbook, medForegaende, type SetupData } from "../../src/workbook/plan";
import { forandringCells, forandringSheet } from "../../src/workbook/sheets/forandring";
import { vattenfall } from "../../src/engine/forklaring/vattenfall";
import { dec, type Decimal } from "../../src/engine/money";
import { vattenfallUnderlag } from "../../src/taskpane/charts/vattenfallData";
import { exampleData, exampleSetup } from "../support/example-year";
import * as fs from "fs";
import * as path from "path";
import { EXEMPEL_DIR, FORRA_FILER, forraBefolkning, forraVardenheter } from "../../scripts/exempel-forra";

const setup = exampleSetup();
const data = exampleData();

/** Last year: 90 % of each band's count (whole persons), the last unit absent, Berg's CNI and population changed. */
export function lastYear(d: SetupData): SetupData {
  const vardenheter = d.vardenheter.slice(0, -1).map((e) => ({ ...e, listade: e.listade.map((n) => Math.floor(n * 0.9)), listade16till67: Math.floor(e.listade16till67 * 0.9) }));
  const befolkning = d.befolkning.map((k) => (k.kommun === "Berg" ? { ...k, cni: "0.95", befolkning: k.befolkning.map((n) => n + 10) } : k));
  return { vardenheter, befolkning };
}

const prev = lastYear(data);
const u = vattenfallUnderlag(setup, data, { data: prev, filer: ["forra-vardenheter.csv", "forra-befolkning.csv"] });
if (!u.ok) throw new Error(u.message);
const total = (ds: { forandring: Decimal }[]) => ds.reduce((s, d) => s.plus(d.forandring), dec(0));

test("with last year's data: per municipality the parts sum exactly to the change and equal the Förändring sheet the fill writes", () => {
  const sheet = planWorkbook(medForegaende(setup), data, "2026-11-23", prev).find((l) => l.name === forandringSheet(2026))!;
  expect(String(sheet.values![1][0])).toContain("Förra årets data: den givna datamängden");
  const kommuner = u.amnen.filter((a) => a.value.startsWith("kommun:"));
  expect(kommuner).toHaveLength(8);
  for (const a of kommuner) {
    const v = vattenfall(u.utfall, a.matt);
    expect(total(v.delar).equals(v.forandring)).toBe(true);
    expect(v.forandring.equals(v.efter.minus(v.fore))).toBe(true);
    const i = sheet.values!.findIndex((r) => r[0] === a.label) - 6;
    expect(cell(sheet.values!, forandringCells(i).forandring)).toBeCloseTo(v.forandring.toNumber(), 2);
    // The count step's column (C + 5 rule steps = H) holds the data change on the sheet too.
    expect(Number(sheet.values![6 + i][7])).toBeCloseTo(v.delar.find((d) => d.nyckel === "antal")!.forandring.toNumber(), 2);
  }
});

test("with last year's data the data steps are non-zero and the county's change is the municipalities' sum", () => {
  const lan = vattenfall(u.utfall, u.amnen[0].matt);
  expect(total(lan.delar).equals(lan.forandring)).toBe(true);
  const sumKommuner = u.amnen.filter((a) => a.value.startsWith("kommun:")).reduce((s, a) => s.plus(vattenfall(u.utfall, a.matt).forandring), dec(0));
  expect(lan.forandring.equals(sumKommuner)).toBe(true);
  const steg = Object.fromEntries(lan.delar.filter((d) => d.orsak === "data").map((d) => [d.nyckel, d.forandring]));
  expect(steg.antal.isZero()).toBe(false);
  const berg = vattenfall(u.utfall, u.amnen.find((a) => a.label === "Berg")!.matt);
  expect(berg.delar.find((d) => d.nyckel === "cni")!.forandring.isZero()).toBe(false);
  // Without last year's data, the same steps are zero.
  const same = vattenfallUnderlag(setup, data);
  if (!same.ok) throw new Error(same.message);
  expect(vattenfall(same.utfall, same.amnen[0].matt).delar.find((d) => d.nyckel === "antal")!.forandring.isZero()).toBe(true);
});

test("a unit present only this year: its whole amount is in the count step, the note says so and names the files", () => {
  const ny = data.vardenheter[data.vardenheter.length - 1];
  const a = u.amnen.find((x) => x.value === `enhet:${ny.id}`)!;
  const v = vattenfall(u.utfall, a.matt);
  expect(v.fore.isZero()).toBe(true);
  expect(v.delar.find((d) => d.nyckel === "antal")!.forandring.equals(v.efter)).toBe(true);
  expect(total(v.delar).equals(v.forandring)).toBe(true);
  const notes = u.notes.join(" ");
  expect(notes).toContain("Förra årets data är given (forra-vardenheter.csv och forra-befolkning.csv)");
  expect(notes).toContain("1 vårdenhet finns bara 2026 och 0 bara 2025");
});

test("a unit present only last year is listed with its last-year note and falls to 0 kr in the count step", () => {
  const u2 = vattenfallUnderlag(setup, { vardenheter: data.vardenheter.slice(1), befolkning: data.befolkning }, { data, filer: ["a", "b"] });
  if (!u2.ok) throw new Error(u2.message);
  const gone = data.vardenheter[0];
  const a = u2.amnen.find((x) => x.value === `enhet:${gone.id}`)!;
  expect(a.label).toContain("bara 2025");
  const v = vattenfall(u2.utfall, a.matt);
  expect(v.efter.isZero()).toBe(true);
  expect(v.fore.gt(0)).toBe(true);
  expect(total(v.delar).equals(v.forandring)).toBe(true);
  const lan = vattenfall(u2.utfall, u2.amnen[0].matt);
  expect(total(lan.delar).equals(lan.forandring)).toBe(true);
});

function cell(values: unknown[][], a1: string): number {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  const col = [...m[1]].reduce((s, c) => s * 26 + c.charCodeAt(0) - 64, 0);
  return Number(values[Number(m[2]) - 1][col - 1]);
}

test("the shipped 2025 example files are what scripts/exempel-forra.ts makes from the 2026 example, and labelled as made-up", () => {
  const read = (f: string) => fs.readFileSync(path.join(EXEMPEL_DIR, f), "utf8");
  expect(read(FORRA_FILER.vardenheter)).toBe(forraVardenheter(read("EXEMPEL-vardenheter.csv")));
  expect(read(FORRA_FILER.befolkning)).toBe(forraBefolkning(read("EXEMPEL-befolkning.csv")));
  expect(read(FORRA_FILER.vardenheter).split("\r\n").filter(Boolean)).toHaveLength(17); // header and 16 units (VE17 absent)
  expect(read("README.md")).toContain("`EXEMPEL-vardenheter-2025.csv`");
  expect(FORRA_FILER.vardenheter.startsWith("EXEMPEL-")).toBe(true);
});
