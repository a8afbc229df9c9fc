// 3.3 Avstämning av tilläggsbeloppet (issue 7, item 7): in year Y's workbook, last year's
// amount revised with last year's rule set and LPIK (the persons connected during Y−1 are
// counted in the first quarter of Y), beside year Y's amount; each labelled with its year
// and rule set (id and hash). Figures computed by the engine (tillagg/avstamning.ts) when
// the workbook is set up; the sums are formulas so that they can be followed.
import type { RuleSet } from "../../rules";
import { avstamning } from "../../engine/tillagg/avstamning";
import { InputError } from "../../engine/check";
import { KR, SheetLayout } from "../layout";
import { fx, GridCell, split, YearSetup } from "./common";

export const avstamningSheet = (year: number) => `Avstämning ${year - 1}`;

/** The reconciliation sheet, or null when there is no count or no rule set for last year. */
export function avstamningBlad(s: YearSetup, previous: RuleSet | undefined): SheetLayout | null {
  if (!previous || s.anslutna == null) return null;
  const y = s.year;
  let rows: GridCell[][];
  try {
    const a = avstamning(previous, s.tillagg, y, s.anslutna);
    const f = a.foregaende;
    const n = (d: { toNumber(): number }) => d.toNumber();
    rows = [
      [`Avstämning av tilläggsbeloppet för ${y - 1} (3.3), bredvid beloppet för ${y}`],
      ["Beräknat med respektive års regelverk och LPIK när arbetsboken ställdes upp."],
      [],
      ["", `${y - 1}`, `${y}`],
      ["Regelverk", f.regelverk, a.iar.regelverk],
      ["Regelverkets kontrollsumma", f.hash, a.iar.hash],
      [`Anslutna till Storsjögläntan under ${y - 1}`, f.antal, ""],
      ["Normalvariation, nedre gräns", f.normalvariation.min, ""],
      ["Normalvariation, övre gräns", f.normalvariation.max, ""],
      ["Inom normalvariationen", f.inomNormalvariation ? "Ja" : "Nej", ""],
      ["Grundbelopp, indexerat med årets LPIK (3.1)", n(f.grundbelopp), n(a.iar.grundbelopp)],
      ["Justeringsbelopp per person (3.2)", n(f.justeringsbelopp), ""],
      ["Antal justeringsbelopp (negativt under intervallet)", n(f.justeringsantal), ""],
      ["Revidering (3.3)", n(f.revidering), ""],
      ["Belopp efter avstämning", fx("=B11+B14", () => f.reviderat), `Avstäms under ${y + 1}`],
    ];
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    rows = [[`Avstämning av tilläggsbeloppet för ${y - 1} (3.3)`], [`Kan inte beräknas: ${e.message}`]];
  }
  const { rows: r, values, arrays } = split(rows);
  return {
    name: avstamningSheet(y),
    rows: r,
    values,
    arrays,
    boldRows: [1, 4],
    widths: [50, 24, 24],
    formats: r.length > 2 ? [{ range: "B11:C12", format: KR }, { range: "B14:C15", format: KR }] : [],
  };
}
