// Step 3: what the fill writes, its progress and its outcome. State comes from useFill.
import * as React from "react";
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Field, ProgressBar, Text, makeStyles } from "@fluentui/react-components";
import type { ForraData, PaneData } from "./setup";
import type { FillState } from "./useFill";
import { Footer } from "./Footer";
import { ResultView } from "./ResultView";
import { yearResult } from "./result";
import type { YearSetup } from "../workbook/plan";
import type { ExcelRun } from "../workbook/writer";
import Notice from "./Notice";

const useStyles = makeStyles({ col: { display: "flex", flexDirection: "column", gap: "8px" } });

interface Props {
  fillState: FillState;
  errors: Record<string, string>;
  data: PaneData;
  setup: YearSetup | null;
  run: ExcelRun | null;
  onNext: () => void;
  /** Last year's data read in the change view (kept with the pane's data). */
  onForra?: (f: ForraData) => void;
}

/** "1 blad", "2 blad"; "1 uppdaterat", "2 uppdaterade". */
export function doneText(r: { sheets: string[]; created: string[]; updated: string[]; replaced: string[]; backups: string[] }): string {
  const parts = [`${r.created.length} ${r.created.length === 1 ? "nytt" : "nya"}`, `${r.updated.length} ${r.updated.length === 1 ? "uppdaterat" : "uppdaterade"}`];
  if (r.replaced.length) parts.push(`${r.replaced.length} ${r.replaced.length === 1 ? "ersatt" : "ersatta"} (kopia sparad: ${r.backups.join(", ")})`);
  return `${r.sheets.length} blad skrivna: ${parts.join(", ")}.`;
}

export function StepFill({ fillState, errors, data, setup, run, onNext, onForra }: Props) {
  const styles = useStyles();
  const { ready, progress, result, error, conflicts, fill, cancel } = fillState;
  const trigger = React.useRef<HTMLButtonElement>(null);
  const closeDialog = (then?: () => void) => {
    cancel();
    // Focus back to what opened the dialog (the fill button).
    setTimeout(() => trigger.current?.focus(), 0);
    then?.();
  };

  const blocking = Object.values(errors);
  // The county's result once per fill, not on every render of the pane.
  const arsResultat = React.useMemo(() => (result && setup && data.vardenheter ? yearResult(setup, data.vardenheter) : null), [result, setup, data.vardenheter]);
  return (
    <section className={styles.col} aria-label="Fyll arbetsboken">
      <Text>
        Skriver parameterbladet (skyddat), indatatabellerna, ett beräkningsblad per del av 5.1 med tilläggets formler, sammanställning och utbetalning per
        månad, tilläggsbeloppets avstämning och fördelning, gemensam utveckling och ett blad per kommun. Blad som tillägget skapat tidigare uppdateras; dina
        egna blad ersätts bara om du bekräftar, och sparas då först som en kopia.
      </Text>
      {blocking.length > 0 && (
        <Notice intent="warning" title="Steg 1 är inte klart">
          {blocking.join(" ")}
        </Notice>
      )}
      {(!data.vardenheter || !data.befolkning) && (
        <Notice intent="warning">Läs in listningsdata och befolkning i steg 2 först.</Notice>
      )}
      {progress && (
        <Field validationMessage={progress.step} validationState="none" label="Förlopp">
          <ProgressBar value={progress.value} aria-label="Förlopp" />
        </Field>
      )}
      {error && (
        <Notice intent="error" title="Arbetsboken fylldes inte">
          {error} Inget i arbetsboken har ändrats.
        </Notice>
      )}
      {result && (
        <Notice intent="success" title="Klart">
          {doneText(result)}
        </Notice>
      )}
      {arsResultat && setup && <ResultView year={setup.year} result={arsResultat} run={run} setup={setup} data={data} onForra={onForra} />}
      <Footer>
        <Button ref={trigger} appearance={result ? "secondary" : "primary"} disabledFocusable={!ready || progress !== null} onClick={() => void fill(new Set())}>
          Fyll arbetsboken
        </Button>
        {result && (
          <Button appearance="primary" onClick={onNext}>
            Nästa: dela
          </Button>
        )}
      </Footer>
      <Dialog open={conflicts !== null} onOpenChange={(_, d) => !d.open && closeDialog()}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>Skriva över dina blad?</DialogTitle>
            <DialogContent>
              Arbetsboken har redan blad med samma namn som tillägget inte har skapat: {conflicts?.join(", ")}. Om du fortsätter kopieras
              varje sådant blad först till "namn (kopia ÅÅÅÅ-MM-DD)" och ersätts sedan. Ångra (Ctrl+Z) fungerar inte för tilläggets ändringar.
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={() => closeDialog()}>
                Avbryt
              </Button>
              <Button appearance="primary" onClick={() => { const c = new Set(conflicts ?? []); closeDialog(() => void fill(c)); }}>
                Skriv över
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
