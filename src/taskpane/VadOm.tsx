// What if (issue 11, item 5): change LPIK, the connected-person count, one weight or a
// reading, and see the effect on every municipality and unit at once, before anything is
// written (the engine recomputes the county as the user types). "Skriv som scenario" puts it
// on a sheet of its own, labelled as a scenario.
import * as React from "react";
import { Button, Field, Input, Select, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Decimal } from "../engine/money";
import { sum } from "../engine/money";
import type { Lanet } from "../engine/forklaring/lan";
import { kr } from "../engine/forklaring/text";
import { reviderasIar } from "../engine/tillagg/arsbelopp";
import type { YearSetup } from "../workbook/sheets/common";
import type { ExcelRun } from "../workbook/writer";
import type { PaneData } from "./setup";
import { lanetFran, useVadOm } from "./useVadOm";
import { ReplaceAsk } from "./ReplaceAsk";
import { band, lpikAr, tolkningar, VIKTTABELLER, type Slag } from "./vadOmForm";
import Notice from "./Notice";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "8px", minWidth: "0" },
  table: { tableLayout: "fixed", width: "100%" },
  name: { overflowWrap: "anywhere" },
  num: { textAlign: "right", fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  headNum: { textAlign: "right", "& .fui-TableHeaderCell__button": { justifyContent: "flex-end" } },
  small: { fontSize: tokens.fontSizeBase200 },
});

const signed = (d: Decimal) => (d.isPositive() && !d.isZero() ? `+${kr(d)}` : kr(d));

const SLAG: Record<Slag, string> = { lpik: "LPIK", anslutna: "Anslutna till Storsjögläntan", vikt: "En vikt", tolkning: "En tolkning" };

