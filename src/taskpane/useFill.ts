// Step 3, the fill, as a hook (the React task-pane template's split): the component renders
// this state; the hook talks to workbook/. Issue 10 item 2: the functions compute with the
// new pin only once the write has succeeded; on every other path (conflicts, a failed
// write) the previous pin is put back in `finally`.
import * as React from "react";
import { pinned, setPinned } from "../functions/state";
import { loadValidation } from "../rules";
import type { YearSetup } from "../workbook/plan";
import { pinFromSetup, stateFromPin } from "../workbook/settings";
import type { ExcelRun, FillResult } from "../workbook/writer";
import { forraData, type PaneData } from "./setup";

export type DoneResult = Extract<FillResult, { status: "done" }>;

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Start the add-in's runtime whenever this workbook opens (SharedRuntime 1.1), so the
 * recorded rule sets are read before anyone recalculates. Where the API is missing the
 * runtime still starts at the first formula or when the pane opens.
 */
async function loadWithWorkbook(): Promise<void> {
  const addin = typeof Office !== "undefined" ? (Office as unknown as { addin?: { setStartupBehavior?: (b: unknown) => Promise<void> } }).addin : undefined;
  if (!addin?.setStartupBehavior || !Office.context?.requirements?.isSetSupported("SharedRuntime", "1.1")) return;
  try {
    await addin.setStartupBehavior(Office.StartupBehavior.load);
  } catch {
    // Not fatal: the workbook is filled; the runtime then starts on first use instead.
  }
}

export interface FillState {
  ready: boolean;
  progress: { step: string; value: number } | null;
  result: DoneResult | null;
  error: string | null;
  conflicts: string[] | null;
  fill: (confirmed: ReadonlySet<string>) => Promise<void>;
  cancel: () => void;
}

export function useFill(run: ExcelRun | null, setup: YearSetup | null, data: PaneData, onFilled: () => void): FillState {
  const [progress, setProgress] = React.useState<FillState["progress"]>(null);
  const [result, setResult] = React.useState<DoneResult | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [conflicts, setConflicts] = React.useState<string[] | null>(null);
  const ready = Boolean(run && setup && data.vardenheter && data.befolkning);

  const fill = async (confirmed: ReadonlySet<string>) => {
    if (!run || !setup || !data.vardenheter || !data.befolkning) return;
    setError(null);
    setResult(null);
    setConflicts(null);
    setProgress({ step: "Bygger bladen …", value: 0.05 });
    const before = pinned();
    let written = false;
    try {
      const at = today();
      // The sheets' code loads with the first fill, not with the pane (issue 12: a fast first screen).
      // The pin is read back below as a workbook's pin is (validated in full): its schemas too.
      const [{ medForegaende, planWorkbook }, { fillWorkbook }] = await Promise.all([import("../workbook/plan"), import("../workbook/writer"), loadValidation()]);
      const layouts = planWorkbook(medForegaende(setup), { vardenheter: data.vardenheter, befolkning: data.befolkning }, at, forraData(data));
      const pin = pinFromSetup(setup, at);
      // The functions compute with this pin from the first recalculation on. If it differs
      // from what they computed with before, every formula in the workbook is recalculated.
      const next = stateFromPin(pin).state;
      const changed = !before || before.year !== next.year || before.ruleSets.map((r) => r.hash).join() !== next.ruleSets.map((r) => r.hash).join();
      setPinned(next);
      const res = await fillWorkbook(run, layouts, pin, confirmed, { progress: (step, value) => setProgress({ step, value }), recalculateAll: changed });
      if (res.status === "conflicts") setConflicts(res.conflicts);
      else {
        written = true;
        setResult(res);
        onFilled();
        await loadWithWorkbook();
      }
    } catch (e) {
      setError((e as Error).message);
    } finally {
      if (!written) setPinned(before);
      setProgress(null);
    }
  };
  return { ready, progress, result, error, conflicts, fill, cancel: () => setConflicts(null) };
}
