// Step 1's year diff, the list inside its folded panel (YearDetails): each change with an
// InfoLabel naming the description and section. A module of its own so the InfoLabel's
// popover code loads when the panel is opened, not with the first screen (issue 12).
import * as React from "react";
import { Caption1, InfoLabel, Text, makeStyles } from "@fluentui/react-components";
import type { RuleSet } from "../rules";
import { diffRows } from "./format";

const useStyles = makeStyles({
  list: { margin: "0", paddingLeft: "16px", display: "flex", flexDirection: "column", gap: "6px" },
  wrap: { overflowWrap: "anywhere" },
});

export function YearDiffList({ year, prev, next }: { year: number; prev: RuleSet; next: RuleSet }) {
  const styles = useStyles();
  const rows = React.useMemo(() => diffRows(prev, next), [prev, next]);
  return (
    <ul className={styles.list} aria-label={`Ändringar från ${year - 1}`}>
      {rows.map((c) => (
        <li key={c.key} className={styles.wrap}>
          <InfoLabel info={`${c.description}. Avsnitt ${c.section} i överenskommelsen (nyckel ${c.key}).`} size="small">
            {c.description}
          </InfoLabel>
          <br />
          <Text>{c.change}</Text> <Caption1>avsnitt {c.section}</Caption1>
        </li>
      ))}
    </ul>
  );
}
