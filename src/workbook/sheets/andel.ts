// 5.1.2 CNI and 5.1.3 Glesbygd share a fixed budget among the units by a weight: one row per
// unit with its listed count, the input column (CNI or distance), its weight and its
// payment, and the county's sum of weights in B3 for the payment formula.
import { sum } from "../../engine/money";
import { dec } from "../../engine/money";
import { glesbygdsvikt } from "../../engine/halsoval/glesbygd";
import { avstandFor, kommunernasAvstand } from "../../engine/halsoval/avstand";
import type { LanetsResultat } from "../../engine/halsoval/vardenhet";
import type { RuleSet } from "../../rules";
import { KR, ref, SheetLayout } from "../layout";
import { fx, GridCell, SetupData, SHEETS, split, valueOf, YEAR } from "./common";
import { VARDENHET_COL, vardenhetBands, vardenhetCell, vardenhetColumn } from "./indata";

const FIRST = 6; // first unit row

/** Unit u's payment per year on a share sheet. */
export const andelPayment = (sheet: string, u: number) => ref(sheet, `F${FIRST + u}`);

interface ShareSheet {
  name: string;
  title: string;
  countyLabel: string;
  input: { header: string; column: string };
  weightHeader: string;
  weight: (row: number) => string;
  payment: (row: number) => string;
  component: "5.1.2" | "5.1.3";
  weightValue: (hv: RuleSet, listed: number, x: number) => number;
}

export const CNI_SHEET: ShareSheet = {
  name: SHEETS.cni,
  title: "Socioekonomisk faktor, CNI (5.1.2): budgeten delas efter listade × CNI",
  countyLabel: "Länets summa listade × CNI",
  input: { header: "CNI", column: VARDENHET_COL.cni },
  weightHeader: "Listade × CNI",
  weight: (row) => `=C${row}*D${row}`,
  payment: (row) => `=HALSOVAL.SOCIOEKONOMI(C${row},D${row},$B$3,${YEAR})`,
  component: "5.1.2",
  weightValue: (_hv, listed, cni) => dec(cni).times(listed).toNumber(),
};

export const GLESBYGD_SHEET: ShareSheet = {
  name: SHEETS.glesbygd,
  title: "Glesbygdsfaktor (5.1.3): budgeten delas efter glesbygdsvikt",
  countyLabel: "Länets summa glesbygdsvikt",
  input: { header: "Avstånd km", column: VARDENHET_COL.avstand },
  weightHeader: "Glesbygdsvikt",
  weight: (row) => `=HALSOVAL.GLESBYGDSVIKT(C${row},D${row},${YEAR})`,
  payment: (row) => `=HALSOVAL.GLESBYGD(C${row},D${row},$B$3,${YEAR})`,
  component: "5.1.3",
  weightValue: (hv, listed, km) => glesbygdsvikt(hv, listed, km).toNumber(),
};

export function andelsblad(spec: ShareSheet, hv: RuleSet, d: SetupData, lan: LanetsResultat): SheetLayout {
  const n = d.vardenheter.length;
  const last = FIRST + n - 1;
  // 5.1.3 under the reading "kommun": the municipality's distance, its nearest unit's (MINIFS).
  const kommuner = spec.component === "5.1.3" ? kommunernasAvstand(hv, d.vardenheter) : null;
  const input = (u: number) =>
    kommuner
      ? `=MINIFS(${vardenhetColumn(spec.input.column, n)},${vardenhetColumn(VARDENHET_COL.kommun, n)},${vardenhetCell(VARDENHET_COL.kommun, u)})`
      : `=${vardenhetCell(spec.input.column, u)}`;
  const unitRows: GridCell[][] = d.vardenheter.map((e, u) => {
    const row = FIRST + u;
    const listed = e.listade.reduce((s, x) => s + x, 0);
    const x = spec.input.column === VARDENHET_COL.cni ? Number(e.cni) : avstandFor(e, kommuner);
    return [
      fx(`=${vardenhetCell(VARDENHET_COL.id, u)}`, () => e.id),
      fx(`=${vardenhetCell(VARDENHET_COL.namn, u)}`, () => e.namn),
      fx(`=SUM(${vardenhetBands(u)})`, () => listed),
      fx(input(u), () => x),
      fx(spec.weight(row), () => spec.weightValue(hv, listed, x)),
      fx(spec.payment(row), () => lan.enheter[u].komponenter[spec.component]),
    ];
  });
  const col = (k: number) => sum(unitRows.map((r) => valueOf(r[k])));
  const rows: GridCell[][] = [
    [spec.title],
    [],
    [spec.countyLabel, fx(`=SUM(E${FIRST}:E${last})`, () => col(4))],
    [],
    ["Id", "Vårdenhet", "Listade", spec.input.header, spec.weightHeader, "Ersättning per år"],
    ...unitRows,
    ["Summa", "", fx(`=SUM(C${FIRST}:C${last})`, () => col(2)), "", fx(`=SUM(E${FIRST}:E${last})`, () => col(4)), fx(`=SUM(F${FIRST}:F${last})`, () => col(5))],
  ];
  const { rows: r, values, arrays } = split(rows);
  return { name: spec.name, rows: r, values, arrays, boldRows: [1, 5, r.length], widths: [28, 30, 10, 12, 16, 18], formats: [{ range: `F${FIRST}:F${r.length}`, format: KR }] };
}
