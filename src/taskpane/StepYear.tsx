import * as React from "react";
import { Button, Caption1, Field, Input, Select, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, makeStyles } from "@fluentui/react-components";
import { diffRuleSets } from "../rules/diff";
import { lpikYears, PaneInputs, ruleSetFor } from "./setup";

const useStyles = makeStyles({
  col: { display: "flex", flexDirection: "column", gap: "8px" },
  diff: { maxHeight: "220px", overflowY: "auto" },
});

interface Props {
  years: number[];
  year: number;
  onYear: (y: number) => void;
  inputs: PaneInputs;
  onInputs: (i: PaneInputs) => void;
  errors: Record<string, string>;
  onNext: () => void;
}

export function StepYear({ years, year, onYear, inputs, onInputs, errors, onNext }: Props) {
  const styles = useStyles();
  const sets = (["halsoval", "tillagg", "utveckling"] as const).map((a) => ruleSetFor(a, year));
  const prev = ruleSetFor("halsoval", year - 1);
  const changes = prev && sets[0] ? diffRuleSets(prev, sets[0]) : [];
  const tb = sets[1];
  return (
    <section className={styles.col} aria-label="År och regelverk">
      <Field label="År" validationMessage={errors.year}>
        <Select value={String(year)} onChange={(_, d) => onYear(Number(d.value))}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </Select>
      </Field>
      <div>
        <Text weight="semibold">Regelverk som gäller {year}</Text>
        <ul>
          {sets.map((r, i) =>
            r ? (
              <li key={r.id}>
                <Text>
                  {r.data.title} — <code>{r.id}</code>, hash <code title={r.hash}>{r.hash.slice(0, 12)}</code>
                </Text>
                <br />
                <Caption1>Källor: {Object.values(r.data.documents).map((d) => d.title).join("; ")}</Caption1>
              </li>
            ) : (
              <li key={i}>Saknas</li>
            ),
          )}
        </ul>
      </div>
      {prev && (
        <div>
          <Text weight="semibold">
            Ändringar från {year - 1} ({changes.length} st)
          </Text>
          <div className={styles.diff} tabIndex={0} role="region" aria-label={`Ändringar från ${year - 1}, rullbar`}>
            <Table size="extra-small" aria-label={`Ändringar från ${year - 1}`}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>Nyckel</TableHeaderCell>
                  <TableHeaderCell>{year - 1}</TableHeaderCell>
                  <TableHeaderCell>{year}</TableHeaderCell>
                  <TableHeaderCell>Avsnitt</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {changes.map((c) => (
                  <TableRow key={c.key}>
                    <TableCell>{c.key}</TableCell>
                    <TableCell>{c.old}</TableCell>
                    <TableCell>{c.new}</TableCell>
                    <TableCell>{c.section}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </div>
      )}
      <Text weight="semibold">Indata som regelverket lämnar till dig</Text>
      {tb &&
        lpikYears(tb, year).map((y) => (
          <Field key={y} label={`LPIK ${y}, förändring i procent`} hint="Källa: SKR, landstingsprisindex exklusive läkemedel (cirkulär/Ekonomirapporten)." validationMessage={errors[`lpik${y}`]}>
            <Input value={inputs.lpik[String(y)] ?? ""} onChange={(_, d) => onInputs({ ...inputs, lpik: { ...inputs.lpik, [String(y)]: d.value } })} placeholder="t.ex. 3,1" />
          </Field>
        ))}
      <Field label="Anslutna till Storsjögläntan föregående år" hint="Källa: summering under första kvartalet (överenskommelse tilläggsbelopp, Avstämning). Normalvariation 129–169." validationMessage={errors.anslutna}>
        <Input value={inputs.anslutna} onChange={(_, d) => onInputs({ ...inputs, anslutna: d.value })} inputMode="numeric" />
      </Field>
      <Field
        label="Ny normalvariation (bara de år den räknas om): antal anslutna per år"
        hint="Källa: årliga summeringar av anslutna till Storsjögläntan. Medelvärde ± två standardavvikelser ersätter 129–169. Lämna tomt annars."
        validationMessage={errors.normalvariation}
      >
        <Input value={inputs.normalvariation ?? ""} onChange={(_, d) => onInputs({ ...inputs, normalvariation: d.value })} placeholder="t.ex. 140 150 160 145 155 146" />
      </Field>
      <Field label="Gemensamma utvecklingsmedel totalt, kr" hint="Källa: beslut i länsövergripande tjänstepersonsarena (överenskommelse gemensam utveckling)." validationMessage={errors.utvecklingBelopp}>
        <Input value={inputs.utvecklingBelopp} onChange={(_, d) => onInputs({ ...inputs, utvecklingBelopp: d.value })} inputMode="numeric" />
      </Field>
      <Button appearance="primary" onClick={onNext}>
        Nästa: data
      </Button>
    </section>
  );
}
