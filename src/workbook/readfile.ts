// The user's input files to rows of cells, for the yearly setup's two tables: pasted text,
// CSV in UTF-8 or Windows-1252 (Swedish Excel's "CSV (semikolonavgränsad)"), and xlsx read
// as stored, not as displayed. Row i of the result is the file's own line or row i + 1,
// blank ones included, so every problem names the row the user sees. Pure: no Office here.
import Papa from "papaparse";
import { findHeaderRow } from "./cells";

/**
 * File bytes to text: strictly UTF-8 (with or without BOM), UTF-16 when it starts with its
 * BOM (Excel's "Unicode-text"), otherwise Windows-1252, which Swedish Excel writes for CSV.
 */
export function decodeText(bytes: ArrayBuffer | Uint8Array): string {
  const u8 = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (u8[0] === 0xff && u8[1] === 0xfe) return new TextDecoder("utf-16le").decode(u8);
  if (u8[0] === 0xfe && u8[1] === 0xff) return new TextDecoder("utf-16be").decode(u8);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(u8);
  } catch {
    return new TextDecoder("windows-1252").decode(u8);
  }
}

/**
 * The delimiter that splits one of the first lines (the header) into the most cells. The
 * header holds no decimal commas, so a semicolon file with "1,05" in its rows stays a
 * semicolon file, and a row's odd cell count is reported rather than guessed around.
 */
function guessDelimiter(body: string): string {
  const head = body.split(/\r?\n/).filter((l) => l.trim() !== "").slice(0, 10);
  let best = ";";
  let most = 0;
  for (const d of ["\t", ";", ","]) {
    const n = Math.max(0, ...head.map((l) => l.split(d).length));
    if (n > most) [best, most] = [d, n];
  }
  return best;
}

/** Text (tab-separated from Excel, or CSV with ; or ,) to rows of cells, blank lines kept. */
export function parseText(text: string): string[][] {
  // Line ends as one (a file edited on two systems mixes CRLF and LF; Papa Parse takes the first it sees for all).
  const body = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").replace(/\s+$/, "");
  if (!body.trim()) return [];
  const res = Papa.parse<string[]>(body, { delimiter: guessDelimiter(body), skipEmptyLines: false });
  return res.data.map((r) => r.map((c) => String(c ?? "").trim()));
}

/** A stored cell value as text: numbers in full ("12.5" even when shown as 13). */
function cellText(v: unknown): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  return String(v).trim();
}

const isZip = (u8: Uint8Array) => u8[0] === 0x50 && u8[1] === 0x4b;
const isOle = (u8: Uint8Array) => u8[0] === 0xd0 && u8[1] === 0xcf && u8[2] === 0x11 && u8[3] === 0xe0;

/**
 * An xlsx (or xls) file to rows of cells from A1, padded to the sheet's width. The sheet is
 * the first whose header has every one of `columns`, else the first with any known header
 * (`known`), else the first sheet. SheetJS is loaded only when a file is chosen.
 */
export async function parseXlsx(data: ArrayBuffer | Uint8Array, columns: readonly string[] = [], known: readonly (readonly string[])[] = []): Promise<string[][]> {
  const XLSX = await import("@e965/xlsx");
  const wb = XLSX.read(data instanceof Uint8Array ? data : new Uint8Array(data), { type: "array", cellNF: false, cellText: false });
  const sheets = wb.SheetNames.map((name) => {
    const sheet = wb.Sheets[name];
    if (!sheet["!ref"]) return [] as string[][];
    const range = XLSX.utils.decode_range(sheet["!ref"]);
    const width = range.e.c + 1;
    const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true, blankrows: true, defval: "", range: { s: { r: 0, c: 0 }, e: range.e } });
    return rows.map((r) => Array.from({ length: width }, (_, i) => cellText(r[i])));
  });
  // A sheet is ours when its header has our columns and none that only another table has
  // (the listing's header includes every population column).
  const others = known.map((k) => k.filter((x) => !columns.includes(x))).filter((d) => d.length > 0);
  const ours = (rows: string[][]) => columns.length > 0 && findHeaderRow(rows, columns) >= 0 && !others.some((d) => findHeaderRow(rows, d) >= 0);
  const score = (rows: string[][]) => (ours(rows) ? 2 : known.some((k) => findHeaderRow(rows, k) >= 0) ? 1 : 0);
  let best = 0;
  sheets.forEach((rows, i) => {
    if (score(rows) > score(sheets[best])) best = i;
  });
  return sheets[best] ?? [];
}

/** A chosen file's bytes to rows: xlsx/xls by content, anything else as text. */
export async function readTableFile(bytes: ArrayBuffer | Uint8Array, columns: readonly string[] = [], known: readonly (readonly string[])[] = []): Promise<string[][]> {
  const u8 = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (isZip(u8) || isOle(u8)) return parseXlsx(u8, columns, known);
  return parseText(decodeText(u8));
}
