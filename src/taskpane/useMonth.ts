// 5 Ersättning, månadens utbetalning (file 002, "Utbetalning sker månadsvis"): the hook behind
// MonthView. Reads the monthly listing, 5.2 rörlig and 5.3 tillägg tables and last year's
// totals (file, paste or the shipped example), checks and runs them exactly as `rjh
// utbetalning` does (workbook/manad/underlag.ts), and writes the month's sheets or the year
// overviews (monthWrite.ts). A unit's file is made on demand (ExcelJS in a chunk of its own).
import * as React from "react";
import { useTask } from "./useTask";
import { ruleSetForMonth } from "../rules";
import { parseText, readTableFile } from "../workbook/indata";
import type { Enhetsmanad } from "../workbook/manad/korning";
import { Kalla, readMonthInputs, runMonth, Tabell } from "../workbook/manad/underlag";
import type { ExcelRun } from "../workbook/writer";
import { monthLayouts, yearLayouts } from "./monthSheets";
import { monthTag } from "../workbook/manad/listning";
import { writeMonthSheets } from "./monthWrite";
import { manadSkriven } from "./senasteManad";
import { today } from "./useFill";
import { deliver, paneTarget, ShareTarget } from "./useShare";

export { monthLayouts, yearLayouts } from "./monthSheets";
export const MONTH_EXAMPLE = "EXEMPEL-manadslistning-2026.csv";
export const EXAMPLES: Partial<Record<Kalla, string>> = { listning: MONTH_EXAMPLE, rorlig: "EXEMPEL-rorlig-2026.csv", tillagg: "EXEMPEL-tillagg-2026.csv" };
const PASTED: Record<Kalla, string> = { listning: "Inklistrad månadslistning", rorlig: "Inklistrad rörlig ersättning", tillagg: "Inklistrad tilläggsersättning", forra: "Inklistrad lista för förra året" };
export const TITLES: Record<Kalla, string> = {
  listning: "Månadslistningen kan inte användas",
  rorlig: "Rörlig ersättning (5.2) kan inte användas",
  tillagg: "Tilläggsersättningen (5.3) kan inte användas",
  forra: "Förra årets utbetalningslista kan inte användas",
};

type Tables = Record<Kalla, (Tabell & { exempel: boolean }) | null>;
export type { Status } from "./useTask";
import type { Status } from "./useTask";
export type WriteKind = "manad" | "ar";

export interface MonthState {
  month: number;
  setMonth: (m: number) => void;
  tables: Tables;
  source: string | null;
  problemTitle: string;
  problems: string[];
  notices: string[];
  /** The chosen month's units; null until the inputs are good. */
  units: Enhetsmanad[] | null;
  /** Every month of the listing (for the year overview and a unit's file). */
  year: Enhetsmanad[] | null;
  months: number;
  conflicts: { kind: WriteKind; names: string[] } | null;
  status: Status;
  busy: boolean;
  load: (kind: Kalla, rows: string[][], source: string, exempel?: boolean) => void;
  loadText: (kind: Kalla, text: string) => void;
  loadFile: (kind: Kalla, file: File) => Promise<void>;
  loadExample: (kind: Kalla) => Promise<void>;
  clear: (kind: Kalla) => void;
  write: (kind: WriteKind, confirmed: ReadonlySet<string>) => Promise<void>;
  unitFile: (id: string) => Promise<void>;
  cancel: () => void;
}

const none: Tables = { listning: null, rorlig: null, tillagg: null, forra: null };

