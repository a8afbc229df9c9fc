// Last year in this year's workbook: the reconciliation of Y−1's tilläggsbelopp (issue 7,
// item 7) and the change from Y−1 by cause (issue 11, item 5), recalculated headlessly and
// read back from the .xlsx. Example data and example LPIK factors (not SKR's figures).
import ExcelJS from "exceljs";
import { avstamning } from "../../src/engine/tillagg/avstamning";
import { beraknaLanet, kommunensSumma } from "../../src/engine/forklaring/lan";
import { roundOre } from "../../src/engine/money";
import { setPinned } from "../../src/functions/state";
import { medForegaende, planWorkbook, YearSetup } from "../../src/workbook/plan";
import { addr, validSheetName } from "../../src/workbook/layout";
import { writeXlsx } from "../../src/workbook/xlsx";
import { avstamningSheet } from "../../src/workbook/sheets/avstamning";
import { forandringCells, forandringSheet } from "../../src/workbook/sheets/forandring";
import { buildEngine } from "../support/hyperformula";
import { exampleData, exampleSetup, exampleTillagg } from "../support/example-year";

const ex = exampleData();
const v = { rows: ex.vardenheter };
const b = { rows: ex.befolkning };
const data = { vardenheter: v.rows, befolkning: b.rows };
const tb = exampleTillagg();
const base: YearSetup = exampleSetup({ tillagg: tb });
const setup = medForegaende(base);
const layouts = planWorkbook(setup, data, "2026-11-23");
setPinned({ year: 2026, ruleSets: [tb] });
afterAll(() => setPinned(undefined));

test("last year's rule sets are found for 2026 (2025 Hälsoval; no development agreement in 2025)", () => {
  expect(setup.foregaende!.halsoval.years).toContain(2025);
  expect(setup.foregaende!.tillagg.years).toContain(2025);
  expect(setup.foregaende!.utveckling).toBeUndefined();
  expect(planWorkbook(base, data, "2026-11-23").map((l) => l.name)).not.toContain(forandringSheet(2026));
  expect(layouts.map((l) => l.name)).toEqual(expect.arrayContaining(["Avstämning 2025", "Förändring 2025–2026"]));
});

describe("recalculated with HyperFormula", () => {
  const hf = buildEngine(Object.fromEntries(layouts.map((l) => [l.name, l.rows])));
  const at = (name: string, a1: string) => hf.getCellValue(hf.simpleCellAddressFromString(a1, hf.getSheetId(name)!)!);

  test.each([avstamningSheet(2026), forandringSheet(2026)])("%s: every value the plan holds equals the recalculation, to the öre", (name) => {
    const l = layouts.find((x) => x.name === name)!;
    const diffs: string[] = [];
    l.values!.forEach((row, r) => row.forEach((want, c) => {
      const got = at(name, addr(c, r + 1));
      const same = want === "" ? got === null || got === "" : typeof want === "number" ? typeof got === "number" && Math.abs(got - want) < 0.005 : String(got) === String(want);
      if (!same) diffs.push(`${addr(c, r + 1)}: ${JSON.stringify(want)} ≠ ${JSON.stringify(got)}`);
    }));
    expect(diffs).toEqual([]);
  });

  test("the reconciliation of 2025 is the engine's, with 2025's rule set", () => {
    const a = avstamning(setup.foregaende!.tillagg, tb, 2026, 175);
    expect(at(avstamningSheet(2026), "B15")).toBe(a.foregaende.reviderat.toNumber());
    expect(at(avstamningSheet(2026), "B14")).toBe(a.foregaende.revidering.toNumber());
    expect(at(avstamningSheet(2026), "C11")).toBe(a.iar.grundbelopp.toNumber());
    expect(at(avstamningSheet(2026), "B6")).toBe(setup.foregaende!.tillagg.hash);
    expect(a.foregaende.revidering.toNumber()).not.toBe(0); // 175 lies above the range: a real revision
  });

  test("per municipality the parts (a SUM formula) equal the change to the krona, and 2026 is this year's total", () => {
    const now = beraknaLanet({ regler: { year: 2026, halsoval: base.halsoval, tillagg: tb, utveckling: base.utveckling }, enheter: data.vardenheter, kommuner: data.befolkning, anslutna: 175, utvecklingBelopp: 2000000 });
    data.befolkning.forEach((k, i) => {
      const c = forandringCells(i);
      const parts = at(forandringSheet(2026), c.delar) as number;
      const change = at(forandringSheet(2026), c.forandring) as number;
      expect(Math.abs(parts - change)).toBeLessThan(0.5);
      expect(change).not.toBe(0);
      expect(at(forandringSheet(2026), addr(3 + 10, 7 + i))).toBeCloseTo(roundOre(kommunensSumma(now, k.kommun)).toNumber(), 2);
    });
  });
});

test("with last year's data given (an example: every third band 5 % smaller), the data causes show and the parts still sum to the change", () => {
  const old = { ...data, vardenheter: data.vardenheter.map((e) => ({ ...e, listade: e.listade.map((n, i) => (i % 3 === 0 ? Math.round(n * 0.95) : n)) })) };
  const l = planWorkbook(setup, data, "2026-11-23", old).find((x) => x.name === forandringSheet(2026))!;
  expect(String(l.rows[1][0])).toContain("den givna datamängden för 2025");
  const hf = buildEngine({ [l.name]: l.rows });
  const at = (a1: string) => hf.getCellValue(hf.simpleCellAddressFromString(a1, hf.getSheetId(l.name)!)!) as number;
  data.befolkning.forEach((_, i) => {
    const c = forandringCells(i);
    expect(Math.abs(at(c.delar) - at(c.forandring))).toBeLessThan(0.5);
    expect(at(addr(7, 7 + i)) + at(addr(8, 7 + i))).not.toBe(0); // Antal listade + Ålderssammansättning
  });
  expect(validSheetName(l.name)).toBe(true);
});

test("the .xlsx holds the new sheets with the engine's values", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await writeXlsx(layouts)) as unknown as ArrayBuffer);
  for (const name of [avstamningSheet(2026), forandringSheet(2026)]) {
    const l = layouts.find((x) => x.name === name)!;
    const ws = wb.getWorksheet(name)!;
    l.values!.forEach((row, r) => row.forEach((want, c) => {
      if (typeof want !== "number" || want === 0) return;
      const cell = ws.getCell(addr(c, r + 1)).value as number | { result: number };
      expect(typeof cell === "number" ? cell : cell.result).toBeCloseTo(want, 2);
    }));
  }
});

test("no text on the new sheets names the project's internal documents", () => {
  const text = layouts.filter((l) => /^(Avstämning|Förändring)/.test(l.name)).flatMap((l) => l.rows.flat()).join("\n");
  expect(text).not.toMatch(/SPEC|seeds|shared/i);
  expect(text).toContain("Samma data båda åren");
});
