// "Förklara" (issue 11, item 2): the derivation of the selected cell in plain Swedish. It
// follows the selection; for a call of one of our functions the engine's own trace
// (engine/forklaring) is computed from the values the formula's references hold.
import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { ExcelRun } from "../workbook/writer";
import { onMarkering, readMarkering } from "../workbook/markering";
import { forklaraCell, type CellForklaring } from "./forklaraCell";
import { KallaLank } from "./KallaLank";
import type { SetupData, YearSetup } from "../workbook/sheets/common";
import Notice from "./Notice";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "8px" },
  lines: { margin: "0", padding: "0", listStyleType: "none", fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  code: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
});

export interface ForklaraProps {
  run: ExcelRun | null;
  /** The workbook's year (a formula that leaves its year out uses it). */
  year: number;
  /** The pane's setup and data (after a fill or read back): figures on the sheets are explained from them. */
  setup?: YearSetup | null;
  data?: { vardenheter: SetupData["vardenheter"] | null; befolkning: SetupData["befolkning"] | null };
}

export function Forklara({ run, year, setup, data }: ForklaraProps) {
  const styles = useStyles();
  const filled = setup && data?.vardenheter && data.befolkning ? { setup, data: { vardenheter: data.vardenheter, befolkning: data.befolkning } } : null;
  const [result, setResult] = React.useState<CellForklaring | null>(null);
  const refresh = React.useCallback(() => {
    if (!run) return;
    readMarkering(run)
      .then((m) => setResult(forklaraCell(m, year, filled)))
      .catch((e) => setResult({ cell: "", formula: null, inputs: [], lines: [], kallor: [], problem: `Cellen kunde inte läsas: ${(e as Error).message}` }));
  }, [run, year, setup, data]);
  React.useEffect(() => {
    if (!run) return;
    refresh();
    let off: (() => Promise<void>) | null = null;
    let gone = false;
    onMarkering(run, refresh)
      .then((o) => (gone ? void o() : (off = o)))
      .catch(() => undefined);
    return () => {
      gone = true;
      void off?.();
    };
  }, [run, refresh]);

  if (!run) return <Text>Förklaringen läser den markerade cellen och fungerar bara när tillägget körs i Excel.</Text>;
  return (
    <section className={styles.root} aria-label="Förklaring av den markerade cellen">
      <Text>Markera en cell i arbetsboken; förklaringen följer markeringen.</Text>
      <Button onClick={refresh}>Förklara markerad cell</Button>
      <div aria-live="polite">
        {result && (
          <>
            {result.cell && (
              <Text as="p" weight="semibold">
                {result.cell}
                {result.formula ? (
                  <>
                    : <span className={styles.code}>{result.formula}</span>
                  </>
                ) : null}
              </Text>
            )}
            {result.problem && (
              <Notice intent={result.lines.length ? "warning" : "info"}>{result.problem}</Notice>
            )}
            {result.inputs.length > 0 && (
              <ul className={styles.lines} aria-label="Indata ur cellerna">
                {result.inputs.map((i) => (
                  <li key={i}>{i}</li>
                ))}
              </ul>
            )}
            {result.lines.length > 0 && (
              <ul className={styles.lines} aria-label="Härledning">
                {result.lines.map((l, i) => (
                  <li key={i} style={{ paddingLeft: `${(l.length - l.trimStart().length) * 4}px` }}>
                    {l.trim()}
                  </li>
                ))}
              </ul>
            )}
            {result.kallor.length > 0 && (
              <>
                <Text as="p" weight="semibold">Källor</Text>
                <ul className={styles.lines} aria-label="Källor">
                  {result.kallor.map((k) => (
                    <li key={k.dokument}>
                      <KallaLank titel={k.dokument} url={k.url} />
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        )}
      </div>
    </section>
  );
}
