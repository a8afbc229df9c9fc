import * as React from "react";
import { Button, Field, Select, Text, makeStyles } from "@fluentui/react-components";
import { KOMMUNER } from "../workbook/indata";
import { kommunSheet, YearSetup } from "../workbook/plan";
import { ExcelRun, shareSheet } from "../workbook/writer";
import type { PaneData } from "./setup";
import { today } from "./useFill";
import { useShare } from "./useShare";
import Notice from "./Notice";

const useStyles = makeStyles({ col: { display: "flex", flexDirection: "column", gap: "8px" } });

interface Props {
  run: ExcelRun | null;
  setup: YearSetup | null;
  filled: boolean;
  data: PaneData;
}

export const shareSheetName = (k: string) => `Dela ${k}`;

export function StepShare({ run, setup, filled, data }: Props) {
  const styles = useStyles();
  const [kommun, setKommun] = React.useState<string>(KOMMUNER[0]);
  const [status, setStatus] = React.useState<{ intent: "success" | "error" | "warning"; text: string } | null>(null);
  const [confirm, setConfirm] = React.useState(false);
  const files = useShare(setup, data);
  const share = async (confirmed: boolean) => {
    if (!run || !setup) return;
    setStatus(null);
    const note = [
      `${kommun}: underlag ${setup.year}. Värden utan formler, öppnas utan tillägget.`,
      `Beräknat ${today()} med regelverken ${[setup.halsoval, setup.tillagg, setup.utveckling].map((r) => `${r.id} (sha256 ${r.hash.slice(0, 12)})`).join(", ")}.`,
      ...(data.exempel ? ["EXEMPELDATA: påhittade siffror, inte för riktiga beslut."] : []),
    ];
    try {
      const res = await shareSheet(run, kommunSheet(kommun), shareSheetName(kommun), note, confirmed);
      if (res.status === "conflict") {
        setConfirm(true);
        setStatus({ intent: "warning", text: `Det finns redan ett eget blad "${shareSheetName(kommun)}". Bekräfta för att skriva över det.` });
      } else {
        setConfirm(false);
        setStatus({ intent: "success", text: `Bladet "${shareSheetName(kommun)}" har värden utan formler. Högerklicka på fliken → Flytta eller kopiera → (ny bok) för att skicka det.` });
      }
    } catch (e) {
      setStatus({ intent: "error", text: `Delningsbladet skapades inte: ${(e as Error).message}` });
    }
  };
  return (
    <section className={styles.col} aria-label="Dela">
      <Text>Skapar en kopia av kommunens blad där formlerna är ersatta med sina värden, med en notering om regelverk och datum.</Text>
      {!filled && (
        <Notice intent="warning">Fyll arbetsboken i steg 3 först.</Notice>
      )}
      <Field label="Kommun">
        <Select value={kommun} onChange={(_, d) => setKommun(d.value)}>
          {KOMMUNER.map((k) => (
            <option key={k}>{k}</option>
          ))}
        </Select>
      </Field>
      <Button appearance="primary" disabled={!run || !setup || !filled} onClick={() => void share(false)}>
        Skapa delningsblad
      </Button>
      {confirm && <Button onClick={() => void share(true)}>Skriv över mitt blad</Button>}
      <Button disabled={!setup || !data.vardenheter || !data.befolkning || files.busy} onClick={() => void files.share([kommun])}>
        Skapa fil för {kommun}
      </Button>
      <Button disabled={!setup || !data.vardenheter || !data.befolkning || files.busy} onClick={() => void files.share(KOMMUNER)}>
        Skapa filer för alla åtta kommuner
      </Button>
      {files.status && (
        <Notice intent={files.status.intent}>{files.status.text}</Notice>
      )}
      {status && (
        <Notice intent={status.intent} title={status.intent === "success" ? "Klart" : status.intent === "error" ? "Fel" : "Bekräfta"}>
          {status.text}
        </Notice>
      )}
    </section>
  );
}
