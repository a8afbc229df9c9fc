// Utbetalning: each unit's monthly payments at the year's counts, every part of the year a
// twelfth for itself as the month run pays it, and the payment day (avsnitt 5).
import { reading, type RuleSet } from "../../rules";
import { excelSerial, utbetalningsdag } from "../../engine/halsoval/utbetalning";
import { manadsutbetalningar } from "../../engine/halsoval/manad";
import type { LanetsResultat } from "../../engine/halsoval/vardenhet";
import { sum } from "../../engine/money";
import { col, DATE, KR_ORE, SheetLayout } from "../layout";
import { fx, GridCell, SetupData, SHEETS, split, YEAR } from "./common";
import { summaDelar } from "./summa";

/** The row of month 1 (the explanations of a cell read it too: forklaraFigurer.ts). */
export const UTBETALNING_FIRST = 4;

export function utbetalningBlad(hv: RuleSet, year: number, d: SetupData, lan: LanetsResultat): SheetLayout {
  const n = d.vardenheter.length;
  const months = lan.enheter.map((r) => manadsutbetalningar(hv, r));
  const krona = reading(hv, "5.manad.avrundning") === "krona";
  const [enhet, skala] = krona ? ["hela kronor", 1] : ["öre", 100];
  const rows: GridCell[][] = [
    [`Utbetalning per månad: en tolftedel av varje del av årsersättningen (5.1.1–5.1.5, IT/admin, moms) i ${enhet}, den 20:e eller närmaste bankdag därefter (avsnitt 5)`],
    [`Utjämning: varje del ger varje månad ⌊${enhet}/12⌋ och de första (${enhet} mod 12) månaderna ${krona ? "en krona" : "ett öre"} till, så att månaderna summerar exakt till året; som månadskörningen betalar vid samma antal listade.`],
    ["Månad", "Utbetalningsdag", ...d.vardenheter.map((e) => e.namn)],
  ];
  for (let m = 1; m <= 12; m++) {
    const row = UTBETALNING_FIRST + m - 1;
    rows.push([
      m,
      fx(`=HALSOVAL.UTBETALNINGSDAG(${YEAR},A${row})`, () => excelSerial(utbetalningsdag(year, m, hv))),
      ...d.vardenheter.map((_, u) => {
        // The unit's parts E:K on Sammanställning, each |part| in whole öre (or kronor) shared as tolftedel does, its sign kept.
        const parts = summaDelar(u);
        const units = `ROUND(ABS(${parts})*${skala},0)`;
        return fx(`=SUMPRODUCT(SIGN(${parts})*(INT(${units}/12)+(A${row}<=MOD(${units},12))))/${skala}`, () => months[u][m - 1]);
      }),
    ]);
  }
  rows.push(["Summa", "", ...d.vardenheter.map((_, u) => fx(`=SUM(${col(u + 2)}4:${col(u + 2)}15)`, () => sum(months[u])))]);
  const { rows: r, values, arrays } = split(rows);
  return {
    name: SHEETS.utbetalning,
    rows: r,
    values,
    arrays,
    boldRows: [3, 16],
    freezeRows: 3,
    widths: [8, 16, ...Array(n).fill(18)],
    formats: [
      { range: "B4:B15", format: DATE },
      { range: `C4:${col(n + 1)}16`, format: KR_ORE },
    ],
  };
}
