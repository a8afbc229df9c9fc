// 3.3 Avstämning av tilläggsbeloppet (issue 7, item 7): in year Y's workbook, last year's
// amount revised with last year's rule set and LPIK (the persons connected during Y−1 are
// counted in the first quarter of Y), beside year Y's amount; each labelled with its year
// and rule set (id and hash). "… revideras tilläggsbeloppet med justeringsbeloppet och
// fördelas mellan kommunerna enligt fastslagen modell": the revision (Y−1's base amount was
// shared in Y−1's workbook) is shared by the §3.4 key of this workbook's data, the
// Tilläggsbelopp sheet's column E. Written only under reading 3.3.avstamning_avser =
// foregaende_ar; under innevarande_ar the revision is in year Y's amount on Tilläggsbelopp
// (engine/tillagg/arsbelopp.ts), and a second one here would count it twice. Figures
// computed by the engine (tillagg/avstamning.ts) when the workbook is set up; the sums and
// the distribution are formulas so that they can be followed.
import type { RuleSet } from "../../rules";
import { avstamning } from "../../engine/tillagg/avstamning";
import { reviderasIar } from "../../engine/tillagg/arsbelopp";
import { fordela } from "../../engine/tillagg/fordelning";
import { sum } from "../../engine/money";
import { InputError } from "../../engine/check";
import { ComputedValue, DECIMAL4, KR, ref, SheetLayout } from "../layout";
import { fx, fxArray, GridCell, SetupData, split, YearSetup } from "./common";
import { avstamningSheet, tillaggCell, tillaggKeys } from "./tillagg";

export { avstamningSheet };

/** First municipality row of the distribution of the revision. */
export const FIRST = 19;

/** Municipality i's part of the revision of year − 1 in a built Avstämning layout: its cell and value (none when not computed). */
export function avstamningPart(l: SheetLayout, year: number, i: number): { ref: string; v: ComputedValue } | undefined {
  const v = l.values?.[FIRST - 1 + i]?.[2];
  return l.rows.length > FIRST + i && v !== undefined ? { ref: ref(avstamningSheet(year), `C${FIRST + i}`), v } : undefined;
}

/** The distribution of the revision (B14) by the keys of the Tilläggsbelopp sheet. */
function fordelning(s: YearSetup, d: SetupData, revidering: () => number): GridCell[][] {
  const last = FIRST + d.befolkning.length - 1;
  const keys = () => tillaggKeys(s, d);
  const parts = () => fordela(revidering(), keys());
  const rows: GridCell[][] = [
    [],
    [`Revideringen för ${s.year - 1} fördelad mellan kommunerna (3.4), med fördelningsnyckeln på bladet Tilläggsbelopp (${s.year} års befolkningsdata). Grundbeloppet för ${s.year - 1} fördelades i ${s.year - 1} års arbetsbok.`],
    ["Kommun", "Nyckel (3.4)", "Kommunens del av revideringen"],
  ];
  d.befolkning.forEach((k, i) => {
    rows.push([
      fx(`=${tillaggCell("A", i)}`, () => k.kommun),
      fx(`=${tillaggCell("E", i)}`, () => keys()[i]),
      i === 0 ? fxArray(`=TILLAGG.FORDELA(B14,B${FIRST}:B${last})`, false, parts) : "",
    ]);
  });
  rows.push(["Summa", fx(`=SUM(B${FIRST}:B${last})`, () => sum(keys())), fx(`=SUM(C${FIRST}:C${last})`, () => sum(parts()))]);
  return rows;
}

/**
 * The reconciliation sheet, or null when there is no count, no rule set for last year, or
 * the reading puts the revision in year's own amount.
 */
export function avstamningBlad(s: YearSetup, previous: RuleSet | undefined, d: SetupData): SheetLayout | null {
  if (!previous || s.anslutna == null || reviderasIar(s.tillagg)) return null;
  const y = s.year;
  let rows: GridCell[][];
  try {
    const a = avstamning(previous, s.tillagg, y, s.anslutna);
    const f = a.foregaende;
    const n = (d: { toNumber(): number }) => d.toNumber();
    rows = [
      [`Avstämning av tilläggsbeloppet för ${y - 1} (3.3), bredvid beloppet för ${y}`],
      [`Beräknat med respektive års regelverk och LPIK när arbetsboken ställdes upp. Tolkning 3.3.avstamning_avser = foregaende_ar: revideringen räknas bara här, inte i ${y} års belopp.`],
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
      ...fordelning(s, d, () => n(f.revidering)),
    ];
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    rows = [[`Avstämning av tilläggsbeloppet för ${y - 1} (3.3)`], [`Kan inte beräknas: ${e.message}`]];
  }
  const { rows: r, values, arrays } = split(rows);
  const computed = r.length > 2;
  return {
    name: avstamningSheet(y),
    rows: r,
    values,
    arrays,
    boldRows: computed ? [1, 4, FIRST - 2, FIRST - 1, r.length] : [1],
    widths: [50, 24, 24],
    formats: computed
      ? [
          { range: "B11:C12", format: KR },
          { range: "B14:C15", format: KR },
          { range: `B${FIRST}:B${r.length}`, format: DECIMAL4 },
          { range: `C${FIRST}:C${r.length}`, format: KR },
        ]
      : [],
  };
}
