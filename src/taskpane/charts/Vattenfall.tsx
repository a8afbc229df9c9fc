// "Förändring från förra året" in the pane (issue 11, item 5): for the county, a municipality
// or a unit, the change from last year split by cause (rules, then data) as a waterfall, and
// below it the same steps as a table, to the öre, with the parts' sum shown equal to the
// change. The engine computes it (forklaring/vattenfall.ts), exactly as the sheet
// "Förändring" the fill writes. Loaded on demand with the chart library.
import * as React from "react";
import { Field, Select, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles, tokens } from "@fluentui/react-components";
import { vattenfall } from "../../engine/forklaring/vattenfall";
import { sum } from "../../engine/money";
import type { YearSetup } from "../../workbook/plan";
import { forraData, type ForraData as Forra, type PaneData } from "../setup";
import { vattenfallUnderlag } from "./vattenfallData";
import { ForraData } from "./ForraData";
import { VattenfallChart } from "./VattenfallChart";
import { svKronorOre } from "./axis";
import Notice from "../Notice";

const useStyles = makeStyles({
  col: { display: "flex", flexDirection: "column", gap: "8px", minWidth: "0" },
  num: { textAlign: "right", whiteSpace: "nowrap" },
  orsak: { display: "block", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  sum: { fontWeight: tokens.fontWeightSemibold },
  note: { fontSize: tokens.fontSizeBase200 },
  // A unit's long name must not widen the list past the pane (320 px).
  select: { width: "100%", minWidth: "0" },
  selectBox: { width: "100%", minWidth: "0", textOverflow: "ellipsis" },
});

export interface VattenfallProps {
  setup: YearSetup | null;
  data: PaneData;
  /** Last year's data read in the view (kept with the pane's data, so the fill uses it too). */
  onForra?: (f: Forra) => void;
}

export default function Vattenfall({ setup, data, onForra }: VattenfallProps) {
  const styles = useStyles();
  const u = React.useMemo(() => {
    const prev = forraData(data);
    const f = data.forra;
    return vattenfallUnderlag(setup, data, prev && { data: prev, filer: [f?.vardenheterFil ?? "listningsdata", f?.befolkningFil ?? "befolkning"] });
  }, [setup, data]);
  const [val, setVal] = React.useState("lan");
  const amne = u.ok ? (u.amnen.find((a) => a.value === val) ?? u.amnen[0]) : null;
  const v = React.useMemo(() => (u.ok && amne ? vattenfall(u.utfall, amne.matt) : null), [u, amne]);
  if (!u.ok || !amne || !v) {
    return (
      <Notice intent="warning">{u.ok ? "" : u.message}</Notice>
    );
  }
  const y = u.year;
  const kommuner = u.amnen.filter((a) => a.value.startsWith("kommun:"));
  const enheter = u.amnen.filter((a) => a.value.startsWith("enhet:"));
  const delar = sum(v.delar.map((d) => d.forandring));
  const title = `förändring ${y - 1}–${y}, ${amne.label}`;
  return (
    <section className={styles.col} aria-label={`Förändring ${y - 1}–${y}`}>
      <Field label="Visa förändringen för">
        <Select className={styles.select} select={{ className: styles.selectBox }} value={amne.value} onChange={(_, d) => setVal(d.value)}>
          <option value="lan">Hela länet</option>
          <optgroup label="Kommun">
            {kommuner.map((a) => (
              <option key={a.value} value={a.value}>
                {a.label}
              </option>
            ))}
          </optgroup>
          <optgroup label="Vårdenhet">
            {enheter.map((a) => (
              <option key={a.value} value={a.value}>
                {a.label}
              </option>
            ))}
          </optgroup>
        </Select>
      </Field>
      <Text>
        {amne.label}: {svKronorOre(v.fore.toNumber())} {y - 1} → {svKronorOre(v.efter.toNumber())} {y}, förändring {svKronorOre(v.forandring.toNumber(), true)}.
      </Text>
      <VattenfallChart v={v} title={title} />
      <Table size="extra-small" aria-label={`Förändring ${y - 1}–${y} per orsak, ${amne.label}`}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Steg</TableHeaderCell>
            <TableHeaderCell className={styles.num}>Förändring</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {v.delar.map((d) => (
            <TableRow key={d.nyckel}>
              <TableCell>
                {d.rubrik}
                <span className={styles.orsak}>{d.orsak === "regler" ? "Regler" : "Data"}</span>
              </TableCell>
              <TableCell className={styles.num}>{svKronorOre(d.forandring.toNumber(), true)}</TableCell>
            </TableRow>
          ))}
          <TableRow className={styles.sum}>
            <TableCell>Summa delar</TableCell>
            <TableCell className={styles.num}>{svKronorOre(delar.toNumber(), true)}</TableCell>
          </TableRow>
          <TableRow className={styles.sum}>
            <TableCell>
              Förändring ({svKronorOre(v.efter.toNumber())} − {svKronorOre(v.fore.toNumber())})
            </TableCell>
            <TableCell className={styles.num}>{svKronorOre(v.forandring.toNumber(), true)}</TableCell>
          </TableRow>
        </TableBody>
      </Table>
      {[...u.notes, v.ordning].map((n) => (
        <Text key={n} as="p" className={styles.note}>
          {n}
        </Text>
      ))}
      {onForra && setup && <ForraData year={y} forra={data.forra} onForra={onForra} />}
    </section>
  );
}
