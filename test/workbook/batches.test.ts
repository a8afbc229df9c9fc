// Writes under Excel on the web's 5 MB request limit (batches.ts): the writer against the
// real office.js request builder with a recording host, at example size and at 3 000
// synthetic units, and the splitting itself against a recording fake.
import * as fs from "fs";
import * as path from "path";
import { findRuleSet, withOverrides } from "../../src/rules";
import { parseBefolkning, parseText } from "../../src/workbook/indata";
import { planWorkbook, YearSetup } from "../../src/workbook/plan";
import { pinFromSetup } from "../../src/workbook/settings";
import { fillWorkbook } from "../../src/workbook/writer";
import { areaOf, SheetLayout } from "../../src/workbook/layout";
import { areaAt, topLeft } from "../../src/workbook/a1";
import { jsonBytes, REQUEST_LIMIT, RequestBatches } from "../../src/workbook/batches";
import { syntheticUnits } from "../../bench/synthetic";
import { officeJsHost, rangeOrigin, Request } from "./officejs-host";

const befolkning = parseBefolkning(parseText(fs.readFileSync(path.resolve(__dirname, "../../assets/exempeldata/EXEMPEL-befolkning.csv"), "utf8")));
if (!befolkning.ok) throw new Error("example population invalid");
const tb = withOverrides(findRuleSet("tillagg", 2026), { parameters: { "3.3.lpik": { "2025": "1.031", "2026": "1.027" } } });
const setup: YearSetup = { year: 2026, halsoval: findRuleSet("halsoval", 2026), tillagg: tb, utveckling: findRuleSet("utveckling", 2026), anslutna: 150, utvecklingBelopp: 1000000 };
const pin = pinFromSetup(setup, "2026-11-23");
const plan = (units: number) => planWorkbook(setup, { vardenheter: syntheticUnits(units), befolkning: befolkning.rows }, "2026-11-23");

/** Every cell each Formulas action wrote, per sheet, as "A1 address → value". */
function writtenCells(requests: Request[]): Map<string, Map<string, unknown>> {
  const cells = new Map<string, Map<string, unknown>>();
  for (const r of requests)
    for (const a of r.Actions) {
      if (a.ActionType !== 4 || a.Name !== "Formulas") continue;
      const at = rangeOrigin(r, a.ObjectPathId);
      if (!at) throw new Error("Formulas written to a range not made with getRange");
      const { row, col } = at;
      const rows = a.ArgumentInfo!.Arguments![0] as unknown[][];
      const sheet = cells.get(at.sheet) ?? new Map<string, unknown>();
      cells.set(at.sheet, sheet);
      rows.forEach((cellsOfRow, i) => cellsOfRow.forEach((v, j) => sheet.set(`${row + i},${col + j}`, v)));
    }
  return cells;
}

function expectAllCells(layouts: SheetLayout[], requests: Request[]) {
  const cells = writtenCells(requests);
  for (const l of layouts) {
    const sheet = cells.get(l.name);
    expect([l.name, sheet?.size]).toEqual([l.name, l.rows.length * l.rows[0].length]);
    l.rows.forEach((r, i) => r.forEach((v, j) => { if (sheet!.get(`${i},${j}`) !== v) throw new Error(`${l.name} ${i},${j}: ${String(sheet!.get(`${i},${j}`))} ≠ ${String(v)}`); }));
  }
}

const utf8 = (s: string) => Buffer.byteLength(s, "utf8");
/** The body once more JSON-escaped, as a host might pass it on. */
const escapedAgain = (s: string) => utf8(JSON.stringify(s));

