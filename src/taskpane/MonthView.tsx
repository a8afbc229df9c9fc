// 5 Ersättning, månadens utbetalning (file 002): choose the month, read the month's listing,
// see problems and notices (new establishments, units missing), write the payment list and
// one specification per unit, and look at one unit's specification here in the pane.
import * as React from "react";
import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle, Select, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, Textarea, makeStyles } from "@fluentui/react-components";
import type { ExcelRun } from "../workbook/writer";
import { MANADER } from "../workbook/manad/blad";
import { useMonth } from "./useMonth";

const useStyles = makeStyles({
  col: { display: "flex", flexDirection: "column", gap: "8px" },
  row: { display: "flex", flexWrap: "wrap", gap: "8px" },
  hidden: { display: "none" },
  num: { textAlign: "right", whiteSpace: "nowrap" },
  table: { tableLayout: "auto", width: "100%" },
});

const kr = new Intl.NumberFormat("sv-SE", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
export const kronor = (n: number) => `${kr.format(n)} kr`;

interface Props {
  run: ExcelRun | null;
  year: number;
  loadExample: (file: string) => Promise<string>;
}

export function MonthView({ run, year, loadExample }: Props) {
  const styles = useStyles();
  const m = useMonth(run, year, loadExample);
  const [text, setText] = React.useState("");
  const [unit, setUnit] = React.useState<string>("");
  const picker = React.useRef<HTMLInputElement>(null);
  const shown = m.units?.find((u) => u.id === unit) ?? m.units?.[0] ?? null;
  return (
    <section className={styles.col} aria-labelledby="manad-rubrik">
      <h2 id="manad-rubrik" style={{ margin: 0, fontSize: "16px" }}>Månadens utbetalning {year}</h2>
      <Field label="Månad">
        <Select value={String(m.month)} onChange={(_, d) => m.setMonth(Number(d.value))}>
          {MANADER.map((n, i) => (
            <option key={n} value={i + 1}>{`${n} ${year}`}</option>
          ))}
        </Select>
      </Field>
      <Field label="Månadslistning: klistra in från Excel (med rubrikrad)" hint="Första kolumnen manad (2026-05 eller 5), sedan samma kolumner som vårdenhetslistningen.">
        <Textarea value={text} onChange={(_, d) => setText(d.value)} rows={3} resize="vertical" />
      </Field>
      <div className={styles.row}>
        <Button onClick={() => m.loadText(text)}>Läs in inklistrad månadslistning</Button>
        <Button onClick={() => picker.current?.click()}>Välj fil med månadslistning</Button>
        <input
          ref={picker}
          className={styles.hidden}
          type="file"
          aria-label="Fil med månadslistning (CSV eller xlsx)"
          accept=".csv,.txt,.xlsx"
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = "";
            if (f) void m.loadFile(f);
          }}
        />
        <Button onClick={() => void m.loadExample()}>Använd exempeldata (månadslistning)</Button>
      </div>
      {m.problems.length > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Månadslistningen kan inte användas</MessageBarTitle>
            <ul>{m.problems.slice(0, 20).map((p, i) => <li key={i}>{p}</li>)}</ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {m.notices.length > 0 && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Att lägga märke till</MessageBarTitle>
            <ul>{m.notices.slice(0, 20).map((p, i) => <li key={i}>{p}</li>)}</ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {m.units && (
        <>
          <Text>
            {m.source}: {m.units.length} vårdenheter i {MANADER[m.month - 1]} {year}, totalt {kronor(m.units.reduce((s, u) => s + u.summa.toNumber(), 0))}.
          </Text>
          <Button appearance="primary" disabled={!run || m.busy} onClick={() => void m.write(new Set())}>
            Skriv månadens blad
          </Button>
          {!run && <Text size={200}>Bladen kan bara skrivas när tillägget körs i Excel.</Text>}
          {m.conflicts && (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>Blad med samma namn finns redan</MessageBarTitle>
                Dina blad {m.conflicts.join(", ")} ersätts bara om du väljer det; en kopia sparas först.
                <div className={styles.row}>
                  <Button onClick={() => void m.write(new Set(m.conflicts))}>Ersätt (kopia sparas)</Button>
                  <Button onClick={m.cancel}>Avbryt</Button>
                </div>
              </MessageBarBody>
            </MessageBar>
          )}
          {m.status && (
            <MessageBar intent={m.status.intent} layout="multiline">
              <MessageBarBody>{m.status.text}</MessageBarBody>
            </MessageBar>
          )}
          <Field label="Visa specifikation för vårdenhet">
            <Select value={shown?.id ?? ""} onChange={(_, d) => setUnit(d.value)}>
              {m.units.map((u) => (
                <option key={u.id} value={u.id}>{`${u.id} ${u.namn}`}</option>
              ))}
            </Select>
          </Field>
          {shown && (
            <Table size="extra-small" className={styles.table} aria-label={`Specifikation ${shown.id}`}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>Komponent</TableHeaderCell>
                  <TableHeaderCell className={styles.num}>Belopp</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {shown.rader.map((r, i) => (
                  <TableRow key={i}>
                    <TableCell title={r.underlag}>{r.text}</TableCell>
                    <TableCell className={styles.num}>{kronor(r.belopp.toNumber())}</TableCell>
                  </TableRow>
                ))}
                <TableRow>
                  <TableCell><strong>Summa</strong></TableCell>
                  <TableCell className={styles.num} data-testid="manad-summa"><strong>{kronor(shown.summa.toNumber())}</strong></TableCell>
                </TableRow>
              </TableBody>
            </Table>
          )}
        </>
      )}
    </section>
  );
}
