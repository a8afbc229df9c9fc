// Step 1, "Nytt år och ändrade regler" (issue 7 item 6): a rule file the region publishes,
// loaded from disk and validated, and a value changed with the decision it comes from.
import * as React from "react";
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Caption1, Field, Input, Select, Text, makeStyles } from "@fluentui/react-components";
import { loadValidation, type RuleSet } from "../rules";
import { changeableKeys, loadPublished, Loaded, RuleChange } from "./yearRules";
import Notice from "./Notice";

const useStyles = makeStyles({
  col: { display: "flex", flexDirection: "column", gap: "8px" },
  list: { margin: "0", paddingLeft: "16px", overflowWrap: "anywhere" },
});

interface Props {
  /** The year's rule sets as shown (Hälsoval, tillägg, utveckling). */
  sets: (RuleSet | null)[];
  loadedName: string | null;
  onLoaded: (l: Extract<Loaded, { ok: true }>) => void;
  changes: RuleChange[];
  onChanges: (c: RuleChange[]) => void;
  error?: string;
}

export function NewYearRules({ sets, loadedName, onLoaded, changes, onChanges, error }: Props) {
  const styles = useStyles();
  const fileInput = React.useRef<HTMLInputElement>(null);
  const [refused, setRefused] = React.useState<string[]>([]);
  const present = sets.filter((s): s is RuleSet => s !== null);
  const [setId, setSetId] = React.useState<string>("");
  const target = present.find((s) => s.id === setId) ?? present[0];
  const keys = target ? changeableKeys(target) : [];
  const [key, setKey] = React.useState("");
  const chosen = keys.find((k) => k.key === key) ?? keys[0];
  const [value, setValue] = React.useState("");
  const [beslut, setBeslut] = React.useState("");
  const readFile = async (f: File) => {
    const text = await f.text();
    // The schemas load on demand (rules/validation.ts); a file chosen at once waits for them.
    await loadValidation().catch(() => undefined);
    const r = loadPublished(f.name, text);
    if (r.ok) {
      setRefused([]);
      onLoaded(r);
    } else setRefused(r.errors);
  };
  return (
    // Open when the workbook's rules are not the shipped ones (a reopened workbook shows them at once).
    <Accordion collapsible defaultOpenItems={loadedName || changes.length ? ["nytt"] : []}>
      <AccordionItem value="nytt">
        <AccordionHeader as="h3">Nytt år och ändrade regler</AccordionHeader>
        <AccordionPanel className={styles.col}>
          <Text size={200}>
            Ett år utan junibeslut räknas upp från året före med LPIK (ange LPIK för året ovan). Har regionen publicerat en regelfil, läs in den här; den kontrolleras som de inbyggda.
          </Text>
          {/* The browser's own file button speaks the browser's language; a Swedish button opens it. */}
          <input ref={fileInput} hidden type="file" accept=".json,application/json" aria-label="Publicerad regelfil (.json)" onChange={(e) => e.target.files?.[0] && void readFile(e.target.files[0])} />
          <Button onClick={() => fileInput.current?.click()}>Läs in publicerad regelfil (.json)…</Button>
          <Caption1>{loadedName ? `Används: ${loadedName}` : "Ingen inläst; de inbyggda reglerna används."}</Caption1>
          {refused.length > 0 && (
            <Notice intent="error">
              Regelfilen användes inte:
              <ul className={styles.list}>
                {refused.map((m, i) => (
                  <li key={i}>{m}</li>
                ))}
              </ul>
            </Notice>
          )}
          <Text weight="semibold">Ändra ett värde genom beslut</Text>
          <Field label="Regelverk">
            <Select value={target?.id ?? ""} onChange={(_, d) => setSetId(d.value)}>
              {present.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.id}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Värde att ändra" hint={chosen ? `${chosen.description}. Nu: ${chosen.value} ${chosen.unit}` : undefined}>
            <Select value={chosen?.key ?? ""} onChange={(_, d) => setKey(d.value)}>
              {keys.map((k) => (
                <option key={k.key} value={k.key}>
                  {k.key}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Nytt värde">
            <Input value={value} onChange={(_, d) => setValue(d.value)} />
          </Field>
          <Field label="Beslut" hint="T.ex. beslut HSN 2026-06-12 § 85">
            <Input value={beslut} onChange={(_, d) => setBeslut(d.value)} />
          </Field>
          <Button
            disabled={!target || !chosen || !value.trim() || !beslut.trim()}
            onClick={() => {
              onChanges([...changes.filter((c) => !(c.agreement === target!.agreement && c.key === chosen!.key)), { agreement: target!.agreement, key: chosen!.key, value, beslut }]);
              setValue("");
            }}
          >
            Ändra värdet
          </Button>
          {error && <Notice intent="error">{error}</Notice>}
          {(loadedName || changes.length > 0) && (
            <ul className={styles.list} aria-label="Regelverk som används">
              {present.map((s) => (
                <li key={s.id}>
                  <Caption1>
                    {s.id}, sha256 <code title={s.hash}>{s.hash.slice(0, 12)}</code>: {s.data.title}
                  </Caption1>
                </li>
              ))}
            </ul>
          )}
          {changes.length > 0 && (
            <ul className={styles.list} aria-label="Ändrade värden">
              {changes.map((c) => (
                <li key={`${c.agreement}${c.key}`}>
                  <Caption1>
                    {c.key} = {c.value} ({c.beslut}){" "}
                  </Caption1>
                  <Button size="small" appearance="subtle" onClick={() => onChanges(changes.filter((x) => x !== c))}>
                    Ta bort ändringen {c.key}
                  </Button>
                </li>
              ))}
            </ul>
          )}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
