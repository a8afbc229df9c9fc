// "Dela" as files: the municipality files go to Excel.createWorkbook (a valid xlsx in base64)
// where ExcelApi 1.8 is supported, and to downloads otherwise.
import ExcelJS from "exceljs";
import type { YearSetup } from "../../src/workbook/plan";
import { deliver, makeFiles, toBase64 } from "../../src/taskpane/useShare";
import { exampleData, exampleSetup } from "../support/example-year";

const ex = exampleData();
const v = { rows: ex.vardenheter };
const b = { rows: ex.befolkning };
const setup: YearSetup = exampleSetup();
const data = { vardenheter: v.rows, befolkning: b.rows, exempel: true };

test("with ExcelApi 1.8: each municipality's file opens as a new workbook (valid xlsx, values only)", async () => {
  const files = await makeFiles(setup, data, ["Berg", "Åre"], "2026-11-23");
  const opened: string[] = [];
  const how = await deliver(files, { createWorkbook: async (b64) => void opened.push(b64), download: () => { throw new Error("no download expected"); } });
  expect(how).toBe("excel");
  expect(opened).toHaveLength(2);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(opened[1], "base64") as unknown as ArrayBuffer);
  expect(wb.getWorksheet("Kommun Åre")!.getCell("A1").value).toMatch(/^EXEMPELDATA/);
});

test("without it: the files are downloads, with their names", async () => {
  const files = await makeFiles(setup, data, ["Berg"], "2026-11-23");
  const got: string[] = [];
  expect(await deliver(files, { createWorkbook: null, download: (name, bytes) => void got.push(`${name}:${bytes[0] === 0x50 && bytes[1] === 0x4b}`) })).toBe("download");
  expect(got).toEqual(["EXEMPEL-Berg-2026.xlsx:true"]);
});

test("base64 of more bytes than one chunk", () => {
  const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => i % 251);
  expect(Buffer.from(toBase64(bytes), "base64").equals(Buffer.from(bytes))).toBe(true);
});
