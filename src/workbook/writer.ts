// The one writer: turns sheet layouts into batched Excel calls. One Excel.run per user
// action and two context.sync() calls: the first reads what the workbook has (sheet names,
// their tables, which sheets the add-in made), the second writes everything — split into
// more requests only when one would pass Excel on the web's 5 MB limit (batches.ts). A
// sheet the user made with the same name is never overwritten unless the user confirmed it.
import { dimensions } from "./a1";
import { ACTION_BYTES, jsonBytes, RequestBatches } from "./batches";
import { areaOf, SheetLayout, validSheetName } from "./layout";
import { PIN_KEY, SHEETS_KEY, StoredPin } from "./settings";

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export type Progress = (step: string, fraction: number) => void;

export type FillResult =
  | { status: "conflicts"; conflicts: string[] }
  /** payloadBytes: the largest write request (estimated, batches.ts); requests: each one's size. */
  | { status: "done"; sheets: string[]; created: string[]; updated: string[]; replaced: string[]; backups: string[]; payloadBytes: number; requests: number[] };

/**
 * "<namn> (kopia ÅÅÅÅ-MM-DD)", within Excel's 31 characters and not already taken: where a
 * user's own sheet is copied before it is replaced (nothing of theirs is lost). Where the
 * whole name does not fit beside the date, the date is written short ("kopia 261123") so
 * that the name stays whole ("Årsöversikt VE01 2026" must not lose its unit); only a name
 * too long even for that is cut.
 */
export function backupName(name: string, date: string, taken: ReadonlySet<string>): string {
  const kort = date.slice(2).replace(/-/g, "");
  for (let n = 1; ; n++) {
    const nr = n > 1 ? ` ${n}` : "";
    const hel = ` (kopia ${date}${nr})`;
    const tail = name.length + hel.length <= 31 ? hel : ` (kopia ${kort}${nr})`;
    const candidate = name.slice(0, 31 - tail.length) + tail;
    if (!taken.has(candidate)) return candidate;
  }
}


function fill<T>(a1: string, v: T): T[][] {
  const { rows, cols } = dimensions(a1);
  return Array.from({ length: rows }, () => Array(cols).fill(v));
}

const INPUT_FILL = "#FFF2CC";

/** Queue the writes of one layout on a sheet (sent when a request is full or the caller syncs). */
export async function writeLayout(ws: Excel.Worksheet, l: SheetLayout, batches: RequestBatches): Promise<void> {
  const width = l.rows[0].length;
  if (l.rows.some((r) => r.length !== width)) throw new Error(`Bladet "${l.name}" är inte rektangulärt.`);
  // The actions below without an array: sheet, clear, bold, fill, tables, freeze, autofit, protect.
  await batches.small(ACTION_BYTES * (6 + (l.boldRows?.length ?? 0) + (l.inputs?.length ?? 0) + 2 * (l.tables?.length ?? 0)));
  await batches.write(ws, areaOf(l), "formulas", l.rows);
  for (const f of l.formats ?? []) await batches.write(ws, f.range, "numberFormat", fill(f.range, f.format));
  for (const r of l.boldRows ?? []) ws.getRange(`${r}:${r}`).format.font.bold = true;
  for (const a of l.inputs ?? []) ws.getRange(a).format.fill.color = INPUT_FILL;
  for (const t of l.tables ?? []) {
    const table = ws.tables.add(t.range, true);
    table.name = t.name;
  }
  if (l.freezeRows) ws.freezePanes.freezeRows(l.freezeRows);
  // A range made now: one made before a write that filled a request would not outlive that sync.
  ws.getRange(areaOf(l)).format.autofitColumns();
  if (l.protect) ws.protection.protect({ allowFormatColumns: true, allowAutoFilter: true, allowSort: true });
}

/** How a fill goes beyond writing its sheets; each may be left out. */
export interface FillOptions {
  progress?: Progress;
  /** The rule sets changed: recalculate everything, also formulas outside our sheets (third sync). */
  recalculateAll?: boolean;
  /** The date in the name of a replaced sheet's copy ("<namn> (kopia ÅÅÅÅ-MM-DD)"); today if left out. */
  date?: string;
  /**
   * Ask and keep a copy also before replacing a sheet the add-in wrote (a scenario: the
   * user may want the earlier one); otherwise our own sheets are updated in place.
   */
  keepOurs?: boolean;
}

/**
 * Write the layouts and the pin. Returns the names that would overwrite the user's own
 * sheets (and writes nothing) unless they are in `confirmed`.
 */
