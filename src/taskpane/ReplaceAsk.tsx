// Keep users in control (issue 12): sheets of these names exist, and they are replaced only if
// the user chooses it; a copy of each is kept first (writer.ts fillWorkbook). One question for
// every view that writes sheets (the month, a scenario).
import { Button, makeStyles } from "@fluentui/react-components";
import Notice from "./Notice";

const useStyles = makeStyles({ row: { display: "flex", flexWrap: "wrap", gap: "8px" } });

export function ReplaceAsk({ title, text, onReplace, onCancel }: { title: string; text: string; onReplace: () => void; onCancel: () => void }) {
  const styles = useStyles();
  return (
    <Notice intent="warning" title={title}>
      {text}
      <div className={styles.row}>
        <Button onClick={onReplace}>Ersätt (kopia sparas)</Button>
        <Button onClick={onCancel}>Avbryt</Button>
      </div>
    </Notice>
  );
}
