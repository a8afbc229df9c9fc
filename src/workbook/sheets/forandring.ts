// Förändring från föregående år per kommun, fördelad på orsak (issue 11, item 5): the
// engine's sequential attribution (forklaring/vattenfall.ts) of each municipality's total
// (its units' 5.1, its share of the tilläggsbelopp and of the development funds). The parts
// are figures computed by the engine; "Summa delar" is a SUM formula, equal to the change.
import type { Lanet } from "../../engine/forklaring/lan";
import { kommunensSumma } from "../../engine/forklaring/lan";
import { ORDNING, STEG, utfallen, vattenfall } from "../../engine/forklaring/vattenfall";
import { sum, type Decimal } from "../../engine/money";
import { addr, KR_ORE, SheetLayout } from "../layout";
import { ForegaendeRegler, fx, GridCell, SetupData, split, YearSetup } from "./common";

export const forandringSheet = (year: number) => `Förändring ${year - 1}–${year}`;


/** The first municipality row. */
export const FORANDRING_FIRST = 7;
const FIRST = FORANDRING_FIRST;

/** Last year's county (its rules, and its data where given) and this year's, as the sheet compares them. */
export function forandringsLan(s: YearSetup, d: SetupData, prev: ForegaendeRegler, previousData?: SetupData): { fore: Lanet; efter: Lanet } {
  const y = s.year;
  const old = previousData ?? d;
  const fore: Lanet = {
    regler: { year: y - 1, halsoval: prev.halsoval, tillagg: prev.tillagg, utveckling: prev.utveckling ?? s.utveckling },
    enheter: old.vardenheter, kommuner: old.befolkning, anslutna: s.anslutna,
    utvecklingBelopp: prev.utveckling ? s.utvecklingBelopp : null,
  };
  const efter: Lanet = { regler: { year: y, halsoval: s.halsoval, tillagg: s.tillagg, utveckling: s.utveckling }, enheter: d.vardenheter, kommuner: d.befolkning, anslutna: s.anslutna, utvecklingBelopp: s.utvecklingBelopp };
  return { fore, efter };
}

export function forandringBlad(s: YearSetup, d: SetupData, prev: ForegaendeRegler, previousData?: SetupData): SheetLayout {
  const y = s.year;
  const { fore, efter } = forandringsLan(s, d, prev, previousData);
  const u = utfallen(fore, efter);
  const kommuner = d.befolkning.map((k) => k.kommun);
  const parts = STEG.length;
  const sumCol = 2 + parts; // "Summa delar"
  const rows: GridCell[][] = [
    [`Förändring ${y - 1}–${y} per kommun, fördelad på orsak (kr)`],
    [previousData ? `Förra årets data: den givna datamängden för ${y - 1}.` : `Samma data båda åren (förra årets data är inte given): förändringen kommer bara av regelverken.`],
    ["Varje kommuns summa: vårdenheternas ersättning 5.1, kommunens del av tilläggsbeloppet och av utvecklingsmedlen."],
    [prev.utveckling ? "" : `Överenskommelsen om gemensam utveckling gällde inte ${y - 1}: årets utvecklingsmedel syns under Övriga data.`],
    [],
    ["Kommun", `${y - 1}`, ...STEG.map((st) => `${st.rubrik} (${st.orsak === "regler" ? "regler" : "data"})`), "Summa delar", `${y}`, "Förändring"],
  ];
  const matrix: Decimal[][] = []; // per municipality: B … O as the engine computes them
  kommuner.forEach((k, i) => {
    const v = vattenfall(u, (x) => kommunensSumma(x, k));
    const r = FIRST + i;
    const delar = sum(v.delar.map((p) => p.forandring));
    matrix.push([v.fore, ...v.delar.map((p) => p.forandring), delar, v.efter, v.forandring]);
    rows.push([
      k,
      v.fore.toNumber(),
      ...v.delar.map((p) => p.forandring.toNumber()),
      fx(`=SUM(${addr(2, r)}:${addr(sumCol - 1, r)})`, () => delar),
      v.efter.toNumber(),
      fx(`=${addr(sumCol + 1, r)}-B${r}`, () => v.forandring),
    ]);
  });
  const last = FIRST + kommuner.length - 1;
  const total = (c: number) => fx(`=SUM(${addr(c, FIRST)}:${addr(c, last)})`, () => sum(matrix.map((m) => m[c - 1])));
  rows.push(["Summa", ...Array.from({ length: sumCol + 2 }, (_, c) => total(c + 1))]);
  rows.push([], ["Ordningen mellan orsakerna"], [ORDNING]);
  const { rows: r, values, arrays } = split(rows);
  return {
    name: forandringSheet(y),
    rows: r,
    values,
    arrays,
    boldRows: [1, FIRST - 1, last + 1, last + 3],
    freezeRows: FIRST - 1,
    widths: [16, 16, ...Array(parts).fill(18), 16, 16, 16],
    formats: [{ range: `B${FIRST}:${addr(sumCol + 2, last + 1)}`, format: KR_ORE }],
  };
}

/** A built sheet's "Summa delar" and "Förändring" cells of municipality i (for the tests). */
export const forandringCells = (i: number) => ({ delar: addr(2 + STEG.length, FIRST + i), forandring: addr(4 + STEG.length, FIRST + i) });
