// Excel in → engine → Excel out, written once for every custom function. A single value in
// gives a single value out; a range in gives a range of the same shape out, computed in one
// call. Empty cells give empty results. Bad input gives a CustomFunctions.Error with a
// Swedish message (#VALUE! for bad values, #N/A for a year without a rule set or a pin
// that cannot be read); in a range only the bad cell is an error. Never a wrong number:
// every number returned is finite, and no call computes before the workbook's pin is read.
import { Agreement, findRuleSet, NoRuleSetError, RuleSet, RuleSetError } from "../rules";
import { InputError, nonNegative, wholeCount } from "../engine/check";
import type { Decimal } from "../engine/money";
import { pinStatus, ruleSets } from "../pin/state";
import { excelError, rulesByYear, stateYear } from "./setup";

export type Out = number | string | boolean | CustomFunctions.Error;
export type Grid<T = unknown> = T[][];

export function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || v === "";
}

function describe(v: unknown): string {
  if (v === null || v === undefined) return "tom";
  if (typeof v === "object") return "inte ett cellvärde";
  return `ett enskilt värde (${String(v).slice(0, 20)})`;
}

/**
 * A scalar as a 1×1 grid; Excel passes matrices already, Node tests may pass either. A
 * range that is not rows of cells of one length is refused with a message about the range.
 */
export function grid(x: unknown, what = "Området"): Grid {
  if (!Array.isArray(x)) return [[x]];
  if (x.length === 0) throw new InputError(`${what} är tomt.`);
  if (!x.some(Array.isArray)) return [x];
  const cols = Array.isArray(x[0]) ? x[0].length : -1;
  for (let r = 0; r < x.length; r++) {
    const row = x[r];
    if (!Array.isArray(row)) throw new InputError(`${what} är felformat: rad ${r + 1} är ${describe(row)}, inte en rad av celler.`);
    if (row.length !== cols || cols === 0)
      throw new InputError(`${what} är felformat: rad ${r + 1} har ${row.length} celler, rad 1 har ${cols}.`);
  }
  return x as Grid;
}

/** The cell's error for `e`; one object per (code, message), shared by every cell that fails alike (setup.ts). */
export function toError(e: unknown): CustomFunctions.Error {
  if (e instanceof NoRuleSetError) return excelError(CustomFunctions.ErrorCode.notAvailable, e.message);
  if (e instanceof RuleSetError) return excelError(CustomFunctions.ErrorCode.notAvailable, e.message.slice(0, 250));
  if (e instanceof InputError || e instanceof RangeError) return excelError(CustomFunctions.ErrorCode.invalidValue, e.message);
  if (e instanceof CustomFunctions.Error) return e;
  return excelError(CustomFunctions.ErrorCode.invalidValue, `Oväntat fel: ${(e as Error)?.message ?? String(e)}`);
}

/**
 * Prefix an input error with the argument it came from: "Ålder: måste vara ett heltal".
 * The error is reused (its message prefixed), so a failing cell builds one error object
 * before the CustomFunctions.Error Excel needs.
 */
export function arg<T>(name: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof InputError) {
      e.message = `${name}: ${e.message}`;
      throw e;
    }
    throw e;
  }
}

/** A result as an Excel number; one that does not fit (±Infinity, NaN) is an error naming `blame`. */
export function num(d: Decimal | number, blame?: string): number {
  const n = typeof d === "number" ? d : d.toNumber();
  if (!Number.isFinite(n))
    throw new InputError(`Resultatet blir för stort för Excel (över 1,8 · 10^308)${blame ? `; kontrollera ${blame}` : ""}.`);
  return n;
}

/** The argument most likely at fault for an overflow: the one of largest magnitude. */
export function largest(args: [string, unknown][]): string {
  let best = args[0][0];
  let size = -1;
  for (const [name, v] of args) {
    const m = typeof v === "number" ? Math.abs(v) : 0;
    if (m > size) [best, size] = [name, m];
  }
  return best;
}

/**
 * Apply `f` to every cell of the argument grids (all of one shape; a single value is used
 * for every cell). Empty cells give "", a failing cell gives its error. Rows are
 * preallocated and filled by a plain loop (no per-cell closures or arrays).
 */
