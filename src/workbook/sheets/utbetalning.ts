// Utbetalning: each unit's monthly twelfths in öre and the payment day (avsnitt 5).
import type { RuleSet } from "../../rules";
import { excelSerial, manadsbelopp, utbetalningsdag } from "../../engine/halsoval/utbetalning";
import type { LanetsResultat } from "../../engine/halsoval/vardenhet";
import { sum } from "../../engine/money";
import { col, DATE, KR_ORE, SheetLayout } from "../layout";
import { fx, GridCell, SetupData, SHEETS, split, YEAR } from "./common";
import { summaCell } from "./summa";

export function utbetalningBlad(hv: RuleSet, year: number, d: SetupData, lan: LanetsResultat): SheetLayout {
  const n = d.vardenheter.length;
  const months = lan.enheter.map((r) => manadsbelopp(r.summa));
  const rows: GridCell[][] = [
    ["Utbetalning per månad: en tolftedel av årsersättningen i öre, den 20:e eller närmaste bankdag därefter (avsnitt 5)"],
    ["Öresutjämning: varje månad får ⌊öre/12⌋ och de första (öre mod 12) månaderna ett öre till, så att månaderna summerar exakt till året."],
    ["Månad", "Utbetalningsdag", ...d.vardenheter.map((e) => e.namn)],
  ];
  for (let m = 1; m <= 12; m++) {
    const row = m + 3;
    rows.push([
      m,
      fx(`=HALSOVAL.UTBETALNINGSDAG(${YEAR},A${row})`, () => excelSerial(utbetalningsdag(year, m, hv))),
      ...d.vardenheter.map((_, u) => {
        const total = summaCell("L", u, true);
        return fx(`=(INT(ROUND(${total}*100,0)/12)+IF(A${row}<=MOD(ROUND(${total}*100,0),12),1,0))/100`, () => months[u][m - 1]);
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
