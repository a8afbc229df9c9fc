// Write requests under Excel on the web's request limit (5 MB per request, RequestPayloadSizeLimitExceeded).
// One user action stays one Excel.run; its writes are sent in as few context.sync() calls
// as keep each request under the budget below. A sync is added only when the next write
// would not fit; a 2-D array larger than the budget is split by rows.
//
// How office.js serializes a request (@microsoft/office-js, ClientRequestBase
// .buildRequestMessageBodyAndRequestFlags and CoreUtility._getRequestBodyText): the body
// is JSON.stringify({ Actions, ObjectPaths }); setting Range.formulas is one action whose
// ArgumentInfo.Arguments holds the 2-D array as JSON, and each getRange one object path.
// office.js itself cuts an array of more than 1 500 cells into slices of about 1 500 cells
// (setRangePropertiesInBulk: getRow(…).getBoundingRect(…) per slice), each with paths and
// actions of its own (CHUNK_BYTES). Our estimate of a request is therefore the UTF-8 size
// of the arrays' JSON plus a fixed overhead per operation and per office.js slice, with
// every `"` and `\` counted twice in case the host escapes the body once more when it
// passes it on. test/workbook/batches.test.ts
// runs the writer against the real office.js request builder and checks that the
// estimate is never below what office.js actually sends.

/** Excel on the web's limit per request: 5 MB, read as decimal megabytes (the smaller reading). */
export const REQUEST_LIMIT = 5_000_000;
/** What we fill a request up to: 1 MB (20 %) under the limit, for what the estimate does not see. */
export const REQUEST_BUDGET = 4_000_000;
/**
 * Overhead of one operation (a getRange or other object paths, their instantiate actions
 * and the set or call action) beyond its array. Measured with office.js, doubly escaped:
 * 400 bytes on average over a fill, about 650 for a bold row (range, format, font).
 */
export const ACTION_BYTES = 800;
/** Overhead of one office.js slice of a large array (two getRow, one getBoundingRect, the set): measured ≈ 700. */
export const CHUNK_BYTES = 1000;
/** office.js slices arrays of more than this many cells (setRangePropertiesInBulk). */
const OFFICE_CHUNK_CELLS = 1500;

/** Rows per office.js slice of an array `cols` wide, or Infinity when it is not sliced. */
function chunkRows(rows: number, cols: number): number {
  return rows * cols > OFFICE_CHUNK_CELLS ? Math.max(1, Math.round(OFFICE_CHUNK_CELLS / cols)) : Infinity;
}

/** The estimated size of one write of `rows` (array, operation and office.js slices). */
export function writeBytes(rows: unknown[][]): number {
  const slices = rows.length === 0 ? 0 : Math.ceil(rows.length / chunkRows(rows.length, rows[0].length));
  return jsonBytes(rows) + ACTION_BYTES + (Number.isFinite(slices) ? slices : 0) * CHUNK_BYTES;
}

import { areaAt, topLeft } from "./a1";

const utf8 = new TextEncoder();

/** What a value adds to a request: its JSON in UTF-8, quotes and backslashes counted twice. */
export function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value);
  let escapes = 0;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c === 34 || c === 92) escapes++;
  }
  return utf8.encode(json).length + escapes;
}


/**
 * The writes of one Excel.run, counted as they are queued. `write` queues a 2-D array on
 * a range, syncing first when it would not fit with what is queued; `small` counts an
 * action without an array (a format, a table). `sent` closes the count when the writer
 * syncs the last request itself, so a fill that fits in one request keeps its one sync.
 */
export class RequestBatches {
  private queued = 0;
  /** The estimated size of each request sent, in order. */
  readonly requests: number[] = [];

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget = REQUEST_BUDGET,
  ) {}

  /** Bytes queued for the next sync. */
  get pending(): number {
    return this.queued;
  }

  /** Count an action that carries no array (format, table, protection, a setting). */
  async small(bytes = ACTION_BYTES): Promise<void> {
    await this.room(bytes);
    this.queued += bytes;
  }

  /**
   * Queue `rows` on `property` of the range at `a1` on `ws`. Written in one piece to
   * `ws.getRange(a1)` when it fits in the request being filled, else in row slices that
   * fill it and the next ones to the budget.
   */
  async write(ws: Excel.Worksheet, a1: string, property: "formulas" | "numberFormat", rows: unknown[][]): Promise<void> {
    const whole = writeBytes(rows);
    // In one piece when it fits in this request, or when it is small (then it opens the next).
    if (this.queued + whole <= this.budget || whole <= this.budget / 8) {
      await this.room(whole);
      set(ws.getRange(a1), property, rows);
      this.queued += whole;
      return;
    }
    // Else in row slices: the first fills what is left of this request, the rest follow.
    const { row, col } = topLeft(a1);
    const cols = rows[0]?.length ?? 0;
    let start = 0;
    while (start < rows.length) {
      // Take rows while they fit in what is left of this request (at least one row).
      // Counted as if office.js slices it (a slice's overhead at each slice's first row).
      let bytes = ACTION_BYTES + 2;
      let end = start;
      const room = this.budget - this.queued;
      const perSlice = Math.max(1, Math.round(OFFICE_CHUNK_CELLS / Math.max(1, cols)));
      while (end < rows.length) {
        const next = jsonBytes(rows[end]) + 1 + ((end - start) % perSlice === 0 ? CHUNK_BYTES : 0);
        if (end > start && bytes + next > room) break;
        bytes += next;
        end++;
      }
      if (bytes > room && this.queued > 0) {
        await this.sync();
        continue;
      }
      if (bytes > this.budget) throw new Error(`En rad på ${bytes} byte ryms inte i en begäran till Excel (gräns ${REQUEST_LIMIT} byte).`);
      set(ws.getRange(areaAt(row + start, col, end - start, cols)), property, rows.slice(start, end));
      this.queued += bytes;
      start = end;
    }
  }

  /** The writer sent what is queued with its own sync: record that request. */
  sent(): void {
    this.requests.push(this.queued);
    this.queued = 0;
  }

  private async room(bytes: number): Promise<void> {
    if (this.queued > 0 && this.queued + bytes > this.budget) await this.sync();
  }

  private async sync(): Promise<void> {
    await this.context.sync();
    this.sent();
    // The suspension lasts only until the next sync: keep Excel from recalculating half-written sheets.
    this.context.application.suspendApiCalculationUntilNextSync();
  }
}

function set(range: Excel.Range, property: "formulas" | "numberFormat", rows: unknown[][]): void {
  if (property === "formulas") range.formulas = rows as string[][];
  else range.numberFormat = rows as string[][];
}
