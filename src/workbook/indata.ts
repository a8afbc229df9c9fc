// The two input tables the yearly setup brings in, parsed from pasted text, CSV or xlsx
// (as SCB and the region's systems export them) and validated completely before anything
// is written. Every problem names its row and column, in Swedish. Pure: no Office here.
import Papa from "papaparse";
import { Decimal } from "../engine/money";
import type { Vardenhet } from "../engine/halsoval/vardenhet";
import type { KommunUnderlag } from "../engine/tillagg/fordelning";

/** The 5.1.1 age bands as column headers: 0-4, 5-9, …, 95-99, 100-. */
export const BAND_COLUMNS = Array.from({ length: 21 }, (_, i) => (i === 20 ? "100-" : `${i * 5}-${i * 5 + 4}`));
export const BAND_START_AGES = Array.from({ length: 21 }, (_, i) => i * 5);

export const KOMMUNER = ["Berg", "Bräcke", "Härjedalen", "Krokom", "Ragunda", "Strömsund", "Åre", "Östersund"] as const;

export const VARDENHET_COLUMNS = ["id", "vardenhet", "kommun", "regi", "cni", "avstand_km", "listade_16_67", ...BAND_COLUMNS] as const;
export const BEFOLKNING_COLUMNS = ["kommun", "cni", "avstand_km", ...BAND_COLUMNS] as const;

export const COLUMN_LABELS: Record<string, string> = {
  id: "Id",
  vardenhet: "Vårdenhet",
  kommun: "Kommun",
  regi: "Regi",
  cni: "CNI",
  avstand_km: "Avstånd km",
  listade_16_67: "Listade 16–67",
};

export interface Problem {
  /** 1-based row in the input as the user sees it (the header is row 1). */
  row: number;
  column: string;
  message: string;
}

export type Parsed<T> = { ok: true; rows: T[] } | { ok: false; problems: Problem[] };

/** Text (tab-separated from Excel, or CSV with ; or ,) to rows of cells. */
export function parseText(text: string): string[][] {
  const trimmed = text.replace(/^\uFEFF/, "").trim();
  if (!trimmed) return [];
  const delimiter = trimmed.split(/\r?\n/)[0].includes("\t") ? "\t" : undefined;
  const res = Papa.parse<string[]>(trimmed, { delimiter, delimitersToGuess: [";", ",", "\t"], skipEmptyLines: "greedy" });
  return res.data.map((r) => r.map((c) => String(c ?? "").trim()));
}

/** An xlsx file's first sheet to rows of cells (SheetJS, loaded only when a file is chosen). */
export async function parseXlsx(data: ArrayBuffer): Promise<string[][]> {
  const XLSX = await import("@e965/xlsx");
  const wb = XLSX.read(data, { type: "array" });
  const sheet = wb.Sheets[wb.SheetNames[0]];
  const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, blankrows: false, raw: false });
  return rows.map((r) => Array.from(r, (c) => String(c ?? "").trim()));
}

function normaliseHeader(h: string): string {
  return h
    .toLowerCase()
    .replace(/[åä]/g, "a")
    .replace(/ö/g, "o")
    .replace(/[–—]/g, "-")
    .replace(/\s+/g, "_")
    .replace(/^(\d+)_?-_?(\d*)$/, "$1-$2")
    .replace(/^100_?(\+|-|_och_aldre)?$/, "100-");
}

/** A decimal in Swedish or English notation: "1,05", "1.05", "12 345". */
function decimalCell(raw: string): Decimal | null {
  const s = raw.replace(/[\s\u00a0]/g, "").replace(",", ".");
  if (!/^-?\d+(\.\d+)?$/.test(s)) return null;
  return new Decimal(s);
}

class Collector {
  problems: Problem[] = [];
  add(row: number, column: string, message: string) {
    this.problems.push({ row, column, message });
  }
}

