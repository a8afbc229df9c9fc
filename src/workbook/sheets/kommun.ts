// A municipality's sheet: its shares of the supplementary amount and the development funds,
// and the units in the municipality with their yearly payment.
import { DECIMAL4, KR, SheetLayout } from "../layout";
import type { LanetsResultat } from "../../engine/halsoval/vardenhet";
import { ComputedValue } from "../layout";
import { GridCell, kommunSheet, SetupData, split, SHEETS, YearSetup } from "./common";
import { alderCell } from "./alder";
import { summaCell } from "./summa";
import { tillaggCell } from "./tillagg";
import { utvecklingShare } from "./utveckling";

/** Values already computed on other sheets (their layouts' values), by municipality index. */
export interface KommunValues {
  nyckel: ComputedValue;
  tillagg: ComputedValue;
  utveckling: ComputedValue;
}

export function kommunBlad(s: YearSetup, d: SetupData, lan: LanetsResultat, kommun: string, computedAt: string, v: KommunValues): SheetLayout {
  const i = d.befolkning.findIndex((k) => k.kommun === kommun);
  const rows: GridCell[][] = [
    [`${kommun}: kommunens underlag ${s.year}`],
    ["Regelverk", `${s.halsoval.id}, ${s.tillagg.id}, ${s.utveckling.id}`, `beräknat ${computedAt}`],
    [],
    ["Tilläggsbelopp: kommunens nyckel (3.4)", { f: `=${tillaggCell("E", i)}`, v: v.nyckel }],
    ["Tilläggsbelopp: kommunens del", { f: `=${tillaggCell("F", i)}`, v: v.tillagg }],
    ["Gemensam utveckling: kommunens del", { f: `=${utvecklingShare(i)}`, v: v.utveckling }],
    [],
    ["Vårdenheter i kommunen", "Regi", "Listade", "Ersättning 5.1 per år"],
  ];
  d.vardenheter.forEach((e, u) => {
    if (e.kommun !== kommun) return;
    rows.push([
      { f: `=${summaCell("B", u)}`, v: e.namn },
      { f: `=${summaCell("D", u)}`, v: e.privat ? "Privat" : "Region" },
      { f: `=${alderCell(SHEETS.listad, "C", u)}`, v: lan.enheter[u].listade },
      { f: `=${summaCell("L", u)}`, v: lan.enheter[u].summa.toNumber() },
    ]);
  });
  const { rows: r, values, arrays } = split(rows);
  return {
    name: kommunSheet(kommun),
    rows: r,
    values,
    arrays,
    boldRows: [1, 8],
    widths: [40, 30, 14, 20],
    formats: [
      { range: "B4", format: DECIMAL4 },
      { range: "B5:B6", format: KR },
      { range: `D9:D${Math.max(9, r.length)}`, format: KR },
    ],
  };
}
