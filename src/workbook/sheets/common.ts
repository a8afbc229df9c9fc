// Shared by the sheet modules (one module per sheet of the yearly workbook): the sheet
// names, the inputs of a plan, and the grid builder that keeps each formula together with
// its value computed by the engine (the cached value an .xlsx file shows before any
// recalculation). Pure: no Office.
import type { RuleSet } from "../../rules";
import type { PinRules } from "../../pin/stored";
import type { Vardenhet } from "../../engine/halsoval/vardenhet";
import type { KommunUnderlag } from "../../engine/tillagg/fordelning";
import { InputError } from "../../engine/check";
import { Decimal } from "../../engine/money";
import { addr, CellValue, ComputedValue, rectangle, ref } from "../layout";

export const SHEETS = {
  parametrar: "Parametrar",
  vardenheter: "Indata vårdenheter",
  befolkning: "Indata befolkning",
  listad: "5.1.1 Per listad",
  cni: "5.1.2 CNI",
  glesbygd: "5.1.3 Glesbygd",
  lakemedel: "5.1.4 Läkemedel",
  rehab: "5.1.5 Rehab",
  summa: "Sammanställning",
  utbetalning: "Utbetalning",
  tillagg: "Tilläggsbelopp",
  utveckling: "Utveckling",
} as const;

export const kommunSheet = (k: string) => `Kommun ${k}`;

export interface YearSetup {
  year: number;
  /** Effective rule sets (with the user's inputs and switches). */
  halsoval: RuleSet;
  tillagg: RuleSet;
  utveckling: RuleSet;
  /** Persons connected to Storsjögläntan during the previous year (3.3). */
  anslutna: number | null;
  /** The joint development funds in all (region + municipalities), kr. */
  utvecklingBelopp: number | null;
  /** What the pane's first step was given beyond the shipped rules (a loaded file, changes by decision), recorded in the pin. */
  egnaRegler?: PinRules;
  /** Last year's rule sets (for the reconciliation of Y−1 and the change from last year); none: those sheets are left out. */
  foregaende?: ForegaendeRegler;
}

export interface ForegaendeRegler {
  halsoval: RuleSet;
  tillagg: RuleSet;
  /** Last year's development agreement; none: no development funds last year. */
  utveckling?: RuleSet;
}

export interface SetupData {
  vardenheter: Vardenhet[];
  befolkning: KommunUnderlag[];
}

/** The rule-set year every formula refers to (Parametrar!B2). */
export const YEAR = ref(SHEETS.parametrar, "$B$2");

/** The 21 age-band cells of a row, starting at a 0-based column. */
export const bandsRange = (firstCol: number, r: number) => `${addr(firstCol, r)}:${addr(firstCol + 20, r)}`;

/** A formula with the value the engine computes for it. */
export interface Fx {
  f: string;
  v: ComputedValue;
  /** An array result (spilled in Excel from this cell): values by row and column, [0][0] = v. */
  spill?: ComputedValue[][];
}

/**
 * A formula and its engine value. Input the engine rejects gives #VALUE!, as the custom
 * function does in Excel (never a number). Decimals are stored as numbers (what Excel keeps).
 */
export function fx(f: string, value: () => Decimal | number | string): Fx {
  try {
    return { f, v: plain(value()) };
  } catch (e) {
    if (rejected(e)) return { f, v: { error: "#VALUE!" } };
    throw e;
  }
}

/** Input the engine refuses (an InputError, or an empty input cell where a number is needed). */
const rejected = (e: unknown) => e instanceof InputError || (e instanceof Error && e.message.startsWith("[DecimalError]"));

const plain = (x: Decimal | number | string): CellValue => (x instanceof Decimal ? x.toNumber() : x);

/** A formula whose result is an array: a row (`across`) or a column of values. */
export function fxArray(f: string, across: boolean, value: () => (Decimal | number | string)[]): Fx {
  try {
    const xs = value().map(plain);
    return { f, v: xs[0], spill: across ? [xs] : xs.map((x) => [x]) };
  } catch (e) {
    if (rejected(e)) return { f, v: { error: "#VALUE!" } };
    throw e;
  }
}

export type GridCell = CellValue | Fx;

const isFx = (c: GridCell): c is Fx => typeof c === "object" && c !== null;

/** Split a grid into the formulas (what Office.js writes) and the computed values (for .xlsx). */
export function split(grid: GridCell[][]): { rows: CellValue[][]; values: ComputedValue[][]; arrays: string[] } {
  const full = rectangle(grid as CellValue[][]) as GridCell[][];
  const values: ComputedValue[][] = full.map((r) => r.map((c) => (isFx(c) ? c.v : c)));
  const arrays: string[] = [];
  full.forEach((r, i) =>
    r.forEach((c, k) => {
      if (!isFx(c) || !c.spill) return;
      c.spill.forEach((line, di) => line.forEach((x, dk) => (values[i + di][k + dk] = x)));
      arrays.push(`${addr(k, i + 1)}:${addr(k + c.spill[0].length - 1, i + c.spill.length)}`);
    }),
  );
  return { rows: full.map((r) => r.map((c) => (isFx(c) ? c.f : c))), values, arrays };
}

/** The value of a cell of another grid (for sums over a column the sheet itself built). */
export const valueOf = (c: GridCell): number => Number(isFx(c) ? c.v : c);
