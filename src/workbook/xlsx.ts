// The second writer: the same sheet layouts as an .xlsx file (ExcelJS), with each formula's
// value computed by the engine stored as its cached result, so the file shows the right
// figures in any spreadsheet and recalculates where the add-in is present. Also the
// values-only copy of a layout, for files shared with those who do not have the add-in.
import ExcelJS from "exceljs";
import { ComputedValue, SheetLayout } from "./layout";
import { dimensions, topLeft } from "./a1";

const INPUT_FILL = "FFFFF2CC";

const isFormula = (x: unknown): x is string => typeof x === "string" && x.startsWith("=");

/** Every cell of an A1 range ("B3:V3"), as [row, column], 1-based. */
function cells(a1: string): [number, number][] {
  const { row, col } = topLeft(a1);
  const { rows, cols } = dimensions(a1);
  const out: [number, number][] = [];
  for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) out.push([row + 1 + r, col + 1 + c]);
  return out;
}

const result = (v: ComputedValue) => (typeof v === "object" ? { error: v.error } : v);

function addSheet(wb: ExcelJS.Workbook, l: SheetLayout, valuesOnly: boolean): void {
  const ws = wb.addWorksheet(l.name, {
    views: l.freezeRows ? [{ state: "frozen", ySplit: l.freezeRows }] : undefined,
    // Printed (or as PDF): landscape, every column on the page.
    pageSetup: { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const values = l.values ?? l.rows;
  // An array result (spilled in Excel) is written as one INDEX(formula, i, j) per cell: an
  // array formula's cached values are recalculated on opening by LibreOffice (showing
  // #NAME? without the add-in), a plain formula's are kept.
  const inArray = new Map<string, string>();
  for (const a of l.arrays ?? []) {
    const [r0, c0] = cells(a)[0];
    const master = String(l.rows[r0 - 1][c0 - 1]).slice(1);
    for (const [r, c] of cells(a)) inArray.set(`${r},${c}`, `INDEX(${master},${r - r0 + 1},${c - c0 + 1})`);
  }
  l.rows.forEach((row, r) =>
    row.forEach((x, c) => {
      const v = values[r][c];
      if (x === "" && v === "") return;
      const cell = ws.getCell(r + 1, c + 1);
      const formula = valuesOnly ? undefined : inArray.get(`${r + 1},${c + 1}`) ?? (isFormula(x) ? x.slice(1) : undefined);
      cell.value = formula ? ({ formula, result: result(v) } as ExcelJS.CellFormulaValue) : typeof v === "object" ? { error: v.error } : v;
    }),
  );
  for (const f of l.formats ?? []) for (const [r, c] of cells(f.range)) ws.getCell(r, c).numFmt = f.format;
  for (const r of l.boldRows ?? []) ws.getRow(r).font = { bold: true };
  for (const a of l.inputs ?? []) ws.getCell(a).fill = { type: "pattern", pattern: "solid", fgColor: { argb: INPUT_FILL } };
  (l.widths ?? []).forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const t of l.tables ?? []) {
    const [head, ...body] = cells(t.range).reduce<ExcelJS.CellValue[][]>((acc, [r, c]) => {
      (acc[r - 1] ??= [])[c - 1] = values[r - 1][c - 1] as ExcelJS.CellValue;
      return acc;
    }, []);
    ws.addTable({ name: t.name, ref: t.range.split(":")[0], headerRow: true, columns: (head as string[]).map((name) => ({ name: String(name), filterButton: true })), rows: body });
  }
  if (l.protect) void ws.protect("", { formatColumns: true, autoFilter: true, sort: true });
}

/** A name as part of a file name: ASCII letters, digits and "-" ("Härjedalen" → "Harjedalen"). */
export const safeName = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^A-Za-z0-9-]+/g, "-");

/** The layouts as an .xlsx file: formulas with their cached values, formats, panes, tables, widths, protection. */
export async function writeXlsx(layouts: SheetLayout[], valuesOnly = false): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "RJH ersättning";
  for (const l of layouts) addSheet(wb, l, valuesOnly);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
