// The two input tables the yearly setup brings in (5.1.1–5.1.3 listing per vårdenhet, and
// population per municipality for the additional amounts), parsed from pasted text, CSV or
// xlsx (as SCB and the region's systems export them) and validated completely before
// anything is written. Every problem names its file, row, column and unit, in Swedish;
// the number rules are in cells.ts and the README's section on input formats. Pure.
import type { Vardenhet } from "../engine/halsoval/vardenhet";
import { avstandVarningar } from "../engine/halsoval/avstand";
import type { KommunUnderlag } from "../engine/tillagg/fordelning";
import { headerCandidates, isBlank, normaliseHeader, readNumber, type NumberKind } from "./cells";
import { Collector, dataRows, labelOf, locateHeader, widthProblem, type Header, type ParseOptions, type Parsed } from "./tablehead";

export { decodeText, parseText, parseXlsx, readTableFile } from "./readfile";
export { describeProblem, type Parsed, type Problem, type ParseOptions } from "./tablehead";

/** The 5.1.1 age bands as column headers: 0-4, 5-9, …, 95-99, 100-. */
export const BAND_COLUMNS = Array.from({ length: 21 }, (_, i) => (i === 20 ? "100-" : `${i * 5}-${i * 5 + 4}`));
export const BAND_START_AGES = Array.from({ length: 21 }, (_, i) => i * 5);

export const KOMMUNER = ["Berg", "Bräcke", "Härjedalen", "Krokom", "Ragunda", "Strömsund", "Åre", "Östersund"] as const;

export const VARDENHET_COLUMNS = ["id", "vardenhet", "kommun", "regi", "cni", "avstand_km", "listade_16_67", ...BAND_COLUMNS] as const;
export const BEFOLKNING_COLUMNS = ["kommun", "cni", "avstand_km", ...BAND_COLUMNS] as const;
/** Every header the two tables can have, for choosing an xlsx file's sheet. */
export const KNOWN_HEADERS: readonly (readonly string[])[] = [VARDENHET_COLUMNS, BEFOLKNING_COLUMNS];

/** The template files (header row only, UTF-8 with BOM, semicolons) shipped in dist/assets/mallar/. */
export const TEMPLATE_FILES = { vardenheter: "assets/mallar/mall-vardenheter.csv", befolkning: "assets/mallar/mall-befolkning.csv" } as const;

export const COLUMN_LABELS: Record<string, string> = {
  id: "Id",
  vardenhet: "Vårdenhet",
  kommun: "Kommun",
  regi: "Regi",
  cni: "CNI",
  avstand_km: "Avstånd km",
  listade_16_67: "Listade 16–67",
};

const cellOf = (row: string[], h: Header, col: string): string => (row[h.idx.get(col)!] ?? "").trim();

function numberCell(row: string[], r: number, h: Header, col: string, kind: NumberKind, c: Collector, unit: string, max?: number): string | null {
  const raw = cellOf(row, h, col);
  const label = labelOf(col, COLUMN_LABELS);
  if (raw === "") {
    c.add(r, label, kind === "count" ? "Tom cell: ange 0 om det inte finns några." : "Tom cell.", unit);
    return null;
  }
  const n = readNumber(raw, kind);
  if (!n.ok) c.add(r, label, n.message, unit);
  else if (max !== undefined && n.value.gt(max)) c.add(r, label, `${raw} är orimligt stort (högst ${max}).`, unit);
  else return n.value.toString();
  return null;
}

function kommunCell(row: string[], r: number, h: Header, c: Collector, unit: string): string {
  // SCB writes regions with their code first: "2326 Berg".
  const raw = cellOf(row, h, "kommun").replace(/^\d{4}\s+/, "");
  const k = KOMMUNER.find((x) => x.toLowerCase() === raw.toLowerCase());
  if (!k) c.add(r, "Kommun", `"${raw}" är inte en av länets kommuner (${KOMMUNER.join(", ")}).`, unit);
  return k ?? raw;
}

const emptyWhat = (o: ParseOptions) => (o.file ? `Filen ${o.file}` : "Texten");

