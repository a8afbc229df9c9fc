// 5 Ersättning, månadens utbetalning (file 002) written to the workbook: the month's payment
// list and one specification per unit, through the one writer (writer.ts fillWorkbook) with
// no pin: the yearly setup owns the pin. A sheet with one of these names that the user made
// is never overwritten unless the user confirmed it; it is copied first.
import type { SheetLayout } from "../workbook/layout";
import { ExcelRun, fillWorkbook } from "../workbook/writer";

/** requests: each write request's estimated size (batches.ts), for the benchmark. */
export type MonthWriteResult = { status: "conflicts"; conflicts: string[] } | { status: "done"; sheets: string[]; backups: string[]; requests: number[] };

export async function writeMonthSheets(run: ExcelRun, layouts: SheetLayout[], confirmed: ReadonlySet<string>, date: string): Promise<MonthWriteResult> {
  const res = await fillWorkbook(run, layouts, null, confirmed, { date });
  return res.status === "conflicts" ? res : { status: "done", sheets: res.sheets, backups: res.backups, requests: res.requests };
}
