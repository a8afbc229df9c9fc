// 5.1.5 Rehabkoordinator: an amount per listed person aged 16–67.
import { paramValue } from "../../rules";
import type { RuleSet } from "../../rules";
import { dec, sum } from "../../engine/money";
import { KR, ref, SheetLayout } from "../layout";
import { fx, GridCell, SetupData, SHEETS, split, YEAR } from "./common";
import { VARDENHET_COL, vardenhetCell } from "./indata";

/** The first data row (the explanations of a cell read it too: forklaraFigurer.ts). */
export const REHAB_FIRST = 6;
const FIRST = REHAB_FIRST;

/** Unit u's payment per year on the rehab sheet. */
export const rehabPayment = (u: number) => ref(SHEETS.rehab, `D${FIRST + u}`);

export function rehabBlad(hv: RuleSet, d: SetupData): SheetLayout {
  const last = FIRST + d.vardenheter.length - 1;
  const kr = dec(paramValue(hv, "5.1.5.belopp"));
  const rows: GridCell[][] = [
    ["Rehabkoordinator (5.1.5): per listad 16–67 år"],
    [],
    ["Kr per listad 16–67 år", fx(`=HALSOVAL.PARAMETER("5.1.5.belopp",${YEAR})`, () => kr)],
    [],
    ["Id", "Vårdenhet", "Listade 16–67", "Ersättning per år"],
  ];
  d.vardenheter.forEach((e, u) => {
    const row = FIRST + u;
    rows.push([
      fx(`=${vardenhetCell(VARDENHET_COL.id, u)}`, () => e.id),
      fx(`=${vardenhetCell(VARDENHET_COL.namn, u)}`, () => e.namn),
      fx(`=${vardenhetCell(VARDENHET_COL.listade16till67, u)}`, () => e.listade16till67),
      fx(`=C${row}*$B$3`, () => kr.times(e.listade16till67)),
    ]);
  });
  const listed = d.vardenheter.reduce((s, e) => s + e.listade16till67, 0);
  rows.push(["Summa", "", fx(`=SUM(C${FIRST}:C${last})`, () => listed), fx(`=SUM(D${FIRST}:D${last})`, () => sum(d.vardenheter.map((e) => kr.times(e.listade16till67))))]);
  const { rows: r, values, arrays } = split(rows);
  return { name: SHEETS.rehab, rows: r, values, arrays, boldRows: [1, 5, r.length], widths: [24, 30, 14, 18], formats: [{ range: `D${FIRST}:D${r.length}`, format: KR }] };
}
