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
  /** Its part of last year's revision (3.3) on the Avstämning sheet, where the workbook has one: the cell and its value. */
  revidering?: { ref: string; v: ComputedValue };
}

/** The row of the first unit: one lower where the sheet has last year's revision (the explanations of a cell read it too). */
export const kommunEnheterFran = (revidering: boolean) => (revidering ? 10 : 9);

export function kommunBlad(s: YearSetup, d: SetupData, lan: LanetsResultat, kommun: string, computedAt: string, v: KommunValues): SheetLayout {
  const i = d.befolkning.findIndex((k) => k.kommun === kommun);
  const rows: GridCell[][] = [
    [`${kommun}: kommunens underlag ${s.year}`],
    ["Regelverk", `${s.halsoval.id}, ${s.tillagg.id}, ${s.utveckling.id}`, `beräknat ${computedAt}`],
    [],
    ["Tilläggsbelopp: kommunens nyckel (3.4)", { f: `=${tillaggCell("E", i)}`, v: v.nyckel }],
    ["Tilläggsbelopp: kommunens del", { f: `=${tillaggCell("F", i)}`, v: v.tillagg }],
    ["Gemensam utveckling: kommunens del", { f: `=${utvecklingShare(i)}`, v: v.utveckling }],
    // Reading 3.3.avstamning_avser = foregaende_ar: last year's revision is settled this year, beside this year's amount.
    ...(v.revidering ? [[`Avstämning ${s.year - 1}: kommunens del av revideringen (3.3)`, { f: `=${v.revidering.ref}`, v: v.revidering.v }]] : []),
    [],
    ["Vårdenheter i kommunen", "Regi", "Listade", "Ersättning 5.1 per år"],
  ];
  const units = rows.length + 1;
  if (units !== kommunEnheterFran(!!v.revidering)) throw new Error(`${kommun}: enheternas första rad är ${units}, inte ${kommunEnheterFran(!!v.revidering)}.`);
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
    boldRows: [1, units - 1],
    widths: [40, 30, 14, 20],
    formats: [
      { range: "B4", format: DECIMAL4 },
      { range: `B5:B${units - 3}`, format: KR },
      { range: `D${units}:D${Math.max(units, r.length)}`, format: KR },
    ],
  };
}
