// 5 Ersättning: the monthly payment's sheets — file 002 ("Utbetalning sker månadsvis … den
// 20:e varje månad eller närmaste arbetsdag därefter"). The payment list (one row per unit
// and month), a unit's payment specification, and its year overview, as SheetLayouts; and
// the same tables as semicolon CSV with decimal comma like the input files.
import { MANAD_OCH_AR, SUMMA_AV_RADER } from "../../engine/halsoval/manad";
import { excelSerial, isoDatum } from "../../engine/halsoval/utbetalning";
import { Decimal, sum } from "../../engine/money";
import { addr, CellValue, DATE, KR_ORE, SheetLayout } from "../layout";
import { Enhetsmanad, KOLUMNER, KOLUMN_NAMN, kolumnBelopp } from "./korning";

const iso = (u: Enhetsmanad) => isoDatum(u.datum);
const n = (d: Decimal) => d.toNumber();
export const MANADER = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];

export function utbetalningslistaRader(units: readonly Enhetsmanad[]): CellValue[][] {
  const head: CellValue[] = ["id", "vardenhet", "manad", "utbetalningsdag", ...KOLUMNER.map((k) => `${k} ${KOLUMN_NAMN[k]}`), "summa"];
  return [head, ...units.map((u) => [u.id, u.namn, u.manad, excelSerial(u.datum), ...KOLUMNER.map((k) => n(kolumnBelopp(u, k))), n(u.summa)])];
}

export function utbetalningslista(name: string, units: readonly Enhetsmanad[]): SheetLayout {
  const rows = utbetalningslistaRader(units);
  const last = rows[0].length - 1;
  return {
    name,
    rows,
    boldRows: [1],
    freezeRows: 1,
    formats: [
      { range: `D2:D${rows.length}`, format: DATE },
      { range: `E2:${addr(last, rows.length)}`, format: KR_ORE },
    ],
    tables: units.length ? [{ name: "Utbetalningslista", range: `A1:${addr(last, rows.length)}` }] : [],
  };
}

/** A unit's specification for one month: every line with its basis and section. */
export function specifikation(name: string, u: Enhetsmanad): SheetLayout {
  const rows: CellValue[][] = [
    [`Utbetalningsspecifikation ${u.namn} (${u.id}), ${MANADER[u.manad - 1]} ${u.datum.year}`, "", "", ""],
    ["Utbetalningsdag", excelSerial(u.datum), "", ""],
    ["Komponent", "Underlag", "Belopp", "Avsnitt"],
    ...u.rader.map((r) => [r.text, r.underlag, n(r.belopp), r.kolumn === "admin" || r.kolumn === "moms" ? "5" : r.kolumn]),
    ["Summa", "", n(u.summa), ""],
    [MANAD_OCH_AR, "", "", ""],
    [SUMMA_AV_RADER, "", "", ""],
  ];
  return { name, rows, boldRows: [1, 3, rows.length - 2], formats: [{ range: "B2", format: DATE }, { range: `C4:C${rows.length - 2}`, format: KR_ORE }] };
}

/** A unit's year: twelve months, the year's total, and the change from last year's total if given. */
export function arsoversikt(name: string, id: string, units: readonly Enhetsmanad[], forraAret?: Decimal): SheetLayout {
  const mine = units.filter((u) => u.id === id);
  const namn = mine[0]?.namn ?? id;
  const total = sum(mine.map((u) => u.summa));
  const rows: CellValue[][] = [
    [`Årsöversikt ${namn} (${id})`, ""],
    ["Månad", "Belopp"],
    ...MANADER.map((m, i) => [m, n(sum(mine.filter((u) => u.manad === i + 1).map((u) => u.summa)))]),
    ["Summa året", n(total)],
  ];
  if (forraAret) rows.push(["Förra året", n(forraAret)], ["Förändring", n(total.minus(forraAret))]);
  rows.push([MANAD_OCH_AR, ""], [SUMMA_AV_RADER, ""]);
  return { name, rows, boldRows: [1, 2, 15], formats: [{ range: `B3:B${rows.length - 2}`, format: KR_ORE }] };
}

/** A cell of a semicolon CSV, quoted when it holds a semicolon, a quote or a line break. */
function csvCell(v: CellValue): string {
  const s = String(v);
  return /[;"\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** An amount in a CSV: two decimals and a decimal comma ("1234,50"), as a Swedish Excel reads it. */
function csvBelopp(x: Decimal | number): string {
  return x.toFixed(2).replace(".", ",");
}

/** Semicolon CSV with decimal comma; dates as yyyy-mm-dd; amounts with two decimals. */
export function utbetalningslistaCsv(units: readonly Enhetsmanad[]): string {
  const head = utbetalningslistaRader([])[0];
  const lines = units.map((u) => [u.id, u.namn, u.manad, iso(u), ...KOLUMNER.map((k) => csvBelopp(kolumnBelopp(u, k))), csvBelopp(u.summa)]);
  return [head, ...lines].map((r) => r.map(csvCell).join(";")).join("\r\n") + "\r\n";
}

export function specifikationCsv(u: Enhetsmanad): string {
  const rows: string[][] = [
    ["id", u.id], ["vardenhet", u.namn], ["manad", String(u.manad)], ["utbetalningsdag", iso(u)], [],
    ["komponent", "underlag", "belopp", "avsnitt"],
    ...u.rader.map((r) => [r.text, r.underlag, csvBelopp(r.belopp), r.kolumn === "admin" || r.kolumn === "moms" ? "5" : r.kolumn]),
    ["summa", "", csvBelopp(u.summa), ""],
  ];
  return rows.map((r) => r.map(csvCell).join(";")).join("\r\n") + "\r\n";
}


/** A unit's year overview as CSV (the same table as arsoversikt). */
export function arsoversiktCsv(id: string, units: readonly Enhetsmanad[], forraAret?: Decimal): string {
  return arsoversikt("Årsöversikt", id, units, forraAret)
    .rows.map((r) => r.map((c) => csvCell(typeof c === "number" ? csvBelopp(c) : c)).join(";"))
    .join("\r\n") + "\r\n";
}
