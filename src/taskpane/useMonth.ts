// 5 Ersättning, månadens utbetalning (file 002, "Utbetalning sker månadsvis"): the hook behind
// MonthView. Reads the month's listing (file, paste or the shipped example), checks it with
// the same parser as the CLI, computes every unit's month through the engine (korning.ts)
// and writes the payment list and one specification per unit (monthWrite.ts).
import * as React from "react";
import { ruleSetForMonth } from "../rules";
import { InputError } from "../engine/check";
import { parseText, readTableFile } from "../workbook/indata";
import { parseManadslistning, problemText } from "../workbook/manad/listning";
import { Enhetsmanad, korning } from "../workbook/manad/korning";
import { specifikation, utbetalningslista } from "../workbook/manad/blad";
import type { ExcelRun } from "../workbook/writer";
import { writeMonthSheets } from "./monthWrite";
import { manadSkriven } from "./senasteManad";
import { today } from "./useFill";

export const MONTH_EXAMPLE = "EXEMPEL-manadslistning-2026.csv";
const tag = (year: number, month: number) => `${year}-${String(month).padStart(2, "0")}`;

/** The month's sheets: "Utbetalning 2026-05" and "Spec <id> 2026-05" (Excel's 31 characters). */
export function monthLayouts(year: number, month: number, units: readonly Enhetsmanad[]) {
  const t = tag(year, month);
  const taken = new Set<string>();
  // Ids cut to fit may meet: the later one gets "~2", "~3" … so no sheet is written twice.
  const name = (id: string) => {
    const base = id.replace(/[\\/?*[\]:]/g, "_");
    for (let n = 1; ; n++) {
      const tail = n > 1 ? `~${n}` : "";
      const candidate = `Spec ${base.slice(0, 18 - tail.length)}${tail} ${t}`;
      if (!taken.has(candidate)) return taken.add(candidate), candidate;
    }
  };
  return [utbetalningslista(`Utbetalning ${t}`, units), ...units.map((u) => specifikation(name(u.id), u))];
}

export interface MonthState {
  month: number;
  setMonth: (m: number) => void;
  source: string | null;
  problems: string[];
  notices: string[];
  units: Enhetsmanad[] | null;
  conflicts: string[] | null;
  status: { intent: "success" | "error"; text: string } | null;
  busy: boolean;
  loadRows: (rows: string[][], source: string) => void;
  loadText: (text: string) => void;
  loadFile: (file: File) => Promise<void>;
  loadExample: () => Promise<void>;
  write: (confirmed: ReadonlySet<string>) => Promise<void>;
  cancel: () => void;
}

export function useMonth(run: ExcelRun | null, year: number, loadExample: (file: string) => Promise<string>): MonthState {
  const [month, setMonthRaw] = React.useState(5);
  const [rows, setRows] = React.useState<{ rows: string[][]; source: string } | null>(null);
  const [conflicts, setConflicts] = React.useState<string[] | null>(null);
  const [status, setStatus] = React.useState<MonthState["status"]>(null);
  const [busy, setBusy] = React.useState(false);
  // Parsing and computing follow the rows, the year and the month; nothing is kept stale.
  const computed = React.useMemo(() => {
    if (!rows) return { problems: [], notices: [], units: null };
    const listing = parseManadslistning(rows.rows, year);
    if (!listing.ok) return { problems: listing.problems.map((p) => problemText(rows.source, p)), notices: [], units: null };
    const notices = listing.notices.map((p) => problemText(rows.source, p));
    if (!listing.manader.some((m) => m.manad === month)) return { problems: [`${rows.source}: ingen listning för ${tag(year, month)}.`], notices, units: null };
    try {
      const units = korning(year, (m) => ruleSetForMonth("halsoval", year, m), listing.manader, [], [], month);
      return { problems: [], notices, units };
    } catch (e) {
      if (e instanceof InputError) return { problems: [`${rows.source}: ${e.message}`], notices, units: null };
      throw e;
    }
  }, [rows, year, month]);
  const loadRows = (r: string[][], source: string) => {
    setStatus(null);
    setConflicts(null);
    setRows({ rows: r, source });
  };
  const write = async (confirmed: ReadonlySet<string>) => {
    if (!run || !computed.units) return;
    setBusy(true);
    setStatus(null);
    setConflicts(null);
    try {
      const layouts = monthLayouts(year, month, computed.units);
      const res = await writeMonthSheets(run, layouts, confirmed, today());
      if (res.status === "conflicts") setConflicts(res.conflicts);
      else manadSkriven({ names: layouts.map((l) => l.name), units: computed.units }), setStatus({ intent: "success", text: `Skrev ${res.sheets.length} blad: ${res.sheets[0]} och en specifikation per vårdenhet.${res.backups.length ? ` Kopior av dina blad: ${res.backups.join(", ")}.` : ""}` });
    } catch (e) {
      setStatus({ intent: "error", text: `Bladen skrevs inte: ${(e as Error).message}` });
    } finally {
      setBusy(false);
    }
  };
  return {
    month,
    setMonth: (m) => (setMonthRaw(m), setStatus(null), setConflicts(null)),
    source: rows?.source ?? null,
    ...computed,
    conflicts,
    status,
    busy,
    loadRows,
    loadText: (text) => loadRows(parseText(text), "Inklistrad månadslistning"),
    loadFile: async (file) => {
      try {
        loadRows(await readTableFile(new Uint8Array(await file.arrayBuffer())), file.name);
      } catch (e) {
        setRows(null);
        setStatus({ intent: "error", text: `Filen kunde inte läsas: ${(e as Error).message}` });
      }
    },
    loadExample: async () => loadRows(parseText(await loadExample(MONTH_EXAMPLE)), `${MONTH_EXAMPLE} (exempeldata)`),
    write,
    cancel: () => setConflicts(null),
  };
}