function header(rows: string[][], expected: readonly string[], c: Collector): Map<string, number> | null {
  if (rows.length === 0) {
    c.add(1, "", "Inga rader: klistra in tabellen med rubrikraden först.");
    return null;
  }
  const idx = new Map<string, number>();
  rows[0].forEach((h, i) => idx.set(normaliseHeader(h), i));
  const missing = expected.filter((e) => !idx.has(e));
  if (missing.length) {
    c.add(1, missing.map((m) => COLUMN_LABELS[m] ?? m).join(", "), `Kolumn saknas i rubrikraden: ${missing.map((m) => COLUMN_LABELS[m] ?? m).join(", ")}. Rubrikerna ska vara ${expected.join(", ")}.`);
    return null;
  }
  if (rows.length === 1) c.add(2, "", "Tabellen har bara en rubrikrad.");
  return idx;
}

function cellOf(row: string[], idx: Map<string, number>, col: string): string {
  return row[idx.get(col)!] ?? "";
}

function wholeCell(row: string[], r: number, idx: Map<string, number>, col: string, c: Collector): number {
  const raw = cellOf(row, idx, col);
  const d = decimalCell(raw);
  const label = COLUMN_LABELS[col] ?? col;
  if (raw === "") c.add(r, label, "Tom cell: ange 0 om det inte finns några.");
  else if (!d) c.add(r, label, `"${raw}" är inte ett tal.`);
  else if (d.isNegative()) c.add(r, label, `${raw} är negativt.`);
  else if (!d.isInteger()) c.add(r, label, `${raw} är inte ett heltal.`);
  else return d.toNumber();
  return 0;
}

function decimalField(row: string[], r: number, idx: Map<string, number>, col: string, c: Collector, max?: number): string {
  const raw = cellOf(row, idx, col);
  const d = decimalCell(raw);
  const label = COLUMN_LABELS[col] ?? col;
  if (raw === "") c.add(r, label, "Tom cell.");
  else if (!d) c.add(r, label, `"${raw}" är inte ett tal (decimaltecken komma eller punkt).`);
  else if (d.isNegative()) c.add(r, label, `${raw} är negativt.`);
  else if (max !== undefined && d.gt(max)) c.add(r, label, `${raw} är orimligt stort (högst ${max}).`);
  else return d.toString();
  return "0";
}

function kommunCell(row: string[], r: number, idx: Map<string, number>, c: Collector): string {
  // SCB writes regions with their code first: "2326 Berg".
  const raw = cellOf(row, idx, "kommun").replace(/^\d{4}\s+/, "");
  const k = KOMMUNER.find((x) => x.toLowerCase() === raw.toLowerCase());
  if (!k) c.add(r, "Kommun", `"${raw}" är inte en av länets kommuner (${KOMMUNER.join(", ")}).`);
  return k ?? raw;
}

/** The listing data per vårdenhet. */
export function parseVardenheter(rows: string[][]): Parsed<Vardenhet> {
  const c = new Collector();
  const idx = header(rows, VARDENHET_COLUMNS, c);
  if (!idx) return { ok: false, problems: c.problems };
  const out: Vardenhet[] = [];
  const seen = new Map<string, number>();
  rows.slice(1).forEach((row, i) => {
    const r = i + 2;
    const id = cellOf(row, idx, "id");
    const namn = cellOf(row, idx, "vardenhet");
    if (!id) c.add(r, "Id", "Tomt id.");
    else if (seen.has(id)) c.add(r, "Id", `Id "${id}" finns redan på rad ${seen.get(id)}.`);
    else seen.set(id, r);
    if (!namn) c.add(r, "Vårdenhet", "Tomt namn.");
    const kommun = kommunCell(row, r, idx, c);
    const regiRaw = cellOf(row, idx, "regi").toLowerCase();
    const privat = regiRaw === "privat" || regiRaw === "extern";
    if (!privat && regiRaw !== "region" && regiRaw !== "regionen") c.add(r, "Regi", `"${cellOf(row, idx, "regi")}" ska vara Privat eller Region.`);
    const cni = decimalField(row, r, idx, "cni", c, 10);
    const km = decimalField(row, r, idx, "avstand_km", c, 1000);
    const l1667 = wholeCell(row, r, idx, "listade_16_67", c);
    const listade = BAND_COLUMNS.map((b) => wholeCell(row, r, idx, b, c));
    const total = listade.reduce((s, n) => s + n, 0);
    if (l1667 > total) c.add(r, "Listade 16–67", `${l1667} listade 16–67 år är fler än alla listade (${total}).`);
    out.push({ id, namn, kommun, privat, listade, listade16till67: l1667, cni, avstandKm: Number(km) });
  });
  if (out.length === 0 && c.problems.length === 0) c.add(2, "", "Inga vårdenheter.");
  return c.problems.length ? { ok: false, problems: c.problems } : { ok: true, rows: out };
}

