// 5 Ersättning, månadens utbetalning (file 002): choose the month, read the month's listing and
// the month's 5.2 rörlig and 5.3 tillägg tables, see problems and notices (new establishments,
// units missing), write the payment list and one specification per unit, the year overview
// per unit when the listing covers several months (with last year's totals when given), a
// unit's own file, and look at one unit's specification here in the pane.
import * as React from "react";
import { Button, Field, Select, Text, makeStyles } from "@fluentui/react-components";
import type { ExcelRun } from "../workbook/writer";
import { MANADER } from "../workbook/manad/blad";
import { useMonth } from "./useMonth";
import { ReplaceAsk } from "./ReplaceAsk";
import { MonthInputs, MonthYearInput } from "./MonthInputs";
import { kronor, MonthSpec } from "./MonthSpec";
import Notice from "./Notice";

export { kronor } from "./MonthSpec";

const useStyles = makeStyles({
  col: { display: "flex", flexDirection: "column", gap: "8px" },
  row: { display: "flex", flexWrap: "wrap", gap: "8px" },
});

interface Props {
  run: ExcelRun | null;
  year: number;
  loadExample: (file: string) => Promise<string>;
}

export function MonthView({ run, year, loadExample }: Props) {
  const styles = useStyles();
  const m = useMonth(run, year, loadExample);
  const [unit, setUnit] = React.useState<string>("");
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
      <MonthInputs m={m} />
      {(m.months > 1 || m.tables.forra) && <MonthYearInput m={m} />}
      {m.problems.length > 0 && (
        <Notice intent="error" title={m.problemTitle}>
          <ul>{m.problems.slice(0, 20).map((p, i) => <li key={i}>{p}</li>)}</ul>
        </Notice>
      )}
      {m.notices.length > 0 && (
        <Notice intent="info" title="Att lägga märke till">
          <ul>{m.notices.slice(0, 20).map((p, i) => <li key={i}>{p}</li>)}</ul>
        </Notice>
      )}
      {m.status && !m.units && (
        <Notice intent={m.status.intent}>{m.status.text}</Notice>
      )}
      {m.units && (
        <>
          <Text>
            {m.source}: {m.units.length} vårdenheter i {MANADER[m.month - 1]} {year}, totalt {kronor(m.units.reduce((s, u) => s + u.summa.toNumber(), 0))}.
          </Text>
          <div className={styles.row}>
            <Button appearance="primary" disabled={!run || m.busy} onClick={() => void m.write("manad", new Set())}>
              Skriv månadens blad
            </Button>
            {m.months > 1 && (
              <Button disabled={!run || m.busy} onClick={() => void m.write("ar", new Set())}>
                Skriv årsöversikt per vårdenhet
              </Button>
            )}
          </div>
          {!run && <Text size={200}>Bladen kan bara skrivas när tillägget körs i Excel.</Text>}
          {m.conflicts && (
            <ReplaceAsk title="Blad med samma namn finns redan" text={`Dina blad ${m.conflicts.names.join(", ")} ersätts bara om du väljer det; en kopia sparas först.`} onReplace={() => m.conflicts && void m.write(m.conflicts.kind, new Set(m.conflicts.names))} onCancel={m.cancel} />
          )}
          {m.status && (
            <Notice intent={m.status.intent}>{m.status.text}</Notice>
          )}
          <Field label="Visa specifikation för vårdenhet">
            <Select value={shown?.id ?? ""} onChange={(_, d) => setUnit(d.value)}>
              {m.units.map((u) => (
                <option key={u.id} value={u.id}>{`${u.id} ${u.namn}`}</option>
              ))}
            </Select>
          </Field>
          {shown && (
            <>
              <Button disabled={m.busy} onClick={() => void m.unitFile(shown.id)}>
                {m.months > 1 ? `Hämta fil för ${shown.id} (specifikationer och årsöversikt)` : `Hämta fil för ${shown.id} (specifikation)`}
              </Button>
              <MonthSpec unit={shown} />
            </>
          )}
        </>
      )}
    </section>
  );
}
