// The two input sheets (Indata vårdenheter, Indata befolkning): the validated files as
// tables, one row per unit or municipality. The finders are how other sheets refer to them.
import { BAND_COLUMNS } from "../indata";
import { addr, CellValue, ref, SheetLayout } from "../layout";
import { bandsRange, SetupData, SHEETS } from "./common";

const V = SHEETS.vardenheter;
const B = SHEETS.befolkning;

/** Columns of Indata vårdenheter. */
export const VARDENHET_COL = { id: "A", namn: "B", kommun: "C", regi: "D", cni: "E", avstand: "F", listade16till67: "G" } as const;
const FIRST_BAND_COL_V = 7; // H
/** Columns of Indata befolkning. */
export const BEFOLKNING_COL = { kommun: "A", cni: "B", avstand: "C" } as const;
const FIRST_BAND_COL_B = 3; // D

/** Unit u's cell (0-based, in the order of the data) on Indata vårdenheter. */
export const vardenhetCell = (column: string, u: number) => ref(V, `${column}${u + 2}`);
/** A whole column of Indata vårdenheter over the n units (absolute, for MINIFS and the like). */
export const vardenhetColumn = (column: string, n: number) => ref(V, `$${column}$2:$${column}$${n + 1}`);
/** Unit u's 21 listed counts by age band. */
export const vardenhetBands = (u: number) => ref(V, bandsRange(FIRST_BAND_COL_V, u + 2));
/** Municipality i's cell on Indata befolkning. */
export const befolkningCell = (column: string, i: number) => ref(B, `${column}${i + 2}`);
/** Municipality i's population by age band. */
export const befolkningBands = (i: number) => ref(B, bandsRange(FIRST_BAND_COL_B, i + 2));

const widths = (n: number, first: number[]) => [...first, ...Array(n - first.length).fill(8)];

export function indataVardenheter(d: SetupData): SheetLayout {
  const rows: CellValue[][] = [["Id", "Vårdenhet", "Kommun", "Regi", "CNI", "Avstånd km", "Listade 16–67", ...BAND_COLUMNS]];
  for (const e of d.vardenheter)
    rows.push([e.id, e.namn, e.kommun, e.privat ? "Privat" : "Region", Number(e.cni), e.avstandKm, e.listade16till67, ...e.listade]);
  return {
    name: V,
    rows,
    values: rows,
    tables: [{ name: "RJH_Vardenheter", range: `A1:${addr(rows[0].length - 1, rows.length)}` }],
    freezeRows: 1,
    widths: widths(rows[0].length, [10, 30, 14, 9, 8, 11, 14]),
  };
}

export function indataBefolkning(d: SetupData): SheetLayout {
  const rows: CellValue[][] = [["Kommun", "CNI", "Avstånd km", ...BAND_COLUMNS]];
  for (const k of d.befolkning) rows.push([k.kommun, Number(k.cni), k.avstandKm, ...k.befolkning]);
  return {
    name: B,
    rows,
    values: rows,
    tables: [{ name: "RJH_Befolkning", range: `A1:${addr(rows[0].length - 1, rows.length)}` }],
    freezeRows: 1,
    widths: widths(rows[0].length, [14, 8, 11]),
  };
}