export function useMonth(run: ExcelRun | null, year: number, loadExample: (file: string) => Promise<string>, target: () => ShareTarget = paneTarget): MonthState {
  const [month, setMonthRaw] = React.useState(5);
  const [tables, setTables] = React.useState<Tables>(none);
  const [conflicts, setConflicts] = React.useState<MonthState["conflicts"]>(null);
  const { busy, status, setStatus, run: task } = useTask();
  // The whole run follows the inputs and the year; choosing another month only filters it.
  const all = React.useMemo(() => {
    const listning = tables.listning;
    if (!listning) return { problemTitle: "", problems: [] as string[], notices: [] as string[], year: null, months: 0 };
    const sources = { ...tables, listning };
    const input = readMonthInputs(year, sources);
    if (!input.ok) return { problemTitle: TITLES[input.table], problems: input.problems, notices: [], year: null, months: 0 };
    const ran = runMonth(year, (m) => ruleSetForMonth("halsoval", year, m), input.value, sources);
    const notices = input.value.notices;
    if (!ran.ok) return { problemTitle: TITLES[ran.table], problems: ran.problems, notices, year: null, months: 0 };
    return { problemTitle: "", problems: [], notices, year: ran.value, months: input.value.manader.length, forra: input.value.forra };
  }, [tables, year]);
  const computed = React.useMemo(() => {
    if (!all.year) return { ...all, units: null };
    const units = all.year.filter((u) => u.manad === month);
    if (!units.length) return { ...all, problemTitle: TITLES.listning, problems: [`${tables.listning!.source}: ingen listning för ${monthTag(year, month)}.`], units: null };
    return { ...all, units };
  }, [all, month, tables.listning, year]);
  const reset = () => (setStatus(null), setConflicts(null));
  const load = (kind: Kalla, rows: string[][], source: string, exempel = false) => {
    reset();
    setTables((t) => ({ ...t, [kind]: { rows, source, exempel } }));
  };
  const write = async (kind: WriteKind, confirmed: ReadonlySet<string>) => {
    if (!run || !computed.units || !all.year) return;
    const units = computed.units;
    const ran = all.year;
    reset();
    await task("Bladen skrevs inte", async () => {
      const layouts = kind === "manad" ? monthLayouts(year, month, units) : yearLayouts(year, ran, all.forra);
      const res = await writeMonthSheets(run, layouts, confirmed, today());
      const what = kind === "manad" ? `${res.status === "done" ? res.sheets[0] : ""} och en specifikation per vårdenhet` : "en årsöversikt per vårdenhet";
      if (res.status === "conflicts") return void setConflicts({ kind, names: res.conflicts });
      // Förklara can then explain the month's sheets written in this session (senasteManad.ts).
      if (kind === "manad") manadSkriven({ names: layouts.map((l) => l.name), units });
      return `Skrev ${res.sheets.length} blad: ${what}.${res.backups.length ? ` Kopior av dina blad: ${res.backups.join(", ")}.` : ""}`;
    });
  };
  const unitFile = async (id: string) => {
    if (!all.year) return;
    const ran = all.year;
    reset();
    await task("Filen skapades inte", async () => {
      const { enhetsFil } = await import(/* webpackChunkName: "xlsx" */ "../workbook/manad/fil");
      const exempel = Object.values(tables).some((t) => t?.exempel);
      const f = await enhetsFil(year, id, ran, all.forra?.get(id), exempel);
      const how = await deliver([f], target());
      return how === "excel" ? `${f.fileName} öppnad i Excel (enbart värden).` : `${f.fileName} hämtad (enbart värden).`;
    });
  };
  return {
    month,
    setMonth: (m) => (setMonthRaw(m), reset()),
    tables,
    source: tables.listning?.source ?? null,
    ...computed,
    conflicts,
    status,
    busy,
    load,
    loadText: (kind, text) => load(kind, parseText(text), PASTED[kind]),
    loadFile: async (kind, file) => {
      try {
        load(kind, await readTableFile(new Uint8Array(await file.arrayBuffer())), file.name);
      } catch (e) {
        setTables((t) => ({ ...t, [kind]: null }));
        setStatus({ intent: "error", text: `Filen kunde inte läsas: ${(e as Error).message}` });
      }
    },
    loadExample: async (kind) => {
      const f = EXAMPLES[kind]!;
      load(kind, parseText(await loadExample(f)), `${f} (exempeldata)`, true);
    },
    clear: (kind) => (reset(), setTables((t) => ({ ...t, [kind]: null }))),
    write,
    unitFile,
    cancel: () => setConflicts(null),
  };
}
