// 5 Ersättning, månadens utbetalning (file 002) written to the workbook: the month's payment
// list and one specification per unit, through the one writer (writer.ts writeLayout). The
// pin is not touched (the yearly setup owns it). A sheet with one of these names that the
// user made is never overwritten unless the user confirmed it; it is copied first.
import { RequestBatches } from "../workbook/batches";
import { SheetLayout, validSheetName } from "../workbook/layout";
import { SHEETS_KEY } from "../workbook/settings";
import { backupName, ExcelRun, writeLayout } from "../workbook/writer";

export type MonthWriteResult = { status: "conflicts"; conflicts: string[] } | { status: "done"; sheets: string[]; backups: string[] };

export async function writeMonthSheets(run: ExcelRun, layouts: SheetLayout[], confirmed: ReadonlySet<string>, date: string): Promise<MonthWriteResult> {
  for (const l of layouts) if (!validSheetName(l.name)) throw new Error(`Ogiltigt bladnamn: "${l.name}"`);
  return await run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items");
    const tables = context.workbook.tables;
    tables.load("items");
    const ours = context.workbook.settings.getItemOrNullObject(SHEETS_KEY);
    ours.load("value");
    await context.sync();
    const existing = new Map(sheets.items.map((s) => [s.name, s]));
    const tableNames = new Set(tables.items.map((t) => t.name));
    const made: string[] = ours.isNullObject ? [] : JSON.parse(String(ours.value));
    const conflicts = layouts.map((l) => l.name).filter((n) => existing.has(n) && !made.includes(n) && !confirmed.has(n));
    if (conflicts.length) return { status: "conflicts", conflicts };
    context.application.suspendApiCalculationUntilNextSync();
    const batches = new RequestBatches(context);
    const taken = new Set(existing.keys());
    const backups: string[] = [];
    for (const l of layouts) {
      const old = existing.get(l.name);
      let ws: Excel.Worksheet;
      if (old) {
        ws = old;
        if (!made.includes(l.name)) {
          // The user's own sheet, replaced after confirmation: a copy first, in the same sync.
          const copy = old.copy("End" as Excel.WorksheetPositionType);
          const backup = backupName(l.name, date, taken);
          copy.name = backup;
          taken.add(backup);
          backups.push(backup);
        }
        ws.protection.unprotect();
        ws.getRange().clear();
      } else ws = sheets.add(l.name);
      for (const t of l.tables ?? []) if (tableNames.has(t.name)) tables.getItem(t.name).delete();
      await writeLayout(ws, l, batches);
    }
    context.workbook.settings.add(SHEETS_KEY, JSON.stringify([...new Set([...made, ...layouts.map((l) => l.name)])]));
    await context.sync();
    batches.sent();
    return { status: "done", sheets: layouts.map((l) => l.name), backups };
  });
}
