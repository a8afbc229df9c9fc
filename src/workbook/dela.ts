// "Dela": one values-only workbook per municipality, to send to those without the add-in.
// Headed by the rule sets, their hashes, the date and (with example data) the EXEMPELDATA
// label; the parameter sheet included as values. Pure (no Office, no file system): usable
// from the command line and in the browser.
import { CellValue, ComputedValue, rectangle, SheetLayout } from "./layout";
import { kommunSheet, SHEETS, YearSetup } from "./plan";
import { safeName, writeXlsx } from "./xlsx";

export interface SharedFile {
  fileName: string;
  bytes: Uint8Array;
}

/** "B4:C9" moved down by n rows. */
const shift = (a1: string, n: number) => a1.replace(/([A-Z]+)(\d+)/g, (_, c: string, r: string) => `${c}${Number(r) + n}`);

/** A layout's values only, with header rows above it. */
function valuesWithHeader(l: SheetLayout, header: CellValue[][]): SheetLayout {
  const values: ComputedValue[][] = l.values ?? l.rows;
  const width = Math.max(values[0].length, ...header.map((h) => h.length));
  const grid = rectangle([...header, [], ...values.map((r) => r.map((v) => (typeof v === "object" ? v.error : v)))]).map((r) => [...r, ...Array(width - r.length).fill("")]);
  const n = header.length + 1;
  return {
    name: l.name,
    rows: grid,
    values: grid,
    boldRows: [1, ...(l.boldRows ?? []).map((r) => r + n)],
    formats: (l.formats ?? []).map((f) => ({ ...f, range: shift(f.range, n) })),
    widths: l.widths,
    freezeRows: l.freezeRows ? l.freezeRows + n : undefined,
  };
}

/** The header of a shared file: what it was computed from, and when. */
export function shareHeader(s: YearSetup, date: string, exempel: boolean): CellValue[][] {
  return [
    [exempel ? `EXEMPELDATA – inte verkliga siffror. RJH ersättning ${s.year}` : `RJH ersättning ${s.year}`],
    ...[s.halsoval, s.tillagg, s.utveckling].map((rs) => ["Regelverk", rs.id, `sha256 ${rs.hash}`]),
    ["Beräknat", date],
    ["Endast värden: filen innehåller inga formler och öppnas utan tillägget."],
  ];
}


/** One .xlsx per municipality of the plan (values only). */
export async function kommunFiles(layouts: SheetLayout[], s: YearSetup, kommuner: readonly string[], date: string, exempel: boolean): Promise<SharedFile[]> {
  const header = shareHeader(s, date, exempel);
  const params = layouts.find((l) => l.name === SHEETS.parametrar);
  const out: SharedFile[] = [];
  for (const k of kommuner) {
    const sheet = layouts.find((l) => l.name === kommunSheet(k));
    if (!sheet) throw new Error(`Kommunen ${k} saknas i arbetsboken.`);
    const sheets = [valuesWithHeader(sheet, header), ...(params ? [valuesWithHeader(params, header)] : [])];
    out.push({ fileName: `${exempel ? "EXEMPEL-" : ""}${safeName(k)}-${s.year}.xlsx`, bytes: await writeXlsx(sheets, true) });
  }
  return out;
}
