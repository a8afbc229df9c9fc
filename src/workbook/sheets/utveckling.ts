// Gemensamma utvecklingsmedel (4): half the region, half the municipalities, shared by
// population or (switch 4.fordelningsnyckel) by the §3.4 key.
import { reading } from "../../rules";
import { fordelaUtveckling, kommunernasDel, regionensDel } from "../../engine/utveckling/fordelning";
import { sum } from "../../engine/money";
import { KR, KR_ORE, ref, SheetLayout } from "../layout";
import { fx, fxArray, GridCell, SetupData, SHEETS, split, YEAR, YearSetup } from "./common";
import { BEFOLKNING_COL, befolkningBands, befolkningCell } from "./indata";
import { tillaggCell, tillaggKeys } from "./tillagg";

/** The first data row (the explanations of a cell read it too: forklaraFigurer.ts). */
export const UTVECKLING_FIRST = 8;
const FIRST = UTVECKLING_FIRST;

/** Municipality i's share of the development funds. */
export const utvecklingShare = (i: number) => ref(SHEETS.utveckling, `C${FIRST + i}`);

export function utvecklingBlad(s: YearSetup, d: SetupData): SheetLayout {
  const gu = s.utveckling;
  const byKey = reading(gu, "4.fordelningsnyckel") === "resursfordelning";
  const last = FIRST + d.befolkning.length - 1;
  const amount = s.utvecklingBelopp ?? "";
  // An empty input cell times a share is 0 in Excel; the distribution needs the amount (#VALUE!).
  const population = d.befolkning.map((k) => k.befolkning.reduce((a, x) => a + x, 0));
  const keys = () => (byKey ? tillaggKeys(s, d) : population);
  const parts = () => fordelaUtveckling(gu, amount, keys());
  const rows: GridCell[][] = [
    ["Gemensamma utvecklingsmedel: 50 % regionen, 50 % kommunerna tillsammans (överenskommelse gemensam utveckling)"],
    [],
    ["Utvecklingsmedel totalt (indata)", amount],
    ["Regionens del", fx(`=B3*HALSOVAL.PARAMETER("4.regionens_andel",${YEAR})`, () => regionensDel(gu, amount === "" ? 0 : amount))],
    ["Kommunernas del", fx(`=B3*HALSOVAL.PARAMETER("4.kommunernas_andel",${YEAR})`, () => kommunernasDel(gu, amount === "" ? 0 : amount))],
    [],
    ["Kommun", byKey ? "Nyckel (3.4)" : "Befolkning", "Kommunens del"],
  ];
  d.befolkning.forEach((k, i) => {
    rows.push([
      fx(`=${befolkningCell(BEFOLKNING_COL.kommun, i)}`, () => k.kommun),
      byKey ? fx(`=${tillaggCell("E", i)}`, () => keys()[i]) : fx(`=SUM(${befolkningBands(i)})`, () => population[i]),
      i === 0 ? fxArray(`=UTVECKLING.FORDELA($B$3,B${FIRST}:B${last})`, false, parts) : "",
    ]);
  });
  rows.push(["Summa", fx(`=SUM(B${FIRST}:B${last})`, () => sum(keys())), fx(`=SUM(C${FIRST}:C${last})`, () => sum(parts()))]);
  const { rows: r, values, arrays } = split(rows);
  return {
    name: SHEETS.utveckling,
    rows: r,
    values,
    arrays,
    boldRows: [1, 7, r.length],
    inputs: ["B3"],
    widths: [34, 16, 18],
    formats: [
      { range: "B3:B5", format: KR },
      { range: `C${FIRST}:C${r.length}`, format: KR_ORE },
    ],
  };
}

/** Municipality i's computed share in a built Utveckling layout. */
export const utvecklingValue = (l: SheetLayout, i: number) => l.values![FIRST - 1 + i][2];
