// The age-weighted sheets, 5.1.1 Per listad and 5.1.4 Läkemedel: a row of kr per band from
// the custom function, then Σ count × kr per unit.
import type { RuleSet } from "../../rules";
import type { Decimal } from "../../engine/money";
import { sum } from "../../engine/money";
import { listadBelopp, pris, vikt } from "../../engine/halsoval/listad";
import { weightedCount } from "../../engine/halsoval/aldersvikt";
import { lakemedelBelopp } from "../../engine/halsoval/lakemedel";
import { BAND_START_AGES } from "../indata";
import { col, KR, KR_ORE, ref, SheetLayout } from "../layout";
import { fx, fxArray, GridCell, SetupData, SHEETS, split, YEAR } from "./common";
import { VARDENHET_COL, vardenhetBands, vardenhetCell } from "./indata";

/** The first data row (the explanations of a cell read it too: forklaraFigurer.ts). */
export const ALDER_FIRST = 6; // first unit row
const FIRST = ALDER_FIRST;

/** Unit u's cell on an age sheet: C listed, D payment per year. */
export const alderCell = (sheet: string, column: "C" | "D", u: number) => ref(sheet, `${column}${FIRST + u}`);

interface AgeSheet {
  name: string;
  title: string;
  fn: string;
  krPerBand: (rs: RuleSet, age: number) => Decimal;
}

export const LISTAD: AgeSheet = { name: SHEETS.listad, title: "Ersättning per listad invånare (5.1.1): vikt × pris för vikt 1,00", fn: "HALSOVAL.LISTAD", krPerBand: listadBelopp };
export const LAKEMEDEL: AgeSheet = { name: SHEETS.lakemedel, title: "Läkemedel (5.1.4, preliminär): vikt × pris för vikt 1,0", fn: "HALSOVAL.LAKEMEDEL", krPerBand: lakemedelBelopp };

export function aldersblad(spec: AgeSheet, hv: RuleSet, d: SetupData): SheetLayout {
  // 5.1.1 also shows each unit's weighted count and the county's sum (Y4): the price is
  // derived from it under the reading 5.1.1.prislage = harlett, and LISTAD is given it.
  const weighted = spec === LISTAD;
  const n = d.vardenheter.length;
  const last = FIRST + n - 1;
  const weightedUnits = weighted ? d.vardenheter.map((e, u) => fx(`=SUMPRODUCT(${vardenhetBands(u)},$B$4:$V$4)`, () => weightedCount(hv, "5.1.1.vikter", e.listade))) : [];
  const county = () => sum(weightedUnits.map((c) => c.v as number));
  // Kr per band, computed once for the band cells and every unit's payment (a failure is
  // thrown again at each use, so each of those cells shows it).
  let perBand: Decimal[] | undefined;
  const kr = () => {
    if (perBand) return perBand;
    const price = weighted ? pris(hv, county()) : undefined;
    return (perBand = BAND_START_AGES.map((a) => (price ? listadBelopp(hv, a, price) : spec.krPerBand(hv, a))));
  };
  const rows: GridCell[][] = [
    [spec.title],
    ["Ålder (klassens början)", ...BAND_START_AGES],
    // With the county's sum as an argument, one formula per band (HyperFormula orders an array
    // that depends on cells below it wrongly; Excel is indifferent).
    weighted
      ? ["Kr per listad och år", ...BAND_START_AGES.map((_, b) => fx(`=${spec.fn}(${col(b + 1)}2,${YEAR},$Y$4)`, () => kr()[b]))]
      : ["Kr per listad och år", fxArray(`=${spec.fn}(B2:V2,${YEAR})`, true, kr)],
    weighted
      ? ["Vikt", ...BAND_START_AGES.map((a, b) => fx(`=HALSOVAL.VIKT(${col(b + 1)}2,${YEAR})`, () => vikt(hv, a))), "", "Länets viktade listade", fx(`=SUM(E${FIRST}:E${last})`, county)]
      : [],
    ["Id", "Vårdenhet", "Listade", "Ersättning per år", ...(weighted ? ["Viktade listade"] : [])],
  ];
  const listed = d.vardenheter.map((e) => e.listade.reduce((s, x) => s + x, 0));
  const pay = d.vardenheter.map((e) => fx("", () => { const k = kr(); return sum(e.listade.map((n, b) => k[b].times(n))); }).v);
  d.vardenheter.forEach((e, u) => {
    rows.push([
      fx(`=${vardenhetCell(VARDENHET_COL.id, u)}`, () => e.id),
      fx(`=${vardenhetCell(VARDENHET_COL.namn, u)}`, () => e.namn),
      fx(`=SUM(${vardenhetBands(u)})`, () => listed[u]),
      { f: `=SUMPRODUCT(${vardenhetBands(u)},$B$3:$V$3)`, v: pay[u] },
      ...(weighted ? [weightedUnits[u]] : []),
    ]);
  });
  const total = pay.every((p) => typeof p === "number") ? sum(pay as number[]) : null;
  rows.push([
    "Summa",
    "",
    fx(`=SUM(C${FIRST}:C${last})`, () => listed.reduce((s, x) => s + x, 0)),
    total ? fx(`=SUM(D${FIRST}:D${last})`, () => total) : { f: `=SUM(D${FIRST}:D${last})`, v: { error: "#VALUE!" } },
    ...(weighted ? [fx(`=SUM(E${FIRST}:E${last})`, county)] : []),
  ]);
  const { rows: r, values, arrays } = split(rows);
  return {
    name: spec.name,
    rows: r,
    values,
    arrays,
    boldRows: [1, 5, r.length],
    widths: [24, 30, 10, 18, ...Array(18).fill(10)],
    formats: [
      { range: "B3:V3", format: KR_ORE },
      { range: `D${FIRST}:D${r.length}`, format: KR },
    ],
  };
}
