// The year's 5.1 per municipality as bars (Fluent's charts, loaded only after a fill: the
// chart library is large and the first screen does not need it).
import * as React from "react";
import { HorizontalBarChart } from "@fluentui/react-charts";

export default function ResultChart({ rows }: { rows: { name: string; value: number; label: string }[] }) {
  const max = Math.max(...rows.map((r) => r.value));
  return (
    // A picture of the table that follows (same figures): inert, so it is neither read nor
    // focused twice.
    <div>
      <div aria-hidden="true" ref={(el) => el?.setAttribute("inert", "")}>
        <HorizontalBarChart
          hideTooltip
          chartDataMode="hidden"
          barHeight={10}
          data={rows.map((r) => ({ chartTitle: r.name, chartData: [{ legend: r.name, horizontalBarChartdata: { x: r.value, y: max } }] }))}
        />
      </div>
    </div>
  );
}
