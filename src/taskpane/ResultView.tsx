// After the fill: the year's 5.1 per municipality and per component (the engine's figures,
// Swedish format) with a chart, a way to the summary sheet, and the change from last year
// (issue 11 item 5). The charts and their library are loaded on demand (charts/).
import * as React from "react";
import { Button, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles } from "@fluentui/react-components";
import type { ExcelRun } from "../workbook/writer";
import { SHEETS } from "../workbook/plan";
import { svKronor } from "./format";
import type { YearResult } from "./result";
import type { YearSetup } from "../workbook/plan";
import type { ForraData, PaneData } from "./setup";
import { Laddas } from "./charts/Laddas";

const ResultChart = React.lazy(() => import(/* webpackChunkName: "diagram" */ "./charts/ResultChart"));
const Vattenfall = React.lazy(() => import(/* webpackChunkName: "diagram" */ "./charts/Vattenfall"));

const useStyles = makeStyles({ num: { textAlign: "right", whiteSpace: "nowrap" }, col: { display: "flex", flexDirection: "column", gap: "8px" } });

export async function activateSheet(run: ExcelRun, name: string): Promise<void> {
  await run(async (context) => {
    context.workbook.worksheets.getItem(name).activate();
    await context.sync();
  });
}

function Totals({ caption, rows }: { caption: string; rows: { name: string; value: number }[] }) {
  const styles = useStyles();
  return (
    <Table size="extra-small" aria-label={caption}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{caption}</TableHeaderCell>
          <TableHeaderCell className={styles.num}>Kr per år</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.name}>
            <TableCell>{r.name}</TableCell>
            <TableCell className={styles.num}>{svKronor(r.value)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export function ResultView({ year, result, run, setup, data, onForra }: { year: number; result: YearResult; run: ExcelRun | null; setup?: YearSetup | null; data?: PaneData; onForra?: (f: ForraData) => void }) {
  const styles = useStyles();
  const [problem, setProblem] = React.useState<string | null>(null);
  const [change, setChange] = React.useState(false);
  return (
    <div className={styles.col}>
      <Text weight="semibold">
        Ersättning för listade invånare (5.1) {year}: {svKronor(result.summa.toNumber())}
      </Text>
      <Laddas fel="Diagrammet kunde inte laddas; siffrorna står i tabellerna nedan.">
        <ResultChart title={`Ersättning 5.1 per kommun ${year}`} rows={result.perKommun.map((k) => ({ name: k.kommun, value: k.summa.toNumber() }))} />
      </Laddas>
      <Totals caption="Per kommun" rows={result.perKommun.map((k) => ({ name: k.kommun, value: k.summa.toNumber() }))} />
      <Totals caption="Per del" rows={result.perKomponent.map((k) => ({ name: k.namn, value: k.summa.toNumber() }))} />
      {run && (
        <Button
          onClick={() =>
            void activateSheet(run, SHEETS.summa).catch((e) => setProblem(`Bladet kunde inte visas: ${(e as Error).message}`))
          }
        >
          Gå till Sammanställning
        </Button>
      )}
      {problem && <Text role="alert">{problem}</Text>}
      {data && (
        <Button aria-expanded={change} onClick={() => setChange(!change)}>
          {change ? `Dölj förändringen från ${year - 1}` : `Förändring från ${year - 1}, per orsak`}
        </Button>
      )}
      {data && change && (
        <Laddas fel={`Förändringen kunde inte laddas. Den finns också på bladet ”Förändring ${year - 1}–${year}” i arbetsboken.`}>
          <Vattenfall setup={setup ?? null} data={data} onForra={onForra} />
        </Laddas>
      )}
    </div>
  );
}