/**
 * SCB's table BE0101A can be exported with one column per year of age ("0 år", "1 år", …,
 * "100+ år") and the region as "2326 Berg". Such a table is summed into the five-year bands
 * here; each cell is checked first, so a problem still names SCB's own row and column.
 */
function fromSingleYearAges(rows: string[][], c: Collector): string[][] | null {
  const head = rows[0] ?? [];
  const ageCol = new Map<number, number>();
  head.forEach((h, i) => {
    const m = /^(\d{1,3})(\+)?\s*(år)?$/i.exec(h.trim());
    if (m) ageCol.set(Number(m[1]), i);
  });
  if (ageCol.size < 50) return null;
  const missingAges = Array.from({ length: 101 }, (_, a) => a).filter((a) => !ageCol.has(a));
  if (missingAges.length) {
    c.add(1, "Ålder", `Tabellen har en kolumn per ålder men saknar ${missingAges.slice(0, 10).join(", ")}${missingAges.length > 10 ? " …" : ""} år.`);
    return [];
  }
  const names = head.map(normaliseHeader);
  const keep = (n: string) => (n === "region" ? "kommun" : n);
  const other = names.map((n, i) => [keep(n), i] as const).filter(([, i]) => ![...ageCol.values()].includes(i));
  const out: string[][] = [[...other.map(([n]) => n), ...BAND_COLUMNS]];
  rows.slice(1).forEach((row, k) => {
    const bands = Array(21).fill(0);
    for (const [a, i] of ageCol) {
      const raw = (row[i] ?? "").replace(/[\s\u00a0]/g, "");
      if (!/^\d+$/.test(raw)) c.add(k + 2, head[i], raw === "" ? "Tom cell." : `"${row[i]}" är inte ett heltal ≥ 0.`);
      else bands[Math.min(20, Math.floor(a / 5))] += Number(raw);
    }
    out.push([...other.map(([, i]) => row[i] ?? ""), ...bands.map(String)]);
  });
  return out;
}

/** Population per municipality by age band, with its CNI and distance. */
export function parseBefolkning(input: string[][]): Parsed<KommunUnderlag> {
  const c = new Collector();
  const rows = fromSingleYearAges(input, c) ?? input;
  if (c.problems.length) return { ok: false, problems: c.problems };
  const idx = header(rows, BEFOLKNING_COLUMNS, c);
  if (!idx) return { ok: false, problems: c.problems };
  const out: KommunUnderlag[] = [];
  const seen = new Map<string, number>();
  rows.slice(1).forEach((row, i) => {
    const r = i + 2;
    const kommun = kommunCell(row, r, idx, c);
    if (seen.has(kommun)) c.add(r, "Kommun", `${kommun} finns redan på rad ${seen.get(kommun)}.`);
    seen.set(kommun, r);
    const cni = decimalField(row, r, idx, "cni", c, 10);
    const km = decimalField(row, r, idx, "avstand_km", c, 1000);
    const befolkning = BAND_COLUMNS.map((b) => wholeCell(row, r, idx, b, c));
    out.push({ kommun, cni, avstandKm: Number(km), befolkning });
  });
  const missing = KOMMUNER.filter((k) => !seen.has(k));
  if (missing.length && c.problems.length === 0) c.add(rows.length + 1, "Kommun", `Saknar ${missing.join(", ")}: alla åtta kommuner behövs för fördelningen.`);
  return c.problems.length ? { ok: false, problems: c.problems } : { ok: true, rows: out };
}
