// What if (issue 11, item 5): the hook behind the what-if panel. The county as the pane holds
// it (the year's rule sets and inputs, the data) and one change from the form, recomputed by
// the engine (vadOm) a moment after the user stops typing; nothing is written until "Skriv
// som scenario", which writes the scenario sheet (sheets/scenario.ts) through scenarioWrite.
import * as React from "react";
import { useTask, type Status } from "./useTask";
import type { Lanet } from "../engine/forklaring/lan";
import { beraknaLanet } from "../engine/forklaring/lan";
import { vadOm, type VadOm } from "../engine/forklaring/vadom";
import { ordered } from "../workbook/plan";
import { scenarioBlad } from "../workbook/sheets/scenario";
import type { YearSetup } from "../workbook/sheets/common";
import type { ExcelRun } from "../workbook/writer";
import type { PaneData } from "./setup";
import { writeScenario } from "./scenarioWrite";
import { andringFran, startForm, type VadOmForm } from "./vadOmForm";
import { today } from "./useFill";

/** Milliseconds after the last keystroke before the county is recomputed (the engine takes a few). */
export const DEBOUNCE_MS = 150;

export function lanetFran(setup: YearSetup, data: PaneData): Lanet | null {
  if (!data.vardenheter || !data.befolkning) return null;
  const d = ordered({ vardenheter: data.vardenheter, befolkning: data.befolkning });
  return {
    regler: { year: setup.year, halsoval: setup.halsoval, tillagg: setup.tillagg, utveckling: setup.utveckling },
    enheter: d.vardenheter,
    kommuner: d.befolkning,
    anslutna: setup.anslutna,
    utvecklingBelopp: setup.utvecklingBelopp,
  };
}

export interface VadOmState {
  form: VadOmForm;
  setForm: (f: Partial<VadOmForm>) => void;
  /** The effect of the change, or null while nothing is entered. */
  result: VadOm | null;
  problem: string | null;
  exists: string | null;
  status: Status;
  busy: boolean;
  write: (confirmed: boolean) => Promise<void>;
  cancel: () => void;
}

export function useVadOm(run: ExcelRun | null, lanet: Lanet): VadOmState {
  const [form, setFormRaw] = React.useState<VadOmForm>(() => startForm(lanet.regler, lanet.regler.year));
  const [shown, setShown] = React.useState<{ result: VadOm | null; problem: string | null }>({ result: null, problem: null });
  const [exists, setExists] = React.useState<string | null>(null);
  const { busy, status, setStatus, run: task } = useTask();
  const bas = React.useMemo(() => beraknaLanet(lanet), [lanet]);
  React.useEffect(() => {
    const t = setTimeout(() => {
      const a = andringFran(form);
      if (!a) return setShown({ result: null, problem: null });
      if ("fel" in a) return setShown({ result: null, problem: a.fel });
      try {
        setShown({ result: vadOm(lanet, a.andring, bas), problem: null });
      } catch (e) {
        setShown({ result: null, problem: (e as Error).message });
      }
    }, DEBOUNCE_MS);
    return () => clearTimeout(t);
  }, [form, lanet, bas]);
  const write = async (confirmed: boolean) => {
    const a = andringFran(form);
    if (!run || !a || "fel" in a) return;
    setExists(null);
    await task("Scenariot skrevs inte", async () => {
      const res = await writeScenario(run, scenarioBlad(lanet, a.andring), confirmed, today());
      if (res.status === "exists") return void setExists(res.name);
      return `Scenariot skrevs på bladet ${res.name}.${res.backup ? ` Det tidigare bladet finns kvar som ${res.backup}.` : ""}`;
    });
  };
  return {
    form,
    setForm: (f) => (setFormRaw((old) => ({ ...old, ...f })), setStatus(null), setExists(null)),
    ...shown,
    exists,
    status,
    busy,
    write,
    cancel: () => setExists(null),
  };
}
