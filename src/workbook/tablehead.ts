// The shape of an input table (the yearly setup's listing and population data): its header
// row found below any title rows, refused when a column is doubled or missing (what was
// found and what is missing, once), a hint when the other table was given, and each data
// row's width checked against the header so a shifted row is never read. Pure.
import { closestHeaderRow, duplicateColumns, findHeaderRow, HEADER_SCAN, isBlank, normaliseHeader } from "./cells";

export interface Problem {
  /** 1-based row in the file or pasted text as the user sees it, blank rows counted. */
  row: number;
  column: string;
  message: string;
  /** The file's name, when the table came from a file. */
  file?: string;
  /** The row's vårdenhet id (or municipality), so a problem is found without counting rows. */
  unit?: string;
}

export type Parsed<T> = { ok: true; rows: T[]; warnings: Problem[] } | { ok: false; problems: Problem[]; warnings?: Problem[] };

export interface ParseOptions {
  /** The file's name, put in every problem. */
  file?: string;
}

/** One problem as one Swedish line: "fil.csv, rad 3, kolumn CNI (enhet A): …" (no row for a problem of the whole table, row 0). */
export function describeProblem(p: Problem): string {
  const where = [p.file, p.row > 0 && `rad ${p.row}`, p.column && `kolumn ${p.column}`].filter(Boolean).join(", ");
  return `${where}${p.unit ? ` (${p.unit})` : ""}: ${p.message}`;
}

export class Collector {
  problems: Problem[] = [];
  warnings: Problem[] = [];
  constructor(private file?: string) {}
  add(row: number, column: string, message: string, unit?: string) {
    this.problems.push({ row, column, message, ...(this.file ? { file: this.file } : {}), ...(unit ? { unit } : {}) });
  }
  warn(row: number, column: string, message: string, unit?: string) {
    this.warnings.push({ row, column, message, ...(this.file ? { file: this.file } : {}), ...(unit ? { unit } : {}) });
  }
  result<T>(rows: T[]): Parsed<T> {
    return this.problems.length ? { ok: false, problems: this.problems, warnings: this.warnings } : { ok: true, rows, warnings: this.warnings };
  }
}

export interface OtherTable {
  columns: readonly string[];
  /** What to do instead, e.g. "Den hör hemma under Befolkning per kommun." */
  hint: string;
}

export interface Header {
  /** 0-based index of the header row. */
  index: number;
  cells: string[];
  idx: Map<string, number>;
}

export function labelOf(key: string, labels: Record<string, string>): string {
  return labels[key] ?? key;
}

/** The header row with every expected column, or null with the problem recorded. */
export function locateHeader(rows: string[][], expected: readonly string[], labels: Record<string, string>, other: OtherTable | null, c: Collector, emptyWhat: string): Header | null {
  if (rows.every((r) => isBlank(r))) {
    c.add(1, "", `${emptyWhat} är tom: ingen tabell att läsa.`);
    return null;
  }
  // The other table's own columns (those this one lacks) mean the user chose the wrong slot.
  const distinct = other ? other.columns.filter((k) => !expected.includes(k)) : [];
  const h = findHeaderRow(rows, expected);
  const otherAt = other ? findHeaderRow(rows, other.columns) : -1;
  if (other && otherAt >= 0 && (h < 0 || (distinct.length > 0 && findHeaderRow(rows, distinct) >= 0))) {
    c.add(otherAt + 1, "", `Det här ser ut som den andra tabellen. ${other.hint}`);
    return null;
  }
  if (h < 0) {
    const { index, found } = closestHeaderRow(rows, expected);
    const missing = expected.filter((k) => !found.includes(k)).map((k) => labelOf(k, labels));
    const row = index >= 0 ? index + 1 : 1;
    const foundText = found.length ? `Hittade på rad ${row}: ${found.map((k) => labelOf(k, labels)).join(", ")}. ` : `Ingen känd kolumnrubrik bland de första ${HEADER_SCAN} raderna. `;
    c.add(row, missing.join(", "), `${foundText}Saknas: ${missing.join(", ")}.`);
    return null;
  }
  const cells = rows[h];
  for (const [key, cols] of duplicateColumns(cells)) {
    c.add(h + 1, labelOf(key, labels), `Kolumnen finns ${cols.length} gånger i rubrikraden (kolumn ${cols.join(" och ")}): ta bort den ena.`);
  }
  if (c.problems.length) return null;
  const idx = new Map<string, number>();
  cells.forEach((cell, i) => idx.set(normaliseHeader(cell), i));
  return { index: h, cells, idx };
}

/** Why a data row does not fit its header, or null: other cell count, or a value under no heading. */
export function widthProblem(row: readonly string[], header: readonly string[]): string | null {
  const beyond = row.findIndex((cell, j) => cell !== "" && (j >= header.length || header[j].trim() === ""));
  const commaHint = " Är filen kommaseparerad med decimalkomma? Spara den som CSV (semikolonavgränsad) eller sätt decimaltalen inom citattecken.";
  if (row.length !== header.length) {
    return `Raden har ${row.length} celler men rubrikraden ${header.length}: raden läses inte.${row.length > header.length ? commaHint : ""}`;
  }
  if (beyond >= 0) return `Cell utanför rubrikraden: kolumn ${beyond + 1} har "${row[beyond]}" men ingen rubrik.${commaHint}`;
  return null;
}

/** The data rows after the header, blank ones skipped, each with its 1-based row number. */
export function dataRows(rows: string[][], header: Header): { cells: string[]; row: number }[] {
  const out: { cells: string[]; row: number }[] = [];
  for (let i = header.index + 1; i < rows.length; i++) if (!isBlank(rows[i])) out.push({ cells: rows[i], row: i + 1 });
  return out;
}