describe("fill requests under 5 MB, measured with office.js", () => {
  const host = officeJsHost();
  const { Excel: excel } = host;
  (globalThis as unknown as { Excel: unknown }).Excel = excel;
  const run = async <T>(batch: (c: Excel.RequestContext) => Promise<T>) => await batch(host.context());

  test("30 synthetic units: one read and one write request, as before", async () => {
    host.requests.length = 0;
    const layouts = plan(30);
    const res = await fillWorkbook(run, layouts, pin, new Set());
    expect(res.status).toBe("done");
    expect(host.requests.length).toBe(2);
    expectAllCells(layouts, host.requests);
    if (res.status === "done") {
      expect(res.requests.length).toBe(1);
      // The estimate is never below what office.js sends.
      expect(res.requests[0]).toBeGreaterThanOrEqual(escapedAgain(host.requests[1].text));
    }
  });

  test("3 000 synthetic units: every request under the limit, all cells written, few requests", async () => {
    host.requests.length = 0;
    const layouts = plan(3000);
    const res = await fillWorkbook(run, layouts, pin, new Set(), { recalculateAll: true });
    if (res.status !== "done") throw new Error("not done");
    const writes = host.requests.slice(1, 1 + res.requests.length);
    for (const [i, r] of writes.entries()) {
      // Under the limit even if the host escapes the body once more; the estimate not
      // below what office.js builds, and within 2 % of the escaped-again size.
      expect(escapedAgain(r.text)).toBeLessThan(REQUEST_LIMIT);
      expect(res.requests[i]).toBeGreaterThanOrEqual(utf8(r.text));
      expect(res.requests[i]).toBeGreaterThanOrEqual(0.98 * escapedAgain(r.text));
    }
    // Read, the writes, the recalculation.
    expect(host.requests.length).toBe(res.requests.length + 2);
    // As few as the budget allows: the whole payload over 4 MB, rounded up, plus one at most.
    const total = writes.reduce((s, r) => s + escapedAgain(r.text), 0);
    expect(writes.length).toBeLessThanOrEqual(Math.ceil(total / 4_000_000) + 1);
    expect(writes.length).toBeGreaterThan(1);
    expectAllCells(layouts, host.requests);
    // No sheet is added twice when its writes span requests.
    const adds = host.requests.flatMap((r) => Object.values(r.ObjectPaths).filter((p) => p.Name === "Add" && r.ObjectPaths[String(p.ParentObjectPathId)]?.Name === "Worksheets"));
    expect(new Set(adds.map((p) => p.Id)).size).toBe(layouts.length);
  }, 120_000);
});

describe("RequestBatches", () => {
  test("a range larger than the budget is split by rows into slices that each fit, in order", async () => {
    const written: { address: string; rows: unknown[][] }[] = [];
    let syncs = 0;
    const ws = { getRange: (address: string) => ({ set formulas(rows: unknown[][]) { written.push({ address, rows }); } }) } as unknown as Excel.Worksheet;
    const context = { sync: async () => { syncs++; }, application: { suspendApiCalculationUntilNextSync: () => undefined } } as unknown as Excel.RequestContext;
    const batches = new RequestBatches(context, 20_000);
    const rows = Array.from({ length: 1000 }, (_, i) => [`=HALSOVAL.LISTAD(B${i + 3}:V${i + 3},'Parametrar'!$B$2)`, i, "Östersund"]);
    await batches.write(ws, "C3:E1002", "formulas", rows);
    batches.sent();
    expect(syncs).toBe(batches.requests.length - 1);
    for (const size of batches.requests) expect(size).toBeLessThanOrEqual(20_000);
    expect(written[0].address.startsWith("C3:E")).toBe(true);
    expect(written.flatMap((w) => w.rows)).toEqual(rows);
    let next = 2;
    for (const w of written) {
      expect(topLeft(w.address)).toEqual({ row: next, col: 2 });
      next += w.rows.length;
    }
    expect(Math.ceil(jsonBytes(rows) / 20_000)).toBeGreaterThanOrEqual(written.length - 1);
  });

  test("a write that fits goes to the layout's own range in one piece", async () => {
    const written: string[] = [];
    const ws = { getRange: (address: string) => ({ set numberFormat(_r: unknown) { written.push(address); } }) } as unknown as Excel.Worksheet;
    const batches = new RequestBatches({ sync: async () => undefined } as unknown as Excel.RequestContext);
    await batches.write(ws, "E4:M21", "numberFormat", Array.from({ length: 18 }, () => Array(9).fill('#,##0 "kr"')));
    expect(written).toEqual(["E4:M21"]);
  });

  test("sizes and addresses", () => {
    expect(jsonBytes([['#,##0 "kr"']])).toBe(Buffer.byteLength(JSON.stringify([['#,##0 "kr"']])) + 6);
    expect(jsonBytes([["Åre"]])).toBe(10 + 2);
    expect(topLeft("$AB$12:AC14")).toEqual({ row: 11, col: 27 });
    expect(areaAt(2, 0, 3, 22)).toBe("A3:V5");
    expect(areaOf({ name: "x", rows: [[1, 2]] })).toBe("A1:B1");
  });
});
