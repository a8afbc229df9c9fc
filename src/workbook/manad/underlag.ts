// 5 Ersättning: the monthly run's inputs read and run in one place — file 002 ("Utbetalning
// sker månadsvis"). The monthly listing, the 5.2 rörlig and 5.3 tillägg tables and last
// year's totals are parsed by their parsers (listning.ts, poster.ts) and the run's own
// refusals (a row for a unit not listed that month) are named with the file they came from.
// Used by `rjh utbetalning` and by the task pane, so both give the same messages.
import type { RuleSet } from "../../rules";
import { InputError } from "../../engine/check";
import type { Decimal } from "../../engine/money";
import type { Manadslistning } from "../../engine/halsoval/manad";
import type { Problem } from "../indata";
import { describeProblem } from "../tablehead";
import { parseForraAret, parseManadslistning } from "./listning";
import { parseRorlig, parseTillagg, RorligRad, TillaggRad } from "./poster";
import { Enhetsmanad, korning, RadFel } from "./korning";

/** A table as read from a file or a paste, with the name its messages use. */
export interface Tabell {
  rows: string[][];
  source: string;
}

export interface MonthSources {
  listning: Tabell;
  rorlig?: Tabell | null;
  tillagg?: Tabell | null;
  forra?: Tabell | null;
}

export interface MonthInputs {
  manader: Manadslistning[];
  rorlig: RorligRad[];
  tillagg: TillaggRad[];
  forra?: Map<string, Decimal>;
  /** Notices on the listing (new establishments, units missing), as lines naming the file. */
  notices: string[];
}

export type Kalla = keyof MonthSources;
/** A refusal names the table it comes from (for the pane's heading) and every problem as a line. */
export type Read<T> = { ok: true; value: T } | { ok: false; table: Kalla; problems: string[] };

const fail = <T>(table: Kalla, source: string, ps: Problem[]): Read<T> => ({ ok: false, table, problems: ps.map((p) => describeProblem({ ...p, file: source })) });

/** Every input parsed; the first table with problems gives its problems (file, row, column). */
export function readMonthInputs(year: number, s: MonthSources): Read<MonthInputs> {
  const listing = parseManadslistning(s.listning.rows, year);
  if (!listing.ok) return fail("listning", s.listning.source, listing.problems);
  const out: MonthInputs = { manader: listing.manader, rorlig: [], tillagg: [], notices: listing.notices.map((p) => describeProblem({ ...p, file: s.listning.source })) };
  if (s.rorlig) {
    const r = parseRorlig(s.rorlig.rows, year);
    if (!r.ok) return fail("rorlig", s.rorlig.source, r.problems);
    out.rorlig = r.rows;
  }
  if (s.tillagg) {
    const r = parseTillagg(s.tillagg.rows, year);
    if (!r.ok) return fail("tillagg", s.tillagg.source, r.problems);
    out.tillagg = r.rows;
  }
  if (s.forra) {
    const r = parseForraAret(s.forra.rows);
    if (!r.ok) return fail("forra", s.forra.source, r.problems);
    out.forra = r.totals;
  }
  return { ok: true, value: out };
}

/** The run (korning.ts) with its refusals named by file and row, as the parsers' problems are. */
export function runMonth(
  year: number,
  ruleSetFor: (month: number) => RuleSet,
  input: MonthInputs,
  s: MonthSources,
  only?: number,
): Read<Enhetsmanad[]> {
  try {
    return { ok: true, value: korning(year, ruleSetFor, input.manader, input.rorlig, input.tillagg, only) };
  } catch (e) {
    if (e instanceof RadFel) return fail(e.table, s[e.table]?.source ?? s.listning.source, [{ row: e.row, column: "", message: e.reason }]);
    if (e instanceof InputError) return fail("listning", s.listning.source, [{ row: 0, column: "", message: e.message }]);
    throw e;
  }
}