function Effekter({ title, rows }: { title: string; rows: { namn: string; effekt: Decimal }[] }) {
  const styles = useStyles();
  return (
    <Table size="extra-small" aria-label={title} className={styles.table}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{title}</TableHeaderCell>
          <TableHeaderCell className={styles.headNum}>Effekt</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((r, i) => (
          <TableRow key={`${r.namn}-${i}`}>
            <TableCell className={styles.name}>{r.namn}</TableCell>
            <TableCell className={styles.num}>{signed(r.effekt)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

function Panel({ run, lanet }: { run: ExcelRun | null; lanet: Lanet }) {
  const styles = useStyles();
  const v = useVadOm(run, lanet);
  const f = v.form;
  const r = lanet.regler;
  const readings = React.useMemo(() => tolkningar(r), [r]);
  const reading = readings.find((x) => x.key === f.tolkning);
  const bands = band(r.halsoval, f.viktTabell);
  const total = v.result && { fore: sum(v.result.perKommun.map((k) => k.fore)), efter: sum(v.result.perKommun.map((k) => k.efter)) };
  return (
    <section className={styles.root} aria-label="Vad händer om">
      <Text>Ändra ett värde och se effekten per kommun och vårdenhet. Inget skrivs i arbetsboken förrän du väljer Skriv som scenario.</Text>
      <Field label="Vad ändras">
        <Select value={f.slag} onChange={(_, d) => v.setForm({ slag: d.value as Slag })}>
          {Object.entries(SLAG).map(([k, t]) => <option key={k} value={k}>{t}</option>)}
        </Select>
      </Field>
      {f.slag === "lpik" && (<>
        <Field label="År">
          <Select value={f.lpikAr} onChange={(_, d) => v.setForm({ lpikAr: d.value })}>
            {lpikAr(r.tillagg).map((y) => <option key={y}>{y}</option>)}
          </Select>
        </Field>
        <Field label={`LPIK ${f.lpikAr} i procent`} hint="Till exempel 3,1. Påverkar tilläggsbeloppet.">
          <Input inputMode="decimal" value={f.lpik} onChange={(_, d) => v.setForm({ lpik: d.value })} />
        </Field>
      </>)}
      {f.slag === "anslutna" && (
        <Field label="Anslutna föregående år (personer)" hint={`${lanet.anslutna != null ? `I årets indata: ${lanet.anslutna}.` : "Inget antal i årets indata."}${reviderasIar(r.tillagg) ? "" : ` Med tolkningen 3.3.avstamning_avser = föregående år ändrar antalet inte ${lanet.regler.year} års belopp, bara avstämningen av ${lanet.regler.year - 1} (bladet Avstämning); välj ”En tolkning” för att pröva den andra läsningen.`}`}>
          <Input inputMode="numeric" value={f.anslutna} onChange={(_, d) => v.setForm({ anslutna: d.value })} />
        </Field>
      )}
      {f.slag === "vikt" && (<>
        <Field label="Tabell">
          <Select value={f.viktTabell} onChange={(_, d) => v.setForm({ viktTabell: d.value, viktBand: "0" })}>
            {VIKTTABELLER.map((t) => <option key={t.key} value={t.key}>{t.text}</option>)}
          </Select>
        </Field>
        <Field label="Intervall">
          <Select value={f.viktBand} onChange={(_, d) => v.setForm({ viktBand: d.value })}>
            {bands.map((b) => <option key={b.value} value={b.value}>{`${b.label} (vikt ${b.vikt.replace(".", ",")})`}</option>)}
          </Select>
        </Field>
        <Field label="Ny vikt" hint="Till exempel 1,25.">
          <Input inputMode="decimal" value={f.vikt} onChange={(_, d) => v.setForm({ vikt: d.value })} />
        </Field>
      </>)}
      {f.slag === "tolkning" && (<>
        <Field label="Tolkning">
          <Select value={f.tolkning} onChange={(_, d) => { const t = readings.find((x) => x.key === d.value); v.setForm({ tolkning: d.value, tolkningVarde: t ? t.value : "" }); }}>
            {readings.map((t) => <option key={t.key} value={t.key}>{t.key}</option>)}
          </Select>
        </Field>
        {reading && <Text className={styles.small}>{reading.description}</Text>}
        {reading && (
          <Field label="Alternativ" hint={reading.options[f.tolkningVarde]}>
            <Select value={f.tolkningVarde} onChange={(_, d) => v.setForm({ tolkningVarde: d.value })}>
              {Object.keys(reading.options).map((o) => <option key={o} value={o}>{o === reading.value ? `${o} (gäller nu)` : o}</option>)}
            </Select>
          </Field>
        )}
      </>)}
      <div aria-live="polite" className={styles.root}>
        {v.problem && (
          <Notice intent="warning">{v.problem}</Notice>
        )}
        {v.result && total && (<>
          <Text weight="semibold">Effekt i länet: {signed(total.efter.minus(total.fore))}</Text>
          <Text className={styles.small}>Före {kr(total.fore)}, efter {kr(total.efter)} (vårdenheternas 5.1, tilläggsbelopp och utvecklingsmedel).</Text>
          <Effekter title="Per kommun" rows={v.result.perKommun} />
          <Effekter title="Per vårdenhet" rows={v.result.perEnhet} />
        </>)}
      </div>
      <Button appearance="primary" disabled={!run || !v.result || v.busy} onClick={() => void v.write(false)}>Skriv som scenario</Button>
      {!run && <Text size={200}>Scenariot kan bara skrivas när tillägget körs i Excel.</Text>}
      {v.exists && <ReplaceAsk title={`Bladet ${v.exists} finns redan`} text="Det ersätts bara om du väljer det; en kopia av det sparas först." onReplace={() => void v.write(true)} onCancel={v.cancel} />}
      {v.status && (
        <Notice intent={v.status.intent}>{v.status.text}</Notice>
      )}
    </section>
  );
}

export interface VadOmProps {
  run: ExcelRun | null;
  setup: YearSetup | null;
  data: PaneData;
}

export function VadOm({ run, setup, data }: VadOmProps) {
  const lanet = React.useMemo(() => (setup ? lanetFran(setup, data) : null), [setup, data]);
  if (!setup) return <Text>Ange årets indata i steg 1 först: vad-om räknar med årets regelverk och indata.</Text>;
  if (!lanet) return <Text>Läs in listningsdata och befolkning i steg 2 först (eller öppna en fylld arbetsbok): vad-om räknar på samma data som arbetsboken.</Text>;
  return <Panel run={run} lanet={lanet} />;
}
