// "Förklara" (issue 11, item 2) for a figure on a filled sheet: the cell is mapped to the
// engine's trace through one table of the sheets' figures (forklaraFigurer.ts): per sheet,
// the row of its first unit or municipality and, per column, the trace of the figure that
// column holds; a table's "Summa" row is explained as the sum of the rows above it, each
// row's trace a part (so the parts sum exactly). Built from the setup and data the pane
// holds; every trace comes from engine/forklaring (no rule computed here).
import { cellAt, col } from "./a1";
import { sum } from "../engine/money";
import { forklaring, type Forklaring } from "../engine/forklaring/typ";
import type { SetupData, YearSetup } from "./sheets/common";
import { figurBlad, sammanhang, type Sammanhang } from "./forklaraFigurer";

/** A cell's column letters and 1-based row ("$E$4" → E, 4). */
const split = (a1: string) => {
  const at = cellAt(a1);
  return at ? { col: col(at.col), row: at.row + 1 } : null;
};

/** A table of figures on a sheet: one row per item from `first`, and a "Summa" row after the last. */
export interface Figurtabell {
  first: number;
  count: (s: Sammanhang) => number;
  /** Per column, item i's trace (null: no figure there for this item). */
  columns: Record<string, (s: Sammanhang, i: number) => Forklaring | null>;
  /** The sum row's heading for a column ("Summa 5.1.1 Per listad"); none: no sum row. */
  summa?: (col: string) => string;
}

/** A sheet's figures: tables and single cells ("B5"). */
export interface Figurer {
  tables?: Figurtabell[];
  cells?: Record<string, (s: Sammanhang) => Forklaring | null>;
}

function iTabell(t: Figurtabell, s: Sammanhang, col: string, row: number): Forklaring | null | undefined {
  const fn = t.columns[col];
  if (!fn) return undefined;
  const n = t.count(s);
  const i = row - t.first;
  if (i >= 0 && i < n) return fn(s, i);
  if (i !== n || !t.summa) return undefined;
  const delar = Array.from({ length: n }, (_, k) => fn(s, k)).filter((f): f is Forklaring => f !== null);
  if (!delar.length || delar.some((d) => d.belopp === null)) return null;
  return forklaring({ rubrik: t.summa(col), formel: "summan av raderna ovanför", belopp: sum(delar.map((d) => d.belopp!)), enhet: delar[0].enhet, delar });
}

export type BladSvar = { kind: "figur"; forklaring: Forklaring } | { kind: "ingen-figur" } | { kind: "inte-vart" };

/**
 * What the cell `sheet`!`address` holds: a figure with its trace, a cell of one of our sheets
 * with no figure to explain (a heading, a name, an input), or a sheet that is not ours.
 */
export function bladSvar(sheet: string, address: string, setup: YearSetup, data: SetupData): BladSvar {
  const figurer = figurBlad(sheet, setup, data);
  if (!figurer) return { kind: "inte-vart" };
  const at = split(address);
  if (!at) return { kind: "ingen-figur" };
  const s = sammanhang(setup, data, sheet);
  const cell = figurer.cells?.[`${at.col}${at.row}`];
  let f: Forklaring | null | undefined = cell ? cell(s) : undefined;
  for (const t of figurer.tables ?? []) if (f === undefined) f = iTabell(t, s, at.col, at.row);
  return f ? { kind: "figur", forklaring: f } : { kind: "ingen-figur" };
}

/** The trace of the figure in `sheet`!`address`, or null when the cell holds none. */
export function bladForklaring(sheet: string, address: string, setup: YearSetup, data: SetupData): Forklaring | null {
  const r = bladSvar(sheet, address, setup, data);
  return r.kind === "figur" ? r.forklaring : null;
}
