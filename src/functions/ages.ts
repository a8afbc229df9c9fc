// The fast path of the functions of one age (5.1.1 HALSOVAL.LISTAD, 5.1.4 LAKEMEDEL, 5.1.5
// REHAB and the 5.1.1 weight): per workbook state and year, a table age → the very number
// the general path returns for that age, computed once by the general path's own cell
// function (so the same number, to the bit). A call is then a lookup per cell: one for a
// cell filled down, a plain loop over preallocated rows for a range. A cell that is not an
// age gets the general path's error, one object per message (setup.ts). Anything else (a
// malformed range, a pin being read, a year without rules) goes the general path.
//
// The result arrays Excel requires (a row [v] per cell of a column, [[v]] for a single
// cell) are made once per age too and shared between calls: allocating them was most of a
// call's cost (issue 13). They are frozen, so nothing can change a shared result: Office's
// custom-functions runtime keeps the returned value as it is and serializes it to Excel
// (custom-functions-runtime.js, CustomFunctionProxy._setResultWithOutboundData).
import { ageProblem, MAX_AGE } from "../engine/alder";
import type { Grid, Out } from "./adapt";
import { excelError, PerState } from "./setup";

/** Age 0..MAX_AGE → the cell's number, and the frozen row [v] and single-cell result [[v]] holding it. */
export interface AgeTable {
  row: readonly (readonly number[])[];
  one: readonly Grid<Out>[];
}

/** The table of `cell` over every age, or null if any age fails (the general path then says why). */
export function ageTable(cell: (age: number) => Out): AgeTable | null {
  const row: (readonly number[])[] = [];
  const one: Grid<Out>[] = [];
  for (let a = 0; a <= MAX_AGE; a++) {
    const v = cell(a);
    if (typeof v !== "number") return null;
    const r = Object.freeze([v]);
    row.push(r);
    one.push(Object.freeze([r]) as unknown as Grid<Out>);
  }
  return { row, one };
}

const NOT_A_NUMBER = Symbol("not a number");
let byValueFor: unknown;
const byValue = new Map<unknown, CustomFunctions.Error>();

/**
 * A cell that is not in the table: empty gives "", anything else the age's error ("Ålder: …").
 * Every value that is not a number has the same message, so the error is found by the value
 * (or "not a number") without building the message again.
 */
function notAnAge(a: unknown): Out {
  if (a === null || a === undefined || a === "") return "";
  if (byValueFor !== CustomFunctions.Error || byValue.size >= 1024) {
    byValue.clear();
    byValueFor = CustomFunctions.Error;
  }
  const key = typeof a === "number" ? a : NOT_A_NUMBER;
  let e = byValue.get(key);
  if (!e) {
    const problem = ageProblem(a) ?? `kunde inte slås upp (${String(a).slice(0, 20)}).`;
    byValue.set(key, (e = excelError(CustomFunctions.ErrorCode.invalidValue, `Ålder: ${problem}`)));
  }
  return e;
}

/**
 * `alder` through the table for the year `ar` names, or undefined when the general path
 * must answer. A single cell that fails is thrown, as adapt.run does, so Excel shows its message.
 */
export function byAge(alder: unknown, ar: unknown, tables: PerState<AgeTable>): Grid<Out> | undefined {
  const t = tables.forCall(ar);
  if (t === null) return undefined;
  let one: unknown = alder;
  if (Array.isArray(alder)) {
    const first: unknown = alder[0];
    if (!Array.isArray(first) || first.length === 0) return undefined;
    if (alder.length > 1 || first.length > 1) return range(alder, first.length, t);
    one = first[0];
  }
  if (typeof one === "number") {
    const r = t.one[one];
    if (r !== undefined) return r;
  }
  const other = notAnAge(one);
  if (other instanceof CustomFunctions.Error) throw other;
  return [[other]];
}

/** Rows × cols cells, rows preallocated, one plain loop; undefined for a malformed range (adapt.grid says what is wrong). */
function range(g: unknown[], cols: number, t: AgeTable): Grid<Out> | undefined {
  if (cols === 1) return column(g, t);
  const rows = g.length;
  const out: Out[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const row = g[r];
    if (!Array.isArray(row) || row.length !== cols) return undefined;
    const o: Out[] = new Array(cols);
    for (let c = 0; c < cols; c++) {
      const a: unknown = row[c];
      const v = typeof a === "number" ? t.row[a] : undefined;
      o[c] = v !== undefined ? v[0] : notAnAge(a);
    }
    out[r] = o;
  }
  return out;
}

/** The common case, a column of ages: one row of one cell per age. */
function column(g: unknown[], t: AgeTable): Grid<Out> | undefined {
  const rows = g.length;
  const out: Out[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const row = g[r];
    if (!Array.isArray(row) || row.length !== 1) return undefined;
    const a: unknown = row[0];
    const v = typeof a === "number" ? t.row[a] : undefined;
    out[r] = v !== undefined ? (v as Out[]) : [notAnAge(a)];
  }
  return out;
}
