// 5 Ersättning, månadens utbetalning (file 002): one table input of the month view — the
// monthly listing, 5.2 rörlig ersättning, 5.3 tilläggsersättning or last year's totals —
// pasted from Excel or chosen as a file (CSV or xlsx), optionally the shipped example. Each
// input has accessible names of its own, so a screen reader tells the four apart.
import * as React from "react";
import { Button, Field, Text, Textarea, makeStyles } from "@fluentui/react-components";

const useStyles = makeStyles({
  col: { display: "flex", flexDirection: "column", gap: "6px" },
  row: { display: "flex", flexWrap: "wrap", gap: "8px" },
  hidden: { display: "none" },
});

export interface TableInputProps {
  /** The textarea's label ("… klistra in från Excel (med rubrikrad)"). */
  label: string;
  hint: string;
  /** Button reading the pasted text. */
  readLabel: string;
  /** Button opening the file picker, and the (hidden) file input's accessible name. */
  fileLabel: string;
  fileInputLabel: string;
  /** Button loading the shipped example; none when left out. */
  exampleLabel?: string;
  /** The source read now (file name, "Inklistrad …"), and how to drop it; none for the listing. */
  loaded?: string | null;
  clearLabel?: string;
  onText: (text: string) => void;
  onFile: (file: File) => void;
  onExample?: () => void;
  onClear?: () => void;
}

export function TableInput(p: TableInputProps) {
  const styles = useStyles();
  const [text, setText] = React.useState("");
  const picker = React.useRef<HTMLInputElement>(null);
  return (
    <div className={styles.col}>
      <Field label={p.label} hint={p.hint}>
        <Textarea value={text} onChange={(_, d) => setText(d.value)} rows={3} resize="vertical" />
      </Field>
      <div className={styles.row}>
        <Button onClick={() => p.onText(text)}>{p.readLabel}</Button>
        <Button onClick={() => picker.current?.click()}>{p.fileLabel}</Button>
        <input
          ref={picker}
          className={styles.hidden}
          type="file"
          aria-label={p.fileInputLabel}
          accept=".csv,.txt,.xlsx"
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = "";
            if (f) p.onFile(f);
          }}
        />
        {p.exampleLabel && p.onExample && <Button onClick={p.onExample}>{p.exampleLabel}</Button>}
      </div>
      {p.loaded && p.onClear && (
        <div className={styles.row}>
          <Text>Inläst: {p.loaded}</Text>
          <Button size="small" onClick={p.onClear}>{p.clearLabel}</Button>
        </div>
      )}
    </div>
  );
}
