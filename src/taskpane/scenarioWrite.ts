// What if, written as a scenario (issue 11, item 5): the scenario sheet through the one
// writer the fill uses (writer.ts fillWorkbook, no pin: the year's setup owns it). A sheet
// of that name already there — the user's or an earlier scenario of ours — is replaced only
// after the user confirmed it, and a copy of it is kept ("<namn> (kopia ÅÅÅÅ-MM-DD)").
import type { SheetLayout } from "../workbook/layout";
import { ExcelRun, fillWorkbook } from "../workbook/writer";

export type ScenarioWriteResult = { status: "exists"; name: string } | { status: "done"; name: string; backup: string | null };

export async function writeScenario(run: ExcelRun, layout: SheetLayout, confirmed: boolean, date: string): Promise<ScenarioWriteResult> {
  const name = layout.name;
  const res = await fillWorkbook(run, [layout], null, confirmed ? new Set([name]) : new Set(), { date, keepOurs: true });
  if (res.status === "conflicts") return { status: "exists", name };
  return { status: "done", name, backup: res.backups[0] ?? null };
}
