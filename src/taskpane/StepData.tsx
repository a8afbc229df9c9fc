import * as React from "react";
// Step 2: the listing data and the population, from a file, a paste or the example data.
import { Button, Field, Link, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Textarea, makeStyles } from "@fluentui/react-components";
import { antalListade } from "../engine/halsoval/vardenhet";
import { Footer } from "./Footer";
import { svNumber } from "./format";
import { decodeText, describeProblem, KNOWN_HEADERS, Parsed, ParseOptions, parseBefolkning, parseText, parseVardenheter, parseXlsx, Problem, VARDENHET_COLUMNS, BEFOLKNING_COLUMNS } from "../workbook/indata";
import type { PaneData } from "./setup";
import Notice from "./Notice";

const useStyles = makeStyles({
  col: { display: "flex", flexDirection: "column", gap: "8px" },
  row: { display: "flex", gap: "8px", flexWrap: "wrap", alignItems: "center" },
  problems: { maxHeight: "200px", overflowY: "auto" },
  hidden: { display: "none" },
});

interface Props {
  data: PaneData;
  onData: (d: PaneData) => void;
  loadExample: (file: string) => Promise<string>;
  onNext: () => void;
}

function ProblemList({ problems, label }: { problems: Problem[]; label: string }) {
  const styles = useStyles();
  return (
    <Notice intent="error" title={`${label}: ${problems.length} fel, inget har skrivits`}>
      Rätta uppgifterna och läs in igen.
      <div className={styles.problems} tabIndex={0} role="region" aria-label={`Fel i ${label}, rullbar`}>
        <Table size="extra-small" aria-label={`Fel i ${label}`}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>Rad</TableHeaderCell>
              <TableHeaderCell>Kolumn</TableHeaderCell>
              <TableHeaderCell>Fel</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {problems.slice(0, 200).map((p, i) => (
              <TableRow key={i}>
                <TableCell>{p.row}</TableCell>
                <TableCell>{p.column}</TableCell>
                <TableCell>{p.message}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </Notice>
  );
}

/** "17 vårdenheter i 8 kommuner, 132 839 listade". */
export function dataSummary(d: PaneData): string | null {
  if (!d.vardenheter) return null;
  const kommuner = new Set(d.vardenheter.map((e) => e.kommun)).size;
  const listade = d.vardenheter.reduce((s, e) => s + antalListade(e), 0);
  const inv = d.befolkning ? `; befolkning för ${d.befolkning.length} kommuner, ${svNumber(d.befolkning.reduce((s, k) => s + k.befolkning.reduce((a, b) => a + b, 0), 0))} invånare` : "";
  return `${d.vardenheter.length} vårdenheter i ${kommuner} kommuner, ${svNumber(listade)} listade${inv}.`;
}

/** One table's input (paste, file, template link) through the step's parser; also last year's data in the waterfall view. `onRows` gets the file's name (or that the text was pasted). */
export function DataInput<T>(props: { label: string; short: string; template: string; columns: readonly string[]; extraHint?: string; parse: (rows: string[][], options?: ParseOptions) => Parsed<T>; onRows: (rows: T[] | null, source?: string) => void; count: number | null; text: string; onText: (t: string) => void }) {
  const styles = useStyles();
  const [problems, setProblems] = React.useState<Problem[] | null>(null);
  const [warnings, setWarnings] = React.useState<Problem[]>([]);
  // Rows that arrived from elsewhere (the example data) replace an earlier problem list.
  React.useEffect(() => {
    if (props.count !== null) setProblems(null);
  }, [props.count]);
  const apply = (rows: string[][], file?: string) => {
    const res = props.parse(rows, { file });
    if (res.ok) {
      setProblems(null);
      setWarnings(res.warnings);
      props.onRows(res.rows, file ?? "inklistrad text");
    } else {
      setWarnings([]);
      setProblems(res.problems);
      props.onRows(null);
    }
  };
  const onFile = async (file: File) => {
    try {
      // Bytes, not file.text(): Swedish Excel saves CSV in Windows-1252 (decodeText).
      const bytes = await file.arrayBuffer();
      if (/\.xlsx?$/i.test(file.name)) apply(await parseXlsx(bytes, props.columns, KNOWN_HEADERS), file.name);
      else {
        const text = decodeText(bytes);
        props.onText(text);
        apply(parseText(text), file.name);
      }
    } catch (e) {
      setProblems([{ row: 1, column: "", message: `Filen kunde inte läsas: ${(e as Error).message}` }]);
      props.onRows(null);
    }
  };
  const picker = React.useRef<HTMLInputElement>(null);
  return (
    <div className={styles.col}>
      <Field label={`${props.label}: klistra in från Excel (med rubrikrad)`} hint={`Kolumner: ${props.columns.join(", ")}${props.extraHint ? `. ${props.extraHint}` : ""}`}>
        <Textarea value={props.text} onChange={(_, d) => props.onText(d.value)} rows={4} resize="vertical" />
      </Field>
      <div className={styles.row}>
        <Button onClick={() => apply(parseText(props.text))}>Läs in inklistrad {props.short}</Button>
        <Button onClick={() => picker.current?.click()}>Välj fil med {props.short}</Button>
        <input
          ref={picker}
          className={styles.hidden}
          type="file"
          aria-label={`Fil med ${props.short} (CSV eller xlsx)`}
          accept=".csv,.txt,.xlsx"
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = "";
            if (f) void onFile(f);
          }}
        />
        <Link href={props.template} download>
          Ladda ner mall för {props.short}
        </Link>
      </div>
      {problems && <ProblemList problems={problems} label={props.label} />}
      {!problems && warnings.length > 0 && (
        <Notice intent="warning" title="Kontrollera">
          {warnings.map((w, i) => (
            <div key={i}>{describeProblem(w)}</div>
          ))}
        </Notice>
      )}
      {!problems && props.count !== null && (
        <Notice intent="success">
          {props.label}: {props.count} rader inlästa och kontrollerade.
        </Notice>
      )}
    </div>
  );
}

export function StepData({ data, onData, loadExample, onNext }: Props) {
  const styles = useStyles();
  const [vText, setVText] = React.useState("");
  const [bText, setBText] = React.useState("");
  const [loading, setLoading] = React.useState<string | null>(null);
  const useExample = async () => {
    setLoading(null);
    try {
      const [v, b] = await Promise.all([loadExample("EXEMPEL-vardenheter.csv"), loadExample("EXEMPEL-befolkning.csv")]);
      setVText(v);
      setBText(b);
      const pv = parseVardenheter(parseText(v));
      const pb = parseBefolkning(parseText(b));
      onData({ ...data, vardenheter: pv.ok ? pv.rows : null, befolkning: pb.ok ? pb.rows : null, exempel: true });
    } catch (e) {
      setLoading(`Exempeldata kunde inte hämtas: ${(e as Error).message}`);
    }
  };
  return (
    <section className={styles.col} aria-label="Data">
      <Button onClick={() => void useExample()}>Använd exempeldata</Button>
      {loading && (
        <Notice intent="error">{loading}</Notice>
      )}
      {data.exempel && (
        <Notice intent="warning" title="Exempeldata">
          Påhittade siffror för att prova tillägget, inte regionens eller SCB:s. Använd inte för riktiga beräkningar.
        </Notice>
      )}
      <DataInput label="Listningsdata per vårdenhet" short="listningsdata" template="assets/mallar/mall-vardenheter.csv" columns={VARDENHET_COLUMNS} parse={parseVardenheter} text={vText} onText={setVText} count={data.vardenheter?.length ?? null} onRows={(rows) => onData({ ...data, vardenheter: rows, exempel: data.exempel && rows !== null })} />
      <DataInput
        label="Befolkning per kommun och åldersklass"
        short="befolkning"
        template="assets/mallar/mall-befolkning.csv"
        columns={BEFOLKNING_COLUMNS}
        extraHint="SCB:s tabell BE0101A med en kolumn per ålder (0 år … 100+ år) och region som ”2326 Berg” går också, med kolumnerna cni och avstand_km tillagda" parse={parseBefolkning} text={bText} onText={setBText} count={data.befolkning?.length ?? null} onRows={(rows) => onData({ ...data, befolkning: rows, exempel: data.exempel && rows !== null })} />
      {dataSummary(data) && (
        <Notice intent="info" title="Inläst">
          {dataSummary(data)}
        </Notice>
      )}
      <Footer>
        <Button appearance="primary" disabledFocusable={!data.vardenheter || !data.befolkning} onClick={onNext}>
          Nästa: fyll arbetsboken
        </Button>
      </Footer>
    </section>
  );
}
