// Keep users in control (issue 12): sheets of these names exist, and they are replaced only if
// the user chooses it; a copy of each is kept first (writer.ts fillWorkbook). One question for
// every view that writes sheets (the month, a scenario).
import * as React from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle, makeStyles } from "@fluentui/react-components";

const useStyles = makeStyles({ row: { display: "flex", flexWrap: "wrap", gap: "8px" } });

export function ReplaceAsk({ names, onReplace, onCancel }: { names: readonly string[]; onReplace: () => void; onCancel: () => void }) {
  const styles = useStyles();
  const one = names.length === 1;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{one ? `Bladet ${names[0]} finns redan` : "Blad med samma namn finns redan"}</MessageBarTitle>
        {one ? "Det ersätts bara om du väljer det; en kopia av det sparas först." : `Dina blad ${names.join(", ")} ersätts bara om du väljer det; en kopia sparas först.`}
        <div className={styles.row}>
          <Button onClick={onReplace}>Ersätt (kopia sparas)</Button>
          <Button onClick={onCancel}>Avbryt</Button>
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}
