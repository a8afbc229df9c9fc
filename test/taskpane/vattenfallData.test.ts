// The pane's waterfall data (issue 11, item 5) on the EXAMPLE year (made-up data, example LPIK):
// per municipality it equals the sheet "Förändring" the fill writes, its parts sum to the
// change to the öre, and the chart's floating bars start and end where the steps do.
import { planWorkbook, medForegaende } from "../../src/workbook/plan";
import { forandringCells, forandringSheet } from "../../src/workbook/sheets/forandring";
import { STEG, vattenfall } from "../../src/engine/forklaring/vattenfall";
import { dec } from "../../src/engine/money";
import { segment, staplar, vattenfallUnderlag } from "../../src/taskpane/charts/vattenfallData";
import { exampleData, exampleSetup } from "../support/example-year";

const setup = exampleSetup();
const data = exampleData();
const u = vattenfallUnderlag(setup, data);
if (!u.ok) throw new Error(u.message);

function cell(values: unknown[][], a1: string): number {
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  const col = [...m[1]].reduce((s, c) => s * 26 + c.charCodeAt(0) - 64, 0);
  return Number(values[Number(m[2]) - 1][col - 1]);
}

test("per municipality, 2025 → 2026, the pane's waterfall equals the Förändring sheet and its parts sum to the change", () => {
  const sheet = planWorkbook(medForegaende(setup), data, "2026-11-23").find((l) => l.name === forandringSheet(2026))!;
  expect(sheet).toBeTruthy();
  const kommuner = u.amnen.filter((a) => a.value.startsWith("kommun:"));
  expect(kommuner.length).toBe(8);
  kommuner.forEach((a) => {
    const v = vattenfall(u.utfall, a.matt);
    const i = sheet.values!.findIndex((r) => r[0] === a.label) - 6; // rows from 7 on
    expect(v.delar.reduce((s, d) => s.plus(d.forandring), dec(0)).equals(v.forandring)).toBe(true);
    expect(cell(sheet.values!, forandringCells(i).forandring)).toBeCloseTo(v.forandring.toNumber(), 2);
    expect(cell(sheet.values!, forandringCells(i).delar)).toBeCloseTo(v.forandring.toNumber(), 2);
    expect(v.forandring.isZero()).toBe(false);
  });
});

test("the county's waterfall is the sum of the municipalities'; with one year's data only the new development funds move the data steps", () => {
  const lan = vattenfall(u.utfall, u.amnen[0].matt);
  const sumKommuner = u.amnen.filter((a) => a.value.startsWith("kommun:")).reduce((s, a) => s.plus(vattenfall(u.utfall, a.matt).forandring), dec(0));
  expect(lan.forandring.equals(sumKommuner)).toBe(true);
  // The development agreement did not apply in 2025: the municipalities' share of this year's funds is "other data".
  expect(lan.delar.filter((d) => d.orsak === "data").map((d) => [d.nyckel, d.forandring.toNumber()])).toEqual([["antal", 0], ["alder", 0], ["cni", 0], ["befolkning", 0], ["ovriga_data", 1000000]]);
  expect(u.notes.join(" ")).toContain("Förra årets data finns inte i fönstret");
  expect(lan.delar.find((d) => d.nyckel === "priser")!.forandring.gt(0)).toBe(true);
});

test("bars: each non-zero step floats from the change so far to the change after it; the last is the whole change", () => {
  const v = vattenfall(u.utfall, u.amnen[1].matt);
  const b = staplar(v);
  const nonzero = v.delar.filter((d) => !d.forandring.isZero());
  expect(b.map((x) => x.key)).toEqual([...nonzero.map((d) => d.nyckel), "summa"]);
  b.slice(0, -1).forEach((x, i) => {
    expect(x.till - x.fran).toBeCloseTo(nonzero[i].forandring.toNumber(), 2);
    if (i > 0) expect(x.fran).toBe(b[i - 1].till);
  });
  expect(b[b.length - 1]).toMatchObject({ fran: 0, till: v.forandring.toNumber(), slag: "summa" });
  expect(STEG.length).toBe(10);
});

test("segments: base plus visible part(s) reach from fran to till on either side of the axis", () => {
  const ends = (s: { bas: number; synlig: number[] }) => {
    const pos = [s.bas, ...s.synlig].filter((x) => x > 0);
    const neg = [s.bas, ...s.synlig].filter((x) => x < 0);
    return { top: pos.reduce((a, x) => a + x, 0), bottom: neg.reduce((a, x) => a + x, 0) };
  };
  expect(segment({ key: "a", label: "a", fran: 100, till: 40, slag: "regler" })).toEqual({ bas: 40, synlig: [60] });
  expect(ends(segment({ key: "a", label: "a", fran: 40, till: 100, slag: "regler" }))).toEqual({ top: 100, bottom: 0 });
  expect(segment({ key: "a", label: "a", fran: -10, till: -70, slag: "data" })).toEqual({ bas: -10, synlig: [-60] });
  expect(ends(segment({ key: "a", label: "a", fran: -30, till: 50, slag: "data" }))).toEqual({ top: 50, bottom: -30 });
});

test("without last year's rule set or without data, it says why in Swedish", () => {
  expect(vattenfallUnderlag(null, data)).toEqual({ ok: false, message: "Steg 1 är inte klart: ange årets indata först." });
  expect(vattenfallUnderlag(setup, { vardenheter: null, befolkning: null })).toEqual({ ok: false, message: "Läs in listningsdata och befolkning i steg 2 först." });
});
