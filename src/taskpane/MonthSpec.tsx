// 5 Ersättning, månadens utbetalning (file 002): one unit's specification for the month in the
// pane — every line with its basis (counts, price, share, the named source of an entered
// amount) and, for a claim over its county cap (5.3.5 / 5.3.7 / 5.3.8), the reduction.
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles } from "@fluentui/react-components";
import type { Enhetsmanad } from "../workbook/manad/korning";

const useStyles = makeStyles({
  num: { textAlign: "right", whiteSpace: "nowrap", verticalAlign: "top" },
  table: { tableLayout: "auto", width: "100%" },
  line: { verticalAlign: "top", overflowWrap: "anywhere" },
});

const kr = new Intl.NumberFormat("sv-SE", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
export const kronor = (n: number) => `${kr.format(n)} kr`;

export function MonthSpec({ unit }: { unit: Enhetsmanad }) {
  const styles = useStyles();
  return (
    <Table size="extra-small" className={styles.table} aria-label={`Specifikation ${unit.id}`}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>Komponent och underlag</TableHeaderCell>
          <TableHeaderCell className={styles.num}>Belopp</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {unit.rader.map((r, i) => (
          <TableRow key={i}>
            <TableCell className={styles.line}>
              <Text block>{r.text}</Text>
              <Text block size={200}>{r.underlag}</Text>
              {r.reduktion && (
                <Text block size={200} weight="semibold">
                  Länstaket är överskridet: anspråket minskat med {kronor(r.reduktion.toNumber())} per år.
                </Text>
              )}
            </TableCell>
            <TableCell className={styles.num}>{kronor(r.belopp.toNumber())}</TableCell>
          </TableRow>
        ))}
        <TableRow>
          <TableCell><strong>Summa</strong></TableCell>
          <TableCell className={styles.num} data-testid="manad-summa"><strong>{kronor(unit.summa.toNumber())}</strong></TableCell>
        </TableRow>
      </TableBody>
    </Table>
  );
}
