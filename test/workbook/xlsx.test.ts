// The .xlsx writer: the example year's workbook read back with ExcelJS has every sheet the
// Office.js writer writes, with the same cells (formulas and values) and the engine's values
// cached; the municipality files hold values only, headed by the rule sets and hashes.
import ExcelJS from "exceljs";
import { kommunSheet, planWorkbook, YearSetup } from "../../src/workbook/plan";
import { writeXlsx } from "../../src/workbook/xlsx";
import { withOverrides } from "../../src/rules";
import { grundbelopp } from "../../src/engine/tillagg/grundbelopp";
import { kommunFiles } from "../../src/workbook/dela";
import { exampleData, exampleSetup, exampleTillagg } from "../support/example-year";

const ex = exampleData();
const v = { rows: ex.vardenheter };
const b = { rows: ex.befolkning };
const tb = exampleTillagg();
const setup: YearSetup = exampleSetup();
const layouts = planWorkbook(setup, { vardenheter: v.rows, befolkning: b.rows }, "2026-11-23");

async function load(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

test("one layout, two writers: every sheet and cell of the plan, with the engine's values cached", async () => {
  const wb = await load(await writeXlsx(layouts));
  expect(wb.worksheets.map((w) => w.name)).toEqual(layouts.map((l) => l.name));
  const diffs: string[] = [];
  for (const l of layouts) {
    const ws = wb.getWorksheet(l.name)!;
    // An array result is one INDEX(formula, i, j) per cell in the file (kept by every program).
    const indexed = new Map<string, string>();
    for (const a of l.arrays ?? []) {
      const [from, to] = a.split(":").map((x) => ws.getCell(x));
      for (let r = Number(from.row); r <= Number(to.row); r++)
        for (let c = Number(from.col); c <= Number(to.col); c++) indexed.set(`${r},${c}`, `=INDEX(${String(l.rows[Number(from.row) - 1][Number(from.col) - 1]).slice(1)},${r - Number(from.row) + 1},${c - Number(from.col) + 1})`);
    }
    l.rows.forEach((row, r) => row.forEach((x0, c) => {
      const cell = ws.getCell(r + 1, c + 1);
      const x = indexed.get(`${r + 1},${c + 1}`) ?? x0;
      const want = l.values![r][c];
      const got = cell.value as unknown;
      if (typeof x === "string" && x.startsWith("=")) {
        const f = got as { formula?: string; result?: unknown };
        if (`=${f.formula}` !== x) diffs.push(`${l.name}!${cell.address} formula ${f.formula}`);
        // ExcelJS reads a cached 0 back as no result (its reader tests the text "0" as falsy).
        // It also turns a date-formatted serial into a Date; the file holds the serial.
        const serial = f.result instanceof Date ? (f.result.getTime() - Date.UTC(1899, 11, 30)) / 86400000 : f.result;
        const res = want === 0 && serial === undefined ? 0 : serial;
        if (JSON.stringify(res) !== JSON.stringify(want)) diffs.push(`${l.name}!${cell.address} cached ${JSON.stringify(f.result)} ≠ ${JSON.stringify(want)}`);
      } else if ((got ?? "") !== want) diffs.push(`${l.name}!${cell.address} value ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
    }));
  }
  expect(diffs.slice(0, 10)).toEqual([]);
  expect(wb.getWorksheet("Sammanställning")!.getCell("L4").numFmt).toBe('#,##0 "kr"');
  expect(wb.getWorksheet("Sammanställning")!.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
  expect((wb.getWorksheet("Parametrar") as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
});

test("municipality files: values only, headed by the rule sets and hashes, the figures of the plan", async () => {
  const files = await kommunFiles(layouts, setup, ["Berg", "Östersund"], "2026-11-23", true);
  expect(files.map((f) => f.fileName)).toEqual(["EXEMPEL-Berg-2026.xlsx", "EXEMPEL-Ostersund-2026.xlsx"]);
  const wb = await load(files[0].bytes);
  const ws = wb.getWorksheet(kommunSheet("Berg"))!;
  const text: string[] = [];
  wb.eachSheet((s) => s.eachRow((row) => row.eachCell((c) => {
    const x = c.value as { formula?: string } | null;
    if (x && typeof x === "object" && "formula" in x) text.push(`formula ${x.formula}`);
    text.push(String(c.value));
  })));
  expect(text.filter((t) => /^formula|HALSOVAL|TILLAGG\.|UTVECKLING\./.test(t))).toEqual([]);
  expect(ws.getCell("A1").value).toMatch(/^EXEMPELDATA/);
  expect(text.join(" ")).toContain(`sha256 ${setup.halsoval.hash}`);
  const plan = layouts.find((l) => l.name === kommunSheet("Berg"))!;
  const n = 7; // header rows + blank
  expect(ws.getCell(`B${5 + n}`).value).toBe(plan.values![4][1]);
  expect(typeof plan.values![4][1]).toBe("number");
  expect(wb.getWorksheet("Parametrar")).toBeTruthy();
});

test("inputs left empty: blank where the function gives blank, #VALUE! where Excel shows it, never a number", () => {
  // Reading 3.3.avstamning_avser = innevarande_ar: year's amount needs the count (TILLAGG.BELOPP).
  const iar = withOverrides(tb, { readings: { "3.3.avstamning_avser": "innevarande_ar" } });
  const empty = planWorkbook({ ...setup, tillagg: iar, anslutna: null, utvecklingBelopp: null }, { vardenheter: v.rows, befolkning: b.rows }, "2026-11-23");
  const tbSheet = empty.find((l) => l.name === "Tilläggsbelopp")!;
  expect(tbSheet.values![9][1]).toBe(""); // B10 TILLAGG.BELOPP of an empty count: blank in, blank out
  expect(tbSheet.values![15][5]).toEqual({ error: "#VALUE!" }); // F16 TILLAGG.FORDELA of a blank amount
  expect(tbSheet.values![16][5]).toBe(""); // one error in Excel, not spilled
  const gu = empty.find((l) => l.name === "Utveckling")!;
  expect(gu.values![3][1]).toBe(0); // B4: an empty cell times the region's share
  expect(gu.values![7][2]).toEqual({ error: "#VALUE!" });
  // Default (foregaende_ar): year's amount is the indexed base amount, shared without the count.
  const byDefault = planWorkbook({ ...setup, anslutna: null }, { vardenheter: v.rows, befolkning: b.rows }, "2026-11-23").find((l) => l.name === "Tilläggsbelopp")!;
  expect(byDefault.values![3][1]).toBe("");
  expect(byDefault.values![9][1]).toBe(grundbelopp(tb, 2026).toNumber());
  expect(typeof byDefault.values![15][5]).toBe("number");
});
