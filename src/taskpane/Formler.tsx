// "Formler" (issue 11, item 4): every custom function with its Swedish description,
// parameters and an example, searchable; "Infoga" writes the example into the active cell.
// The metadata is the build's own functions.json (served beside the pane, so the list is
// always the functions this build registers); the examples are the table docs/funktioner.md
// is generated with (scripts/funktioner-exempel.ts).
import * as React from "react";
import { Button, Card, Field, Input, Text, makeStyles, tokens } from "@fluentui/react-components";
import { EXEMPEL } from "../../scripts/funktioner-exempel";
import type { ExcelRun } from "../workbook/writer";
import { infogaFormel } from "../workbook/markering";
import Notice from "./Notice";

export interface FunktionsMeta {
  functions: { id: string; name: string; description: string; parameters: { name: string; description?: string; optional?: boolean }[] }[];
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: "8px" },
  list: { margin: "0", padding: "0", listStyleType: "none", display: "flex", flexDirection: "column", gap: "8px" },
  code: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
  h3: { margin: "0", fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  params: { margin: "0", paddingLeft: "16px", fontSize: tokens.fontSizeBase200 },
});

export async function fetchFunktioner(): Promise<FunktionsMeta> {
  const res = await fetch("functions.json");
  if (!res.ok) throw new Error(`functions.json: ${res.status}`);
  return (await res.json()) as FunktionsMeta;
}

export interface FormlerProps {
  run: ExcelRun | null;
  load?: () => Promise<FunktionsMeta>;
}

/** A function matches when every word of the query is in its name, description or example. */
export function matchar(f: FunktionsMeta["functions"][number], q: string): boolean {
  const text = `${f.name} ${f.description} ${EXEMPEL[f.id]?.formel ?? ""} ${EXEMPEL[f.id]?.forklaring ?? ""}`.toLowerCase();
  return q.toLowerCase().split(/\s+/).filter(Boolean).every((w) => text.includes(w));
}

export function Formler({ run, load = fetchFunktioner }: FormlerProps) {
  const styles = useStyles();
  const [meta, setMeta] = React.useState<FunktionsMeta | null>(null);
  const [problem, setProblem] = React.useState<string | null>(null);
  const [status, setStatus] = React.useState<string>("");
  const [q, setQ] = React.useState("");
  React.useEffect(() => {
    load().then(setMeta).catch((e) => setProblem(`Funktionslistan kunde inte läsas: ${(e as Error).message}`));
  }, [load]);
  const shown = (meta?.functions ?? []).filter((f) => matchar(f, q));
  const infoga = (formel: string) => {
    if (!run) return;
    infogaFormel(run, formel)
      .then((address) => setStatus(`${formel} infogad i ${address}.`))
      .catch((e) => setStatus(`Formeln kunde inte infogas: ${(e as Error).message}`));
  };
  return (
    <section className={styles.root} aria-label="Tilläggets funktioner">
      <Field label="Sök bland funktionerna">
        <Input type="search" value={q} onChange={(_, d) => setQ(d.value)} />
      </Field>
      {problem && (
        <Notice intent="error">{problem}</Notice>
      )}
      <Text aria-live="polite">{meta ? `${shown.length} av ${meta.functions.length} funktioner.` : ""} {status}</Text>
      <ul className={styles.list}>
        {shown.map((f) => {
          const ex = EXEMPEL[f.id];
          return (
            <li key={f.id}>
              <Card>
                <h2 className={styles.h3}>{f.name}</h2>
                <Text size={200}>{f.description}</Text>
                {f.parameters.length > 0 && (
                  <ul className={styles.params} aria-label={`Parametrar till ${f.name}`}>
                    {f.parameters.map((p) => (
                      <li key={p.name}>
                        <strong>{p.name}</strong>
                        {p.optional ? " (valfri)" : ""}
                        {p.description ? `: ${p.description}` : ""}
                      </li>
                    ))}
                  </ul>
                )}
                {ex && (
                  <Text size={200}>
                    Exempel: <span className={styles.code}>{ex.formel}</span> – {ex.forklaring}
                  </Text>
                )}
                {ex && run && (
                  <Button aria-label={`Infoga ${ex.formel} i den aktiva cellen`} onClick={() => infoga(ex.formel)}>
                    Infoga
                  </Button>
                )}
              </Card>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
