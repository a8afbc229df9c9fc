// Reading one cell of the input tables (the yearly setup's listing and population data):
// the number rules stated in the README's section on input formats, and the header row
// found among the file's first rows. Pure: no Office here.
import { Decimal } from "../engine/money";

/** A count above this is a typing or export error (the whole county has about 132 000 people). */
export const MAX_COUNT = 10_000_000;

/** Thousands separators are spaces only: ordinary, no-break and narrow no-break. */
const SPACES = /[ \u00a0\u202f]/g;
/** Digits in groups of three after the first: "12 345", "1 234 567". */
const GROUPED = /^\d{1,3}( \d{3})+$/;

/** count: a whole count; decimal: a non-negative number; amount: a number that may be negative (a total after a revision). */
export type NumberKind = "count" | "decimal" | "amount";
export type CellNumber = { ok: true; value: Decimal } | { ok: false; message: string };

/**
 * A number as an economist types or exports it. Decimal sign comma or point (one of them);
 * thousands separated by spaces only, in groups of three ("1 2 3 4" is refused, not 1234).
 * A count may carry zero decimals ("2,0" is 2), but "1,000" in a count is refused as
 * ambiguous (one or one thousand?). In a decimal column "1,000" is 1.
 */
export function readNumber(raw: string, kind: NumberKind): CellNumber {
  const s = raw.trim().replace(SPACES, " ");
  const m = /^(-?)([\d ]+)(?:([.,])(\d+))?$/.exec(s);
  if (!m) {
    if (/\d[.,]\d*[.,]/.test(s)) return { ok: false, message: `"${raw}" är inte ett tal: använd ett decimaltecken och mellanslag som tusentalsavgränsare.` };
    return { ok: false, message: `"${raw}" är inte ett tal (decimaltecken komma eller punkt).` };
  }
  const [, sign, intPart, sep, frac] = m;
  if (intPart.includes(" ") && !GROUPED.test(intPart)) return { ok: false, message: `"${raw}" är inte ett tal: mellanslag får bara skilja tusental (som i 12 345).` };
  const digits = intPart.replace(/ /g, "");
  if (kind === "count" && sep && frac.length === 3 && /^\d{1,3}$/.test(digits)) {
    return { ok: false, message: `"${raw}" är tvetydigt: tusentalsavgränsare eller decimaler? Skriv ${digits}${frac} eller ${digits} utan "${sep}".` };
  }
  const value = new Decimal(`${sign}${digits}${sep ? `.${frac}` : ""}`);
  if (kind === "amount") return { ok: true, value };
  if (value.isNegative() && !value.isZero()) return { ok: false, message: kind === "count" ? `${raw} är negativt: ett antal får inte vara negativt.` : `${raw} är negativt.` };
  if (kind === "count") {
    if (!value.isInteger()) return { ok: false, message: `${raw} är inte ett heltal.` };
    if (value.gt(MAX_COUNT)) return { ok: false, message: `${raw} är orimligt stort för ett antal (högst 10 000 000).` };
  }
  return { ok: true, value: value.abs() };
}

/** A header cell to its column key: "Avstånd km" → avstand_km, "100+" → 100-. */
export function normaliseHeader(h: string): string {
  return h
    .trim()
    .toLowerCase()
    .replace(/[åä]/g, "a")
    .replace(/ö/g, "o")
    .replace(/[–—]/g, "-")
    .replace(/\s+/g, "_")
    .replace(/^(\d+)_?-_?(\d*)$/, "$1-$2")
    .replace(/^100_?(\+|-|_och_aldre)?$/, "100-");
}

export const isBlank = (row: readonly string[] | undefined): boolean => !row || row.every((c) => c.trim() === "");

/** How many of the first non-blank rows may be titles above the header. */
export const HEADER_SCAN = 10;

/** The first rows of a table that may hold its header, with their 0-based index. */
export function headerCandidates(rows: readonly string[][]): number[] {
  const out: number[] = [];
  for (let i = 0; i < rows.length && out.length < HEADER_SCAN; i++) if (!isBlank(rows[i])) out.push(i);
  return out;
}

/** The row (0-based) among the first rows that has every expected column, or -1. */
export function findHeaderRow(rows: readonly string[][], expected: readonly string[]): number {
  for (const i of headerCandidates(rows)) {
    const names = new Set(rows[i].map(normaliseHeader));
    if (expected.every((e) => names.has(e))) return i;
  }
  return -1;
}

/** The candidate row with the most expected columns (for "Hittade … / Saknas …"). */
export function closestHeaderRow(rows: readonly string[][], expected: readonly string[]): { index: number; found: string[] } {
  let best = { index: -1, found: [] as string[] };
  for (const i of headerCandidates(rows)) {
    const names = new Set(rows[i].map(normaliseHeader));
    const found = expected.filter((e) => names.has(e));
    if (found.length > best.found.length) best = { index: i, found };
  }
  return best;
}

/** Columns whose key appears twice in the header: key → 1-based column numbers. */
export function duplicateColumns(header: readonly string[]): Map<string, number[]> {
  const at = new Map<string, number[]>();
  header.forEach((h, i) => {
    const k = normaliseHeader(h);
    if (k) at.set(k, [...(at.get(k) ?? []), i + 1]);
  });
  return new Map([...at].filter(([, cols]) => cols.length > 1));
}
