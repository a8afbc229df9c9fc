// The real office.js request builder (@microsoft/office-js, Excel on the web) in jsdom,
// with a fake host in place of Excel: every request office.js would send is recorded as
// the JSON text it serializes (CoreUtility._getRequestBodyText), and the reads the writer
// makes are answered with an empty workbook. Used to measure what a fill actually sends.
import * as fs from "fs";
import * as path from "path";
import { JSDOM } from "jsdom";
import { topLeft } from "../../src/workbook/a1";

interface Action { Id: number; ActionType: number; Name: string; ObjectPathId: number; ArgumentInfo?: { Arguments?: unknown[] } }
interface ObjectPath { Id: number; ObjectPathType: number; Name: string; ParentObjectPathId?: number; ArgumentInfo?: { Arguments?: unknown[] } }
export interface Request { text: string; Actions: Action[]; ObjectPaths: Record<string, ObjectPath> }

export interface OfficeJsHost {
  /** Every request sent, in order. */
  requests: Request[];
  /** A new Excel.RequestContext talking to the fake host. */
  context(): Excel.RequestContext;
  Excel: typeof Excel;
}

const file = path.resolve(__dirname, "../../node_modules/@microsoft/office-js/dist/excel-web-16.00.js");

export function officeJsHost(): OfficeJsHost {
  const dom = new JSDOM("<!doctype html><html><head></head><body></body></html>", { url: "https://localhost/", runScripts: "outside-only" });
  const w = dom.window as unknown as { eval(s: string): void; Excel: typeof Excel; OfficeExtension: typeof OfficeExtension };
  w.eval(fs.readFileSync(file, "utf8"));
  const requests: Request[] = [];
  const http = (w.OfficeExtension as unknown as { HttpUtility: { setCustomSendRequestFunc(f: (r: { body: unknown }) => Promise<unknown>): void } }).HttpUtility;
  http.setCustomSendRequestFunc(async (req) => {
    const text = typeof req.body === "string" ? req.body : JSON.stringify(req.body);
    const body = JSON.parse(text) as Request;
    requests.push({ ...body, text });
    // Answer the reads: collections are empty, a get…OrNullObject is the null object.
    const results = body.Actions.flatMap((a): { ActionId: number; Value: unknown }[] => {
      const nullObject = body.ObjectPaths[String(a.ObjectPathId)]?.Name === "GetItemOrNullObject";
      if (a.ActionType === 1 && nullObject) return [{ ActionId: a.Id, Value: null }];
      // An object a method made (worksheets.add, tables.add): Excel answers with a reference
      // office.js uses in later requests; ours keeps the sheet name readable.
      const made = body.ObjectPaths[String(a.ObjectPathId)];
      if (a.ActionType === 1 && made?.ObjectPathType === 3 && made.Name !== "GetRange")
        return [{ ActionId: a.Id, Value: { _ReferenceId: `${made.Name}:${String(made.ArgumentInfo?.Arguments?.[0])}` } }];
      if (a.ActionType === 2) return [{ ActionId: a.Id, Value: nullObject ? null : { _Items: [] } }];
      return [];
    });
    return { statusCode: 200, headers: {}, body: JSON.stringify({ Results: results }) };
  });
  return { requests, context: () => new w.Excel.RequestContext("https://fake.invalid/excel"), Excel: w.Excel };
}

/**
 * The sheet and 0-based top-left cell of a range in a request: a getRange, or one of
 * office.js's own slices of a large array (getRow(i).getBoundingRect(getRow(j))).
 */
export function rangeOrigin(r: Request, objectPathId: number): { sheet: string; row: number; col: number } | undefined {
  const p = r.ObjectPaths[String(objectPathId)];
  if (!p) return undefined;
  if (p.Name === "GetBoundingRect") return rangeOrigin(r, p.ParentObjectPathId!);
  if (p.Name === "GetRow") {
    const o = rangeOrigin(r, p.ParentObjectPathId!);
    return o && { ...o, row: o.row + Number(p.ArgumentInfo?.Arguments?.[0]) };
  }
  if (p.Name !== "GetRange") return undefined;
  const sheetPath = r.ObjectPaths[String(p.ParentObjectPathId)];
  // A sheet made in an earlier request is a reference ("Add:<name>", see above).
  const sheet = sheetPath?.ObjectPathType === 6 ? sheetPath.Name.replace(/^Add:/, "") : String(sheetPath?.ArgumentInfo?.Arguments?.[0] ?? "");
  return { sheet, ...topLeft(String(p.ArgumentInfo?.Arguments?.[0])) };
}
