// Sammanställning: per unit the five components of 5.1, the private units' supplements and
// the year's total; the supplements' formulas follow the rule set's switches.
import { reading, readingList } from "../../rules";
import type { RuleSet } from "../../rules";
import { sum } from "../../engine/money";
import type { LanetsResultat } from "../../engine/halsoval/vardenhet";
import { KR, ref, SheetLayout } from "../layout";
import { fx, GridCell, SetupData, SHEETS, split, YEAR } from "./common";
import { VARDENHET_COL, vardenhetCell } from "./indata";
import { alderCell } from "./alder";
import { andelPayment } from "./andel";
import { rehabPayment } from "./rehab";

/** The first data row (the explanations of a cell read it too: forklaraFigurer.ts). */
export const SUMMA_FIRST = 4;
const FIRST = SUMMA_FIRST;
const COMPONENT_COLUMN: Record<string, string> = { "5.1.1": "E", "5.1.2": "F", "5.1.3": "G", "5.1.4": "H", "5.1.5": "I" };

/** Unit u's cell on Sammanställning: B name, D regi, L total per year, … */
export const summaCell = (column: string, u: number, absolute = false) => ref(SHEETS.summa, absolute ? `$${column}$${FIRST + u}` : `${column}${FIRST + u}`);
/** Unit u's parts of a month's payment on Sammanställning, E:K (5.1.1–5.1.5, IT/admin, moms: MANADSDELAR's order). */
export const summaDelar = (u: number) => ref(SHEETS.summa, `$E$${FIRST + u}:$K$${FIRST + u}`);

export function summaBlad(hv: RuleSet, d: SetupData, lan: LanetsResultat): SheetLayout {
  const n = d.vardenheter.length;
  const adminCols = readingList(hv, "5.admin_komponenter").map((k) => COMPONENT_COLUMN[k]);
  const momsCols = readingList(hv, "5.moms_komponenter").map((k) => COMPONENT_COLUMN[k]);
  const adminMoms = reading(hv, "5.admin_moms") === "ja";
  const rows: GridCell[][] = [
    ["Sammanställning per vårdenhet: ersättning för listade invånare (5.1) per år"],
    [],
    ["Id", "Vårdenhet", "Kommun", "Regi", "5.1.1 Per listad", "5.1.2 CNI", "5.1.3 Glesbygd", "5.1.4 Läkemedel", "5.1.5 Rehab", "IT/admin 1,5 %", "Moms 3 %", "Summa per år", "Per månad (1/12)"],
  ];
  d.vardenheter.forEach((e, u) => {
    const row = FIRST + u;
    const r = lan.enheter[u];
    const sumOf = (cols: string[]) => cols.map((c) => `${c}${row}`).join("+") || "0";
    rows.push([
      fx(`=${vardenhetCell(VARDENHET_COL.id, u)}`, () => e.id),
      fx(`=${vardenhetCell(VARDENHET_COL.namn, u)}`, () => e.namn),
      fx(`=${vardenhetCell(VARDENHET_COL.kommun, u)}`, () => e.kommun),
      fx(`=${vardenhetCell(VARDENHET_COL.regi, u)}`, () => (e.privat ? "Privat" : "Region")),
      fx(`=${alderCell(SHEETS.listad, "D", u)}`, () => r.komponenter["5.1.1"]),
      fx(`=${andelPayment(SHEETS.cni, u)}`, () => r.komponenter["5.1.2"]),
      fx(`=${andelPayment(SHEETS.glesbygd, u)}`, () => r.komponenter["5.1.3"]),
      fx(`=${alderCell(SHEETS.lakemedel, "D", u)}`, () => r.komponenter["5.1.4"]),
      fx(`=${rehabPayment(u)}`, () => r.komponenter["5.1.5"]),
      fx(`=IF(D${row}="Privat",HALSOVAL.ADMIN(${sumOf(adminCols)},${YEAR}),0)`, () => r.admin),
      fx(`=IF(D${row}="Privat",HALSOVAL.MOMS(${sumOf(momsCols)}${adminMoms ? `+J${row}` : ""},${YEAR}),0)`, () => r.moms),
      fx(`=SUM(E${row}:K${row})`, () => r.summa),
      fx(`=L${row}/12`, () => r.summa.div(12)),
    ]);
  });
  const last = FIRST + n - 1;
  const s = lan.summa;
  const totals = [s["5.1.1"], s["5.1.2"], s["5.1.3"], s["5.1.4"], s["5.1.5"], s.admin, s.moms, s.summa, sum(lan.enheter.map((r) => r.summa.div(12)))];
  rows.push(["Summa", "", "", "", ...["E", "F", "G", "H", "I", "J", "K", "L", "M"].map((c, k) => fx(`=SUM(${c}${FIRST}:${c}${last})`, () => totals[k]))]);
  const { rows: r, values, arrays } = split(rows);
  return { name: SHEETS.summa, rows: r, values, arrays, boldRows: [1, 3, r.length], freezeRows: 3, widths: [10, 30, 14, 9, ...Array(9).fill(17)], formats: [{ range: `E${FIRST}:M${r.length}`, format: KR }] };
}
