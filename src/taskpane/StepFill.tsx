import * as React from "react";
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Text, makeStyles } from "@fluentui/react-components";
import { pinned, setPinned } from "../functions/state";
import { planWorkbook, YearSetup } from "../workbook/plan";
import { pinFromSetup, stateFromPin } from "../workbook/settings";
import { ExcelRun, fillWorkbook, FillResult } from "../workbook/writer";
import type { PaneData } from "./setup";

const useStyles = makeStyles({ col: { display: "flex", flexDirection: "column", gap: "8px" } });

interface Props {
  run: ExcelRun | null;
  setup: YearSetup | null;
  errors: Record<string, string>;
  data: PaneData;
  onFilled: () => void;
  onNext: () => void;
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

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function StepFill({ run, setup, errors, data, onFilled, onNext }: Props) {
  const styles = useStyles();
  const [progress, setProgress] = React.useState<{ step: string; value: number } | null>(null);
  const [result, setResult] = React.useState<FillResult | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [conflicts, setConflicts] = React.useState<string[] | null>(null);
  const ready = Boolean(run && setup && data.vardenheter && data.befolkning);

  const fill = async (confirmed: ReadonlySet<string>) => {
    if (!run || !setup || !data.vardenheter || !data.befolkning) return;
    setError(null);
    setResult(null);
    setConflicts(null);
    setProgress({ step: "Bygger bladen …", value: 0.05 });
    try {
      const at = today();
      const layouts = planWorkbook(setup, { vardenheter: data.vardenheter, befolkning: data.befolkning }, at);
      const pin = pinFromSetup(setup, at);
      // The functions compute with this pin from the first recalculation on. If it differs
      // from what they computed with before, every formula in the workbook is recalculated.
      const before = pinned();
      const next = stateFromPin(pin).state;
      const changed = !before || before.year !== next.year || before.ruleSets.map((r) => r.hash).join() !== next.ruleSets.map((r) => r.hash).join();
      setPinned(next);
      const res = await fillWorkbook(run, layouts, pin, confirmed, (step, value) => setProgress({ step, value }), changed);
      if (res.status === "conflicts") setPinned(before);
      if (res.status === "conflicts") setConflicts(res.conflicts);
      else {
        setResult(res);
        onFilled();
        await loadWithWorkbook();
      }
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setProgress(null);
    }
  };

  const blocking = Object.values(errors);
  return (
    <section className={styles.col} aria-label="Fyll arbetsboken">
      <Text>
        Skriver parameterbladet (skyddat), indatatabellerna, ett beräkningsblad per del av 5.1 med tilläggets formler, sammanställning och utbetalning per
        månad, tilläggsbeloppets avstämning och fördelning, gemensam utveckling och ett blad per kommun. Blad som tillägget skapat tidigare uppdateras; dina
        egna blad skrivs aldrig över utan att du bekräftar.
      </Text>
      {blocking.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>Steg 1 är inte klart</MessageBarTitle>
            {blocking.join(" ")}
          </MessageBarBody>
        </MessageBar>
      )}
      {(!data.vardenheter || !data.befolkning) && (
        <MessageBar intent="warning">
          <MessageBarBody>Läs in listningsdata och befolkning i steg 2 först.</MessageBarBody>
        </MessageBar>
      )}
      <Button appearance="primary" disabledFocusable={!ready || progress !== null} onClick={() => void fill(new Set())}>
        Fyll arbetsboken
      </Button>
      {progress && (
        <Field validationMessage={progress.step} validationState="none" label="Förlopp">
          <ProgressBar value={progress.value} aria-label="Förlopp" />
        </Field>
      )}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>Arbetsboken fylldes inte</MessageBarTitle>
            {error} Inget i arbetsboken har ändrats.
          </MessageBarBody>
        </MessageBar>
      )}
      {result?.status === "done" && (
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>Klart</MessageBarTitle>
            {result.sheets.length} blad skrivna ({result.created.length} nya, {result.updated.length} uppdaterade).
          </MessageBarBody>
        </MessageBar>
      )}
      {result?.status === "done" && <Button onClick={onNext}>Nästa: dela</Button>}
      <Dialog open={conflicts !== null} onOpenChange={(_, d) => !d.open && setConflicts(null)}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>Skriva över dina blad?</DialogTitle>
            <DialogContent>
              Arbetsboken har redan blad med samma namn som tillägget inte har skapat: {conflicts?.join(", ")}. Om du fortsätter ersätts deras innehåll. Ångra
              (Ctrl+Z) fungerar inte för tilläggets ändringar, så spara en kopia först om du är osäker.
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={() => setConflicts(null)}>
                Avbryt
              </Button>
              <Button appearance="primary" onClick={() => void fill(new Set(conflicts ?? []))}>
                Skriv över
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
