// Scenario: what if one input were different (issue 11, item 5): the engine's what-if
// (forklaring/vadom.ts) per municipality and per unit, before / after / effect, on a sheet
// clearly marked as a scenario (not the year's figures). Before and after are computed by the
// engine; the effect and the sums are formulas. Not wired to the pane yet.
import type { Lanet } from "../../engine/forklaring/lan";
import { vadOm, type Andring, type Effekt } from "../../engine/forklaring/vadom";
import { sum, type Decimal } from "../../engine/money";
import { KR_ORE, SheetLayout } from "../layout";
import { fx, GridCell, split } from "./common";

/** The change in words, for the sheet's name and heading. */
export function beskrivAndring(a: Andring): string {
  const parts: string[] = [];
  if (a.lpik) parts.push(`LPIK ${Object.entries(a.lpik).map(([y, f]) => `${y} ${f.replace(".", ",")}`).join(", ")}`);
  if (a.anslutna != null) parts.push(`${a.anslutna} anslutna`);
  if (a.vikt) parts.push(`${a.vikt.nyckel} nr ${a.vikt.band + 1} = ${a.vikt.varde.replace(".", ",")}`);
  if (a.tolkning) parts.push(`${a.tolkning.nyckel} = ${[a.tolkning.varde].flat().join(", ")}`);
  return parts.join("; ") || "ingen ändring";
}

/** "Scenario: <what changed>", within Excel's 31 characters and without : \ / ? * [ ]. */
export function scenarioSheet(a: Andring): string {
  const name = `Scenario ${beskrivAndring(a)}`.replace(/[:\\/?*[\]']/g, " ").replace(/\s+/g, " ").trim();
  return name.length <= 31 ? name : `${name.slice(0, 30)}…`;
}

function table(title: string, head: string[], first: number, rows: (Effekt & { id?: string })[], withId: boolean): GridCell[][] {
  const out: GridCell[][] = [[title], [...head, "Före", "Efter", "Effekt"]];
  const c = withId ? ["C", "D", "E"] : ["B", "C", "D"];
  rows.forEach((e, i) => {
    const r = first + i;
    out.push([...(withId ? [e.id ?? "", e.namn] : [e.namn]), e.fore.toNumber(), e.efter.toNumber(), fx(`=${c[1]}${r}-${c[0]}${r}`, () => e.effekt)]);
  });
  const last = first + rows.length - 1;
  const total = (col: string, pick: (e: Effekt) => Decimal) =>
    fx(`=SUM(${col}${first}:${col}${last})`, () => sum(rows.map(pick)));
  out.push([...(withId ? ["Summa", ""] : ["Summa"]), total(c[0], (e) => e.fore), total(c[1], (e) => e.efter), total(c[2], (e) => e.effekt)]);
  return out;
}

/** The scenario sheet for the county `l` (this year's inputs) and one change `a`. */
export function scenarioBlad(l: Lanet, a: Andring): SheetLayout {
  const r = vadOm(l, a);
  const vad = beskrivAndring(a);
  const head: GridCell[][] = [
    [`SCENARIO: ${vad}`],
    ["Ett scenario, inte årets beräkning: samma indata som arbetsboken med en ändring. Före = årets beräkning, Efter = med ändringen."],
    [],
  ];
  const kFirst = head.length + 3;
  const kommuner = table("Per kommun (vårdenheternas 5.1, tilläggsbelopp och utvecklingsmedel)", ["Kommun"], kFirst, r.perKommun, false);
  const eFirst = kFirst + r.perKommun.length + 1 + 3;
  const enheter = table("Per vårdenhet (5.1)", ["Id", "Vårdenhet"], eFirst, r.perEnhet, true);
  const rows: GridCell[][] = [...head, ...kommuner, [], ...enheter];
  const { rows: out, values, arrays } = split(rows);
  return {
    name: scenarioSheet(a),
    rows: out,
    values,
    arrays,
    boldRows: [1, kFirst - 1, eFirst - 1],
    widths: [36, 30, 18, 18, 18],
    formats: [
      { range: `B${kFirst}:D${kFirst + r.perKommun.length}`, format: KR_ORE },
      { range: `C${eFirst}:E${eFirst + r.perEnhet.length}`, format: KR_ORE },
    ],
  };
}
