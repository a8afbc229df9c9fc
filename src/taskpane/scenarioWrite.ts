// What if, written as a scenario (issue 11, item 5): the scenario sheet through the one
// writer the fill uses (writer.ts fillWorkbook, no pin: the year's setup owns it). A sheet
// of that name already there — the user's or an earlier scenario of ours — is replaced only
// after the user confirmed it, and a copy of it is kept ("<namn> (kopia ÅÅÅÅ-MM-DD)").
import type { SheetLayout } from "../workbook/layout";
import { backupName, ExcelRun, fillWorkbook } from "../workbook/writer";
import { SHEETS_KEY } from "../workbook/settings";

export type ScenarioWriteResult = { status: "exists"; name: string } | { status: "done"; name: string; backup: string | null };

export async function writeScenario(run: ExcelRun, layout: SheetLayout, confirmed: boolean, date: string): Promise<ScenarioWriteResult> {
  const name = layout.name;
  const found = await run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    const ours = context.workbook.settings.getItemOrNullObject(SHEETS_KEY);
    ours.load("value");
    await context.sync();
    const names = sheets.items.map((s) => s.name);
    const made: string[] = ours.isNullObject ? [] : JSON.parse(String(ours.value));
    return { exists: names.includes(name), ours: made.includes(name), names };
  });
  if (found.exists && !confirmed) return { status: "exists", name };
  let backup: string | null = null;
  if (found.exists && found.ours) {
    // fillWorkbook updates our own sheets in place without a copy; a scenario keeps one.
    backup = backupName(name, date, new Set(found.names));
    const to = backup;
    await run(async (context) => {
      const copy = context.workbook.worksheets.getItem(name).copy("End" as Excel.WorksheetPositionType);
      copy.name = to;
      await context.sync();
    });
  }
  const res = await fillWorkbook(run, [layout], null, new Set([name]), undefined, false, date);
  if (res.status === "conflicts") return { status: "exists", name };
  return { status: "done", name, backup: backup ?? res.backups[0] ?? null };
}
