// 5 Ersättning: månadens listning — file 002 ("baseras på antal listade … i början av
// innevarande månad … Detta gäller även för nyetableringar"). A listing with a first
// column `manad` (`2026-05`, or 1–12 for the chosen year), one month or a whole year in one
// table. Each month's rows are checked by the ordinary listing parser (indata.ts), so the
// messages are the same as for a single listing; row numbers are those of the whole table.
import { Vardenhet } from "../../engine/halsoval/vardenhet";
import { Manadslistning } from "../../engine/halsoval/manad";
import { Decimal, ZERO } from "../../engine/money";
import { COLUMN_LABELS, parseVardenheter, Problem, VARDENHET_COLUMNS } from "../indata";
import { readNumber } from "../cells";
import { Collector, dataRows, locateHeader } from "../tablehead";

export interface MonthlyListing {
  ok: true;
  manader: Manadslistning[];
  /** Not errors: a unit missing in a month after it appeared, a new establishment. */
  notices: Problem[];
}
export type ParsedMonths = MonthlyListing | { ok: false; problems: Problem[] };

/** The monthly listing's columns: the month, then the listing's (indata.ts). */
const MANAD_COLUMNS = ["manad", ...VARDENHET_COLUMNS];
const MANAD_LABELS = { ...COLUMN_LABELS, manad: "Månad" };
// The year's listing (no month column) is the likely mistake: say what to add.
const MANAD_OTHER = { columns: VARDENHET_COLUMNS, hint: "Det är en listning utan kolumnen manad: lägg till den (t.ex. 2026-05 eller 5) på varje rad." };

/** A month as the files and sheets name it: `2026-05` (parseMonth reads it back). */
export const monthTag = (year: number, month: number) => `${year}-${String(month).padStart(2, "0")}`;

/** `2026-05`, `2026-5` or `5` (with the chosen year) to a month 1–12, or a message. */
export function parseMonth(cell: string, year: number): number | string {
  const t = cell.trim();
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{1,2})$/.exec(t))) {
    if (Number(m[1]) !== year) return `Månaden ${t} ligger utanför året ${year}.`;
    const n = Number(m[2]);
    return n >= 1 && n <= 12 ? n : `"${t}" är ingen månad (1–12).`;
  }
  if (/^\d{1,2}$/.test(t)) {
    const n = Number(t);
    return n >= 1 && n <= 12 ? n : `"${t}" är ingen månad (1–12).`;
  }
  return t === "" ? "Tom månad." : `"${t}" är ingen månad: skriv ${year}-05 eller 5.`;
}

/** A monthly listing (a column `manad` beside the listing's columns) for `year`. */
export function parseManadslistning(rows: string[][], year: number): ParsedMonths {
  const c = new Collector();
  const h = locateHeader(rows, MANAD_COLUMNS, MANAD_LABELS, MANAD_OTHER, c, "Månadslistningen");
  if (!h) return { ok: false, problems: c.problems };
  const problems: Problem[] = [];
  const mi = h.idx.get("manad")!;
  const idi = h.idx.get("id")!;
  const withoutMonth = (row: string[]) => row.filter((_, j) => j !== mi);
  const head = withoutMonth(h.cells);
  // Per month: the original row numbers and the rows without the month column.
  const groups = new Map<number, { lines: number[]; rows: string[][]; ids: Map<string, number> }>();
  dataRows(rows, h).forEach(({ cells: row, row: r }) => {
    const m = parseMonth(row[mi] ?? "", year);
    if (typeof m === "string") return void problems.push({ row: r, column: "Månad", message: m });
    let g = groups.get(m);
    if (!g) groups.set(m, (g = { lines: [], rows: [], ids: new Map() }));
    const id = (row[idi] ?? "").trim();
    const before = id ? g.ids.get(id) : undefined;
    if (before !== undefined) return void problems.push({ row: r, column: "Id", message: `Vårdenhet "${id}" finns två gånger i månad ${m} (även på rad ${before}).` });
    if (id) g.ids.set(id, r);
    g.lines.push(r);
    g.rows.push(withoutMonth(row));
  });
  const manader: Manadslistning[] = [];
  for (const [m, g] of [...groups].sort((a, b) => a[0] - b[0])) {
    const res = parseVardenheter([head, ...g.rows]);
    if (!res.ok) for (const p of res.problems) problems.push({ ...p, row: p.row >= 2 ? g.lines[p.row - 2] ?? p.row : p.row });
    else manader.push({ manad: m, enheter: res.rows });
  }
  if (groups.size === 0 && problems.length === 0) problems.push({ row: h.index + 2, column: "", message: "Inga rader med månad och vårdenhet." });
  if (problems.length) return { ok: false, problems: problems.sort((a, b) => a.row - b.row) };
  return { ok: true, manader, notices: notices(manader, groups) };
}

function notices(manader: Manadslistning[], groups: Map<number, { ids: Map<string, number> }>): Problem[] {
  const out: Problem[] = [];
  const first = new Map<string, { manad: number; enhet: Vardenhet }>();
  for (const m of manader) for (const e of m.enheter) if (!first.has(e.id)) first.set(e.id, { manad: m.manad, enhet: e });
  const firstMonth = manader[0]?.manad;
  for (const [id, f] of first) {
    const row = groups.get(f.manad)!.ids.get(id) ?? 0;
    if (f.manad !== firstMonth) out.push({ row, column: "Id", message: `Vårdenhet "${f.enhet.namn}" (${id}) listas första gången i månad ${f.manad}: nyetablering, ersätts från den månaden.` });
    for (const m of manader) {
      if (m.manad <= f.manad) continue;
      if (!m.enheter.some((e) => e.id === id)) out.push({ row: 0, column: "Id", message: `Vårdenhet "${f.enhet.namn}" (${id}) saknas i månad ${m.manad} efter att ha listats tidigare: ingen ersättning för den månaden.` });
    }
  }
  return out;
}

/**
 * Last year's totals per unit from last year's payment list (the file this command wrote:
 * columns id and summa, decimal comma), for the change from last year in the overview.
 */
export function parseForraAret(rows: string[][]): { ok: true; totals: Map<string, Decimal> } | { ok: false; problems: Problem[] } {
  const c = new Collector();
  const h = locateHeader(rows, ["id", "summa"], {}, null, c, "Förra årets utbetalningslista");
  if (!h) return { ok: false, problems: c.problems };
  const iId = h.idx.get("id")!;
  const iSum = h.idx.get("summa")!;
  const problems: Problem[] = [];
  const totals = new Map<string, Decimal>();
  dataRows(rows, h).forEach(({ cells: row, row: r }) => {
    const id = (row[iId] ?? "").trim();
    if (!id) return void problems.push({ row: r, column: "id", message: "Tomt id." });
    const n = readNumber(row[iSum] ?? "", "amount");
    if (!n.ok) return void problems.push({ row: r, column: "summa", message: `"${row[iSum] ?? ""}" är inte ett belopp.` });
    const before = totals.get(id);
    totals.set(id, (before ?? ZERO).plus(n.value));
  });
  return problems.length ? { ok: false, problems } : { ok: true, totals };
}
