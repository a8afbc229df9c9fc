// The waterfall of "what changed" (issue 11, item 5) drawn with Fluent's stacked vertical bar
// chart: 9.3 has no waterfall chart, so each floating bar is an invisible base stacked under
// the visible step (vattenfallData.ts: staplar, segment). The axis is the change since last
// year in kronor, so the steps are in proportion to each other and to the whole change.
import { VerticalStackedBarChart } from "@fluentui/react-charts";
import { makeStyles, tokens } from "@fluentui/react-components";
import type { Vattenfall } from "../../engine/forklaring/vattenfall";
import { segment, staplar } from "./vattenfallData";
import { svKompakt, ticks } from "./axis";
import { FARG } from "./farger";

const useStyles = makeStyles({
  figure: { margin: "0", display: "flex", flexDirection: "column", gap: "4px", minWidth: "0" },
  legend: { display: "flex", flexWrap: "wrap", gap: "4px 12px", fontSize: tokens.fontSizeBase200 },
  key: { display: "inline-block", width: "10px", height: "10px", marginRight: "4px" },
  caption: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

const NAMN = { regler: "Regler", data: "Data", summa: "Hela förändringen" } as const;

export function VattenfallChart({ v, title }: { v: Vattenfall; title: string }) {
  const styles = useStyles();
  const bars = staplar(v);
  const t = ticks(Math.min(...bars.map((b) => Math.min(b.fran, b.till))), Math.max(...bars.map((b) => Math.max(b.fran, b.till))), 4);
  const data = bars.map((b) => {
    const s = segment(b);
    return {
      xAxisPoint: b.label,
      chartData: [{ legend: "bas", data: s.bas, color: "transparent" }, ...s.synlig.map((x) => ({ legend: NAMN[b.slag], data: x, color: FARG[b.slag] }))],
    };
  });
  const caption = `Diagram: ${title}, förändring i kronor per steg, regler och data; stegen och summan står i tabellen nedan.`;
  return (
    <figure className={styles.figure} aria-label={caption} data-diagram="vattenfall">
      <div aria-hidden="true" ref={(el) => el?.setAttribute("inert", "")}>
        <VerticalStackedBarChart
          data={data}
          height={230}
          hideLegend
          hideTooltip
          hideLabels
          culture="sv-SE"
          barWidth="auto"
          maxBarWidth={28}
          yAxisTickValues={t}
          yAxisTickFormat={(x: number) => svKompakt(x)}
          yMaxValue={t[t.length - 1]}
          yMinValue={t[0]}
          rotateXAxisLables
        />
        <div className={styles.legend}>
          {(["regler", "data", "summa"] as const).map((k) => (
            <span key={k}>
              <span className={styles.key} style={{ backgroundColor: FARG[k] }} />
              {NAMN[k]}
            </span>
          ))}
        </div>
      </div>
      <figcaption className={styles.caption}>{caption}</figcaption>
    </figure>
  );
}
