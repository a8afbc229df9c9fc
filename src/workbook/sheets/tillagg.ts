// Tilläggsbelopp palliativ vård i hemmet: year's amount (3.1–3.3) and its distribution
// between the municipalities by the §3.4 key. Reading 3.3.avstamning_avser: by default
// (foregaende_ar) the count of Y−1 revises Y−1's amount on the sheet "Avstämning Y−1" and
// year's amount here is the indexed base amount; under innevarande_ar it revises year's
// amount here. Either way the revision is counted once (engine/tillagg/arsbelopp.ts).
import type { RuleSet } from "../../rules";
import { grundbelopp, justeringsbelopp } from "../../engine/tillagg/grundbelopp";
import { normalintervall } from "../../engine/tillagg/justera";
import { arsbelopp, arsrevidering, reviderasIar } from "../../engine/tillagg/arsbelopp";
import { fordela, kommunFaktorer, nyckel } from "../../engine/tillagg/fordelning";
import { vikt } from "../../engine/halsoval/listad";
import { Decimal, sum } from "../../engine/money";
import { BAND_START_AGES } from "../indata";
import { DECIMAL4, KR, ref, SheetLayout } from "../layout";
import { fx, fxArray, GridCell, SetupData, SHEETS, split, YEAR, YearSetup } from "./common";
import { BEFOLKNING_COL, befolkningBands, befolkningCell } from "./indata";

/** The first data row (the explanations of a cell read it too: forklaraFigurer.ts). */
export const TILLAGG_FIRST = 16; // first municipality row
const FIRST = TILLAGG_FIRST;

/** Municipality i's cell on Tilläggsbelopp: A its name, E its key (3.4), F its share. */
export const tillaggCell = (column: "A" | "E" | "F", i: number) => ref(SHEETS.tillagg, `${column}${FIRST + i}`);

/** The §3.4 keys of the municipalities, in the order of the data (also the development sheet's key). */
export function tillaggKeys(s: YearSetup, d: SetupData): Decimal[] {
  const f = d.befolkning.map((k) => kommunFaktorer(s.halsoval, k));
  return nyckel(s.tillagg, f.map((x) => x.alder), f.map((x) => x.cni), f.map((x) => x.glesbygd));
}

/** The reconciliation sheet of year − 1 in year's workbook. */
export const avstamningSheet = (year: number) => `Avstämning ${year - 1}`;

