// Excel in → engine → Excel out. A single value in gives a single value out; a range in
// gives a range of the same shape out, computed in one call. Empty cells give empty
// results. Bad input gives a CustomFunctions.Error with a Swedish message (#VALUE! for
// bad values, #N/A for a year without a rule set); in a range only the bad cell is an
// error. Never a wrong number.
import { Agreement, findRuleSet, NoRuleSetError, RuleSet, RuleSetError } from "../rules";
import { InputError, wholeCount } from "../engine/check";
import type { Decimal } from "../engine/money";
import { defaultYear, ruleSets } from "./state";

export type Out = number | string | boolean | CustomFunctions.Error;
export type Grid<T = unknown> = T[][];

export function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || v === "";
}

/** A scalar as a 1×1 grid; Excel passes matrices already, Node tests may pass either. */
export function grid(x: unknown): Grid {
  if (Array.isArray(x)) return Array.isArray(x[0]) ? (x as Grid) : [x as unknown[]];
  return [[x]];
}

export function toError(e: unknown): CustomFunctions.Error {
  if (e instanceof NoRuleSetError) return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, e.message);
  if (e instanceof RuleSetError) return new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, e.message.slice(0, 250));
  if (e instanceof InputError || e instanceof RangeError)
    return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, e.message);
  if (e instanceof CustomFunctions.Error) return e;
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, `Oväntat fel: ${(e as Error)?.message ?? String(e)}`);
}

/** Prefix an input error with the argument it came from: "Ålder: måste vara ett heltal". */
export function arg<T>(name: string, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof InputError) throw new InputError(`${name}: ${e.message}`);
    throw e;
  }
}

export function num(d: Decimal): number {
  return d.toNumber();
}

/**
 * Apply `f` to every cell of the argument grids (all of one shape; a single value is
 * used for every cell). Empty cells give "", a failing cell gives its error.
 */
export function cells(args: Grid[], f: (...values: unknown[]) => Out): Grid<Out> {
  const shaped = args.filter((g) => g.length !== 1 || g[0].length !== 1);
  const rows = shaped[0]?.length ?? 1;
  const cols = shaped[0]?.[0]?.length ?? 1;
  for (const g of shaped) {
    if (g.length !== rows || g[0].length !== cols)
      throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, `Områdena måste ha samma storlek (${rows}×${cols} och ${g.length}×${g[0].length}).`);
  }
  const out: Grid<Out> = [];
  for (let r = 0; r < rows; r++) {
    const row: Out[] = [];
    for (let c = 0; c < cols; c++) {
      const values = args.map((g) => (g.length === 1 && g[0].length === 1 ? g[0][0] : g[r][c]));
      if (values.some(isEmpty)) {
        row.push("");
        continue;
      }
      try {
        row.push(f(...values));
      } catch (e) {
        row.push(toError(e));
      }
    }
    out.push(row);
  }
  return out;
}

/** One cell in, an error out: throw it, so Excel shows the message in that cell. */
export function finish(out: Grid<Out>): Grid<Out> {
  if (out.length === 1 && out[0].length === 1 && out[0][0] instanceof CustomFunctions.Error) throw out[0][0];
  return out;
}

/** Run a whole-call computation; any failure becomes the one error of the cell. */
export function whole(f: () => Grid<Out>): Grid<Out> {
  try {
    return f();
  } catch (e) {
    throw toError(e);
  }
}

/** The year argument: omitted → the workbook's pinned year; otherwise a whole year. */
export function year(x: unknown): number {
  if (isEmpty(x)) return defaultYear();
  const v = Array.isArray(x) ? grid(x)[0][0] : x;
  if (isEmpty(v)) return defaultYear();
  return arg("År", () => wholeCount(v, "År", 2200));
}

export function ruleSet(agreement: Agreement, y: number): RuleSet {
  return findRuleSet(agreement, y, ruleSets());
}

/** Every value of a grid (row by row), with empty cells left out. */
export function values(g: Grid): unknown[] {
  return g.flat().filter((v) => !isEmpty(v));
}
