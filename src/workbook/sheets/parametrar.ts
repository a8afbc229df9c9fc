// The parameter sheet (Parametrar): the year, the rule sets with their hashes, and every
// value and switch of the three rule sets, protected against accidental edits.
import { flattenRuleSet } from "../../rules/flatten";
import { CellValue, rectangle, ref, SheetLayout } from "../layout";
import { SHEETS, YearSetup } from "./common";

/** The cell holding the rule-set year (every formula's year argument). */
export const YEAR_CELL = ref(SHEETS.parametrar, "$B$2");

export function parametrar(s: YearSetup, computedAt: string): SheetLayout {
  const rows: CellValue[][] = [
    ["RJH ersättning – parametrar ur regelverken (skyddat blad; ändra i regelverket, inte här)"],
    ["År", s.year],
  ];
  for (const rs of [s.halsoval, s.tillagg, s.utveckling]) rows.push(["Regelverk", rs.id, `sha256 ${rs.hash}`, rs.data.title]);
  rows.push(["Beräknat", computedAt]);
  rows.push([]);
  const header = rows.length + 1;
  rows.push(["Avtal", "Nyckel", "Beskrivning", "Värde", "Enhet", "Källa", "Anmärkning"]);
  for (const rs of [s.halsoval, s.tillagg, s.utveckling]) {
    for (const x of flattenRuleSet(rs)) {
      const note = x.reading ? "växel" : [x.preliminary ? "preliminär" : "", x.input ? "indata från användaren" : ""].filter(Boolean).join(", ");
      // Numbers as numbers (so the sheet can compute with them); a switch's option as text.
      const value = x.reading ? x.value : x.value === "" ? "(inga värden angivna)" : Number(x.value);
      rows.push([rs.agreement, x.key, x.description, value, x.unit, `${rs.data.documents[x.document]?.title ?? x.document}, avsnitt ${x.section}`, note]);
    }
  }
  const full = rectangle(rows);
  return { name: SHEETS.parametrar, rows: full, values: full, boldRows: [1, header], protect: true, freezeRows: header, widths: [12, 26, 60, 14, 12, 40, 22] };
}
