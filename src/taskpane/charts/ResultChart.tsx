// After the fill (issue 12, item 4): the year's 5.1 per municipality as horizontal bars on a
// common axis from 0 (Fluent's charts, loaded on demand: the library is large and the first
// screen does not need it), so each bar's length is in proportion to its figure. The table
// that follows holds the same figures and is what assistive technology reads; the picture is
// described by its label and caption and kept out of the reading and tab order.
import { HorizontalBarChartWithAxis } from "@fluentui/react-charts";
import { makeStyles, tokens } from "@fluentui/react-components";
import { svKompakt, ticks } from "./axis";
import { FARG } from "./farger";

const useStyles = makeStyles({
  figure: { margin: "0", display: "flex", flexDirection: "column", gap: "4px", minWidth: "0" },
  caption: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

export interface ResultChartProps {
  /** What the bars show, e.g. "Ersättning 5.1 per kommun 2026". */
  title: string;
  rows: { name: string; value: number }[];
}

export default function ResultChart({ title, rows }: ResultChartProps) {
  const styles = useStyles();
  const t = ticks(0, Math.max(0, ...rows.map((r) => r.value)), 3);
  const caption = `Diagram: ${title}, kronor. Samma siffror som i tabellen nedan.`;
  return (
    <figure className={styles.figure} aria-label={caption} data-diagram="resultat">
      <div aria-hidden="true" ref={(el) => el?.setAttribute("inert", "")}>
        <HorizontalBarChartWithAxis
          // The chart draws the first category at the bottom; reversed, it reads like the table.
          data={[...rows].reverse().map((r) => ({ x: r.value, y: r.name, legend: r.name, color: FARG.regler }))}
          height={Math.max(100, 22 * rows.length + 60)}
          hideLegend
          hideTooltip
          hideLabels
          culture="sv-SE"
          tickValues={t}
          xAxis={{ tickText: t.map(svKompakt) }}
          xMaxValue={t[t.length - 1]}
          yAxisPadding={0.3}
          showYAxisLables
        />
      </div>
      <figcaption className={styles.caption}>{caption}</figcaption>
    </figure>
  );
}