export async function fillWorkbook(
  run: ExcelRun,
  layouts: SheetLayout[],
  /** The workbook's pin; null writes sheets without touching it (e.g. a month's payment sheets). */
  pin: StoredPin | null,
  confirmed: ReadonlySet<string>,
  options: FillOptions = {},
): Promise<FillResult> {
  const { progress = () => undefined, recalculateAll = false, date = new Date().toISOString().slice(0, 10), keepOurs = false } = options;
  for (const l of layouts) if (!validSheetName(l.name)) throw new Error(`Ogiltigt bladnamn: "${l.name}"`);
  progress("Läser arbetsbokens blad …", 0.1);
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
    /** Replaced only when confirmed, after a copy: the user's own sheets, and with keepOurs ours too. */
    const guarded = (n: string) => keepOurs || !made.includes(n);
    const conflicts = layouts.map((l) => l.name).filter((n) => existing.has(n) && guarded(n) && !confirmed.has(n));
    if (conflicts.length) return { status: "conflicts", conflicts };

    progress(`Skriver ${layouts.length} blad: ${layouts.slice(0, 3).map((l) => l.name).join(", ")}${layouts.length > 3 ? " …" : ""}`, 0.4);
    context.application.suspendApiCalculationUntilNextSync();
    const created: string[] = [];
    const updated: string[] = [];
    const batches = new RequestBatches(context);
    const replaced: string[] = [];
    const backups: string[] = [];
    const taken = new Set(existing.keys());
    for (const l of layouts) {
      const old = existing.get(l.name);
      let ws: Excel.Worksheet;
      if (old) {
        // Update in place (the user's references to the sheet keep working).
        ws = old;
        if (guarded(l.name)) {
          // Replaced after confirmation: a copy first, in the same sync.
          const copy = old.copy("End" as Excel.WorksheetPositionType);
          const backup = backupName(l.name, date, taken);
          copy.name = backup;
          taken.add(backup);
          backups.push(backup);
          replaced.push(l.name);
        } else updated.push(l.name);
        ws.protection.unprotect();
        ws.getRange().clear();
      } else {
        ws = sheets.add(l.name);
        created.push(l.name);
      }
      // Our tables have names of their own (RJH_…); the previous run's go first.
      for (const t of l.tables ?? []) if (tableNames.has(t.name)) tables.getItem(t.name).delete();
      await writeLayout(ws, l, batches);
    }
    const pinJson = pin ? JSON.stringify(pin) : "";
    const names = JSON.stringify([...new Set([...made, ...layouts.map((l) => l.name)])]);
    await batches.small(jsonBytes(pinJson) + jsonBytes(names) + 2 * ACTION_BYTES);
    if (pin) context.workbook.settings.add(PIN_KEY, pinJson);
    context.workbook.settings.add(SHEETS_KEY, names);
    progress("Sparar och räknar om …", 0.8);
    await context.sync();
    batches.sent();
    if (recalculateAll) {
      context.workbook.application.calculate(Excel.CalculationType.full);
      await context.sync();
    }
    progress("Klart", 1);
    return { status: "done", sheets: layouts.map((l) => l.name), created, updated, replaced, backups, payloadBytes: Math.max(...batches.requests), requests: batches.requests };
  });
}

/** The stored pin, if the workbook has one. */
export async function readStoredPin(run: ExcelRun): Promise<string | null> {
  return await run(async (context) => {
    const item = context.workbook.settings.getItemOrNullObject(PIN_KEY);
    item.load("value");
    await context.sync();
    return item.isNullObject ? null : String(item.value);
  });
}

/** Ask Excel to recalculate everything (after the pinned year or inputs changed). */
export async function recalculate(run: ExcelRun): Promise<void> {
  await run(async (context) => {
    context.workbook.application.calculate(Excel.CalculationType.full);
    await context.sync();
  });
}

/**
 * A municipality's copy to share: the values of its sheet (formulas replaced by their
 * values, so it opens correctly without the add-in) on a sheet of its own, with a note of
 * the rule sets and the date. Two syncs: read the values, write the copy.
 */
export async function shareSheet(run: ExcelRun, source: string, target: string, note: string[], confirmed: boolean): Promise<{ status: "conflict" } | { status: "done"; values: unknown[][] }> {
  return await run(async (context) => {
    const sheets = context.workbook.worksheets;
    const src = sheets.getItem(source);
    const used = src.getUsedRange();
    used.load("values,numberFormat,address");
    const existing = sheets.getItemOrNullObject(target);
    existing.load("name");
    const ours = context.workbook.settings.getItemOrNullObject(SHEETS_KEY);
    ours.load("value");
    await context.sync();
    const made: string[] = ours.isNullObject ? [] : JSON.parse(String(ours.value));
    if (!existing.isNullObject && !made.includes(target) && !confirmed) return { status: "conflict" };
    const ws = existing.isNullObject ? sheets.add(target) : existing;
    if (!existing.isNullObject) ws.getRange().clear();
    const width = used.values[0]?.length ?? 1;
    const noteRows = note.map((n) => [n, ...Array(width - 1).fill("")]);
    const values = [...noteRows, Array(width).fill(""), ...used.values];
    const formats = [...noteRows.map(() => Array(width).fill("General")), Array(width).fill("General"), ...used.numberFormat];
    const range = ws.getRangeByIndexes(0, 0, values.length, width);
    range.values = values;
    range.numberFormat = formats;
    range.format.autofitColumns();
    ws.getRange("1:1").format.font.bold = true;
    context.workbook.settings.add(SHEETS_KEY, JSON.stringify([...new Set([...made, target])]));
    await context.sync();
    return { status: "done", values };
  });
}
