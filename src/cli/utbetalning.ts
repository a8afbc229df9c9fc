// 5 Ersättning: `rjh utbetalning` — the monthly payment run without Excel (file 002,
// "Utbetalning sker månadsvis"). Reads a monthly listing and optional 5.2 / 5.3 tables,
// writes the payment list and one specification per unit. Everything is computed and
// checked before anything is written; a bad file gives the messages the task pane gives
// (file, row, column) and exit code 1 with nothing written.
import * as path from "path";
import { RuleSet, ruleSetForMonth as rulesForMonth } from "../rules";
import { InputError } from "../engine/check";
import { safeName, writeXlsx } from "../workbook/xlsx";
import { CliError, readRows, writeAll } from "./files";
import { FlaggFel, flaggor } from "./flaggor";
import type { Subcommand } from "./index";
import { SheetLayout } from "../workbook/layout";
import { readMonthInputs, runMonth } from "../workbook/manad/underlag";
import { arsoversiktCsv, specifikation, specifikationCsv, utbetalningslista, utbetalningslistaCsv } from "../workbook/manad/blad";
import { monthTag } from "../workbook/manad/listning";

export const UTBETALNING_HJALP = `rjh utbetalning: månadens utbetalning till varje vårdenhet

Användning:
  rjh utbetalning --ar 2026 [--manad 5] --listning <fil> [--rorlig <fil>] [--tillagg <fil>] [--forra <fil>] --ut <mapp>

  --ar        år (regelverket för året används)
  --manad     månad 1–12; utelämnad: alla månader i listningen
  --listning  månadslistning (csv, txt eller xlsx) med första kolumnen manad (2026-05 eller 5)
              och sedan samma kolumner som vårdenhetslistningen
  --rorlig    5.2 rörlig ersättning: manad;id;post;antal;belopp;kalla
  --tillagg   5.3 tilläggsersättning och 3.1.6 jour: manad;id;post;antal;antal2;belopp
  --forra     förra årets utbetalningslista (id;…;summa) för förändringen i årsöversikten
  --ut        mapp där utbetalningslistan och en specifikation per vårdenhet skrivs

Skriver utbetalningslista-<år>[-<månad>].csv (semikolon, decimalkomma) och
specifikation-<id>-<år>-<månad>.csv; utan --manad även arsoversikt-<id>-<år>.csv. Vid fel i indata skrivs inget och koden är 1.
`;

/** The month's rule set: the values in effect on the first of the month (e.g. a tertial price). */
export function ruleSetForMonth(year: number, month: number): RuleSet {
  return rulesForMonth("halsoval", year, month);
}

/** How the xlsx is written; left out, the ExcelJS writer writes it with the CSV files. */
export type XlsxWriter = (file: string, sheets: SheetLayout[]) => Promise<void>;

const FLAGGOR = { ar: { type: "string" }, manad: { type: "string" }, listning: { type: "string" }, rorlig: { type: "string" }, tillagg: { type: "string" }, forra: { type: "string" }, ut: { type: "string" } } as const;

/** The flags, or the Swedish reason they cannot be read. */
function options(argv: string[]): ReturnType<typeof flaggor<typeof FLAGGOR>> | string {
  try {
    return flaggor(argv, FLAGGOR);
  } catch (e) {
    if (e instanceof FlaggFel) return e.message;
    throw e;
  }
}

type Out = { write: (s: string) => void };

export async function utbetalning(argv: string[], io: { out?: Out; err?: Out; xlsx?: XlsxWriter } = {}): Promise<number> {
  const out = io.out ?? process.stdout;
  const err = io.err ?? process.stderr;
  if (argv.includes("--help") || argv.includes("-h")) return out.write(UTBETALNING_HJALP), 0;
  const o = options(argv);
  if (typeof o === "string") return err.write(`${o}\n\n${UTBETALNING_HJALP}`), 1;
  const missing = (["ar", "listning", "ut"] as const).filter((k) => !o[k]);
  if (missing.length) return err.write(`Saknas: ${missing.map((k) => `--${k}`).join(", ")}.\n`), 1;
  const year = Number(o.ar);
  if (!Number.isInteger(year) || year < 1900 || year > 2200) return err.write(`--ar: "${o.ar}" är inget år.\n`), 1;
  const month = o.manad === undefined ? undefined : Number(o.manad);
  if (month !== undefined && !(Number.isInteger(month) && month >= 1 && month <= 12)) return err.write(`--manad: "${o.manad}" ska vara 1–12.\n`), 1;
  const fail = (problems: string[]) => (problems.forEach((p) => err.write(p + "\n")), 1);
  try {
    const table = async (file: string | undefined) => (file ? { rows: await readRows(file), source: file } : null);
    const sources = { listning: (await table(o.listning))!, rorlig: await table(o.rorlig), tillagg: await table(o.tillagg), forra: await table(o.forra) };
    // The same reading and messages as the task pane (workbook/manad/underlag.ts).
    const input = readMonthInputs(year, sources);
    if (!input.ok) return fail(input.problems);
    for (const n of input.value.notices) out.write(`Obs: ${n}\n`);
    const run = runMonth(year, (m) => ruleSetForMonth(year, m), input.value, sources, month);
    if (!run.ok) return fail(run.problems);
    const units = run.value;
    const forra = input.value.forra;
    const tag = month === undefined ? `${year}` : monthTag(year, month);
    const files: [string, string][] = [[`utbetalningslista-${tag}.csv`, utbetalningslistaCsv(units)]];
    for (const u of units) files.push([`specifikation-${safeName(u.id)}-${monthTag(year, u.manad)}.csv`, specifikationCsv(u)]);
    if (month === undefined) {
      // The whole year: one overview per unit as well (twelve months and the year's total).
      for (const id of [...new Set(units.map((u) => u.id))]) files.push([`arsoversikt-${safeName(id)}-${year}.csv`, arsoversiktCsv(id, units, forra?.get(id))]);
    }
    const sheets = [utbetalningslista("Utbetalningslista", units), ...units.slice(0, 200).map((u, i) => specifikation(`Spec ${i + 1}`, u))];
    const xlsxName = `utbetalningslista-${tag}.xlsx`;
    // Everything is made in memory before anything is written.
    const bytes: [string, string | Uint8Array][] = files.map(([f, s]) => [f, "\uFEFF" + s]);
    if (!io.xlsx) bytes.push([xlsxName, await writeXlsx(sheets)]);
    // Temporary names first, then renamed into place: a failure leaves no half-written list (files.ts).
    const encoder = new TextEncoder();
    writeAll(o.ut!, bytes.map(([fileName, s]) => ({ fileName, bytes: typeof s === "string" ? encoder.encode(s) : s })), () => undefined);
    if (io.xlsx) await io.xlsx(path.join(o.ut!, xlsxName), sheets);
    out.write(`Skrev ${bytes.length} filer till ${o.ut} (${units.length} utbetalningar).\n`);
    return 0;
  } catch (e) {
    if (e instanceof InputError || e instanceof CliError) return err.write(`${e.message}\n`), 1;
    throw e;
  }
}

export const utbetalningCommand: Subcommand = {
  name: "utbetalning",
  summary: "Månadens utbetalning till varje vårdenhet och en specifikation per enhet, utan Excel.",
  help: UTBETALNING_HJALP,
  run: (args, out) =>
    utbetalning(args, { out: { write: (s) => out.line(s.replace(/\n$/, "")) }, err: { write: (s) => out.error(s.replace(/\n$/, "")) } }),
};
