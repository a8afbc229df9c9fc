// 5 Ersättning: a unit's own file (its specifications and year overview, values only) and the
// year overview sheets the pane writes, for the example year with 5.2, 5.3 and last year's totals.
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { ruleSetForMonth } from "../../src/rules";
import { dec } from "../../src/engine/money";
import { parseText } from "../../src/workbook/indata";
import { readMonthInputs, runMonth } from "../../src/workbook/manad/underlag";
import { enhetsBlad, enhetsFil } from "../../src/workbook/manad/fil";
import { MANAD_OCH_AR, SUMMA_AV_RADER } from "../../src/engine/halsoval/manad";
import { yearLayouts } from "../../src/taskpane/monthSheets";
import { validSheetName } from "../../src/workbook/layout";

const read = (f: string) => parseText(fs.readFileSync(path.resolve(__dirname, "../../assets/exempeldata", f), "utf8"));
const sources = {
  listning: { rows: read("EXEMPEL-manadslistning-2026.csv"), source: "listning" },
  rorlig: { rows: read("EXEMPEL-rorlig-2026.csv"), source: "rorlig" },
  tillagg: { rows: read("EXEMPEL-tillagg-2026.csv"), source: "tillagg" },
  forra: { rows: [["id", "summa"], ["VE01", "1000000,00"], ["VE18", "0"]], source: "forra" },
};
const input = readMonthInputs(2026, sources);
if (!input.ok) throw new Error(input.problems.join("\n"));
const ran = runMonth(2026, (m) => ruleSetForMonth("halsoval", 2026, m), input.value, sources);
if (!ran.ok) throw new Error(ran.problems.join("\n"));
const units = ran.value;

test("year overview sheets: one per unit, valid names, twelve months summing to the year, the change from last year", () => {
  const layouts = yearLayouts(2026, units, input.value.forra);
  expect(layouts.length).toBe(new Set(units.map((u) => u.id)).size);
  expect(layouts.every((l) => validSheetName(l.name))).toBe(true);
  const ve01 = layouts.find((l) => l.name === "Årsöversikt VE01 2026")!;
  const months = ve01.rows.slice(2, 14).map((r) => dec(r[1] as number));
  const year = units.filter((u) => u.id === "VE01").reduce((s, u) => s.plus(u.summa), dec(0));
  expect(months.reduce((s, m) => s.plus(m), dec(0)).toFixed(2)).toBe(year.toFixed(2));
  expect(ve01.rows.find((r) => r[0] === "Summa året")![1]).toBe(year.toNumber());
  expect(ve01.rows.find((r) => r[0] === "Förra året")![1]).toBe(1000000);
  expect(ve01.rows.find((r) => r[0] === "Förändring")![1]).toBe(year.minus(1000000).toNumber());
  expect(ve01.rows.slice(-2).map((r) => r[0])).toEqual([MANAD_OCH_AR, SUMMA_AV_RADER]);
  // VE18 opens in April: January–March are zero.
  const ve18 = layouts.find((l) => l.name === "Årsöversikt VE18 2026")!;
  expect(ve18.rows.slice(2, 5).map((r) => r[1])).toEqual([0, 0, 0]);
});

test("a unit's file: a specification per month paid and the year overview, opened with ExcelJS", async () => {
  const sheets = enhetsBlad(2026, "VE18", units, undefined);
  expect(sheets.map((s) => s.name)).toEqual([...Array.from({ length: 9 }, (_, i) => `Spec 2026-${String(i + 4).padStart(2, "0")}`), "Årsöversikt 2026"]);
  const f = await enhetsFil(2026, "VE01", units, input.value.forra!.get("VE01"), true);
  expect(f.fileName).toBe("EXEMPEL-utbetalning-VE01-2026.xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(f.bytes) as unknown as ArrayBuffer);
  expect(wb.worksheets.map((w) => w.name)).toHaveLength(13);
  const may = units.find((u) => u.id === "VE01" && u.manad === 5)!;
  const spec = wb.getWorksheet("Spec 2026-05")!;
  let summa: unknown;
  spec.eachRow((row) => { if (row.getCell(1).value === "Summa") summa = row.getCell(3).value; });
  expect(summa).toBe(may.summa.toNumber());
  const jour = may.rader.find((r) => r.kolumn === "3.1.6")!;
  let found = false;
  spec.eachRow((row) => { if (row.getCell(1).value === "Jour") found = row.getCell(3).value === jour.belopp.toNumber(); });
  expect(found).toBe(true);
  expect(() => enhetsBlad(2026, "NOPE", units)).toThrow('Vårdenhet "NOPE" har ingen utbetalning i körningen.');
});