export function cells(args: Grid[], f: (a: unknown, b?: unknown) => Out): Grid<Out> {
  let rows = 1;
  let cols = 1;
  let shaped: Grid | undefined;
  for (const g of args) {
    if (g.length === 1 && g[0].length === 1) continue;
    if (!shaped) [shaped, rows, cols] = [g, g.length, g[0].length];
    else if (g.length !== rows || g[0].length !== cols)
      throw new InputError(`Områdena måste ha samma storlek (${rows}×${cols} och ${g.length}×${g[0].length}).`);
  }
  const a = args[0];
  const b = args[1];
  const aOne = a.length === 1 && a[0].length === 1;
  const bOne = !b || (b.length === 1 && b[0].length === 1);
  const out: Grid<Out> = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const row: Out[] = new Array(cols);
    const ar = aOne ? a[0] : a[r];
    const br = b ? (bOne ? b[0] : b[r]) : undefined;
    for (let c = 0; c < cols; c++) {
      const x = aOne ? ar[0] : ar[c];
      const y = br ? (bOne ? br[0] : br[c]) : 0;
      if (isEmpty(x) || isEmpty(y)) {
        row[c] = "";
        continue;
      }
      try {
        row[c] = f(x, y);
      } catch (e) {
        row[c] = toError(e);
      }
    }
    out[r] = row;
  }
  return out;
}

/**
 * Every function's body runs through here: wait for the workbook's pin while it is being
 * read (a Promise, which Excel awaits), #N/A with the reason if it could not be read, then
 * compute. Any failure becomes the cell's one error; a 1×1 result that is an error is
 * thrown so Excel shows its message. Synchronous whenever the pin is already in place
 * (Node tests, HyperFormula, every call after the first moments).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a grid, or a Promise of one while the pin loads
export function run(f: () => Grid<Out>): any {
  const s = pinStatus();
  if (s.kind === "loading") return s.done.then(() => run(f));
  if (s.kind === "failed") throw excelError(CustomFunctions.ErrorCode.notAvailable, s.reason.slice(0, 250));
  let out: Grid<Out>;
  try {
    out = f();
  } catch (e) {
    throw toError(e);
  }
  if (out.length === 1 && out[0].length === 1 && out[0][0] instanceof CustomFunctions.Error) throw out[0][0];
  return out;
}

/** The year argument: omitted → the workbook's pinned year; otherwise a whole year. */
export function year(x: unknown): number {
  if (isEmpty(x)) return stateYear();
  const v = Array.isArray(x) ? grid(x, "År")[0][0] : x;
  if (isEmpty(v)) return stateYear();
  return arg("År", () => wholeCount(v, "År", 2200));
}

/**
 * The rule set for (agreement, year), resolved once per pinned state (setup.ts rulesByYear:
 * dropped whenever a different pin is installed, so a call never sees a stale one). A year
 * without one is asked again, so that its error says why.
 */
export function ruleSet(agreement: Agreement, y: number): RuleSet {
  return rulesByYear(agreement).get(y) ?? findRuleSet(agreement, y, ruleSets());
}

/** Every value of a grid (row by row), with empty cells left out. */
export function values(g: Grid): unknown[] {
  return g.flat().filter((v) => !isEmpty(v));
}

/**
 * Share `amount` by the keys of a range, in the range's shape. The amount is checked on
 * its own first (one key), so a bad amount is blamed on the amount, not on the keys.
 */
export function shareOut(amount: unknown, keys: unknown, f: (amount: number, ks: number[]) => Decimal[]): Grid<Out> {
  const g = grid(keys, "Nycklarna");
  const a = arg("Belopp", () => {
    if (typeof amount !== "number" || !Number.isFinite(amount)) throw new InputError("måste vara ett tal.");
    f(amount, [1]);
    return amount;
  });
  const ks: number[] = [];
  g.forEach((row, r) =>
    row.forEach((k, c) => {
      if (!isEmpty(k)) ks.push(arg(`Nyckel på rad ${r + 1}, kolumn ${c + 1}`, () => nonNegative(k, "Nyckeln")));
    }),
  );
  const parts = arg("Nycklar", () => f(a, ks));
  let i = 0;
  return g.map((row) => row.map((k) => (isEmpty(k) ? "" : num(parts[i++], "Belopp"))));
}