export function tillaggBlad(s: YearSetup, d: SetupData): SheetLayout {
  const tb: RuleSet = s.tillagg;
  const y = s.year;
  const count = s.anslutna ?? "";
  const iar = reviderasIar(tb);
  // An empty count gives an empty cell where year's amount needs it, as every element-wise custom function does (functions/adapt.ts).
  const total = () => (iar && count === "" ? "" : arsbelopp(tb, y, count));
  const range = normalintervall(tb);
  const last = FIRST + d.befolkning.length - 1;
  const f = d.befolkning.map((k) => kommunFaktorer(s.halsoval, k));
  const keys = () => tillaggKeys(s, d);
  const rows: GridCell[][] = [
    ["Tilläggsbelopp palliativ vård i hemmet: avstämning och fördelning mellan kommunerna (överenskommelse tilläggsbelopp)"],
    [iar
      ? `Tolkning 3.3.avstamning_avser = innevarande_ar: antalet anslutna under ${y - 1} reviderar ${y} års belopp här; ${y - 1} års belopp avstäms inte separat.`
      : `Tolkning 3.3.avstamning_avser = foregaende_ar: antalet anslutna under ${y - 1} reviderar ${y - 1} års belopp (bladet ${avstamningSheet(y)}); ${y} års belopp nedan revideras inte, det avstäms under ${y + 1}.`],
    ["År", fx(`=${YEAR}`, () => y)],
    [iar ? `Anslutna till Storsjögläntan under ${y - 1} (indata; reviderar ${y} års belopp)` : `Anslutna till Storsjögläntan under ${y - 1} (indata till avstämningen av ${y - 1}, bladet ${avstamningSheet(y)})`, count],
    ["Grundbelopp, indexerat med LPIK (3.1, 3.3)", fx("=TILLAGG.GRUNDBELOPP(B3)", () => grundbelopp(tb, y))],
    ["Justeringsbelopp per person (3.2)", fx("=TILLAGG.JUSTERINGSBELOPP(B3)", () => justeringsbelopp(tb, y))],
    ["Normalvariation, nedre gräns", fx('=HALSOVAL.PARAMETER("3.3.normal_min",B3)', () => range.min)],
    ["Normalvariation, övre gräns", fx('=HALSOVAL.PARAMETER("3.3.normal_max",B3)', () => range.max)],
    iar
      ? ["Revidering (3.3)", fx("=TILLAGG.JUSTERA(B4,B3)", () => (count === "" ? "" : arsrevidering(tb, y, count)))]
      : [`Revidering (3.3) i ${y} års belopp: ingen, den gäller ${y - 1}`, 0],
    iar ? ["Tilläggsbelopp efter avstämning", fx("=TILLAGG.BELOPP(B4,B3)", total)] : [`Tilläggsbelopp ${y} att fördela (grundbeloppet)`, fx("=B5", total)],
    [],
    ["Ålder (klassens början)", ...BAND_START_AGES],
    ["Vikt 5.1.1", fxArray("=HALSOVAL.VIKT(B12:V12,B3)", true, () => BAND_START_AGES.map((a) => vikt(s.halsoval, a)))],
    [],
    ["Kommun", "Åldersviktad befolkning", "CNI-viktad befolkning", "Glesbygdsvikt", "Nyckel (3.4)", "Kommunens del"],
  ];
  d.befolkning.forEach((k, i) => {
    const bands = befolkningBands(i);
    rows.push([
      fx(`=${befolkningCell(BEFOLKNING_COL.kommun, i)}`, () => k.kommun),
      fx(`=SUMPRODUCT(${bands},$B$13:$V$13)`, () => f[i].alder),
      fx(`=SUM(${bands})*${befolkningCell(BEFOLKNING_COL.cni, i)}`, () => f[i].cni),
      fx(`=HALSOVAL.GLESBYGDSVIKT(SUM(${bands}),${befolkningCell(BEFOLKNING_COL.avstand, i)},B3)`, () => f[i].glesbygd),
      i === 0 ? fxArray(`=TILLAGG.NYCKEL(B${FIRST}:B${last},C${FIRST}:C${last},D${FIRST}:D${last})`, false, keys) : "",
      i === 0 ? fxArray(`=TILLAGG.FORDELA(B10,E${FIRST}:E${last})`, false, () => fordela(total(), keys())) : "",
    ]);
  });
  rows.push([
    "Summa",
    fx(`=SUM(B${FIRST}:B${last})`, () => sum(f.map((x) => x.alder))),
    fx(`=SUM(C${FIRST}:C${last})`, () => sum(f.map((x) => x.cni))),
    fx(`=SUM(D${FIRST}:D${last})`, () => sum(f.map((x) => x.glesbygd))),
    fx(`=SUM(E${FIRST}:E${last})`, () => sum(keys())),
    fx(`=SUM(F${FIRST}:F${last})`, () => sum(fordela(total(), keys()))),
  ]);
  const { rows: r, values, arrays } = split(rows);
  return {
    name: SHEETS.tillagg,
    rows: r,
    values,
    arrays,
    boldRows: [1, 15, r.length],
    inputs: ["B4"],
    widths: [46, 22, 22, 16, 14, 16, ...Array(16).fill(8)],
    formats: [
      { range: "B5:B6", format: KR },
      { range: "B9:B10", format: KR },
      { range: `E${FIRST}:E${r.length}`, format: DECIMAL4 },
      { range: `F${FIRST}:F${r.length}`, format: KR },
    ],
  };
}

/** Municipality i's computed value in column E or F of a built Tilläggsbelopp layout. */
export const tillaggValue = (l: SheetLayout, column: "E" | "F", i: number) => l.values![FIRST - 1 + i][column === "E" ? 4 : 5];
