// Coming back to a filled workbook: the data is read back from the input sheets the fill
// wrote and validated exactly as a file would be (the parsers of workbook/indata.ts), and
// what changed since the last fill is listed.
import { COLUMN_LABELS, parseBefolkning, parseVardenheter } from "../workbook/indata";
import { SHEETS, YearSetup } from "../workbook/plan";
import { pinFromSetup, StoredPin } from "../workbook/settings";
import type { ExcelRun } from "../workbook/writer";
import type { PaneData } from "./setup";

const BY_LABEL = new Map(Object.entries(COLUMN_LABELS).map(([k, label]) => [label, k]));

/** A sheet's values as the text cells a file gives (its header's labels as the file's names). */
export function sheetRows(values: unknown[][]): string[][] {
  const rows = values.map((r) => r.map((c) => (c === null || c === undefined ? "" : String(c).trim()))).filter((r) => r.some((c) => c !== ""));
  if (rows.length) rows[0] = rows[0].map((h) => BY_LABEL.get(h) ?? h);
  return rows;
}

export type ReadBack = { ok: true; data: PaneData } | { ok: false; message: string };

export function dataFromSheets(vardenheter: unknown[][], befolkning: unknown[][]): ReadBack {
  const v = parseVardenheter(sheetRows(vardenheter));
  const b = parseBefolkning(sheetRows(befolkning));
  const bad = [
    ...(v.ok ? [] : v.problems.slice(0, 3).map((p) => `${SHEETS.vardenheter}, rad ${p.row}, ${p.column}: ${p.message}`)),
    ...(b.ok ? [] : b.problems.slice(0, 3).map((p) => `${SHEETS.befolkning}, rad ${p.row}, ${p.column}: ${p.message}`)),
  ];
  if (!v.ok || !b.ok) return { ok: false, message: bad.join(" ") };
  return { ok: true, data: { vardenheter: v.rows, befolkning: b.rows, exempel: false } };
}

/** One sync: the used ranges of both input sheets. */
export async function readInputSheets(run: ExcelRun): Promise<ReadBack> {
  return await run(async (context) => {
    const sheets = context.workbook.worksheets;
    const v = sheets.getItemOrNullObject(SHEETS.vardenheter);
    const b = sheets.getItemOrNullObject(SHEETS.befolkning);
    await context.sync();
    if (v.isNullObject || b.isNullObject) return { ok: false, message: "Indatabladen finns inte i arbetsboken." } as ReadBack;
    const vr = v.getUsedRange();
    const br = b.getUsedRange();
    vr.load("values");
    br.load("values");
    await context.sync();
    return dataFromSheets(vr.values, br.values);
  });
}

/** What differs between the last fill's pin and what the pane would write now. */
export function changesSince(pin: StoredPin, setup: YearSetup | null): string[] {
  if (!setup) return [];
  const now = pinFromSetup(setup, pin.savedAt);
  const out: string[] = [];
  if (now.year !== pin.year) out.push(`år ${pin.year} → ${now.year}`);
  now.ruleSets.forEach((r, i) => {
    const old = pin.ruleSets[i];
    if (old && old.hash !== r.hash) out.push(old.id === r.id ? `värden i ${r.data.title}` : `${old.data.title} → ${r.data.title}`);
  });
  if (now.inputs.anslutna !== pin.inputs.anslutna) out.push(`anslutna ${pin.inputs.anslutna ?? "–"} → ${now.inputs.anslutna ?? "–"}`);
  if (now.inputs.utvecklingBelopp !== pin.inputs.utvecklingBelopp) out.push(`utvecklingsmedel ${pin.inputs.utvecklingBelopp ?? "–"} → ${now.inputs.utvecklingBelopp ?? "–"} kr`);
  return out;
}
