// Sheet layouts as data: what the task pane writes, independent of Office. Two writers read
// them: writer.ts turns them into batched Excel calls, xlsx.ts into an .xlsx file; the tests
// read layouts directly and recalculate them headlessly.

export type CellValue = string | number | boolean;

/** A cell's value as the engine computed it: a formula's result, or an error Excel would show. */
export type ComputedValue = CellValue | { error: "#VALUE!" | "#N/A" };

export interface SheetLayout {
  name: string;
  /** Values and formulas ("=…", en-US syntax as Range.formulas expects), row by row, rectangular. */
  rows: CellValue[][];
  /** Number formats (en-US codes; Excel shows them with the user's separators: 3 543 540 kr). */
  formats?: { range: string; format: string }[];
  /** Ranges to make into Excel tables. */
  tables?: { name: string; range: string }[];
  /** Bold header rows (1-based). */
  boldRows?: number[];
  /** Protected against accidental edits (the parameter sheet). */
  protect?: boolean;
  freezeRows?: number;
  /** Cells the economist fills in (shown with an input style). */
  inputs?: string[];
  /**
   * Every cell's value, same shape as rows: a formula's result computed by the engine when
   * the plan is built (stored as the cached value in an .xlsx), the literal otherwise.
   */
  values?: ComputedValue[][];
  /** Ranges filled by one array formula in their top-left cell (spilled in Excel). */
  arrays?: string[];
  /** Column widths in characters, from column A (the .xlsx writer; Excel autofits). */
  widths?: number[];
}

export const KR = '#,##0 "kr"';
export const KR_ORE = '#,##0.00 "kr"';
export const DATE = "yyyy-mm-dd";
export const DECIMAL4 = "0.0000";

import { addr, col } from "./a1";

export { addr, col };

/** 'Sheet name'!A1 — quoted always, as Excel accepts and HyperFormula parses. */
export function ref(sheet: string, a1: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${a1}`;
}

/** Pad rows to a rectangle (Range.formulas needs one). */
export function rectangle(rows: CellValue[][]): CellValue[][] {
  const w = Math.max(1, ...rows.map((r) => r.length));
  return rows.map((r) => [...r, ...Array(w - r.length).fill("")]);
}

/** The A1 address of a layout's whole area. */
export function areaOf(l: SheetLayout): string {
  return `A1:${addr(l.rows[0].length - 1, l.rows.length)}`;
}

/** Excel's rules for sheet names: ≤ 31 characters, none of : \ / ? * [ ]. */
export function validSheetName(name: string): boolean {
  return name.length > 0 && name.length <= 31 && !/[:\\/?*[\]]/.test(name) && !/^'|'$/.test(name);
}
