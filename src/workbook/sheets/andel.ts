// 5.1.2 CNI and 5.1.3 Glesbygd share a fixed budget among the units by a weight: one row per
// unit with its listed count, the input column (CNI or distance), its weight and its
// payment, and the county's sum of weights in B3 for the payment formula.
import { sum } from "../../engine/money";
import { dec } from "../../engine/money";
import { glesbygd, glesbygdsvikt } from "../../engine/halsoval/glesbygd";
import { avstandFor } from "../../engine/halsoval/avstand";
import type { LanetsResultat } from "../../engine/halsoval/vardenhet";
import type { RuleSet } from "../../rules";
import { KR, ref, SheetLayout } from "../layout";
import { fx, GridCell, SetupData, SHEETS, split, valueOf, YEAR } from "./common";
import { VARDENHET_COL, vardenhetBands, vardenhetCell, vardenhetColumn } from "./indata";

/** The first data row (the explanations of a cell read it too: forklaraFigurer.ts). */
export const ANDEL_FIRST = 6; // first unit row
const FIRST = ANDEL_FIRST;

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
  const kommuner = spec.component === "5.1.3" ? (lan.underlag.avstand ?? null) : null;
  const input = (u: number) =>
    kommuner
      ? `=MINIFS(${vardenhetColumn(spec.input.column, n)},${vardenhetColumn(VARDENHET_COL.kommun, n)},${vardenhetCell(VARDENHET_COL.kommun, u)})`
      : `=${vardenhetCell(spec.input.column, u)}`;
  const unitRows: GridCell[][] = d.vardenheter.map((e, u) => {
    const row = FIRST + u;
    const listed = lan.enheter[u].listade;
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
  if (kommuner) ownDistance(hv, d, unitRows);
  const col = (k: number) => sum(unitRows.map((r) => valueOf(r[k])));
  const rows: GridCell[][] = [
    [spec.title],
    [],
    [spec.countyLabel, fx(`=SUM(E${FIRST}:E${last})`, () => col(4))],
    kommuner ? ["Tolkningen flyttar (kr)", fx(`=SUMPRODUCT(ABS(J${FIRST}:J${last}))/2`, () => sum(unitRows.map((x) => Math.abs(valueOf(x[9]) as number))).div(2))] : [],
    ["Id", "Vårdenhet", "Listade", spec.input.header, spec.weightHeader, "Ersättning per år", ...(kommuner ? OWN_HEADERS : [])],
    ...unitRows,
    ["Summa", "", fx(`=SUM(C${FIRST}:C${last})`, () => col(2)), "", fx(`=SUM(E${FIRST}:E${last})`, () => col(4)), fx(`=SUM(F${FIRST}:F${last})`, () => col(5)),
      ...(kommuner ? ["", fx(`=SUM(H${FIRST}:H${last})`, () => col(7)), fx(`=SUM(I${FIRST}:I${last})`, () => col(8)), fx(`=SUM(J${FIRST}:J${last})`, () => col(9))] : [])],
  ];
  if (kommuner) rows.push([], [OWN_NOTE]);
  const { rows: r, values, arrays } = split(rows);
  const formats = [{ range: `F${FIRST}:F${FIRST + n}`, format: KR }, ...(kommuner ? [{ range: `I${FIRST}:J${FIRST + n}`, format: KR }, { range: "B4", format: KR }] : [])];
  return { name: spec.name, rows: r, values, arrays, boldRows: [1, 5, FIRST + n], widths: [28, 30, 10, 12, 16, 18, 12, 16, 18, 16], formats };
}

const OWN_HEADERS = ["Eget avstånd km", "Glesbygdsvikt, eget avstånd", "Ersättning, eget avstånd", "Skillnad"];
const OWN_NOTE =
  "Avståndet gäller kommunen (5.1.3: ”avståndet från närmsta vårdenhet i kommunen till Östersund”): varje vårdenhet räknas med kommunens närmsta vårdenhets avstånd. Kolumnerna G–J visar som jämförelse ersättningen med varje vårdenhets eget avstånd (tolkningen vardenhet); B4 är hur mycket tolkningen flyttar mellan vårdenheterna.";

/** Columns G–J: the same budget shared with each unit's own distance (reading vardenhet), and the difference. */
function ownDistance(hv: RuleSet, d: SetupData, unitRows: GridCell[][]): void {
  const n = d.vardenheter.length;
  const last = FIRST + n - 1;
  const weights = d.vardenheter.map((e) => glesbygdsvikt(hv, e.listade.reduce((s, x) => s + x, 0), e.avstandKm));
  const county = sum(weights);
  d.vardenheter.forEach((e, u) => {
    const row = FIRST + u;
    const listed = e.listade.reduce((s, x) => s + x, 0);
    const own = fx(`=HALSOVAL.GLESBYGD(C${row},G${row},$H$${last + 1},${YEAR})`, () => glesbygd(hv, listed, e.avstandKm, county));
    unitRows[u].push(
      fx(`=${vardenhetCell(VARDENHET_COL.avstand, u)}`, () => e.avstandKm),
      fx(`=HALSOVAL.GLESBYGDSVIKT(C${row},G${row},${YEAR})`, () => weights[u]),
      own,
      fx(`=F${row}-I${row}`, () => dec(valueOf(unitRows[u][5]) as number).minus(dec(valueOf(own) as number))),
    );
  });
}