/** The listing data per vårdenhet. */
export function parseVardenheter(rows: string[][], options: ParseOptions = {}): Parsed<Vardenhet> {
  const c = new Collector(options.file);
  const other = { columns: BEFOLKNING_COLUMNS, hint: "Befolkning per kommun hör hemma i fältet för befolkningen, inte i fältet för listningen per vårdenhet." };
  const h = locateHeader(rows, VARDENHET_COLUMNS, COLUMN_LABELS, other, c, emptyWhat(options));
  if (!h) return c.result<Vardenhet>([]);
  const out: Vardenhet[] = [];
  const seen = new Map<string, number>();
  const byName = new Map<string, { id: string; row: number }>();
  const firstRowOf = new Map<string, number>();
  for (const { cells: row, row: r } of dataRows(rows, h)) {
    const id = cellOf(row, h, "id");
    const unit = id ? `id ${id}` : "";
    const wide = widthProblem(row, h.cells);
    if (wide) {
      c.add(r, "", wide, unit);
      continue;
    }
    const namn = cellOf(row, h, "vardenhet");
    if (!id) c.add(r, "Id", "Tomt id.");
    else if (seen.has(id)) c.add(r, "Id", `Id "${id}" finns redan på rad ${seen.get(id)}.`, unit);
    else seen.set(id, r);
    if (!namn) c.add(r, "Vårdenhet", "Tomt namn.", unit);
    const prev = byName.get(namn.toLowerCase());
    if (namn && id && prev && prev.id !== id) c.warn(r, "Vårdenhet", `Samma namn "${namn}" som id ${prev.id} på rad ${prev.row} men ett annat id: kontrollera att det är två olika enheter.`, unit);
    else if (namn && id && !prev) byName.set(namn.toLowerCase(), { id, row: r });
    const kommun = kommunCell(row, r, h, c, unit);
    const regiRaw = cellOf(row, h, "regi").toLowerCase();
    const privat = regiRaw === "privat" || regiRaw === "extern";
    if (!privat && regiRaw !== "region" && regiRaw !== "regionen") c.add(r, "Regi", `"${cellOf(row, h, "regi")}" ska vara Privat eller Region.`, unit);
    const cni = numberCell(row, r, h, "cni", "decimal", c, unit, 10);
    const km = numberCell(row, r, h, "avstand_km", "decimal", c, unit, 1000);
    const l1667 = numberCell(row, r, h, "listade_16_67", "count", c, unit);
    const listade = BAND_COLUMNS.map((b) => Number(numberCell(row, r, h, b, "count", c, unit) ?? 0));
    const total = listade.reduce((s, n) => s + n, 0);
    if (l1667 !== null && Number(l1667) > total) c.add(r, "Listade 16–67", `${l1667} listade 16–67 år är fler än alla listade (${total}).`, unit);
    if (!firstRowOf.has(kommun)) firstRowOf.set(kommun, r);
    out.push({ id, namn, kommun, privat, listade, listade16till67: Number(l1667 ?? 0), cni: cni ?? "0", avstandKm: Number(km ?? 0) });
  }
  if (out.length === 0 && c.problems.length === 0) c.add(h.index + 2, "", "Inga vårdenheter under rubrikraden.");
  // 5.1.3: the distance is the municipality's; units of one municipality that disagree are named.
  if (c.problems.length === 0)
    for (const w of avstandVarningar(out)) {
      const kommun = w.slice(0, w.indexOf(":"));
      c.warn(firstRowOf.get(kommun) ?? h.index + 2, COLUMN_LABELS.avstand_km ?? "Avstånd km", w, kommun);
    }
  return c.result(out);
}

const AGE_HEADER = /^(\d{1,3})(\+)?\s*(år)?$/i;
const ageColumns = (row: readonly string[]) => {
  const at = new Map<number, number>();
  row.forEach((h, i) => {
    const m = AGE_HEADER.exec(h.trim());
    if (m) at.set(Number(m[1]), i);
  });
  return at;
};

