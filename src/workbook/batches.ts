// Write requests under Excel on the web's request limit (5 MB per request, RequestPayloadSizeLimitExceeded).
// One user action stays one Excel.run; its writes are sent in as few context.sync() calls
// as keep each request under the budget below. A sync is added only when the next write
// would not fit; a 2-D array larger than the budget is split by rows.
//
// How office.js serializes a request (@microsoft/office-js, ClientRequestBase
// .buildRequestMessageBodyAndRequestFlags and CoreUtility._getRequestBodyText): the body
// is JSON.stringify({ Actions, ObjectPaths }); setting Range.formulas is one action whose
// ArgumentInfo.Arguments holds the 2-D array as JSON, and each getRange one object path.
// Our estimate of a request is therefore the UTF-8 size of those arrays' JSON plus a
// fixed overhead per action (ACTION_BYTES), with every `"` and `\` counted twice in case
// the host escapes the body once more when it passes it on. test/workbook/batches.test.ts
// runs the writer against the real office.js request builder and checks that the
// estimate is never below what office.js actually sends.

/** Excel on the web's limit per request: 5 MB, read as decimal megabytes (the smaller reading). */
export const REQUEST_LIMIT = 5_000_000;
/** What we fill a request up to: 1 MB (20 %) under the limit, for what the estimate does not see. */
export const REQUEST_BUDGET = 4_000_000;
/**
 * Overhead per action and its object paths in office.js's request JSON beyond the array
 * itself. Measured with office.js: a write to a new getRange is about 250 bytes; a
 * format, table or protection action 100–200 bytes.
 */
export const ACTION_BYTES = 400;

import { addr } from "./layout";

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

/** The top-left cell of an A1 address as 0-based row and column ("E4:M21" → 3, 4). */
export function topLeft(a1: string): { row: number; col: number } {
  const m = /^\$?([A-Z]+)\$?(\d+)/.exec(a1);
  if (!m) throw new Error(`Ogiltig adress ${a1}`);
  return { row: Number(m[2]) - 1, col: [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1 };
}

/** The A1 address of `rows` × `cols` cells from 0-based (row, column). */
export function areaAt(row: number, column: number, rows: number, cols: number): string {
  return `${addr(column, row + 1)}:${addr(column + cols - 1, row + rows)}`;
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
   * `ws.getRange(a1)` when it fits in a request, else in row slices that each do.
   */
  async write(ws: Excel.Worksheet, a1: string, property: "formulas" | "numberFormat", rows: unknown[][]): Promise<void> {
    const whole = jsonBytes(rows) + ACTION_BYTES;
    if (whole <= this.budget) {
      await this.room(whole);
      set(ws.getRange(a1), property, rows);
      this.queued += whole;
      return;
    }
    const { row, col } = topLeft(a1);
    const cols = rows[0]?.length ?? 0;
    let start = 0;
    while (start < rows.length) {
      // Take rows while they fit in what is left of this request (at least one row).
      let bytes = ACTION_BYTES + 2;
      let end = start;
      const room = this.budget - this.queued;
      while (end < rows.length) {
        const next = jsonBytes(rows[end]) + 1;
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
