// Our custom functions registered in HyperFormula (GPL-3.0, a devDependency for tests and
// benchmarks only, never bundled), so a generated sheet can be recalculated headlessly.
// Each function calls the same export Excel calls; a range result spills.
import { ArraySize, CellError, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from "hyperformula";
// HyperFormula's plugin internals are not in its public typings.
/* eslint-disable @typescript-eslint/no-explicit-any */
type ProcedureAst = any;
type InterpreterState = any;
import * as F from "../../src/functions";

type Fn = (...args: unknown[]) => unknown[][];
interface Spec {
  name: string;
  fn: Fn;
  params: number;
  optional: number;
  /** Which argument's shape the result takes; "scalar", or a fixed [width, height]. */
  shape: number | "scalar" | [number, number] | "rows-of-0";
}

const S = (name: string, fn: Fn, params: number, optional: number, shape: Spec["shape"]): Spec => ({ name, fn, params, optional, shape });

export const SPECS: Spec[] = [
  S("HALSOVAL.VIKT", F.halsovalVikt as Fn, 2, 1, 0),
  S("HALSOVAL.LISTAD", F.halsovalListad as Fn, 3, 2, 0),
  S("HALSOVAL.LAKEMEDEL", F.halsovalLakemedel as Fn, 2, 1, 0),
  S("HALSOVAL.REHAB", F.halsovalRehab as Fn, 2, 1, 0),
  S("HALSOVAL.CNI", F.halsovalCni as Fn, 2, 1, "rows-of-0"),
  S("HALSOVAL.SOCIOEKONOMI", F.halsovalSocioekonomi as Fn, 4, 1, 0),
  S("HALSOVAL.GLESBYGDSVIKT", F.halsovalGlesbygdsvikt as Fn, 3, 1, 0),
  S("HALSOVAL.GLESBYGD", F.halsovalGlesbygd as Fn, 4, 1, 0),
  S("HALSOVAL.MOMS", F.halsovalMoms as Fn, 2, 1, 0),
  S("HALSOVAL.ADMIN", F.halsovalAdmin as Fn, 2, 1, 0),
  S("HALSOVAL.UTBETALNINGSDAG", F.halsovalUtbetalningsdag as Fn, 2, 0, 1),
  S("HALSOVAL.FAMILJECENTRAL", F.halsovalFamiljecentral as Fn, 3, 2, 0),
  S("HALSOVAL.PARAMETER", F.halsovalParameter as Fn, 2, 1, "scalar"),
  S("HALSOVAL.KALLA", F.halsovalKalla as Fn, 2, 1, "scalar"),
  S("TILLAGG.GRUNDBELOPP", F.tillaggGrundbelopp as Fn, 1, 1, "scalar"),
  S("TILLAGG.BERAKNA", F.tillaggBerakna as Fn, 4, 0, "scalar"),
  S("TILLAGG.JUSTERINGSBELOPP", F.tillaggJusteringsbelopp as Fn, 1, 1, "scalar"),
  S("TILLAGG.JUSTERA", F.tillaggJustera as Fn, 2, 1, 0),
  S("TILLAGG.BELOPP", F.tillaggBelopp as Fn, 2, 1, 0),
  S("TILLAGG.NORMALVARIATION", F.tillaggNormalvariation as Fn, 1, 0, [2, 1]),
  S("TILLAGG.FORDELA", F.tillaggFordela as Fn, 2, 0, 1),
  S("TILLAGG.NYCKEL", F.tillaggNyckel as Fn, 3, 0, 0),
  S("UTVECKLING.FORDELA", F.utvecklingFordela as Fn, 2, 0, 1),
];

const method = (s: Spec) => s.name.replace(/\./g, "_");

function toJs(v: unknown): unknown {
  if (v instanceof SimpleRangeValue) return v.rawData().map((row) => row.map(toJs));
  if (v instanceof CellError) return v;
  if (typeof v === "symbol") return null; // HyperFormula's EmptyValue
  if (v && typeof v === "object" && "val" in v) return (v as { val: unknown }).val;
  return v ?? null;
}

function toHf(v: unknown): unknown {
  if (v instanceof CustomFunctions.Error) return new CellError(v.code === "#N/A" ? ErrorType.NA : ErrorType.VALUE, v.message);
  return v;
}

class RjhPlugin extends FunctionPlugin {}
const implemented: Record<string, unknown> = {};
for (const s of SPECS) {
  implemented[s.name] = {
    method: method(s),
    sizeOfResultArrayMethod: `${method(s)}_size`,
    parameters: Array.from({ length: s.params }, (_, i) => ({ argumentType: FunctionArgumentType.ANY, optionalArg: i >= s.params - s.optional })),
    vectorizationForbidden: true,
  };
  (RjhPlugin.prototype as unknown as Record<string, unknown>)[method(s)] = function (this: FunctionPlugin, ast: ProcedureAst, state: InterpreterState) {
    return this.runFunction(ast.args, state, this.metadata(s.name), (...args: any[]): any => {
      const js = args.map(toJs);
      const err = js.find((a) => a instanceof CellError);
      if (err) return err;
      let out: unknown[][];
      try {
        // As Excel passes them: a matrix parameter gets a grid (a single value as 1×1),
        // a scalar parameter gets the value.
        const matrix = MATRIX_PARAMS[s.name] ?? [0];
        out = s.fn(...js.map((a, i) => (matrix.includes(i) ? (Array.isArray(a) ? a : [[a]]) : Array.isArray(a) ? a[0][0] : a)));
      } catch (e) {
        return toHf(e);
      }
      if (out.length === 1 && out[0].length === 1) return toHf(out[0][0]);
      return SimpleRangeValue.onlyValues(out.map((row) => row.map(toHf)) as never);
    });
  };
  (RjhPlugin.prototype as unknown as Record<string, unknown>)[`${method(s)}_size`] = function (this: FunctionPlugin, ast: ProcedureAst, state: InterpreterState) {
    if (s.shape === "scalar") return ArraySize.scalar();
    if (Array.isArray(s.shape)) return new ArraySize(s.shape[0], s.shape[1]);
    const size = this.arraySizeForAst(ast.args[s.shape === "rows-of-0" ? 0 : s.shape], state);
    if (s.shape === "rows-of-0") return size.width === 7 ? new ArraySize(1, size.height) : ArraySize.scalar();
    // A fresh size: one that still says "reference" would not spill.
    return size.width === 1 && size.height === 1 ? ArraySize.scalar() : new ArraySize(size.width, size.height);
  };
}
(RjhPlugin as unknown as { implementedFunctions: unknown }).implementedFunctions = implemented;

/** The parameters declared any[][] (dimensionality matrix); the others are scalar. */
const MATRIX_PARAMS: Record<string, number[]> = {
  "HALSOVAL.SOCIOEKONOMI": [0, 1],
  "HALSOVAL.GLESBYGDSVIKT": [0, 1],
  "HALSOVAL.GLESBYGD": [0, 1],
  "HALSOVAL.UTBETALNINGSDAG": [0, 1],
  "HALSOVAL.PARAMETER": [],
  "HALSOVAL.KALLA": [],
  "TILLAGG.GRUNDBELOPP": [],
  "TILLAGG.BERAKNA": [],
  "TILLAGG.JUSTERINGSBELOPP": [],
  "TILLAGG.FORDELA": [1],
  "TILLAGG.NYCKEL": [0, 1, 2],
  "UTVECKLING.FORDELA": [1],
};

let registered = false;
export function registerRjhFunctions(): void {
  if (registered) return;
  const names = Object.fromEntries(SPECS.map((s) => [s.name, s.name]));
  HyperFormula.registerFunctionPlugin(RjhPlugin as never, { enGB: names, enUS: names });
  registered = true;
}

export function buildEngine(sheets: Record<string, unknown[][]>, maxRows = 200_000): HyperFormula {
  registerRjhFunctions();
  // An empty string written through Range.formulas clears an Excel cell; in HyperFormula it
  // is a value that would block a spill, so it goes in as an empty cell.
  const cleared = Object.fromEntries(Object.entries(sheets).map(([k, rows]) => [k, rows.map((r) => r.map((c) => (c === "" ? null : c)))]));
  return HyperFormula.buildFromSheets(cleared as never, { licenseKey: "gpl-v3", useArrayArithmetic: true, maxRows, language: "enGB" });
}