/**
 * SCB's table BE0101A can be exported with one column per year of age ("0 år", "1 år", …,
 * "100+ år") and the region as "2326 Berg". Such a table is summed into the five-year bands
 * here, row for row (blank and title rows keep their place, so row numbers stay the file's);
 * each cell is checked first, so a problem still names SCB's own row and column.
 */
function fromSingleYearAges(rows: string[][], c: Collector): string[][] | null {
  const h = headerCandidates(rows).find((i) => ageColumns(rows[i]).size >= 50) ?? -1;
  if (h < 0) return null;
  const head = rows[h];
  const ageCol = ageColumns(head);
  const missingAges = Array.from({ length: 101 }, (_, a) => a).filter((a) => !ageCol.has(a));
  if (missingAges.length) {
    c.add(h + 1, "Ålder", `Tabellen har en kolumn per ålder men saknar ${missingAges.slice(0, 10).join(", ")}${missingAges.length > 10 ? " …" : ""} år.`);
    return [];
  }
  const ageIdx = new Set(ageCol.values());
  const keep = (n: string) => (n === "region" ? "kommun" : n);
  const other = head.map((n, i) => [keep(normaliseHeader(n)), i] as const).filter(([, i]) => !ageIdx.has(i));
  return rows.map((row, k) => {
    if (k < h || (k > h && isBlank(row))) return row;
    if (k === h) return [...other.map(([n]) => n), ...BAND_COLUMNS];
    const wide = widthProblem(row, head);
    if (wide) {
      c.add(k + 1, "", wide, row[other.find(([n]) => n === "kommun")?.[1] ?? 0]);
      return row;
    }
    const bands = Array(21).fill(0);
    for (const [a, i] of ageCol) {
      const n = row[i] === "" ? null : readNumber(row[i], "count");
      if (!n) c.add(k + 1, head[i], "Tom cell: ange 0 om det inte finns några.");
      else if (!n.ok) c.add(k + 1, head[i], n.message);
      else bands[Math.min(20, Math.floor(a / 5))] += n.value.toNumber();
    }
    return [...other.map(([, i]) => row[i] ?? ""), ...bands.map(String)];
  });
}

/** Population per municipality by age band, with its CNI and distance. */
export function parseBefolkning(input: string[][], options: ParseOptions = {}): Parsed<KommunUnderlag> {
  const c = new Collector(options.file);
  const rows = fromSingleYearAges(input, c) ?? input;
  if (c.problems.length) return c.result<KommunUnderlag>([]);
  const other = { columns: VARDENHET_COLUMNS, hint: "Listningen per vårdenhet hör hemma i fältet för listningen, inte i fältet för befolkningen per kommun." };
  const h = locateHeader(rows, BEFOLKNING_COLUMNS, COLUMN_LABELS, other, c, emptyWhat(options));
  if (!h) return c.result<KommunUnderlag>([]);
  const out: KommunUnderlag[] = [];
  const seen = new Map<string, number>();
  let last = h.index + 1;
  for (const { cells: row, row: r } of dataRows(rows, h)) {
    last = r;
    const wide = widthProblem(row, h.cells);
    if (wide) {
      c.add(r, "", wide, cellOf(row, h, "kommun"));
      continue;
    }
    const kommun = kommunCell(row, r, h, c, "");
    if (seen.has(kommun)) c.add(r, "Kommun", `${kommun} finns redan på rad ${seen.get(kommun)}.`, kommun);
    seen.set(kommun, r);
    const cni = numberCell(row, r, h, "cni", "decimal", c, kommun, 10);
    const km = numberCell(row, r, h, "avstand_km", "decimal", c, kommun, 1000);
    const befolkning = BAND_COLUMNS.map((b) => Number(numberCell(row, r, h, b, "count", c, kommun) ?? 0));
    out.push({ kommun, cni: cni ?? "0", avstandKm: Number(km ?? 0), befolkning });
  }
  const missing = KOMMUNER.filter((k) => !seen.has(k));
  if (missing.length && c.problems.length === 0) c.add(last + 1, "Kommun", `Saknar ${missing.join(", ")}: alla åtta kommuner behövs för fördelningen.`);
  return c.result(out);
}
