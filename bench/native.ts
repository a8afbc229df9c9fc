// Our function against Excel's own formulas, like for like, recalculated headlessly in
// HyperFormula (an open-source Excel-compatible engine; not Excel itself, whose timings we
// cannot take here). Both sides once with one formula per row and once with one range
// formula, on the same 132 000 synthetic ages: =HALSOVAL.LISTAD(A2;$G$1) against
// =VLOOKUP(A2;$D$1:$E$21;2;1)*2301, and =HALSOVAL.LISTAD(A2:A132001;$G$1) against the
// same VLOOKUP over A2:A132001 as an array formula. "Build" is loading the sheet and
// computing it once; "recalc" is changing the one input every formula depends on
// (the year for ours, one weight for VLOOKUP) and computing again.
import { ArraySize, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from "hyperformula";

/** HyperFormula's plugin method arguments (its typings are not exported by path). */
type ProcedureAst = { args: never[] };
type InterpreterState = never;
import { findRuleSet, paramBands } from "../src/rules";
import { halsovalListad } from "../src/functions";
import { ms, ratio, sv } from "./measure";
import { syntheticAges } from "./synthetic";

const N = 132_000;

/** HALSOVAL.LISTAD inside HyperFormula: the exported function, called as Excel calls it. */
class Listad extends FunctionPlugin {
  static override implementedFunctions = {
    "HALSOVAL.LISTAD": {
      method: "listad",
      sizeOfResultArrayMethod: "listadSize",
      parameters: [{ argumentType: FunctionArgumentType.RANGE }, { argumentType: FunctionArgumentType.NUMBER }],
    },
  };
  listad(ast: ProcedureAst, state: InterpreterState) {
    return this.runFunction(ast.args, state, this.metadata("HALSOVAL.LISTAD"), (range: SimpleRangeValue, year: number) => {
      const out = halsovalListad(range.rawData() as never, year) as number[][];
      return out.length === 1 && out[0].length === 1 ? out[0][0] : SimpleRangeValue.onlyValues(out);
    });
  }
  listadSize(ast: ProcedureAst, state: InterpreterState) {
    const size = this.arraySizeForAst(ast.args[0], state);
    return new ArraySize(size.width, size.height);
  }
}
HyperFormula.registerFunctionPlugin(Listad, { enGB: { "HALSOVAL.LISTAD": "HALSOVAL.LISTAD" } });

type Sheet = (string | number | null)[][];

function sheet(ages: Int32Array, formula: (row: number) => string | null): Sheet {
  const bands = paramBands(findRuleSet("halsoval", 2026), "5.1.1.vikter");
  const rows: Sheet = [["Ålder", "Belopp", null, "Från", "Vikt", null, 2026]];
  for (let i = 0; i < ages.length; i++) {
    const b = bands[i];
    rows.push([ages[i], formula(i + 2), null, b ? b.from : null, b ? Number(b.value) : null, null, null]);
  }
  // The lookup table at D1:E21 (row 1 is the header row here, so it starts at D2).
  return rows;
}

interface Result { build: number; recalc: number; first: unknown }

function measure(rows: Sheet, change: { row: number; col: number; value: number }): Result {
  const t0 = process.hrtime.bigint();
  const hf = HyperFormula.buildFromArray(rows as never, { licenseKey: "gpl-v3", maxRows: N + 10, useArrayArithmetic: true });
  const build = Number(process.hrtime.bigint() - t0) / 1e6;
  const first = hf.getCellValue({ sheet: 0, row: 1, col: 1 });
  const t1 = process.hrtime.bigint();
  hf.setCellContents({ sheet: 0, row: change.row, col: change.col }, change.value);
  const recalc = Number(process.hrtime.bigint() - t1) / 1e6;
  hf.destroy();
  return { build, recalc, first };
}

function line(label: string, r: Result): string {
  return `   ${label}: bygge ${ms(r.build)}, omräkning ${ms(r.recalc)} (första cellen ${typeof r.first === "number" ? sv(r.first) : String(r.first)})`;
}

export async function bench(): Promise<void> {
  const ages = syntheticAges(N);
  const last = N + 1;
  const year = { row: 0, col: 6, value: 2025 };
  const weight = { row: 1, col: 4, value: 1.5 };
  console.log(`Vår funktion mot inbyggda formler, lika mot lika, ${N.toLocaleString("sv-SE")} rader i HyperFormula (inte Excel)`);
  console.log("   bygge = läsa in bladet och räkna det en gång; omräkning = ändra den indata alla formler beror av och räkna igen");

  const oursRows = measure(sheet(ages, (r) => `=HALSOVAL.LISTAD(A${r},$G$1)`), year);
  const nativeRows = measure(sheet(ages, (r) => `=VLOOKUP(A${r},$D$2:$E$22,2,1)*2301`), weight);
  console.log("   a) En formel per rad i båda:");
  console.log(line(`=HALSOVAL.LISTAD(A2;$G$1) × ${N.toLocaleString("sv-SE")}`, oursRows));
  console.log(line(`=LETARAD(A2;$D$2:$E$22;2;1)*2301 × ${N.toLocaleString("sv-SE")}`, nativeRows));
  console.log(`      kvot inbyggd/vår: bygge ${ratio(nativeRows.build / oursRows.build)}, omräkning ${ratio(nativeRows.recalc / oursRows.recalc)}`);
  console.log("      (båda byggena domineras av HyperFormulas beroendegraf: när 132 000 formler delar en absolut referens");
  console.log("       – $G$1 respektive $D$2:$E$22 – växer Graph.addEdge kvadratiskt; en egenhet hos HyperFormula, inte hos Excel)");

  const oursRange = measure(sheet(ages, (r) => (r === 2 ? `=HALSOVAL.LISTAD(A2:A${last},$G$1)` : null)), year);
  const nativeRange = measure(sheet(ages, (r) => (r === 2 ? `=VLOOKUP(A2:A${last},$D$2:$E$22,2,1)*2301` : null)), weight);
  console.log("   b) En områdesformel i båda:");
  console.log(line(`=HALSOVAL.LISTAD(A2:A${last};$G$1)`, oursRange));
  console.log(line(`=LETARAD(A2:A${last};$D$2:$E$22;2;1)*2301 som matrisformel`, nativeRange));
  console.log(`      kvot inbyggd/vår: bygge ${ratio(nativeRange.build / oursRange.build)}, omräkning ${ratio(nativeRange.recalc / oursRange.recalc)}\n`);
}
